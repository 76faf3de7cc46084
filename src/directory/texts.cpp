#include "directory/texts.hpp"

#include "platform/db.hpp"

namespace maillage::directory {

bool is_language(const std::string& lang) { return lang == "fr" || lang == "nl" || lang == "en"; }

std::string picked_language(const ByLang& by_lang, const std::string& lang) {
  auto it = by_lang.find(lang);
  if (it != by_lang.end() && !it->second.empty()) return lang;
  for (const char* l : kLanguages) {
    auto f = by_lang.find(l);
    if (f != by_lang.end() && !f->second.empty()) return l;
  }
  for (auto& [l, v] : by_lang)
    if (!v.empty()) return l;
  return "";
}

std::string pick(const ByLang& by_lang, const std::string& lang) {
  auto l = picked_language(by_lang, lang);
  return l.empty() ? "" : by_lang.at(l);
}

Texts load_texts(soci::session& sql, const std::string& record_type, std::int64_t record_id) {
  Texts out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT field, lang, value FROM directory_texts WHERE record_type = :t AND record_id = :i",
                                soci::use(record_type), soci::use(record_id));
  for (auto& r : rs) out[as_text(r, 0)][as_text(r, 1)] = as_text(r, 2);
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size();) {
    auto end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    if (end > at) out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : separator) + i;
  return out;
}

void set_text(soci::session& sql, const std::string& record_type, std::int64_t record_id, const std::string& field,
              const std::string& lang, const std::string& value) {
  if (record_type == "taxonomy_term" || record_type == "taxonomy") vocabulary_changed();
  if (value.empty()) {
    sql << "DELETE FROM directory_texts WHERE record_type = :t AND record_id = :i AND field = :f AND lang = :l",
        soci::use(record_type), soci::use(record_id), soci::use(field), soci::use(lang);
    return;
  }
  sql << "INSERT INTO directory_texts (record_type, record_id, field, lang, value) VALUES (:t, :i, :f, :l, :v) "
         "ON CONFLICT (record_type, record_id, field, lang) DO UPDATE SET value = excluded.value",
      soci::use(record_type), soci::use(record_id), soci::use(field), soci::use(lang), soci::use(value);
}

void remove_texts(soci::session& sql, const std::string& record_type, std::int64_t record_id) {
  sql << "DELETE FROM directory_texts WHERE record_type = :t AND record_id = :i", soci::use(record_type), soci::use(record_id);
}

}  // namespace maillage::directory
