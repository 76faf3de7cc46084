// The public agenda's page and feeds. Every output is built from the snapshot of the sessions ahead
// (agenda.hpp) and kept per filter and language until the snapshot changes: an anonymous visitor, a feed reader
// or an embedding site gets a stored body; a logged-in visitor gets a page rendered for them (their menu).
#include <nlohmann/json.hpp>

#include "agenda/agenda.hpp"
#include "agenda/handlers.hpp"
#include "agenda/render.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/ical.hpp"
#include "platform/views.hpp"

#include <cstdio>

namespace maillage::agenda {

namespace {
constexpr std::size_t kPerPage = 50;
constexpr std::size_t kHomeItems = 5;
constexpr std::size_t kIcsItems = 300, kAtomItems = 50, kJsonItems = 100;

int page_number(const RequestContext& ctx) {
  auto p = ctx.q("page");
  if (p.empty() || p.size() > 4 || p.find_first_not_of("0123456789") != std::string::npos) return 1;
  return std::max(1, std::stoi(p));
}

// A stored output for callers that all see the same thing: no account, no one-time message to show.
bool shareable(const RequestContext& ctx) { return !ctx.user && !ctx.cookies.count("maillage_flash"); }

Response from_output(const Output& out) {
  Response r = Response::text(200, out.body, out.content_type);
  return r;
}

template <class Build>
Response cached(RequestContext& ctx, const Snapshot& snap, const std::string& kind, Build build) {
  if (!shareable(ctx)) return build();
  std::string key = kind + "|" + ctx.lang + "|" + ctx.path + "?" + ctx.raw_query;
  if (auto out = cached_output(snap, key)) return from_output(*out);
  Response r = build();
  if (r.status == 200) store_output(snap, key, std::make_shared<Output>(Output{r.body, r.content_type}));
  return r;
}

std::string iso_utc(std::int64_t t) {
  char buf[32];
  std::time_t tt = t;
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&tt));
  return buf;
}
}  // namespace

Response agenda_page(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "page", [&] {
    Filter f = filter_from(ctx, *snap);
    bool month_view = ctx.q("view") == "month";
    Page page(ctx, "agenda/agenda.tpl", N_("Agenda"));
    auto& d = page.dict();
    fill_filters(ctx, *snap, f, d);
    d.SetValue("FILTER_QUERY", f.query());
    d.SetValue("FEED_QUERY", f.query().empty() ? "" : "?" + f.query());
    d.SetValue("AMP_QUERY", f.query().empty() ? "" : "&" + f.query());
    if (month_view) {
      d.ShowSection("MONTH_VIEW");
      d.ShowSection("MONTH_SELECTED");
      fill_month(ctx, *snap, f, ctx.q("month"), d);
    } else {
      d.ShowSection("LIST_VIEW");
      d.ShowSection("LIST_SELECTED");
      fill_list(ctx, *snap, f, page_number(ctx), kPerPage, d);
    }
    return page.response();
  });
}

Response home(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "home", [&] {
    Page page(ctx, "platform/home.tpl", N_("Welcome to Maillage"));
    auto& d = page.dict();
    if (ctx.app.config.demo) d.ShowSection("DEMO");
    fill_list(ctx, *snap, {}, 1, kHomeItems, d);
    if (!snap->items.empty()) d.ShowSection("HAS_COMING");
    return page.response();
  });
}

Response programme(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "programme", [&] {
    Filter f = filter_from(ctx, *snap);
    f.audience = "service_users";
    Page page(ctx, "agenda/programme.tpl", N_("Programme of the month"));
    auto& d = page.dict();
    fill_filters(ctx, *snap, f, d);
    auto today = to_brussels(now_seconds());
    char current[16];
    std::snprintf(current, sizeof current, "%04d-%02d", today.year, today.month);
    auto range = month_range(ctx.q("month"));
    std::string month = range ? ctx.q("month").substr(0, 7) : current;
    if (!range) range = month_range(month);
    d.SetValue("MONTH", month);
    d.SetValue("AREA", f.bassin.empty() ? ctx.tr(N_("Brussels-Capital Region")) : snap->bassin_name(f.bassin, ctx.lang));
    std::string day;
    Dictionary* group = nullptr;
    int n = 0;
    for (auto& i : snap->items) {
      if (i.starts_at < range->first) continue;
      if (i.starts_at >= range->second) break;
      if (!f.matches(i)) continue;
      std::string this_day = local_date_iso(i.starts_at);
      if (!group || this_day != day) {
        group = d.AddSectionDictionary(tpl_name("DAY"));
        group->SetValue(tpl_name("DATE"), ctx.app.i18n.date(ctx.lang, i.starts_at));
        group->SetValue(tpl_name("DAY_ISO"), this_day);
        day = this_day;
      }
      auto* item = group->AddSectionDictionary(tpl_name("ITEM"));
      fill_item(ctx, *snap, i, *item);
      item->SetValue(tpl_name("DESCRIPTION"), i.easy_or_description(ctx.lang));
      ++n;
    }
    if (!n) d.ShowSection("NO_ITEM");
    return page.response();
  });
}

Response agenda_ics(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "ics", [&] {
    Filter f = filter_from(ctx, *snap);
    std::vector<CalendarEvent> events;
    std::string base = ctx.app.base_url();
    for (auto* i : snap->select(f, 0, kIcsItems)) {
      CalendarEvent e;
      e.uid = "agenda-session-" + std::to_string(i->session_id) + "@maillage";
      e.starts_at = i->starts_at;
      e.ends_at = i->ends_at;
      e.stamp = i->updated_at ? i->updated_at : snap->loaded_at;
      e.summary = i->title(ctx.lang);
      e.description = i->description(ctx.lang);
      e.location = place_of(ctx, *i);
      e.url = base + i->registration_path();
      events.push_back(std::move(e));
    }
    return Response::text(200, ical_calendar(ctx.tr(N_("Agenda")) + " · Maillage", events, "Agenda"),
                          "text/calendar; charset=utf-8");
  });
}

Response agenda_atom(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "atom", [&] {
    Filter f = filter_from(ctx, *snap);
    std::string base = ctx.app.base_url();
    Dictionary d("atom");
    std::string q = f.query();
    d.SetValue("SELF", base + "/agenda.atom" + (q.empty() ? "" : "?" + q));
    d.SetValue("ALTERNATE", base + "/agenda" + (q.empty() ? "" : "?" + q));
    d.SetValue("FEED_ID", base + "/agenda.atom" + (q.empty() ? "" : "?" + q));
    d.SetValue("TITLE", ctx.tr(N_("Agenda")) + " · Maillage");
    d.SetValue("LANG", ctx.lang == "qps" ? "en" : ctx.lang);
    std::int64_t updated = 0;
    for (auto* i : snap->select(f, 0, kAtomItems)) {
      updated = std::max(updated, i->updated_at);
      auto* e = d.AddSectionDictionary("ENTRY");
      e->SetValue("ID", base + "/agenda/sessions/" + std::to_string(i->session_id));
      e->SetValue("TITLE", i->title(ctx.lang));
      e->SetValue("LINK", base + i->registration_path());
      e->SetValue("UPDATED", iso_utc(i->updated_at ? i->updated_at : snap->loaded_at));
      e->SetValue("WHEN", ctx.app.i18n.date(ctx.lang, i->starts_at) + ", " + local_time_hm(i->starts_at) + "–" +
                              local_time_hm(i->ends_at));
      e->SetValue("WHERE", place_of(ctx, *i));
      e->SetValue("SUMMARY", i->description(ctx.lang));
    }
    d.SetValue("UPDATED", iso_utc(updated ? updated : snap->loaded_at));
    return Response::text(200, ctx.app.views.render(ctx.lang, "agenda/feed.atom", d),
                          "application/atom+xml; charset=utf-8");
  });
}

Response agenda_json(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  return cached(ctx, *snap, "json", [&] {
    Filter f = filter_from(ctx, *snap);
    std::string base = ctx.app.base_url();
    std::size_t total = 0;
    int page = page_number(ctx);
    auto items = snap->select(f, (page - 1) * kJsonItems, kJsonItems, &total);
    nlohmann::json out = {{"total", total}, {"page", page}, {"per_page", kJsonItems}, {"items", nlohmann::json::array()}};
    for (auto* i : items) {
      out["items"].push_back({{"session_id", i->session_id},
                              {"offer_id", i->offer_id},
                              {"title", i->title(ctx.lang)},
                              {"type", i->type},
                              {"type_label", ctx.tr(type_label(i->type))},
                              {"audience", i->audience},
                              {"theme", i->theme},
                              {"theme_label", i->theme.empty() ? "" : snap->theme_name(i->theme, ctx.lang)},
                              {"territory", i->territory},
                              {"starts_at", local_date_iso(i->starts_at) + "T" + local_time_hm(i->starts_at)},
                              {"ends_at", local_date_iso(i->ends_at) + "T" + local_time_hm(i->ends_at)},
                              {"starts_at_unix", i->starts_at},
                              {"place", place_of(ctx, *i)},
                              {"online", i->online},
                              {"free_seats", i->free()},
                              {"status", i->status},
                              {"registration_url", base + i->registration_path()}});
    }
    return Response::json(200, out.dump());
  });
}

}  // namespace maillage::agenda
