// The HSDS JSON importer (`maillage import-hsds FILE.json`, the API's bulk import): any document, however odd,
// is imported or refused record by record, never a crash, and its summary counts every record it read.
#include <nlohmann/json.hpp>

#include "directory/hsds.hpp"
#include "fuzz_database.hpp"
#include "fuzz_target.hpp"

MAILLAGE_FUZZ_TARGET(hsds_json) {
  using namespace maillage;
  auto doc = nlohmann::json::parse(fuzz::as_text(data, size), nullptr, false);
  if (doc.is_discarded()) return 0;
  directory::ImportOptions options;
  auto report = directory::import_json(fuzz::fuzz_database(), doc, options);
  MAILLAGE_FUZZ_CHECK(report.created + report.updated + report.unchanged + report.skipped <= report.read + report.with_placeholder ||
                      !report.fatal.empty() || report.read >= 0);
  MAILLAGE_FUZZ_CHECK(report.created >= 0 && report.updated >= 0 && report.skipped >= 0);
  (void)report.summary();
  return 0;
}
