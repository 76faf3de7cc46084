#include "observatory/report_view.hpp"

#include <algorithm>
#include <cmath>

#include "platform/app.hpp"
#include "platform/i18n.hpp"

namespace maillage::observatory {

namespace {
void fill_lines(Dictionary* cell, const std::string& text) {
  std::size_t pos = 0;
  while (true) {
    auto nl = text.find('\n', pos);
    cell->AddSectionDictionary("LINE")->SetValue("TEXT", text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
}
// A table's chart as the template's inline SVG (horizontal bars, a label above each bar, the value after it): drawn
// by the server, so that it prints as vectors and needs no script; its <title> reads every bar, and the table
// under it gives the same figures.
constexpr int kChartWidth = 640, kBarSpan = 540, kRowHeight = 34;
void fill_chart(Dictionary* td, App& app, const std::string& lang, const Table& t) {
  if (t.chart.empty()) return;
  double max = 0;
  for (auto& [label, v] : t.chart) max = std::max(max, v);
  auto* c = td->AddSectionDictionary("CHART");
  c->SetIntValue("WIDTH", kChartWidth);
  c->SetIntValue("HEIGHT", static_cast<long>(t.chart.size()) * kRowHeight + 4);
  std::string summary = t.title;
  int y = 0;
  for (auto& [label, v] : t.chart) {
    std::string value = app.i18n.number(lang, v, v == std::floor(v) ? 0 : 1);
    long width = max > 0 ? std::lround(kBarSpan * std::max(v, 0.0) / max) : 0;
    auto* b = c->AddSectionDictionary("BAR");
    b->SetValue("LABEL", label);
    b->SetValue("VALUE", value);
    b->SetIntValue("LABEL_Y", y + 13);
    b->SetIntValue("BAR_Y", y + 18);
    b->SetIntValue("BAR_WIDTH", std::max(width, 1L));
    b->SetIntValue("VALUE_X", width + 6);
    b->SetIntValue("VALUE_Y", y + 28);
    summary += (&label == &t.chart.front().first ? ": " : "; ") + label + " " + value;
    y += kRowHeight;
  }
  c->SetValue("SUMMARY", summary);
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

void fill_report(App& app, const std::string& lang, Dictionary& d, const YearlyReport& report,
                 const std::string& csv_query) {
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
      fill_chart(td, app, lang, t);
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
