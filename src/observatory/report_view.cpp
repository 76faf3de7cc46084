#include "observatory/report_view.hpp"

#include "platform/app.hpp"
#include "platform/i18n.hpp"

namespace maillage::observatory {

namespace {
void fill_lines(ctemplate::TemplateDictionary* cell, const std::string& text) {
  std::size_t pos = 0;
  while (true) {
    auto nl = text.find('\n', pos);
    cell->AddSectionDictionary("LINE")->SetValue("TEXT", text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
}
}  // namespace

std::string report_title(App& app, const YearlyReport& report, const std::string& lang) {
  std::string t = app.i18n.tr(lang, N_("Activity report {YEAR}: {TERRITORY}"));
  auto put = [&](const std::string& name, const std::string& value) {
    auto pos = t.find(name);
    if (pos != std::string::npos) t.replace(pos, name.size(), value);
  };
  put("{YEAR}", std::to_string(report.year));
  put("{TERRITORY}", report.territory_name);
  return t;
}

void fill_report(ctemplate::TemplateDictionary& d, const YearlyReport& report, const std::string& csv_query) {
  for (auto& c : report.chapters) {
    auto* toc = d.AddSectionDictionary("TOC");
    toc->SetValue("ID", c.id);
    toc->SetValue("TITLE", c.title);
    auto* cd = d.AddSectionDictionary("CHAPTER");
    cd->SetValue("ID", c.id);
    cd->SetValue("TITLE", c.title);
    if (c.annex) cd->ShowSection("ANNEX");
    if (!c.intro.empty()) cd->SetValueAndShowSection("INTRO", c.intro, "HAS_INTRO");
    if (c.tables.empty()) cd->ShowSection("NO_TABLES");
    for (auto& t : c.tables) {
      auto* td = cd->AddSectionDictionary("TABLE");
      td->SetValue("ID", t.id);
      td->SetValue("TITLE", t.title);
      if (!csv_query.empty()) {
        td->SetValue("CSV", "/observatory/report.csv?" + csv_query + "&table=" + t.id);
        td->ShowSection("HAS_CSV");
      }
      if (!t.note.empty()) td->SetValueAndShowSection("NOTE", t.note, "HAS_NOTE");
      for (auto& col : t.columns) td->AddSectionDictionary("COLUMN")->SetValue("LABEL", col);
      if (t.rows.empty()) td->ShowSection("EMPTY");
      for (auto& row : t.rows) {
        auto* rd = td->AddSectionDictionary("ROW");
        if (!row.empty()) fill_lines(rd->AddSectionDictionary("HEAD"), row.front());
        for (std::size_t i = 1; i < row.size(); ++i) fill_lines(rd->AddSectionDictionary("CELL"), row[i]);
      }
    }
  }
}

}  // namespace maillage::observatory
