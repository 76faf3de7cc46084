// What the coordinators and administrators tune in the directory's words: the synonym table of the search
// (coordinators: "CPAS = OCMW") and the labels of the controlled vocabularies (administrators: themes, target
// publics, access conditions in fr, nl, en). Both are read by the search index: an edit reaches every server's
// index within a second, through a revision counter (synonyms) or the change log (services carrying a term).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "directory/texts.hpp"

namespace maillage::directory {

// ---- Synonyms ----------------------------------------------------------------------------------------------
struct SynonymGroup {
  std::int64_t id = 0;
  std::vector<std::string> terms;  // as the coordinator wrote them (accents kept; the index folds them)
  std::string updated_by;
  std::int64_t updated_at = 0;
};

// Bounds of the table: a group has 2 to kMaxSynonymTerms terms of at most kMaxSynonymTermChars characters.
constexpr std::size_t kMaxSynonymTerms = 20;
constexpr std::size_t kMaxSynonymTermChars = 100;
constexpr std::size_t kMaxSynonymGroups = 1000;

// Splits what a coordinator typed (one term per line, or separated by commas or semicolons) into clean terms,
// without empty or repeated ones (repeats compared without accents or case).
std::vector<std::string> parse_synonym_terms(const std::string& typed);
// The reason a group cannot be saved (a catalogue msgid), or nullptr when it can.
const char* synonym_group_problem(const std::vector<std::string>& terms);

// Fills the table with the Brussels defaults once per database (a table emptied later stays empty).
void ensure_synonyms(soci::session& sql);
std::vector<SynonymGroup> list_synonym_groups(soci::session& sql);
std::optional<SynonymGroup> synonym_group(soci::session& sql, std::int64_t id);
std::vector<std::vector<std::string>> load_synonyms(soci::session& sql);
// Counts the edits of the table; each server reloads it into its index when the count moves.
std::int64_t synonyms_revision(soci::session& sql);
// Creates (id 0) or replaces a group; returns its id, or 0 when `id` names no group. Bumps the revision.
std::int64_t save_synonym_group(soci::session& sql, std::int64_t id, const std::vector<std::string>& terms,
                                const std::string& by);
bool delete_synonym_group(soci::session& sql, std::int64_t id);

// ---- Vocabulary terms --------------------------------------------------------------------------------------
constexpr std::size_t kMaxTermLabelChars = 120;

// The reason these labels cannot be saved (a catalogue msgid), or nullptr. A term needs its French label (the
// default language); Dutch and English fall back to it when missing.
const char* term_labels_problem(const ByLang& labels);
// A term code from a label: folded, words joined by '-' ("Santé sexuelle" -> "sante-sexuelle").
std::string term_code_from(const std::string& label);

// Adds a term at the end of a vocabulary ("themes", "publics", "access"); its code is made from the English
// label (else the French one) and made unique. Returns the new term's id, or nullopt for an unknown vocabulary.
std::optional<std::int64_t> add_term(soci::session& sql, const std::string& taxonomy, const ByLang& labels,
                                     std::int64_t user_id, const std::string& by);
// Replaces a term's labels, records the change in the history and logs the services carrying the term for the
// search index (the labels are searchable words). False when the term does not exist.
bool rename_term(soci::session& sql, std::int64_t term_id, const ByLang& labels, std::int64_t user_id,
                 const std::string& by);

}  // namespace maillage::directory
