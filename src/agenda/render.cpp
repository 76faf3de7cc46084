#include "agenda/render.hpp"

#include <cstdio>

#include "offers/rules.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/code_lists.hpp"
#include "platform/i18n.hpp"
#include "platform/views.hpp"

namespace maillage::agenda {

namespace {
const char* const kMonths[] = {N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
                               N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December")};
const char* const kWeekdays[] = {N_("Monday"), N_("Tuesday"),  N_("Wednesday"), N_("Thursday"),
                                 N_("Friday"), N_("Saturday"), N_("Sunday")};

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

std::string month_code(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
}  // namespace

const char* type_label(const std::string& type) { return offers::offer_type_label(type); }

std::string place_of(RequestContext& ctx, const Item& i) {
  std::string place = !i.place.empty() ? i.place : i.host_name;
  if (!i.postal_code.empty() && place.find(i.postal_code) == std::string::npos)
    place += (place.empty() ? "" : ", ") + i.postal_code;
  if (i.online) place += (place.empty() ? "" : " · ") + ctx.tr(N_("Online"));
  return place;
}

std::string territory_label(RequestContext& ctx, const Snapshot& snap, const std::string& territory) {
  if (territory == "region" || territory.empty()) return ctx.tr(N_("Brussels-Capital Region"));
  return snap.bassin_name(territory, ctx.lang);
}

void fill_item(RequestContext& ctx, const Snapshot& snap, const Item& i, Dictionary& d,
               const std::string& base) {
  d.SetIntValue(tpl_name("SESSION_ID"), i.session_id);
  d.SetValue(tpl_name("TITLE"), i.title(ctx.lang));
  d.SetValue(tpl_name("URL"), base + i.registration_path());
  d.SetValue(tpl_name("DATE"), ctx.app.i18n.date(ctx.lang, i.starts_at));
  d.SetValue(tpl_name("DAY_ISO"), local_date_iso(i.starts_at));
  d.SetValue(tpl_name("START"), local_time_hm(i.starts_at));
  d.SetValue(tpl_name("END"), local_time_hm(i.ends_at));
  d.SetValue(tpl_name("TYPE_LABEL"), ctx.tr(type_label(i.type)));
  if (!i.theme.empty()) d.SetValueAndShowSection(tpl_name("THEME_LABEL"), snap.theme_name(i.theme, ctx.lang), tpl_name("HAS_THEME"));
  d.SetValue(tpl_name("TERRITORY"), territory_label(ctx, snap, i.territory));
  d.SetValue(tpl_name("PLACE"), place_of(ctx, i));
  d.SetValue(tpl_name("AUDIENCE_LABEL"), ctx.tr(code_label(audiences(), i.audience, N_("Professionals"))));
  if (i.audience != "professionals") d.ShowSection(tpl_name("FOR_SERVICE_USERS"));
  if (i.free() > 0 && i.status == "open") {
    d.SetIntValue(tpl_name("FREE"), i.free());
    d.ShowSection(tpl_name("HAS_FREE"));
  } else if (i.status == "open") {
    d.ShowSection(tpl_name("FULL"));
  } else {
    d.ShowSection(tpl_name("CLOSED"));
  }
}

void fill_filters(RequestContext& ctx, const Snapshot& snap, const Filter& f, Dictionary& d) {
  auto option = [&](const char* section, const std::string& code, const std::string& label, bool selected) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue(tpl_name("CODE"), code);
    o->SetValue(tpl_name("LABEL"), label);
    if (selected) o->ShowSection(tpl_name("SELECTED"));
  };
  for (auto& b : snap.bassins) option("BASSIN_OPTION", b.code, b.in(ctx.lang), f.bassin == b.code);
  for (auto& z : snap.zones) option("ZONE_OPTION", z.code, z.in(ctx.lang), f.zone == z.code);
  if (!snap.zones.empty()) d.ShowSection(tpl_name("HAS_ZONES"));
  // Only the themes that some session ahead carries: a theme with nothing to show would lead nowhere.
  for (auto& t : snap.themes) {
    bool used = false;
    for (auto& i : snap.items)
      if (i.theme == t.code) {
        used = true;
        break;
      }
    if (used || f.theme == t.code) option("THEME_OPTION", t.code, t.in(ctx.lang), f.theme == t.code);
  }
  for (auto& type : offers::offer_types())
    if (type != "immersion") option("TYPE_OPTION", type, ctx.tr(type_label(type)), f.type == type);
  option("AUDIENCE_OPTION", "professionals", ctx.tr(N_("Professionals")), f.audience == "professionals");
  option("AUDIENCE_OPTION", "service_users", ctx.tr(N_("Service users and relatives")), f.audience == "service_users");
}

void fill_list(RequestContext& ctx, const Snapshot& snap, const Filter& f, int page, std::size_t per_page,
               Dictionary& d, const std::string& base) {
  std::size_t total = 0;
  auto items = snap.select(f, static_cast<std::size_t>(page - 1) * per_page, per_page, &total);
  std::string day;
  Dictionary* group = nullptr;
  for (auto* i : items) {
    std::string this_day = local_date_iso(i->starts_at);
    if (!group || this_day != day) {
      group = d.AddSectionDictionary(tpl_name("DAY"));
      group->SetValue(tpl_name("DATE"), ctx.app.i18n.date(ctx.lang, i->starts_at));
      group->SetValue(tpl_name("DAY_ISO"), this_day);
      day = this_day;
    }
    fill_item(ctx, snap, *i, *group->AddSectionDictionary(tpl_name("ITEM")), base);
  }
  if (items.empty()) d.ShowSection(tpl_name("NO_ITEM"));
  d.SetValue(tpl_name("COUNT_LABEL"), ctx.trn("{1} session ahead", "{1} sessions ahead", static_cast<long>(total)));
  if (page > 1) d.SetIntValue(tpl_name("PREVIOUS_PAGE"), page - 1), d.ShowSection(tpl_name("HAS_PREVIOUS"));
  if (static_cast<std::size_t>(page) * per_page < total)
    d.SetIntValue(tpl_name("NEXT_PAGE"), page + 1), d.ShowSection(tpl_name("HAS_NEXT"));
}

void fill_month(RequestContext& ctx, const Snapshot& snap, const Filter& f, const std::string& month,
                Dictionary& d) {
  auto today = to_brussels(now_seconds());
  int y = today.year, m = today.month;
  if (auto r = month_range(month)) {
    auto first = to_brussels(r->first);
    // Two years either side is plenty for an agenda of what is ahead; beyond, the current month.
    if (std::abs((first.year - y) * 12 + first.month - m) <= 24) y = first.year, m = first.month;
  }
  auto range = *month_range(month_code(y, m));
  d.SetValue(tpl_name("MONTH_LABEL"), ctx.tr(kMonths[m - 1]) + " " + std::to_string(y));
  d.SetValue(tpl_name("MONTH"), month_code(y, m));
  d.SetValue(tpl_name("PREVIOUS_MONTH"), m == 1 ? month_code(y - 1, 12) : month_code(y, m - 1));
  d.SetValue(tpl_name("NEXT_MONTH"), m == 12 ? month_code(y + 1, 1) : month_code(y, m + 1));
  for (auto* w : kWeekdays) d.SetValueAndShowSection(tpl_name("NAME"), ctx.tr(w), tpl_name("WEEKDAY"));
  // Items of the month by day of the month.
  std::vector<std::vector<const Item*>> by_day(32);
  int count = 0;
  for (auto& i : snap.items) {
    if (i.starts_at < range.first) continue;
    if (i.starts_at >= range.second) break;
    if (!f.matches(i)) continue;
    by_day[to_brussels(i.starts_at).day].push_back(&i);
    ++count;
  }
  int lead = to_brussels(range.first).weekday;  // 0 = Monday
  int n = days_in_month(y, m);
  Dictionary* week = d.AddSectionDictionary(tpl_name("WEEK"));
  for (int k = 0; k < lead; ++k) week->AddSectionDictionary(tpl_name("CELL"))->ShowSection(tpl_name("EMPTY_CELL"));
  for (int day = 1; day <= n; ++day) {
    if ((lead + day - 1) % 7 == 0 && day != 1) week = d.AddSectionDictionary(tpl_name("WEEK"));
    auto* cell = week->AddSectionDictionary(tpl_name("CELL"));
    auto* c = cell->AddSectionDictionary(tpl_name("DAY_CELL"));
    c->SetIntValue(tpl_name("NUMBER"), day);
    c->SetValue(tpl_name("WEEKDAY_NAME"), ctx.tr(kWeekdays[(lead + day - 1) % 7]));
    if (by_day[day].empty()) c->ShowSection(tpl_name("NOTHING"));
    for (auto* i : by_day[day]) fill_item(ctx, snap, *i, *c->AddSectionDictionary(tpl_name("ITEM")));
  }
  int trailing = (7 - (lead + n) % 7) % 7;
  for (int k = 0; k < trailing; ++k) week->AddSectionDictionary(tpl_name("CELL"))->ShowSection(tpl_name("EMPTY_CELL"));
  d.SetValue(tpl_name("COUNT_LABEL"), ctx.trn("{1} session this month", "{1} sessions this month", count));
}

}  // namespace maillage::agenda
