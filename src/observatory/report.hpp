// The yearly report of a territory (or of the whole organisation): key figures from the published data
// elements, the activities by kind, the meetings of each action, the parts' own tables, the needs watch, and
// one annex per action plan in the reports' five columns. One structure feeds the HTML page, the printable
// document the command line writes, and the CSV of each table.
#pragma once
#include <soci/soci.h>

#include <string>
#include <vector>

#include "observatory/model.hpp"

namespace maillage {
class App;
}

namespace maillage::observatory {

struct Table {
  std::string id;      // "t1", "t2"... in the report's order: the CSV's name
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // a cell may hold several lines ('\n')
  std::string note;
};
struct Chapter {
  std::string id, title;
  bool annex = false;  // printed from a new page
  std::string intro;
  std::vector<Table> tables;
};
struct YearlyReport {
  std::string territory;  // "region", a bassin slug, or "all"
  std::string territory_name;
  int year = 0;
  std::vector<Chapter> chapters;
  const Table* table(const std::string& id) const;
};

// `territory`: "all", "region" or a bassin slug (checked by the caller); `lang` the reader's language.
YearlyReport build_report(App& app, soci::session& sql, const std::string& territory, int year, const std::string& lang);
// The report as one printable HTML file (its stylesheets inside), as the command line writes it.
std::string report_document(App& app, const YearlyReport& report, const std::string& lang);
// One table as CSV (RFC 4180, a header row, cells a spreadsheet will not take for formulas).
std::string table_csv(const Table& t);
// Every table of the report as CSV, each preceded by its title line and followed by an empty line.
std::string report_csv(const YearlyReport& report);

// `maillage report`: the report of a territory ("all", "region" or a bassin) and year written to a file as
// printable HTML or CSV. Returns "" or what went wrong (an unknown territory, a file that cannot be written).
struct ReportFile {
  std::string territory = "region";
  int year = 0;
  std::string format = "html";
  std::string lang = "fr";
  std::string path;
};
std::string write_report_file(App& app, const ReportFile& file);

}  // namespace maillage::observatory
