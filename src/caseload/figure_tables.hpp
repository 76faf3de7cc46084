// A team's figures as tables in a reader's language, the one layout the page, the CSV and the observatory's
// yearly report share. For readers outside the team (`outside`), counts below the team's threshold are "< 5"
// (with secondary suppression where a total is shown), shares of a suppressed count are left empty, and an
// average over fewer valid pairs than the threshold is not given.
#pragma once
#include <soci/soci.h>

#include <functional>
#include <string>
#include <vector>

#include "caseload/figures.hpp"
#include "caseload/model.hpp"

namespace maillage::caseload {

struct FigureCell {
  std::string text;
  std::string value;  // the number a chart draws ("" when hidden or not a series)
};
struct FigureTable {
  std::string id;     // "funnel", "contacts", ...: stable, for anchors and the CSV
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::size_t> series;  // columns a chart draws
  std::vector<std::vector<FigureCell>> rows;
  std::string chart;  // "bar", "doughnut" or "" (table only)
  std::string note;
};

using Tr = std::function<std::string(const char*)>;
std::vector<FigureTable> figure_tables(soci::session& sql, const Figures& f, const Team& team, bool outside,
                                       const Tr& tr, const std::string& lang);
// section,label,column,value lines of every table (the text as shown: "< 5" outside).
std::string figures_csv_text(const std::vector<FigureTable>& tables);

}  // namespace maillage::caseload
