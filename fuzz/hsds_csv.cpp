// The HSDS CSV package importer: the CSV reader over any bytes (what it reads, written back, reads the same),
// and a package whose services.csv is those bytes (one input in 16) imports or refuses its rows without a crash.
#include <fstream>

#include "directory/hsds.hpp"
#include "fuzz_database.hpp"
#include "fuzz_target.hpp"

MAILLAGE_FUZZ_TARGET(hsds_csv) {
  using namespace maillage;
  std::string text(fuzz::as_text(data, size));
  auto rows = directory::parse_csv(text);
  std::string written;
  std::vector<std::vector<std::string>> kept;
  for (auto& r : rows) {
    if (r.size() == 1 && r[0].empty()) continue;  // an empty line is no row once written
    if (kept.empty() && !r.empty() && r[0].compare(0, 3, "\xEF\xBB\xBF") == 0) break;  // a leading BOM is the file's
    kept.push_back(r);
    written += directory::csv_line(r);
  }
  MAILLAGE_FUZZ_CHECK(directory::parse_csv(written) == kept);

  // A package import costs ~10 ms (files, a transaction per record): one input in 16, chosen by its bytes so
  // that a replay imports the same ones, keeps 10^6 executions within minutes.
  unsigned hash = 2166136261u;
  for (std::size_t i = 0; i < size; ++i) hash = (hash ^ data[i]) * 16777619u;
  if (hash % 16 != 0 && size > 0) return 0;
  auto dir = fuzz::fuzz_folder("package");
  {
    std::ofstream(dir / "organizations.csv") << "id,name,description\r\norg-1,Organisation,Fuzz\r\n";
    std::ofstream(dir / "services.csv", std::ios::binary) << text;
  }
  directory::ImportOptions options;
  auto report = directory::import_path(fuzz::fuzz_database(), dir.string(), options);
  MAILLAGE_FUZZ_CHECK(report.created >= 0 && report.skipped >= 0);
  (void)report.summary();
  return 0;
}
