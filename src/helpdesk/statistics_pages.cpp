#include "helpdesk/statistics_pages.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <set>

#include "directory/model.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/csv.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/code_lists.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"
#include "territory/zones.hpp"

namespace maillage::helpdesk {

namespace {

const char* const kMonths[] = {N_("January"), N_("February"), N_("March"),     N_("April"),
                               N_("May"),     N_("June"),     N_("July"),      N_("August"),
                               N_("September"), N_("October"), N_("November"), N_("December")};

int current_year() { return to_brussels(now_seconds()).year; }

constexpr const char* kLast12 = "last12";

// The period asked for: ?year=YYYY (a Brussels calendar year, this one by default) or ?year=last12 (the last
// twelve months, to today); nullopt for anything else.
struct AskedPeriod {
  Period period;
  int year = 0;  // 0 for the last twelve months
  std::string value;
};
std::optional<AskedPeriod> asked_period(const RequestContext& ctx) {
  std::string y = ctx.q("year");
  if (y == kLast12) {
    std::int64_t now = now_seconds();
    auto lt = to_brussels(now);
    char from[40];
    std::snprintf(from, sizeof from, "%04d-%02d-%02d", lt.year - 1, lt.month, lt.month == 2 && lt.day == 29 ? 28 : lt.day);
    auto start = from_brussels(from, "00:00");
    auto end = from_brussels(local_date_iso(now + 86400), "00:00");
    if (!start || !end) return std::nullopt;
    // From the day after this date a year ago to the end of today.
    return AskedPeriod{{*start + 86400, *end}, 0, kLast12};
  }
  int year = current_year();
  if (!y.empty()) {
    auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
    if (ec != std::errc() || p != y.data() + y.size()) return std::nullopt;
  }
  auto period = year_period(year);
  if (!period) return std::nullopt;
  return AskedPeriod{*period, year, std::to_string(year)};
}

std::vector<std::int64_t> lines_of_bassins(soci::session& sql, const std::set<std::string>& bassins) {
  std::vector<std::int64_t> ids;
  for (auto& l : list_lines(sql, true))
    if (!l.bassin_slug.empty() && bassins.count(l.bassin_slug)) ids.push_back(l.id);
  return ids;
}

std::string line_name(const std::vector<Line>& lines, std::int64_t id, const std::string& lang) {
  for (auto& l : lines)
    if (l.id == id) return l.name(lang);
  return "";
}

struct Labeller {
  RequestContext& ctx;
  std::shared_ptr<const std::map<std::string, std::string>> terms;
  std::shared_ptr<const territory::Snapshot> territory;
  std::shared_ptr<const SectorList> sectors;

  std::string not_recorded() const { return ctx.tr(N_("Not recorded")); }
  std::string coded(CodeList list, const std::string& code) const {
    if (code.empty()) return not_recorded();
    const char* label = code_label(list, code);
    return label ? ctx.tr(label) : code;
  }
  std::string sector(const std::string& code) const {
    if (code.empty()) return not_recorded();
    auto* s = sectors->find(code);
    return s ? s->label(ctx.lang) : code;
  }
  std::string theme(const std::string& code) const {
    auto it = terms->find(code);
    return it != terms->end() ? it->second : code;
  }
  std::string bassin(const std::string& slug) const {
    if (slug.empty()) return ctx.tr(N_("Outside Brussels or not recorded"));
    for (auto& b : territory->bassins)
      if (b.slug == slug) return b.name(ctx.lang);
    return slug;
  }
};

void add_breakdown(Dictionary& d, const std::string& id, const std::string& heading,
                   const std::string& label_heading, const std::vector<std::pair<std::string, std::int64_t>>& rows,
                   std::int64_t total, const char* chart, RequestContext& ctx) {
  auto* b = d.AddSectionDictionary("BREAKDOWN");
  b->SetValue("ID", id);
  b->SetValue("HEADING", heading);
  b->SetValue("LABEL_HEADING", label_heading);
  if (chart) b->SetValueAndShowSection("CHART", chart, "HAS_CHART");
  else b->ShowSection("NO_CHART");
  for (auto& [label, n] : rows) {
    auto* r = b->AddSectionDictionary("ROW");
    r->SetValue("LABEL", label);
    r->SetIntValue("COUNT", n);
    r->SetValue("SHARE", total ? ctx.app.i18n.number(ctx.lang, 100.0 * static_cast<double>(n) / static_cast<double>(total), 1) : "0");
  }
  if (rows.empty()) b->ShowSection("EMPTY");
}

std::vector<std::pair<std::string, std::int64_t>> labelled(const std::vector<Count>& counts,
                                                           const std::function<std::string(const std::string&)>& label) {
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (auto& c : counts) rows.emplace_back(label(c.code), c.count);
  return rows;
}

void fill_channels(Dictionary* d, const ChannelCounts& c) {
  d->SetIntValue("PHONE", c.phone);
  d->SetIntValue("EMAIL", c.email);
  d->SetIntValue("WEB_FORM", c.web_form);
  d->SetIntValue("IN_PERSON", c.in_person);
  d->SetIntValue("TOTAL", c.total());
}

}  // namespace

std::optional<StatisticsViewer> statistics_viewer(soci::session& sql, const CurrentUser& user, const std::string& bassin) {
  StatisticsViewer v;
  bool region = user.is_admin();
  std::set<std::string> coordinated;
  for (auto& g : user.grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") region = true;
    if (g.scope_type == "bassin") coordinated.insert(g.scope_id);
  }
  auto responder = user.responder_line_ids();
  std::set<std::string> all_bassins;
  for (auto& b : territory::list_bassins(sql)) all_bassins.insert(b.slug);
  std::set<std::string> reachable = region ? all_bassins : coordinated;
  auto lines = list_lines(sql, true);
  // A responder may narrow to the bassin of one of its lines too.
  for (auto id : responder)
    for (auto& l : lines)
      if (l.id == id && !l.bassin_slug.empty()) reachable.insert(l.bassin_slug);
  v.bassins.assign(reachable.begin(), reachable.end());
  if (!region && coordinated.empty() && responder.empty()) return std::nullopt;
  if (!bassin.empty() && !reachable.count(bassin)) throw forbidden();
  v.bassin = bassin;

  if (region && bassin.empty()) {
    v.scope.all_lines = true;
  } else {
    v.scope.all_lines = false;
    std::set<std::int64_t> ids;
    std::set<std::string> bassins;
    if (!bassin.empty()) bassins.insert(bassin);
    else bassins = coordinated;
    // A coordinator counts every line of its bassins; a responder its own lines (within the bassin asked).
    if (region || coordinated.count(bassin) || bassin.empty())
      for (auto id : lines_of_bassins(sql, bassins)) ids.insert(id);
    for (auto id : responder)
      for (auto& l : lines)
        if (l.id == id && (bassin.empty() || l.bassin_slug == bassin)) ids.insert(id);
    v.scope.line_ids.assign(ids.begin(), ids.end());
  }
  // Small cells are shown only to those who answer every line counted (they know these requests already).
  auto counted = scope_line_ids(sql, v.scope);
  v.suppress_small_cells = counted.empty() || std::any_of(counted.begin(), counted.end(), [&](std::int64_t id) {
                             return std::find(responder.begin(), responder.end(), id) == responder.end();
                           });
  return v;
}

std::string statistics_csv_text(soci::session& sql, const Statistics& s, const std::string& not_notified,
                                const std::string& lang) {
  auto lines = list_lines(sql, true);
  std::string out = "line,phone,email,web_form,in_person,total\r\n";
  auto row = [&](const std::string& name, const ChannelCounts& c) {
    out += csv_cell(name) + "," + std::to_string(c.phone) + "," + std::to_string(c.email) + "," +
           std::to_string(c.web_form) + "," + std::to_string(c.in_person) + "," + std::to_string(c.total()) + "\r\n";
  };
  for (auto& r : s.by_line_reached) row(r.line_id ? line_name(lines, r.line_id, lang) : not_notified, r.channels);
  row("total", s.channels);
  return out;
}

namespace {
// The zone asked (?zone=slug) narrows the viewer's scope to the requests of people living in it; an unknown
// slug is a 404. Returns the zone (or nullopt when none is asked).
std::optional<territory::Zone> narrow_to_zone(soci::session& sql, RequestContext& ctx, StatsScope& scope) {
  std::string slug = ctx.q("zone");
  if (slug.empty()) return std::nullopt;
  auto zone = territory::find_zone(sql, slug);
  if (!zone) throw HttpError{404, N_("This zone does not exist.")};
  scope.zone_id = zone->id;
  sql << "SELECT updated_at FROM zones WHERE id = :id", soci::use(zone->id), soci::into(scope.zone_updated_at);
  return zone;
}
}  // namespace

Response statistics_csv(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto viewer = statistics_viewer(sql, *ctx.user, ctx.q("bassin"));
  if (!viewer) throw forbidden();
  auto asked = asked_period(ctx);
  if (!asked) throw HttpError{422, N_("Choose a year between 2000 and 2100.")};
  auto zone = narrow_to_zone(sql, ctx, viewer->scope);
  auto s = compute_line_reached(sql, viewer->scope, asked->period);
  std::string name = "helpdesk-" + asked->value + (viewer->bassin.empty() ? "" : "-" + viewer->bassin) +
                     (zone ? "-" + zone->slug : "") + ".csv";
  return Response::text(200, statistics_csv_text(sql, s, ctx.tr(N_("not notified")), ctx.lang), "text/csv; charset=utf-8")
      .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
}

Response statistics_page(RequestContext& ctx) {
  Page page(ctx, "helpdesk/statistics.tpl", N_("Helpdesk statistics"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto viewer = statistics_viewer(sql, *ctx.user, ctx.q("bassin"));
  if (!viewer) throw forbidden();
  auto asked = asked_period(ctx);
  int shown_year = asked ? asked->year : current_year();
  auto zone = narrow_to_zone(sql, ctx, viewer->scope);

  // The filter form: the years from the first request to this one, the bassins the caller may narrow to.
  {
    long long first = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MIN(received_at) FROM helpdesk_requests", soci::into(first, ind);
    int from = ind == soci::i_ok ? to_brussels(first).year : current_year();
    from = std::min({from, shown_year ? shown_year : current_year(), current_year()});
    auto* last12 = d.AddSectionDictionary("LAST12_OPTION");
    if (asked && asked->year == 0) last12->ShowSection("SELECTED");
    for (int y = std::max(current_year(), shown_year); y >= from; --y) {
      auto* o = d.AddSectionDictionary("YEAR_OPTION");
      o->SetIntValue("YEAR", y);
      if (asked && y == asked->year) o->ShowSection("SELECTED");
    }
    auto terr = territory::snapshot(ctx.app.db);
    if (viewer->scope.all_lines || viewer->bassins.size() > 1 || !viewer->bassin.empty()) {
      d.ShowSection("BASSIN_FILTER");
      for (auto& b : terr->bassins) {
        if (std::find(viewer->bassins.begin(), viewer->bassins.end(), b.slug) == viewer->bassins.end()) continue;
        auto* o = d.AddSectionDictionary("BASSIN_OPTION");
        o->SetValue("SLUG", b.slug);
        o->SetValue("NAME", b.name(ctx.lang));
        if (b.slug == viewer->bassin) o->ShowSection("SELECTED");
      }
    }
    // Any figure filtered by bassin can be filtered by zone (issue 14): where the person lives.
    auto zones = territory::list_zones(sql);
    if (!zones.empty()) {
      d.ShowSection("ZONE_FILTER");
      for (auto& z : zones) {
        auto* o = d.AddSectionDictionary("ZONE_OPTION");
        o->SetValue("SLUG", z.slug);
        o->SetValue("NAME", z.name(ctx.lang));
        if (zone && z.id == zone->id) o->ShowSection("SELECTED");
      }
    }
  }
  if (zone) d.SetValueAndShowSection("ZONE_NAME", zone->name(ctx.lang), "IN_ZONE");
  if (shown_year) {
    d.SetIntValue("YEAR", shown_year);
    d.ShowSection("IN_YEAR");
  } else {
    d.ShowSection("IN_LAST12");
  }
  d.SetValue("CSV_QUERY", "year=" + (asked ? asked->value : std::to_string(current_year())) +
                              (viewer->bassin.empty() ? "" : "&bassin=" + url_encode(viewer->bassin)) +
                              (zone ? "&zone=" + url_encode(zone->slug) : ""));
  if (!asked) {
    d.SetValueAndShowSection("ERROR", ctx.tr(N_("Choose a year between 2000 and 2100.")), "HAS_ERROR");
    return page.response(422);
  }
  d.ShowSection("FIGURES");

  auto lines = list_lines(sql, true);
  if (viewer->scope.all_lines) d.ShowSection("SCOPE_REGION");
  else {
    for (auto id : viewer->scope.line_ids) d.AddSectionDictionary("SCOPE_LINE")->SetValue("LINE", line_name(lines, id, ctx.lang));
    if (viewer->scope.line_ids.empty()) d.ShowSection("SCOPE_NONE");
  }

  auto s = cached_statistics(ctx.app.db, sql, viewer->scope, asked->period);
  Labeller label{ctx, directory::cached_term_labels(ctx.app.db, ctx.lang), territory::snapshot(ctx.app.db),
                 sectors(ctx.app.db)};
  const std::string not_notified = ctx.tr(N_("not notified"));

  // The networks' yearly table, and its sentence as they publish it.
  fill_channels(&d, s.channels);
  for (std::size_t i = 0; i < s.by_line_reached.size(); ++i) {
    auto& r = s.by_line_reached[i];
    std::string name = r.line_id ? line_name(lines, r.line_id, ctx.lang) : not_notified;
    auto* row = d.AddSectionDictionary("REACHED");
    row->SetValue("NAME", name);
    fill_channels(row, r.channels);
    auto* part = d.AddSectionDictionary("REACHED_PART");
    part->SetValue("NAME", name);
    part->SetIntValue("COUNT", r.channels.total());
    if (i + 1 < s.by_line_reached.size()) part->ShowSection("COMMA");
  }
  if (s.channels.web_form) d.ShowSection("HAS_WEB_FORM");
  if (s.channels.in_person) d.ShowSection("HAS_IN_PERSON");

  // By month.
  for (std::size_t i = 0; i < s.month_starts.size(); ++i) {
    auto lt = to_brussels(s.month_starts[i]);
    auto* m = d.AddSectionDictionary("MONTH");
    // Over two calendar years, each month with its year.
    m->SetValue("NAME", ctx.tr(kMonths[lt.month - 1]) + (shown_year ? "" : " " + std::to_string(lt.year)));
    m->SetIntValue("COUNT", s.by_month[i]);
  }

  // One-dimension breakdowns.
  std::vector<std::pair<std::string, std::int64_t>> handling;
  std::int64_t elsewhere = 0;
  for (auto& h : s.by_line_handling) {
    bool in_scope = viewer->scope.all_lines || std::find(viewer->scope.line_ids.begin(), viewer->scope.line_ids.end(),
                                                         h.line_id) != viewer->scope.line_ids.end();
    if (in_scope) handling.emplace_back(line_name(lines, h.line_id, ctx.lang), h.count);
    else elsewhere += h.count;
  }
  // Outside the caller's lines, the lines that took over its requests are not named: one row says how many.
  if (elsewhere) handling.emplace_back(ctx.tr(N_("Transferred to another line")), elsewhere);
  add_breakdown(d, "handling", ctx.tr(N_("Line handling the request")), ctx.tr(N_("Line")), handling, s.total, "bar", ctx);
  add_breakdown(d, "themes", ctx.tr(N_("Themes")), ctx.tr(N_("Theme")),
                labelled(s.by_theme, [&](const std::string& c) { return label.theme(c); }), s.total, "bar", ctx);
  add_breakdown(d, "complexity", ctx.tr(N_("Complexity")), ctx.tr(N_("Complexity")),
                labelled(s.by_complexity, [&](const std::string& c) { return label.coded(complexities(), c); }), s.total,
                "doughnut", ctx);
  add_breakdown(d, "sectors", ctx.tr(N_("Sector of the requester")), ctx.tr(N_("Sector")),
                labelled(s.by_sector, [&](const std::string& c) { return label.sector(c); }), s.total, "bar", ctx);
  add_breakdown(d, "bassins", ctx.tr(N_("Care area of the person concerned")), ctx.tr(N_("Care area")),
                labelled(s.by_person_bassin, [&](const std::string& c) { return label.bassin(c); }), s.total, "bar", ctx);
  add_breakdown(d, "ages", ctx.tr(N_("Age of the person concerned")), ctx.tr(N_("Age band")),
                labelled(s.by_age_band, [&](const std::string& c) { return label.coded(age_bands(), c); }), s.total,
                nullptr, ctx);
  add_breakdown(d, "status", ctx.tr(N_("Open and closed requests")), ctx.tr(N_("Status")),
                labelled(s.by_status, [&](const std::string& c) { return label.coded(request_statuses(), c); }), s.total,
                nullptr, ctx);
  std::int64_t closed = 0;
  for (auto& c : s.by_outcome) closed += c.count;
  add_breakdown(d, "outcomes", ctx.tr(N_("Outcome of the closed requests")), ctx.tr(N_("Outcome")),
                labelled(s.by_outcome, [&](const std::string& c) { return label.coded(closing_outcomes(), c); }), closed,
                "doughnut", ctx);
  add_breakdown(d, "orientations", ctx.tr(N_("Outcome of the orientations to services")), ctx.tr(N_("Outcome")),
                labelled(s.by_orientation_outcome,
                         [&](const std::string& c) { return label.coded(orientation_outcomes(), c); }),
                s.orientations, "bar", ctx);

  // Delays, in calendar hours.
  auto delay = [&](const char* name, const Delay& x) {
    auto* r = d.AddSectionDictionary("DELAY");
    r->SetValue("NAME", ctx.tr(name));
    r->SetIntValue("REQUESTS", x.requests);
    r->SetValue("MEDIAN", x.requests ? ctx.app.i18n.number(ctx.lang, x.median_hours, 1) : "—");
    r->SetValue("MEAN", x.requests ? ctx.app.i18n.number(ctx.lang, x.mean_hours, 1) : "—");
  };
  delay(N_("From the request to the first orientation"), s.to_first_orientation);
  delay(N_("From the request to the feedback"), s.to_feedback);

  // Transfers and unmet needs.
  for (auto& t : s.transfers) {
    auto* r = d.AddSectionDictionary("TRANSFER");
    r->SetValue("STATUS", label.coded(transfer_statuses(), t.status));
    r->SetIntValue("COUNT", t.count);
    r->SetIntValue("SENT", t.sent);
    r->SetIntValue("RECEIVED", t.received);
    if (!viewer->scope.all_lines) r->ShowSection("TRANSFER_DIRECTIONS");
  }
  if (s.transfers.empty()) d.ShowSection("NO_TRANSFER");
  if (!viewer->scope.all_lines) d.ShowSection("TRANSFER_DIRECTIONS");
  d.SetIntValue("UNMET_NEEDS", s.unmet_needs);
  d.SetIntValue("ORIENTATIONS", s.orientations);

  // The person concerned: care area x age band, small cells hidden outside the responders' own lines.
  {
    std::vector<std::string> columns;
    for (auto& c : codes_of(age_bands())) columns.push_back(c);
    for (auto& c : s.by_bassin_and_age_band)
      if (std::find(columns.begin(), columns.end(), c.column) == columns.end()) columns.push_back(c.column);
    std::vector<std::string> rows;
    for (auto& b : label.territory->bassins) rows.push_back(b.slug);
    for (auto& c : s.by_bassin_and_age_band)
      if (std::find(rows.begin(), rows.end(), c.row) == rows.end()) rows.push_back(c.row);
    for (auto& c : columns) d.AddSectionDictionary("CROSS_COLUMN")->SetValue("NAME", label.coded(age_bands(), c));
    for (auto& row : rows) {
      auto* r = d.AddSectionDictionary("CROSS_ROW");
      r->SetValue("NAME", label.bassin(row));
      for (auto& col : columns) {
        std::int64_t n = 0;
        for (auto& c : s.by_bassin_and_age_band)
          if (c.row == row && c.column == col) n = c.count;
        auto* cell = r->AddSectionDictionary("CELL");
        if (viewer->suppress_small_cells && n > 0 && n < kSmallCell) cell->ShowSection("SMALL");
        else cell->SetValueAndShowSection("COUNT", std::to_string(n), "SHOWN");
      }
    }
    if (viewer->suppress_small_cells) d.ShowSection("SUPPRESSED");
  }
  return page.response();
}

}  // namespace maillage::helpdesk
