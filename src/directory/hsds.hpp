// HSDS 3.0 import and export: services (with their organisation, locations, phones, schedules, areas, languages,
// documents, contacts and taxonomy attributes) read from JSON or a CSV data package and written back without
// loss. Each service is one unit of work: a bad record is reported with its id and reason and leaves nothing.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace maillage {
class Database;
}

namespace maillage::directory {

struct ImportProblem {
  std::string id;      // the record's id as given ("" when it has none)
  std::string reason;  // plain English, for the operator's terminal
};

struct ImportReport {
  int read = 0;        // service records read
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  int with_placeholder = 0;  // kept, attached to a placeholder for an organisation the source does not hold
  int skipped = 0;     // refused: see problems
  int organisations = 0;  // organisations imported on their own (data packages)
  int organisations_refused = 0;
  int metadata_kept = 0;   // rows of a package's metadata.csv added to the records' history
  int metadata_known = 0;  // ... already in the history (a re-import)
  std::map<std::string, int> unlinked;  // rows of a package's table that no imported record uses, by table
  std::vector<ImportProblem> problems;  // refused records and warnings (e.g. an address outside Brussels)
  std::vector<std::string> notes;       // what the operator should know, e.g. where a package's files were found
  std::string fatal;  // the source could not be read at all (no file of the package found...): exit non-zero
  std::string summary() const;
};

struct ImportOptions {
  std::string lang = "fr";        // language of the text fields in the source
  std::string updated_by = "import";
  std::int64_t user_id = 0;
  // Sources with every text in several languages (Bruxelles Social: fr and nl): when set, a text field's value
  // is an object {"fr": "...", "nl": "..."} and each of these languages is written (a missing one removed); a
  // plain string is the text in `lang`. Empty: every text is in `lang` (HSDS files).
  std::vector<std::string> languages;
};

// Imports one service_full object, an array of them, or a page {contents: [...]}.
ImportReport import_json(Database& db, const nlohmann::json& doc, const ImportOptions& options);
// Imports a file: a .json document, or a folder / datapackage.json of CSV tables (3.0 names, and the 1.x/2.x
// names physical_addresses, postal_addresses, regular_schedules, holiday_schedules, service_taxonomy...).
// Broken JSON or an unreadable file ends in one problem, never in an exception.
ImportReport import_path(Database& db, const std::string& path, const ImportOptions& options);
// Imports one service inside the caller's transaction; throws std::invalid_argument with the reason when the
// record is refused. Returns 0 unchanged, 1 created, 2 updated, 3 kept (created or updated) on a placeholder
// organisation because the source names an organization_id it does not hold.
int import_service(soci::session& sql, const nlohmann::json& service, const ImportOptions& options,
                   std::vector<ImportProblem>& warnings);
// Imports one service_full object in its own transaction and counts its fate in the report (created, updated,
// unchanged, kept with a placeholder, refused with its reason); `seen` refuses an id met twice in one import.
// Every importer feeding service_full objects (HSDS, Bruxelles Social) goes through it.
void import_counted(Database& db, const nlohmann::json& service, const ImportOptions& options, ImportReport& report,
                    std::set<std::string>& seen);
// Imports one organization (without services).
int import_organization(soci::session& sql, const nlohmann::json& organization, const ImportOptions& options);

// One service as HSDS compiled/service.json (nested organization, locations...), text in `lang` with fallback.
nlohmann::json export_service(soci::session& sql, std::int64_t service_id, const std::string& lang);
// with_locations: the organisation's locations nested, as compiled/organization.json allows.
nlohmann::json export_organization(soci::session& sql, std::int64_t organisation_id, const std::string& lang,
                                   bool with_locations);
nlohmann::json export_taxonomy(soci::session& sql, std::int64_t taxonomy_id, const std::string& lang);
nlohmann::json export_taxonomy_term(soci::session& sql, std::int64_t term_id, const std::string& lang);
// Writes DIR/services.json (a service_list page holding every service), DIR/organizations.json and the CSV
// data package in DIR/csv (datapackage.json + one CSV per table). Returns the number of services.
int export_to_directory(Database& db, const std::string& dir, const std::string& lang);

// CSV (RFC 4180: quotes, doubled quotes, newlines inside quotes); the first row is the header.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);
std::string csv_line(const std::vector<std::string>& cells);

}  // namespace maillage::directory
