// Import of Bruxelles Social (social.brussels) records: the directory Brussels professionals already use, one
// organisation per record with French and Dutch pairs per field (nameOfficialFr/nameOfficialNl, activitiesFr/...,
// permanencyFr/..., accessFr/..., publicFr/..., remarkFr/...), a legal status, a last update date, address(es)
// with coordinates (WGS84 lat/lon, or Lambert 72 x/y) and statistical sector, phones, e-mails, websites and
// categories. Each record becomes one HSDS service_full object (its organisation nested) and goes through the
// HSDS importer's pieces (hsds.hpp: upsert, texts in both languages, fates in the summary, change log for the
// search index), so that it is idempotent on the record's id and counted like any other import.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "directory/hsds.hpp"

namespace maillage {
class Database;
}

namespace maillage::directory {

// Their vocabulary onto ours: a TSV file (share/directory/bruxelles-social-mapping.tsv, or --mapping FILE),
// one line per source category: `kind <TAB> id <TAB> label_fr <TAB> term`, kind "category" or "sector", term a
// code of our vocabularies (themes, publics, access: "mental-health", "adults", "free"...). A line with an empty
// id matches by its French label (case and accents ignored). '#' starts a comment line.
struct BruxellesSocialMapping {
  std::map<std::string, std::string> by_id;     // "category:123" -> term code
  std::map<std::string, std::string> by_label;  // "category:" + folded French label -> term code
  std::vector<std::string> problems;            // lines not understood (line number and reason)
  std::optional<std::string> term_for(const std::string& kind, const std::string& id, const std::string& label_fr) const;
};
BruxellesSocialMapping parse_bruxelles_social_mapping(const std::string& tsv);
// The mapping shipped with the binary (share/directory/bruxelles-social-mapping.tsv).
const BruxellesSocialMapping& default_bruxelles_social_mapping();

struct BruxellesSocialOptions {
  std::string updated_by = "import-bruxelles-social";
  std::int64_t user_id = 0;
  std::string mapping_path;  // empty: the shipped mapping
};

// Reads PATH (a JSON array of records, one record, or a page whose "organisations", "content", "results",
// "items" or "data" holds them) and imports every record. A file that is not JSON, or JSON with no record of
// that shape, ends in report.fatal (the command exits non-zero) and imports nothing.
ImportReport import_bruxelles_social(Database& db, const std::string& path, const BruxellesSocialOptions& options);
ImportReport import_bruxelles_social_json(Database& db, const nlohmann::json& doc, const BruxellesSocialOptions& options);

// ---- The pieces, public for the tests -------------------------------------------------------------------

// One record as an HSDS service_full object whose text fields are {"fr": ..., "nl": ...}; `terms` maps our term
// codes to their HSDS ids. Throws std::invalid_argument with the reason when the record cannot be imported.
nlohmann::json bruxelles_social_to_hsds(const nlohmann::json& record, const BruxellesSocialMapping& mapping,
                                        const std::map<std::string, std::string>& terms,
                                        std::vector<ImportProblem>& warnings);

// Belgian Lambert 72 (EPSG:31370) to WGS84 degrees (Helmert shift from BD72; within a metre or two in Brussels).
struct LatLng {
  double lat = 0, lng = 0;
};
LatLng lambert72_to_wgs84(double x, double y);

// A weekly opening read from a French permanency text: days ("MO,TU,WE,TH,FR") and hours ("08:30", "16:00").
struct PermanencyLine {
  std::string byday, opens, closes;
};
// The lines of a French text made only of "du lundi au vendredi de 8h30 à 16h", "le mercredi de 9h à 12h et de
// 13h à 16h", "lundi et jeudi de 9:00 à 12:00" (separated by ';' or new lines), each checked with the
// directory's opening-hours parser; nullopt as soon as anything in the text is not of that shape (the text is
// then kept as text only, never guessed).
std::optional<std::vector<PermanencyLine>> parse_permanency_fr(const std::string& text);

}  // namespace maillage::directory
