#include "observatory/report.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "observatory/indicators.hpp"
#include "observatory/report_view.hpp"
#include "platform/csv.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/resources.hpp"
#include "platform/small_counts.hpp"
#include "platform/typeset/pdf.hpp"
#include "platform/typeset/xlsx.hpp"

namespace maillage::observatory {

namespace {

std::string subst(std::string text, const std::string& name, const std::string& value) {
  for (auto pos = text.find(name); pos != std::string::npos; pos = text.find(name, pos + value.size()))
    text.replace(pos, name.size(), value);
  return text;
}

struct Words {
  App& app;
  std::string lang;
  std::string tr(const char* msgid) const { return app.i18n.tr(lang, msgid); }
  std::string number(double v, int decimals = 0) const { return app.i18n.number(lang, v, decimals); }
  std::string date(std::int64_t t) const { return app.i18n.date(lang, t); }
  std::string hours(double h) const { return number(h, h == std::floor(h) ? 0 : 1); }
};

std::string element_label(const Words& w, const DataElement& e) {
  return w.tr(e.label.c_str()) + (e.detail.empty() ? "" : ": " + w.tr(e.detail.c_str()));
}

double staff_total(const Activity& a) {
  double h = 0;
  for (auto& s : a.staff_hours) h += s.hours;
  return h;
}

std::string indicator_text(const Words& w, const IndicatorValue& v) {
  if (!v.available) return w.tr(N_("no data"));
  if (v.suppressed) return v.shown;
  return w.number(v.value, v.ratio ? 1 : 0);
}

// The meetings table of an action (HERMESplus: date, place, participants, duration) and its staff hours.
Table meetings_table(const Words& w, const Action& action, const std::vector<Activity>& activities) {
  Table t;
  t.title = subst(w.tr(N_("Meetings: {ACTION}")), "{ACTION}", action.title(w.lang));
  t.columns = {w.tr(N_("Date")), w.tr(N_("Activity")), w.tr(N_("Place")), w.tr(N_("Participants")), w.tr(N_("Duration (hours)")),
               w.tr(N_("Staff hours"))};
  double total = 0;
  for (auto& a : activities) {
    double staff = staff_total(a);
    total += staff;
    t.rows.push_back({w.date(a.starts_at), a.title, a.online ? w.tr(N_("online")) : a.place, std::to_string(a.participants),
                      w.hours(a.duration_minutes / 60.0), w.hours(staff)});
  }
  t.rows.push_back({w.tr(N_("Total")), "", "", "", "", w.hours(total)});
  t.note = subst(w.tr(N_("Total hours provided by the team: {HOURS}.")), "{HOURS}", w.hours(total));
  return t;
}

// An indicator broken down by territory: the region and each bassin, with a chart of the values shown.
Table breakdown_table(const Words& w, soci::session& sql, Evaluator& evaluator, const Indicator& i, const Plan& plan,
                      const std::string& region_name) {
  Table t;
  t.title = subst(w.tr(N_("By territory: {INDICATOR}")), "{INDICATOR}", i.name);
  t.columns = {w.tr(N_("Territory")), i.name};
  bool suppressed = false;
  for (auto& code : territories(sql)) {
    auto v = evaluator.value_in(i, plan, bassin_of(code));
    std::string name = territory_name(sql, code, w.lang, region_name);
    t.rows.push_back({name, indicator_text(w, v)});
    suppressed = suppressed || v.suppressed;
    if (v.available && !v.suppressed) t.chart.push_back({name, v.value});
  }
  if (suppressed)
    t.note = w.tr(N_("\"< 5\" or \"*\": fewer than five people, not shown outside the part that counted them, so that nobody is recognisable."));
  return t;
}

}  // namespace

const Table* YearlyReport::table(const std::string& id) const {
  for (auto& c : chapters)
    for (auto& t : c.tables)
      if (t.id == id) return &t;
  return nullptr;
}

YearlyReport build_report(App& app, soci::session& sql, const std::string& territory, int year, const std::string& lang) {
  Words w{app, lang};
  YearlyReport report;
  report.territory = territory;
  report.year = year;
  Period period = year_period(year).value_or(Period{});
  const std::string region_name = w.tr(N_("Brussels-Capital Region"));
  report.territory_name =
      territory == "all" ? w.tr(N_("The whole organisation")) : territory_name(sql, territory, lang, region_name);
  std::vector<std::string> covered = territory == "all" ? territories(sql) : std::vector<std::string>{territory};
  const std::string bassin = territory == "all" ? "" : bassin_of(territory);
  int next_id = 0;
  auto id = [&] { return "t" + std::to_string(++next_id); };
  Evaluator evaluator(sql);
  const std::string small_note =
      w.tr(N_("\"< 5\": fewer than five people, not shown outside the part that counted them, so that nobody is recognisable."));

  // Key figures: every published data element, per territory covered.
  {
    Chapter c{"key-figures", w.tr(N_("Key figures")), false, w.tr(N_("Counted from the records of each part for the year."))};
    Table t{id(), w.tr(N_("Key figures")), {w.tr(N_("Figure"))}, {}, ""};
    for (auto& code : covered) t.columns.push_back(territory_name(sql, code, lang, region_name));
    bool any_protected = false;
    for (auto& e : evaluator.elements()) {
      std::vector<std::string> row{element_label(w, e)};
      bool any = false;
      for (auto& code : covered) {
        double v = evaluator.element_value(e.code, bassin_of(code), period).value_or(0);
        if (v != 0) any = true;
        if (e.protected_counts) {
          auto shown = shown_count(std::lround(v), false);
          if (shown.suppressed) any_protected = true;
          row.push_back(shown.suppressed ? shown.text : w.number(v));
        } else {
          row.push_back(w.number(v, v == std::floor(v) ? 0 : 1));
        }
      }
      if (any) t.rows.push_back(std::move(row));
    }
    if (any_protected) t.note = small_note;
    if (is_zone(territory)) {
      c.intro += " " + w.tr(N_("A zone counts what the parts record with a commune or a quarter in it: the offers' sessions by their place, the helpdesk's contacts and unmet needs by the person's commune, the concertations of a commune or quarter. Figures known only by care area (the caseload teams, activities entered by hand) count in no zone."));
      // The population the zone answers for (its communes and quarters), as its population ratios count it.
      int used = 0;
      if (auto inhabitants = evaluator.population(territory, population_year_of(period), &used))
        c.intro += " " + subst(subst(w.tr(N_("Inhabitants of the zone: {N} ({YEAR}).")), "{N}", w.number(*inhabitants)), "{YEAR}",
                               std::to_string(used));
    }
    c.tables.push_back(std::move(t));
    // The whole organisation: its activities side by side per bassin, as a chart over the table.
    if (territory == "all") {
      struct Sum {
        long count = 0, participants = 0;
        double staff = 0;
      };
      std::map<std::string, Sum> by_bassin;
      Sum total;
      for (auto& a : all_activities(sql, period)) {
        for (Sum* s : {&by_bassin[a.bassin], &total}) {
          ++s->count;
          s->participants += a.participants;
          s->staff += staff_total(a);
        }
      }
      Table b{id(), w.tr(N_("Activities by territory")),
              {w.tr(N_("Territory")), w.tr(N_("Activities")), w.tr(N_("Participants")), w.tr(N_("Staff hours"))}, {}, ""};
      auto row = [&](const std::string& name, const Sum& s, bool chart) {
        b.rows.push_back({name, w.number(s.count), w.number(s.participants), w.hours(s.staff)});
        if (chart) b.chart.push_back({name, static_cast<double>(s.count)});
      };
      for (auto& code : covered)
        if (code != kRegion) row(territory_name(sql, code, lang, region_name), by_bassin[code], true);
      row(w.tr(N_("Region-wide, no bassin")), by_bassin[""], true);
      row(w.tr(N_("Total")), total, false);
      if (total.count == 0) b.chart.clear();
      c.tables.push_back(std::move(b));
    }
    report.chapters.push_back(std::move(c));
  }

  // Activities by kind.
  {
    Chapter c{"activities", w.tr(N_("Activities")), false,
              w.tr(N_("Every meeting, session, visit and permanence of the year: those recorded by the parts and those entered by hand."))};
    auto activities = all_activities(sql, period, bassin);
    struct Sum {
      long count = 0, participants = 0;
      double hours = 0, staff = 0;
    };
    std::map<std::string, Sum> by_kind;
    Sum all;
    for (auto& a : activities) {
      for (Sum* s : {&by_kind[a.kind], &all}) {
        ++s->count;
        s->participants += a.participants;
        s->hours += a.duration_minutes / 60.0;
        s->staff += staff_total(a);
      }
    }
    Table t{id(), w.tr(N_("Activities by kind")),
            {w.tr(N_("Kind")), w.tr(N_("Activities")), w.tr(N_("Participants")), w.tr(N_("Hours")), w.tr(N_("Staff hours"))}, {}, ""};
    for (auto& [code, label] : activity_kinds()) {
      auto it = by_kind.find(code);
      if (it == by_kind.end()) continue;
      auto& s = it->second;
      t.rows.push_back({w.tr(label), w.number(s.count), w.number(s.participants), w.hours(s.hours), w.hours(s.staff)});
      t.chart.push_back({w.tr(label), static_cast<double>(s.count)});
    }
    for (auto& [code, s] : by_kind) {
      bool listed = false;
      for (auto& k : activity_kinds()) listed = listed || k.first == code;
      if (!listed) {
        t.rows.push_back({code, w.number(s.count), w.number(s.participants), w.hours(s.hours), w.hours(s.staff)});
        t.chart.push_back({code, static_cast<double>(s.count)});
      }
    }
    t.rows.push_back({w.tr(N_("Total")), w.number(all.count), w.number(all.participants), w.hours(all.hours), w.hours(all.staff)});
    c.tables.push_back(std::move(t));
    // By month of the year.
    static const char* const kMonths[] = {N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
                                          N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December")};
    std::array<Sum, 12> by_month{};
    for (auto& a : activities) {
      auto& s = by_month[static_cast<std::size_t>(std::clamp(to_brussels(a.starts_at).month - 1, 0, 11))];
      ++s.count;
      s.participants += a.participants;
    }
    Table m{id(), w.tr(N_("Activities by month")), {w.tr(N_("Month")), w.tr(N_("Activities")), w.tr(N_("Participants"))}, {}, ""};
    for (std::size_t k = 0; k < 12; ++k) {
      m.rows.push_back({w.tr(kMonths[k]), w.number(by_month[k].count), w.number(by_month[k].participants)});
      m.chart.push_back({w.tr(kMonths[k]), static_cast<double>(by_month[k].count)});
    }
    if (activities.empty()) m.chart.clear();
    c.tables.push_back(std::move(m));
    report.chapters.push_back(std::move(c));
  }

  // The parts' own tables.
  {
    Chapter c{"parts", w.tr(N_("Figures of the parts")), false, ""};
    ReportScope scope{period, bassin, lang, &app};
    Translate translate = [&](const char* msgid) { return w.tr(msgid); };
    // The parts' tables are drawn per care area and for the region: a zone's report leaves them to those reports.
    if (is_zone(territory))
      c.intro = w.tr(N_("The parts draw their own tables per care area and for the region: see the reports of the care areas this zone crosses."));
    for (auto& p : publishers()) {
      if (!p.report || is_zone(territory)) continue;
      for (auto& pt : p.report(sql, scope, translate)) c.tables.push_back({id(), pt.title, pt.columns, pt.rows, pt.note});
    }
    report.chapters.push_back(std::move(c));
  }

  // The needs watch: observations by theme and quarter.
  {
    Chapter c{"needs", w.tr(N_("Needs watch")), false,
              w.tr(N_("Unmet needs observed by the helpdesk and the teams, by theme and quarter of the year."))};
    Table t{id(), w.tr(N_("Unmet needs by theme")),
            {w.tr(N_("Theme")), w.tr(N_("January-March")), w.tr(N_("April-June")), w.tr(N_("July-September")),
             w.tr(N_("October-December")), w.tr(N_("Total"))},
            {}, ""};
    std::map<std::string, std::array<long, 5>> by_theme;
    ZoneFilter zone(sql, territory);
    for (auto& o : all_observations(sql, period, lang)) {
      if (is_zone(territory) ? !zone.holds(o.commune_nis, o.quarter_code) : !bassin.empty() && o.bassin != bassin) continue;
      auto& cells = by_theme[o.theme_label.empty() ? w.tr(N_("Theme not given")) : o.theme_label];
      int quarter = std::clamp((to_brussels(o.observed_at).month - 1) / 3, 0, 3);
      ++cells[static_cast<std::size_t>(quarter)];
      ++cells[4];
    }
    for (auto& [theme, cells] : by_theme) {
      std::vector<std::string> row{theme};
      for (auto n : cells) row.push_back(w.number(static_cast<double>(n)));
      t.rows.push_back(std::move(row));
      t.chart.push_back({theme, static_cast<double>(cells[4])});
    }
    c.tables.push_back(std::move(t));
    report.chapters.push_back(std::move(c));
  }

  // One annex per plan of the year: the action plan in the reports' five columns, then each action's meetings.
  for (auto& code : covered) {
    auto plan = find_plan_for(sql, code, year);
    if (!plan) continue;
    std::string name = territory_name(sql, code, lang, region_name);
    Chapter c{"annex-" + code, subst(w.tr(N_("Annex: action plan {YEAR}, {TERRITORY}")), "{YEAR}", std::to_string(year)), true, ""};
    c.title = subst(c.title, "{TERRITORY}", name);
    c.intro = plan->title;
    Table t{id(), w.tr(N_("Action plan")),
            {w.tr(N_("Ref.")), w.tr(N_("Action and description")),
             subst(w.tr(N_("Deliverables {YEAR}")), "{YEAR}", std::to_string(year)), w.tr(N_("Assessment and indicators")),
             subst(w.tr(N_("Perspectives {YEAR}")), "{YEAR}", std::to_string(year + 1))},
            {}, "", {0.07, 0.27, 0.22, 0.27, 0.17}};
    std::vector<Table> meetings, breakdowns;
    bool suppressed = false;
    for (auto& action : actions_of(sql, plan->id)) {
      std::map<std::int64_t, IndicatorValue> values;
      for (auto& i : action.indicators) {
        values[i.id] = evaluator.value(i, *plan);
        suppressed = suppressed || values[i.id].suppressed;
      }
      std::string deliverables;
      for (auto& d : action.deliverables) {
        std::string line = d.target ? w.number(*d.target, *d.target == std::floor(*d.target) ? 0 : 1) + " " + d.text : d.text;
        if (d.indicator_id && values.count(d.indicator_id))
          line += " — " + subst(w.tr(N_("achieved: {VALUE}")), "{VALUE}", indicator_text(w, values[d.indicator_id]));
        deliverables += (deliverables.empty() ? "" : "\n") + line;
      }
      std::string assessment = action.assessment;
      for (auto& i : action.indicators) {
        std::string line = i.name + ": " + indicator_text(w, values[i.id]);
        if (i.kind == "manual" && i.entered_at)
          line += " (" + subst(subst(w.tr(N_("entered by {NAME} on {DATE}")), "{NAME}", i.entered_by_name), "{DATE}", w.date(i.entered_at)) + ")";
        assessment += (assessment.empty() ? "" : "\n") + line;
      }
      for (auto& i : action.indicators)
        if (i.by_territory && i.kind != "manual") {
          auto b = breakdown_table(w, sql, evaluator, i, *plan, region_name);
          b.id = id();
          breakdowns.push_back(std::move(b));
        }
      std::string what = action.title(lang);
      if (!action.description(lang).empty()) what += "\n" + action.description(lang);
      t.rows.push_back({action.reference, what, deliverables, assessment, action.perspectives});
      auto linked = activities_of_action(sql, action.id, period);
      if (!linked.empty()) {
        auto m = meetings_table(w, action, linked);
        m.id = id();
        meetings.push_back(std::move(m));
      }
    }
    if (suppressed) t.note = small_note;
    c.tables.push_back(std::move(t));
    for (auto& b : breakdowns) c.tables.push_back(std::move(b));
    for (auto& m : meetings) c.tables.push_back(std::move(m));
    report.chapters.push_back(std::move(c));
  }
  return report;
}

std::string report_document(App& app, const YearlyReport& report, const std::string& lang) {
  Dictionary root("report_document");
  root.SetValue("LANG", lang == "qps" ? "en" : lang);
  // A file read away from the server: its stylesheets travel inside it (print rules apply when printed).
  std::string css(resources::get("static/css/maillage.css"));
  css += "\n@media print {\n" + std::string(resources::get("static/css/print.css")) + "\n}\n";
  root.SetValue("CSS", css);
  auto* body = root.AddIncludeDictionary("REPORT");
  body->SetFilename(Views::key(lang, "observatory/report_body.tpl"));
  fill_report(app, lang, *body, report, "");
  root.SetValue("TITLE", report_title(app, report, lang));
  return app.views.render(lang, "observatory/report_document.tpl", root);
}


std::string table_csv(const Table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + csv_cell(t.columns[i]);
  out += "\r\n";
  for (auto& row : t.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_cell(row[i]);
    out += "\r\n";
  }
  return out;
}

std::string report_pdf(App& app, const YearlyReport& report, const std::string& lang, std::int64_t dated) {
  using typeset::Block;
  typeset::Document doc;
  doc.made_at = dated ? dated : now_seconds();
  doc.title = report_title(app, report, lang);
  doc.author = "Maillage";
  doc.blocks.push_back({Block::Kind::Title, doc.title});
  doc.blocks.push_back({Block::Kind::Subheading, app.i18n.tr(lang, N_("Contents"))});
  std::string contents;
  for (std::size_t i = 0; i < report.chapters.size(); ++i)
    contents += (i ? "\n" : "") + std::to_string(i + 1) + ". " + report.chapters[i].title;
  doc.blocks.push_back({Block::Kind::Paragraph, contents});
  for (auto& c : report.chapters) {
    if (c.annex) doc.blocks.push_back({Block::Kind::PageBreak});
    doc.blocks.push_back({Block::Kind::Heading, c.title});
    if (!c.intro.empty()) doc.blocks.push_back({Block::Kind::Paragraph, c.intro});
    for (auto& t : c.tables) {
      Block table{Block::Kind::Table, t.title, t.columns, t.rows, t.widths};
      if (t.rows.empty()) table.rows.push_back({app.i18n.tr(lang, N_("Nothing in this period."))});
      doc.blocks.push_back(std::move(table));
      if (!t.chart.empty()) {
        Block chart{Block::Kind::BarChart, "", {}, {}, {}, t.chart};
        for (auto& [label, v] : t.chart) chart.bar_texts.push_back(app.i18n.number(lang, v, v == std::floor(v) ? 0 : 1));
        doc.blocks.push_back(std::move(chart));
      }
      if (!t.note.empty()) doc.blocks.push_back({Block::Kind::Note, t.note});
    }
  }
  return typeset::to_pdf(doc);
}

std::string report_xlsx(const YearlyReport& report) {
  std::vector<typeset::Sheet> sheets;
  for (auto& c : report.chapters)
    for (auto& t : c.tables) sheets.push_back({t.id + " " + t.title, c.title + " — " + t.title, t.columns, t.rows, t.note});
  return typeset::to_xlsx(sheets);
}

std::string write_report_file(App& app, const ReportFile& file) {
  soci::session sql(app.db.pool());
  if (file.territory != "all" && !valid_report_territory(sql, file.territory))
    return "unknown territory \"" + file.territory + "\" (region, all, a bassin or a zone: " + [&] {
      std::string list;
      for (auto& t : report_territories(sql)) list += (list.empty() ? "" : ", ") + t;
      return list;
    }() + ")";
  auto report = build_report(app, sql, file.territory, file.year, file.lang);
  std::string text = file.format == "csv"   ? report_csv(report)
                     : file.format == "pdf" ? report_pdf(app, report, file.lang)
                     : file.format == "xlsx" ? report_xlsx(report)
                                            : report_document(app, report, file.lang);
  std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return "cannot write " + file.path;
  return "";
}

std::string report_csv(const YearlyReport& report) {
  std::string out;
  for (auto& c : report.chapters)
    for (auto& t : c.tables) out += csv_cell(t.title) + "\r\n" + table_csv(t) + "\r\n";
  return out;
}

}  // namespace maillage::observatory
