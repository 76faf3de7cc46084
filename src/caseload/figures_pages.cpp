// The team's figures page and CSV: members read the exact counts (and the per-person score table); the
// administrators and the territory coordinators read them with counts below the team's threshold as "< 5"
// (platform/small_counts.hpp). The charts are drawn by the helpdesk's statistics script from the tables.
#include <charconv>

#include "caseload/figures.hpp"
#include "caseload/handlers.hpp"
#include "caseload/figure_tables.hpp"
#include "caseload/views.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/code_lists.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/small_counts.hpp"
#include "platform/views.hpp"

namespace maillage::caseload {

namespace {

struct Asked {
  Period period;
  std::string label;  // "2026" or "2026-01-01_2026-06-30"
  int year = 0;
};

std::optional<Asked> asked_period(const RequestContext& ctx) {
  std::string from = ctx.q("from"), to = ctx.q("to");
  if (!from.empty() || !to.empty()) {
    auto a = from_brussels(from, "00:00");
    auto b = from_brussels(to, "00:00");
    if (!a || !b || *b < *a || *b - *a > 3 * 366 * 86400LL) return std::nullopt;
    return Asked{{*a, *b + 86400}, from + "_" + to, 0};
  }
  int year = to_brussels(now_seconds()).year;
  std::string y = ctx.q("year");
  if (!y.empty()) {
    auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
    if (ec != std::errc() || p != y.data() + y.size()) return std::nullopt;
  }
  auto period = year_period(year);
  if (!period) return std::nullopt;
  return Asked{*period, std::to_string(year), year};
}

struct Viewer {
  Team team;
  bool inside = false;
};

Viewer viewer_of(RequestContext& ctx, soci::session& sql) {
  auto id = ctx.param_id("id");
  auto t = find_team(sql, id);
  if (!t) throw not_found();
  if (is_member(*ctx.user, id)) return {*t, true};
  if (reads_figures_outside(*ctx.user, *t)) return {*t, false};
  throw forbidden();
}


}  // namespace

Response figures_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto viewer = viewer_of(ctx, sql);
  const auto& team = viewer.team;
  Page page(ctx, "caseload/figures.tpl", N_("Team figures"));
  page.set_title(team.name);
  auto& d = page.dict();
  d.SetIntValue("TEAM_ID", team.id);
  d.SetValue("TEAM_NAME", team.name);
  if (viewer.inside) d.ShowSection("INSIDE");
  else d.ShowSection("OUTSIDE");
  auto asked = asked_period(ctx);
  int this_year = to_brussels(now_seconds()).year;
  for (int y = this_year; y >= this_year - 5; --y) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    o->SetIntValue("YEAR", y);
    if (asked && asked->year == y) o->ShowSection("SELECTED");
  }
  d.SetValue("FROM", ctx.q("from"));
  d.SetValue("TO", ctx.q("to"));
  if (!asked) {
    d.SetValueAndShowSection("ERROR", ctx.tr(N_("Choose a year between 2000 and 2100, or a period of at most three years.")), "HAS_ERROR");
    return page.response(422);
  }
  d.ShowSection("FIGURES");
  d.SetValue("CSV_QUERY", asked->year ? "year=" + asked->label : "from=" + url_encode(ctx.q("from")) + "&to=" + url_encode(ctx.q("to")));
  d.SetValue("PERIOD_FROM", ctx.app.i18n.date(ctx.lang, asked->period.from));
  d.SetValue("PERIOD_TO", ctx.app.i18n.date(ctx.lang, asked->period.to - 1));
  auto f = compute_figures(sql, team.id, asked->period, now_seconds());
  d.SetValue("PREVIOUS_FROM", ctx.app.i18n.date(ctx.lang, f.previous.from));
  d.SetValue("PREVIOUS_TO", ctx.app.i18n.date(ctx.lang, f.previous.to - 1));
  auto tables = figure_tables(sql, f, team, !viewer.inside, [&](const char* m) { return ctx.tr(m); }, ctx.lang);
  int n = 0;
  for (auto& t : tables) {
    auto* s = d.AddSectionDictionary("TABLE");
    s->SetIntValue("N", ++n);
    s->SetValue("TITLE", t.title);
    if (!t.chart.empty()) s->SetValueAndShowSection("CHART", t.chart, "HAS_CHART");
    else s->ShowSection("NO_CHART");
    if (!t.note.empty()) s->SetValueAndShowSection("NOTE", t.note, "HAS_NOTE");
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      auto* h = s->AddSectionDictionary(c == 0 ? "FIRST_COLUMN" : "COLUMN");
      h->SetValue("NAME", t.columns[c]);
      if (c > 0 && std::find(t.series.begin(), t.series.end(), c) != t.series.end()) h->ShowSection("SERIES");
    }
    for (auto& row : t.rows) {
      auto* r = s->AddSectionDictionary("ROW");
      for (std::size_t c = 0; c < row.size(); ++c) {
        auto* cell = r->AddSectionDictionary(c == 0 ? "HEAD" : "CELL");
        cell->SetValue("TEXT", row[c].text);
        if (!row[c].value.empty()) cell->SetValueAndShowSection("VALUE", row[c].value, "HAS_VALUE");
      }
    }
  }
  if (viewer.inside) {
    auto instruments = terms(sql, team.id, kInstruments, false);
    for (auto& r : f.score_rows) {
      auto* s = d.AddSectionDictionary("SCORE_ROW");
      s->SetIntValue("EPISODE_ID", r.episode_id);
      s->SetValue("CODE", r.person_code);
      s->SetValue("INSTRUMENT", term_label(ctx, instruments, r.instrument));
      s->SetIntValue("ENTRY", r.entry);
      if (r.no_news) s->ShowSection("NO_NEWS");
      else if (r.has_now) s->SetValueAndShowSection("NOW", std::to_string(r.now), "HAS_NOW");
      else s->ShowSection("NOT_RESCORED");
    }
    if (!f.score_rows.empty()) d.ShowSection("HAS_SCORE_ROWS");
  }
  return page.response();
}

Response figures_csv(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto viewer = viewer_of(ctx, sql);
  auto asked = asked_period(ctx);
  if (!asked) throw HttpError{422, N_("Choose a year between 2000 and 2100, or a period of at most three years.")};
  auto f = compute_figures(sql, viewer.team.id, asked->period, now_seconds());
  auto tables = figure_tables(sql, f, viewer.team, !viewer.inside, [&](const char* m) { return ctx.tr(m); }, ctx.lang);
  return Response::text(200, figures_csv_text(tables), "text/csv; charset=utf-8")
      .header("Content-Disposition", "attachment; filename=\"caseload-" + std::to_string(viewer.team.id) + "-" +
                                         asked->label + ".csv\"");
}

}  // namespace maillage::caseload
