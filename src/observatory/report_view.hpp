// The yearly report as a template dictionary (templates/observatory/report_body.tpl): the page and the file
// the command line writes fill the same body.
#pragma once
#include "platform/dictionary.hpp"

#include "observatory/report.hpp"

namespace maillage::observatory {

// `csv_query`: the page's "territory=...&year=..." for each table's CSV link ("" for none, in a file).
// `app` and `lang` write the charts' figures in the reader's language.
void fill_report(App& app, const std::string& lang, Dictionary& d, const YearlyReport& report,
                 const std::string& csv_query);
std::string report_title(App& app, const YearlyReport& report, const std::string& lang);

}  // namespace maillage::observatory
