#include "directory/vocabularies.hpp"

#include <algorithm>
#include <set>

#include "directory/search/search_index.hpp"
#include "directory/search/text.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/security.hpp"
#include "platform/settings.hpp"

namespace maillage::directory {

namespace {

const char* kSeeded = "directory.synonyms_seeded";
const char* kRevision = "directory.synonyms_revision";

// One statement, so that two edits committed at once on PostgreSQL (READ COMMITTED) still count twice: the
// row lock orders them, where reading then writing the value would lose one.
void bump_revision(soci::session& sql) {
  std::string name = kRevision;
  sql << "INSERT INTO settings (name, value) VALUES (:n, '0') ON CONFLICT (name) DO NOTHING", soci::use(name);
  sql << "UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE name = :n", soci::use(name);
}

std::int64_t insert_group(soci::session& sql, const std::vector<std::string>& terms, const std::string& by,
                          std::int64_t now) {
  std::int64_t id = 0;
  std::string text = join(terms);
  sql << "INSERT INTO directory_synonym_groups (terms, updated_by, updated_at) VALUES (:t, :b, :n) RETURNING id",
      soci::use(text), soci::use(by), soci::use(now), soci::into(id);
  return id;
}

}  // namespace

// ---- Synonyms ----------------------------------------------------------------------------------------------

std::vector<std::string> parse_synonym_terms(const std::string& typed) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  std::string current;
  auto flush = [&] {
    std::string t = clean_text(current);
    current.clear();
    // Inner runs of spaces become one, so that "maison   médicale" is stored as it is searched.
    std::string squeezed;
    for (char c : t) {
      if ((c == ' ' || c == '\t') && (squeezed.empty() || squeezed.back() == ' ')) continue;
      squeezed += (c == '\t' ? ' ' : c);
    }
    if (squeezed.empty()) return;
    if (seen.insert(search::fold(squeezed)).second) out.push_back(squeezed);
  };
  for (char c : typed) {
    if (c == '\n' || c == ',' || c == ';') flush();
    else current += c;
  }
  flush();
  return out;
}

const char* synonym_group_problem(const std::vector<std::string>& terms) {
  if (terms.size() < 2) return N_("A group needs at least two words or phrases that mean the same.");
  if (terms.size() > kMaxSynonymTerms) return N_("A group holds at most 20 words or phrases.");
  for (auto& t : terms) {
    if (utf8_length(t) > kMaxSynonymTermChars) return N_("Each word or phrase has at most 100 characters.");
    if (search::text::words(search::fold(t)).empty()) return N_("Each word or phrase needs at least one letter or digit.");
  }
  return nullptr;
}

void ensure_synonyms(soci::session& sql) {
  if (read_setting(sql, kSeeded)) return;
  std::int64_t now = now_seconds();
  for (auto& group : search::default_synonyms()) insert_group(sql, group, "", now);
  write_setting(sql, kSeeded, "1");
  bump_revision(sql);
}

std::vector<SynonymGroup> list_synonym_groups(soci::session& sql) {
  std::vector<SynonymGroup> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, terms, updated_by, updated_at FROM directory_synonym_groups ORDER BY id");
  for (auto& r : rs) out.push_back({as_int(r, 0), split_lines(as_text(r, 1)), as_text(r, 2), as_int(r, 3)});
  return out;
}

std::optional<SynonymGroup> synonym_group(soci::session& sql, std::int64_t id) {
  std::string terms, by;
  std::int64_t at = 0;
  sql << "SELECT terms, updated_by, updated_at FROM directory_synonym_groups WHERE id = :i", soci::use(id), soci::into(terms),
      soci::into(by), soci::into(at);
  if (!sql.got_data()) return std::nullopt;
  return SynonymGroup{id, split_lines(terms), by, at};
}

std::vector<std::vector<std::string>> load_synonyms(soci::session& sql) {
  std::vector<std::vector<std::string>> out;
  for (auto& g : list_synonym_groups(sql)) out.push_back(std::move(g.terms));
  return out;
}

std::int64_t synonyms_revision(soci::session& sql) {
  auto v = read_setting(sql, kRevision);
  try {
    return v ? std::stoll(*v) : 0;
  } catch (...) {
    return 0;
  }
}

std::int64_t save_synonym_group(soci::session& sql, std::int64_t id, const std::vector<std::string>& terms,
                                const std::string& by) {
  std::int64_t now = now_seconds();
  if (id == 0) id = insert_group(sql, terms, by, now);
  else {
    std::string text = join(terms);
    soci::statement st = (sql.prepare << "UPDATE directory_synonym_groups SET terms = :t, updated_by = :b, updated_at = :n WHERE id = :i",
                          soci::use(text), soci::use(by), soci::use(now), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() == 0) return 0;
  }
  bump_revision(sql);
  return id;
}

bool delete_synonym_group(soci::session& sql, std::int64_t id) {
  soci::statement st = (sql.prepare << "DELETE FROM directory_synonym_groups WHERE id = :i", soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() == 0) return false;
  bump_revision(sql);
  return true;
}

// ---- Vocabulary terms --------------------------------------------------------------------------------------

const char* term_labels_problem(const ByLang& labels) {
  auto fr = labels.find("fr");
  if (fr == labels.end() || fr->second.empty()) return N_("A term needs its French label.");
  for (auto& [lang, label] : labels)
    if (utf8_length(label) > kMaxTermLabelChars) return N_("A label has at most 120 characters.");
  return nullptr;
}

std::string term_code_from(const std::string& label) {
  std::string code;
  for (auto& w : search::text::words(search::fold(label), 8)) code += (code.empty() ? "" : "-") + w;
  return code.substr(0, 60);
}

std::optional<std::int64_t> add_term(soci::session& sql, const std::string& taxonomy, const ByLang& labels,
                                     std::int64_t user_id, const std::string& by) {
  std::int64_t tax = 0;
  sql << "SELECT id FROM directory_taxonomies WHERE code = :c", soci::use(taxonomy), soci::into(tax);
  if (!sql.got_data()) return std::nullopt;
  auto label_in = [&](const char* lang) {
    auto it = labels.find(lang);
    return it == labels.end() ? std::string() : it->second;
  };
  std::string base = term_code_from(label_in("en").empty() ? label_in("fr") : label_in("en"));
  if (base.empty()) base = "term";
  // Codes are unique over all vocabularies: the search index's facet terms are made from them.
  std::string code = base;
  for (int n = 2;; ++n) {
    int used = 0;
    sql << "SELECT COUNT(*) FROM directory_taxonomy_terms WHERE code = :c", soci::use(code), soci::into(used);
    if (!used) break;
    code = base + "-" + std::to_string(n);
  }
  int position = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MAX(position) FROM directory_taxonomy_terms WHERE taxonomy_id = :t", soci::use(tax), soci::into(position, ind);
  position = ind == soci::i_ok ? position + 1 : 0;
  std::string hsds = security::random_uuid();
  std::int64_t now = now_seconds(), id = 0;
  sql << "INSERT INTO directory_taxonomy_terms (hsds_id, taxonomy_id, code, taxonomy, position, updated_at) "
         "VALUES (:h, :t, :c, :x, :p, :n) RETURNING id",
      soci::use(hsds), soci::use(tax), soci::use(code), soci::use(taxonomy), soci::use(position), soci::use(now), soci::into(id);
  for (const char* lang : kLanguages) set_text(sql, "taxonomy_term", id, "name", lang, label_in(lang));
  const std::string label_fr = label_in("fr");  // bound values must outlive the one-time statement
  sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field, new_value) "
         "VALUES (:a, :u, :b, 'taxonomy_term', :r, 'create', 'name', :v)",
      soci::use(now), soci::use(user_id), soci::use(by), soci::use(hsds), soci::use(label_fr);
  return id;
}

bool rename_term(soci::session& sql, std::int64_t term_id, const ByLang& labels, std::int64_t user_id,
                 const std::string& by) {
  std::string hsds;
  sql << "SELECT hsds_id FROM directory_taxonomy_terms WHERE id = :i", soci::use(term_id), soci::into(hsds);
  if (!sql.got_data()) return false;
  auto old = load_texts(sql, "taxonomy_term", term_id)["name"];
  std::int64_t now = now_seconds();
  bool changed = false;
  for (const char* lang : kLanguages) {
    auto it = labels.find(lang);
    std::string value = it == labels.end() ? "" : it->second;
    std::string before = old.count(lang) ? old[lang] : "";
    if (value == before) continue;
    changed = true;
    set_text(sql, "taxonomy_term", term_id, "name", lang, value);
    std::string field = std::string("name.") + lang;
    sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field, old_value, new_value) "
           "VALUES (:a, :u, :b, 'taxonomy_term', :r, 'update', :f, :o, :v)",
        soci::use(now), soci::use(user_id), soci::use(by), soci::use(hsds), soci::use(field), soci::use(before), soci::use(value);
  }
  if (changed) {
    sql << "UPDATE directory_taxonomy_terms SET updated_at = :n WHERE id = :i", soci::use(now), soci::use(term_id);
    // The labels are searchable words of every service carrying the term: the index reindexes them.
    sql << "INSERT INTO directory_changes (service_id, at) SELECT DISTINCT owner_id, CAST(:n AS BIGINT) FROM directory_attributes "
           "WHERE owner_type = 'service' AND taxonomy_term_id = :t",
        soci::use(now), soci::use(term_id);
  }
  return true;
}

}  // namespace maillage::directory
