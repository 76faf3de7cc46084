// The yearly report page (to read and print, each table as CSV) and the needs watch (observations by theme
// and territory over the quarters of a year, the list, and an observation entered by hand).
#include <array>
#include <map>

#include "observatory/handlers.hpp"
#include "observatory/locks.hpp"
#include "observatory/model.hpp"
#include "observatory/page_helpers.hpp"
#include "observatory/publications.hpp"
#include "observatory/report.hpp"
#include "observatory/report_view.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"

namespace maillage::observatory {

namespace {
// The report of "all", the region, a bassin or a zone ("zone:SLUG"); the region for anything else.
std::string territory_param(soci::session& sql, const std::string& value) {
  if (value == "all" || valid_report_territory(sql, value)) return value;
  return kRegion;
}
}  // namespace

Response report_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::string territory = territory_param(sql, ctx.q("territory"));
  int year = year_param(ctx, ctx.q("year"));
  auto report = build_report(ctx.app, sql, territory, year, ctx.lang);
  Page page(ctx, "observatory/report.tpl", N_("Yearly report"));
  page.set_title(report_title(ctx.app, report, ctx.lang));
  auto& d = page.dict();
  d.SetIntValue("YEAR", year);
  d.SetValue("TERRITORY", territory);
  fill_territory_options(ctx, sql, d, "TERRITORY_OPTION", territory, false, true);
  if (fill_zone_options(ctx, sql, d, "ZONE_OPTION", territory)) d.ShowSection("HAS_ZONES");
  if (is_zone(territory)) d.ShowSection("ZONE_REPORT");
  std::string query = "territory=" + territory + "&year=" + std::to_string(year);
  d.SetValue("QUERY", query);
  auto* body = d.AddIncludeDictionary("REPORT");
  body->SetFilename(Views::key(ctx.lang, "observatory/report_body.tpl"));
  fill_report(ctx.app, ctx.lang, *body, report, query);
  for (auto& p : list_publications(sql, territory, year)) {
    auto* s = d.AddSectionDictionary("PUBLICATION");
    s->SetIntValue("ID", p.id);
    s->SetIntValue("VERSION", p.version);
    s->SetValue("AT", ctx.app.i18n.datetime(ctx.lang, p.published_at));
    s->SetValue("BY", p.published_by_name);
    s->SetValue("LANGUAGE", p.lang);
    d.ShowSection("HAS_PUBLICATIONS");
  }
  // A zone's report is read and downloaded, not published: the locks of a published year follow the plans'
  // territories (locks.hpp), and a zone has no plan.
  if (ctx.user && !is_zone(territory) && may_edit(*ctx.user, territory == "all" ? kRegion : territory)) d.ShowSection("MAY_PUBLISH");
  return page.response();
}

Response report_publish(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  if (is_zone(ctx.f("territory"))) throw HttpError{400, N_("A zone's report is not published: choose the region or a care area to publish.")};
  std::string territory = territory_param(sql, ctx.f("territory"));
  int year = year_param(ctx, ctx.f("year"));
  if (!ctx.user || !may_edit(*ctx.user, territory == "all" ? kRegion : territory)) throw forbidden();
  std::string note = clean_text(ctx.f("note"));
  if (utf8_length(note) > 300) note = note.substr(0, 300);
  std::string name = ctx.user->name.empty() ? ctx.user->email : ctx.user->name;
  auto result = ctx.app.db.transact([&](soci::session& tx) {
    auto r = publish_report(ctx.app, tx, territory, year, ctx.lang, ctx.user->id, name, note, now_seconds());
    if (!r.unchanged) audit(tx, ctx, "observatory.report.publish", "observatory_publication:" + std::to_string(r.id), territory + " " + std::to_string(year));
    return r;
  });
  ctx.flash(result.unchanged ? N_("Nothing changed since the last version: no new version.")
                             : N_("The report is published: its figures and texts are kept as they are now."));
  return Response::redirect("/observatory/publications/" + std::to_string(result.id));
}

namespace {
Publication publication_or_404(soci::session& sql, RequestContext& ctx) {
  auto p = find_publication(sql, ctx.param_id("id"));
  if (!p) throw not_found();
  return *p;
}
}  // namespace

Response publication_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto p = publication_or_404(sql, ctx);
  Page page(ctx, "observatory/publication.tpl", N_("Published report"));
  page.set_title(report_title(ctx.app, p.report, p.lang));
  auto& d = page.dict();
  d.SetIntValue("ID", p.id);
  d.SetIntValue("VERSION", p.version);
  d.SetValue("AT", ctx.app.i18n.datetime(ctx.lang, p.published_at));
  d.SetValue("BY", p.published_by_name);
  d.SetValue("TERRITORY", p.territory);
  d.SetIntValue("YEAR", p.year);
  if (!p.note.empty()) d.SetValueAndShowSection("NOTE", p.note, "HAS_NOTE");
  for (auto& c : p.changes) d.AddSectionDictionary("CHANGE")->SetValue("TABLE", c);
  if (!p.changes.empty()) d.ShowSection("HAS_CHANGES");
  auto* body = d.AddIncludeDictionary("REPORT");
  body->SetFilename(Views::key(p.lang, "observatory/report_body.tpl"));
  fill_report(ctx.app, p.lang, *body, p.report, "");
  return page.response();
}

Response publication_file(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto p = publication_or_404(sql, ctx);
  std::string format = ctx.param("format");
  std::string name = "report-" + p.territory + "-" + std::to_string(p.year) + "-v" + std::to_string(p.version);
  if (format == "pdf")
    return Response::text(200, report_pdf(ctx.app, p.report, p.lang, p.published_at), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"");
  if (format == "xlsx")
    return Response::text(200, report_xlsx(p.report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
  if (format == "html")
    return Response::text(200, report_document(ctx.app, p.report, p.lang), "text/html; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".html\"");
  if (format == "csv")
    return Response::text(200, report_csv(p.report), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  throw not_found();
}

Response report_csv_download(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::string territory = territory_param(sql, ctx.q("territory"));
  int year = year_param(ctx, ctx.q("year"));
  auto report = build_report(ctx.app, sql, territory, year, ctx.lang);
  std::string name = "report-" + territory + "-" + std::to_string(year);
  std::string wanted = ctx.q("table");
  if (wanted.empty())
    return Response::text(200, report_csv(report), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  const Table* t = report.table(wanted);
  if (!t) throw not_found();
  return Response::text(200, table_csv(*t), "text/csv; charset=utf-8")
      .header("Content-Disposition", "attachment; filename=\"" + name + "-" + t->id + ".csv\"");
}

Response report_pdf_download(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::string territory = territory_param(sql, ctx.q("territory"));
  int year = year_param(ctx, ctx.q("year"));
  auto report = build_report(ctx.app, sql, territory, year, ctx.lang);
  return Response::text(200, report_pdf(ctx.app, report, ctx.lang), "application/pdf")
      .header("Content-Disposition", "inline; filename=\"report-" + territory + "-" + std::to_string(year) + ".pdf\"");
}

Response report_xlsx_download(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::string territory = territory_param(sql, ctx.q("territory"));
  int year = year_param(ctx, ctx.q("year"));
  auto report = build_report(ctx.app, sql, territory, year, ctx.lang);
  return Response::text(200, report_xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("Content-Disposition", "attachment; filename=\"report-" + territory + "-" + std::to_string(year) + ".xlsx\"");
}

namespace {
constexpr std::size_t kMaxListedNeeds = 200;

Response render_needs(RequestContext& ctx, soci::session& sql, const FormErrors& errors, int status) {
  Page page(ctx, "observatory/needs.tpl", N_("Needs watch"));
  auto& d = page.dict();
  int year = year_param(ctx, ctx.q("year").empty() ? ctx.f("year") : ctx.q("year"));
  std::string territory = ctx.q("territory");
  if (!territory.empty() && !valid_territory(sql, territory)) territory.clear();
  d.SetIntValue("YEAR", year);
  fill_territory_options(ctx, sql, d, "FILTER_OPTION", territory, false, false);
  auto all = all_observations(sql, year_period(year).value_or(Period{}), ctx.lang);
  std::string bassin = territory.empty() ? "" : bassin_of(territory);
  auto terr = territories(sql);
  // Theme x territory, and theme x quarter.
  std::map<std::string, std::map<std::string, long>> by_territory;
  std::map<std::string, std::array<long, 5>> by_quarter;
  std::vector<const Observation*> listed;
  for (auto& o : all) {
    if (!bassin.empty() && o.bassin != bassin) continue;
    std::string theme = o.theme_label.empty() ? ctx.tr(N_("Theme not given")) : o.theme_label;
    ++by_territory[theme][o.bassin.empty() ? kRegion : o.bassin];
    int q = std::clamp((to_brussels(o.observed_at).month - 1) / 3, 0, 3);
    ++by_quarter[theme][static_cast<std::size_t>(q)];
    ++by_quarter[theme][4];
    listed.push_back(&o);
  }
  for (auto& t : terr) d.AddSectionDictionary("TERRITORY_HEAD")->SetValue("NAME", territory_name(sql, t, ctx.lang, region_name(ctx)));
  for (auto& [theme, cells] : by_territory) {
    auto* r = d.AddSectionDictionary("THEME_ROW");
    r->SetValue("THEME", theme);
    for (auto& t : terr) r->AddSectionDictionary("CELL")->SetIntValue("N", cells.count(t) ? cells.at(t) : 0);
    auto* q = d.AddSectionDictionary("QUARTER_ROW");
    q->SetValue("THEME", theme);
    for (auto n : by_quarter[theme]) q->AddSectionDictionary("CELL")->SetIntValue("N", n);
  }
  if (by_territory.empty()) d.ShowSection("NONE");
  std::size_t shown = 0;
  for (auto it = listed.rbegin(); it != listed.rend() && shown < kMaxListedNeeds; ++it, ++shown) {
    auto& o = **it;
    auto* s = d.AddSectionDictionary("OBSERVATION");
    s->SetValue("DATE", ctx.app.i18n.date(ctx.lang, o.observed_at));
    s->SetValue("THEME", o.theme_label);
    s->SetValue("PUBLIC", o.public_label);
    s->SetValue("TERRITORY", territory_name(sql, o.bassin.empty() ? kRegion : o.bassin, ctx.lang, region_name(ctx)));
    s->SetValue("SENTENCE", o.sentence);
    s->SetValue("SOURCE", o.source == kManualSource ? ctx.tr(N_("entered by hand")) : o.source == "helpdesk" ? ctx.tr(N_("Helpdesk")) : o.source);
  }
  echo_fields(ctx, d, {"theme", "public_group", "sentence", "date", "correction"});
  fill_territory_options(ctx, sql, d, "TERRITORY_OPTION", ctx.f("territory"), false, false);
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response needs_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return render_needs(ctx, sql, {}, 200);
}

Response need_add(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  ManualNeed n;
  FormErrors errors;
  n.theme = clean_text(ctx.f("theme"));
  n.public_group = clean_text(ctx.f("public_group"));
  n.sentence = clean_text(ctx.f("sentence"));
  n.territory = ctx.f("territory");
  if (n.theme.empty() || utf8_length(n.theme) > 120) errors.add("theme", N_("Give the theme, in at most 120 characters."));
  if (utf8_length(n.public_group) > 120) errors.add("public_group", N_("A public has at most 120 characters."));
  if (n.sentence.empty() || utf8_length(n.sentence) > 500) errors.add("sentence", N_("Say what was observed in one sentence of at most 500 characters."));
  if (!valid_territory(sql, n.territory)) errors.add("territory", N_("Choose a territory of the list."));
  auto date = parse_date(ctx.f("date"));
  if (!date) errors.add("date", N_("Enter a date such as 2026-02-03."));
  else n.observed_at = *date + 12 * 3600;
  Lock lock;
  if (date && valid_territory(sql, n.territory)) lock = record_lock(sql, n.territory, n.observed_at);
  std::string correction = correction_of(ctx, lock, errors);
  if (!errors.empty()) return render_needs(ctx, sql, errors, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    auto id = add_need(tx, n, ctx.user->id, ctx.user->name.empty() ? ctx.user->email : ctx.user->name, now_seconds());
    audit(tx, ctx, "observatory.need.add", "observatory_need:" + std::to_string(id));
    if (lock.locked()) republish(ctx, tx, lock, correction);
  });
  ctx.flash(lock.locked() ? N_("The correction is saved and the report is published again as a new version that lists what changed.")
                          : N_("The observation is recorded."));
  return Response::redirect("/observatory/needs?year=" + std::to_string(to_brussels(n.observed_at).year));
}

}  // namespace maillage::observatory
