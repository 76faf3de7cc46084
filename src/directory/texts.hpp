// Translated text of directory records (table directory_texts): one value per record, field and language,
// read with a fallback so that a missing translation shows the text in another language instead of nothing.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace maillage::directory {

using ByLang = std::map<std::string, std::string>;     // "fr" -> text
using Texts = std::map<std::string, ByLang>;            // field -> by language

inline const char* const kLanguages[] = {"fr", "nl", "en"};
bool is_language(const std::string& lang);

// The text in `lang`, else in fr, nl, en (first present), else "".
std::string pick(const ByLang& by_lang, const std::string& lang);
// The language pick() would answer from ("" when none).
std::string picked_language(const ByLang& by_lang, const std::string& lang);

Texts load_texts(soci::session& sql, const std::string& record_type, std::int64_t record_id);
// Sets one text; an empty value removes it.
void set_text(soci::session& sql, const std::string& record_type, std::int64_t record_id, const std::string& field,
              const std::string& lang, const std::string& value);
// Lists kept as text, one item a line (synonym groups, proposed lists): empty lines are dropped.
std::vector<std::string> split_lines(const std::string& text);
std::string join(const std::vector<std::string>& items, const std::string& separator = "\n");

// Called when a vocabulary's text changes in this process: the pages' cached labels are read again.
void vocabulary_changed();

void remove_texts(soci::session& sql, const std::string& record_type, std::int64_t record_id);

}  // namespace maillage::directory
