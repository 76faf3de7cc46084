// The directory's records as the pages, the API and the search engine read them: services with their
// organisation, places, vocabulary terms, languages and freshness; the controlled vocabularies; orientation
// sheets; proposed changes and their review. HSDS import/export lives in hsds.hpp.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "directory/search/search_index.hpp"
#include "directory/texts.hpp"

namespace maillage {
class Database;
}

namespace maillage::directory {

// ---- Vocabularies ------------------------------------------------------------------------------------
// Three controlled vocabularies (HSDS taxonomies): themes, target publics, access conditions. Their terms have
// a stable code (e.g. "mental-health") and labels in fr, nl, en.
struct Term {
  std::int64_t id = 0;
  std::string hsds_id;
  std::string code;
  std::string taxonomy;  // "themes", "publics", "access"
  ByLang label;
};
// Creates or completes the vocabularies (idempotent; called when the database is prepared).
void ensure_vocabularies(soci::session& sql);
std::vector<Term> list_terms(soci::session& sql, const std::string& taxonomy = "");
// Whether an HSDS taxonomy id is one of these three vocabularies (not another directory's categories).
bool is_vocabulary_taxonomy(const std::string& taxonomy_hsds_id);
// code -> label in a language, over all vocabularies.
std::map<std::string, std::string> term_labels(soci::session& sql, const std::string& lang);
// The same for the pages, kept in memory: read again after an edit in this process (vocabulary_changed) and
// at least every second, so that another server's edit shows within a second without a query per page.
std::shared_ptr<const std::map<std::string, std::string>> cached_term_labels(Database& db, const std::string& lang);

// ---- Services as the search engine sees them -------------------------------------------------------------
// Every service (or only `service_id` when set) as search documents, read with a handful of queries.
std::vector<search::ServiceDocument> load_documents(soci::session& sql, std::optional<std::int64_t> service_id = {});
// The documents of these services (a page of results) in the same handful of queries; empty: every service.
std::vector<search::ServiceDocument> load_documents(soci::session& sql, const std::vector<std::int64_t>& service_ids);
// The one-liner the search engine's integration needs: index.upsert(to_search_document(sql, id)).
search::ServiceDocument to_search_document(soci::session& sql, std::int64_t service_id);
// The change log the search index catches up from: services changed after change `after_id`, oldest first,
// each once (its latest change). A service that no longer exists has exists = false: remove it from the index.
struct ServiceChange {
  std::int64_t change_id = 0;  // remember the highest one seen
  std::int64_t service_id = 0;
  bool exists = false;
};
std::vector<ServiceChange> changes_since(soci::session& sql, std::int64_t after_id, int limit = 1000);
std::int64_t service_id_of(soci::session& sql, const std::string& hsds_id);        // 0 if unknown
// Gives a UUID to every organisation without a directory id (created before organisations got one).
void ensure_organisation_ids(soci::session& sql);
std::int64_t organisation_id_of(soci::session& sql, const std::string& hsds_id);   // 0 if unknown; digits: internal id

// The directory's search is directory/search_service.hpp (Xapian). Accent- and case-folding for the simple
// name filter of the HSDS API's organisation list.
std::string fold_text(const std::string& utf8);

constexpr std::size_t kMaxQueryChars = 200;  // longer queries are cut (a phone search is a few words)

// ---- Orientation sheets ----------------------------------------------------------------------------------
struct Sheet {
  std::int64_t id = 0;
  std::string token;
  std::string lang = "fr";
  std::vector<std::int64_t> service_ids;
};
constexpr std::size_t kMaxSheetServices = 30;
Sheet create_sheet(soci::session& sql, const std::string& lang);
std::optional<Sheet> find_sheet(soci::session& sql, const std::string& token);
// false when the sheet is full (kMaxSheetServices).
bool add_to_sheet(soci::session& sql, const Sheet& sheet, std::int64_t service_id);
void remove_from_sheet(soci::session& sql, const Sheet& sheet, std::int64_t service_id);
void set_sheet_language(soci::session& sql, const Sheet& sheet, const std::string& lang);

// ---- Freshness and proposals -----------------------------------------------------------------------------
constexpr std::int64_t kStaleSeconds = 365 * 86400;
void mark_verified(soci::session& sql, std::int64_t service_id, const std::string& by, std::int64_t at);

// The fields an editor may propose to change (translated text, in one language per proposal).
const std::vector<std::string>& proposable_fields();
// The service's own columns an editor may propose to change (one value whatever the language).
const std::vector<std::string>& proposable_columns();  // email, url, status
// Lists a proposal replaces whole: the terms of each vocabulary ("themes", "publics", "access": codes) and the
// phone numbers ("phones") and the weekly opening hours ("hours", "MO 09:00-12:00"); one item a line.
bool is_proposable_list(const std::string& field);
// A weekly opening as a proposal carries it, one a line: "MO 09:00-12:00".
struct WeeklyOpening {
  std::string day, opens, closes;  // "MO", "09:00", "12:00"
};
std::string opening_line(const WeeklyOpening& opening);
// "MO 09:00-12:00": a weekday code (MO..SU) and two times of day; nullopt for anything else.
std::optional<WeeklyOpening> parse_opening_line(const std::string& line);
// Minutes since midnight of an HSDS time of day: "9:30", "09:30", "09:30:00", with an optional zone suffix
// ("Z", "+01:00") which is ignored (times are Brussels time); "24:00" is the end of the day (1440).
// nullopt for anything else: hours over 24, minutes or seconds over 59, letters.
std::optional<int> minutes_of_day(const std::string& text);
// The current value of a proposable field: the text in `lang`, or the column.
std::string current_value(soci::session& sql, std::int64_t service_id, const std::string& field, const std::string& lang);
struct Proposal {
  std::int64_t id = 0;
  std::int64_t service_id = 0;
  std::string service_hsds_id;
  std::int64_t proposed_by = 0;
  std::string proposer_email;
  std::int64_t created_at = 0;
  std::string lang;
  std::map<std::string, std::string> changes;  // field -> new text
  std::string status;                          // pending, accepted, rejected
  std::string review_comment;
};
std::int64_t create_proposal(soci::session& sql, std::int64_t service_id, std::int64_t user_id, const std::string& lang,
                             const std::map<std::string, std::string>& changes);
std::optional<Proposal> find_proposal(soci::session& sql, std::int64_t id);
std::vector<Proposal> pending_proposals(soci::session& sql);
// Applies an accepted proposal: each changed text written, recorded in the history, the service marked as
// verified by the reviewer and queued for the search index.
void accept_proposal(soci::session& sql, const Proposal& p, std::int64_t reviewer_id, const std::string& reviewer,
                     const std::string& comment);
void reject_proposal(soci::session& sql, const Proposal& p, std::int64_t reviewer_id, const std::string& comment);
// Bassins (slugs) a service is located in.
std::vector<std::string> service_bassins(soci::session& sql, std::int64_t service_id);
std::int64_t service_organisation(soci::session& sql, std::int64_t service_id);

}  // namespace maillage::directory
