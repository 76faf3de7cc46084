#include "observatory/model.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "territory/zones.hpp"

namespace maillage::observatory {

namespace {
soci::indicator null_unless(bool present) { return present ? soci::i_ok : soci::i_null; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    auto item = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!item.empty()) out.push_back(item);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}
std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (auto& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}
std::optional<double> opt_double(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  return as_double(r, i);
}
std::optional<std::int64_t> opt_int(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  return as_int(r, i);
}
}  // namespace

std::vector<std::string> territories(soci::session& sql) {
  std::vector<std::string> out{kRegion};
  soci::rowset<soci::row> rs = sql.prepare << "SELECT slug FROM bassins ORDER BY position, slug";
  for (auto& r : rs) out.push_back(as_text(r, 0));
  return out;
}

bool valid_territory(soci::session& sql, const std::string& territory) {
  auto all = territories(sql);
  return std::find(all.begin(), all.end(), territory) != all.end();
}

std::vector<std::string> report_territories(soci::session& sql) {
  auto out = territories(sql);
  soci::rowset<soci::row> rs = sql.prepare << "SELECT slug FROM zones ORDER BY name_fr, slug";
  for (auto& r : rs) out.push_back(kZonePrefix + as_text(r, 0));
  return out;
}

bool valid_report_territory(soci::session& sql, const std::string& territory) {
  if (is_zone(territory)) return territory::zone_exists(sql, zone_slug(territory));
  return valid_territory(sql, territory);
}

struct ZoneFilter::Members {
  std::optional<territory::Zone> zone;
};
ZoneFilter::ZoneFilter(soci::session& sql, const std::string& t) : members_(std::make_unique<Members>()) {
  if (is_zone(t)) members_->zone = territory::find_zone(sql, zone_slug(t));
}
ZoneFilter::~ZoneFilter() = default;
bool ZoneFilter::known() const { return members_->zone.has_value(); }
bool ZoneFilter::holds(const std::string& commune_nis, const std::string& quarter_code) const {
  return members_->zone && territory::in_zone(*members_->zone, {"", commune_nis, quarter_code});
}

std::string territory_name(soci::session& sql, const std::string& territory, const std::string& lang,
                           const std::string& region_name) {
  if (territory == kRegion || territory.empty()) return region_name;
  if (is_zone(territory)) {
    auto zone = territory::find_zone(sql, zone_slug(territory));
    return zone ? zone->name(lang) : territory;
  }
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT name_fr, name_nl, name_en FROM bassins WHERE slug = :s", soci::use(territory));
  for (auto& r : rs) return as_text(r, lang == "nl" ? 1 : lang == "en" || lang == "qps" ? 2 : 0);
  return territory;
}

const std::vector<std::pair<std::string, const char*>>& activity_kinds() {
  static const std::vector<std::pair<std::string, const char*>> kinds{
      {"meeting", N_("Meeting")},
      {"change_workshop", N_("Atelier du changement")},
      {"action_council", N_("Conseil de l'Action du Bassin")},
      {"session", N_("Session")},
      {"webinar", N_("Webinar")},
      {"open_door_visit", N_("Open-door visit")},
      {"immersion", N_("Immersion")},
      {"permanence", N_("Helpdesk permanence")},
      {"concertation_meeting", N_("Concertation meeting")},
      {"contact", N_("Contact")},
      {"other", N_("Other activity")},
  };
  return kinds;
}

const char* activity_kind_label(const std::string& kind) {
  for (auto& [code, label] : activity_kinds())
    if (code == kind) return label;
  return N_("Other activity");
}

// ---- Activities ----------------------------------------------------------------------------------------------

std::int64_t create_activity(soci::session& sql, const ManualActivity& a, std::int64_t user_id, const std::string& user_name,
                             std::int64_t now) {
  std::int64_t id = 0;
  int online = a.online ? 1 : 0;
  std::string organisations = joined(a.organisations);
  soci::indicator by = null_unless(user_id != 0);
  sql << "INSERT INTO observatory_activities (kind, title, starts_at, duration_minutes, place, online, territory, "
         "participants, organisations, created_by, created_by_name, created_at, updated_at) VALUES (:k, :t, :s, :d, :p, :o, "
         ":te, :n, :orgs, :u, :un, :c, :c2) RETURNING id",
      soci::use(a.kind), soci::use(a.title), soci::use(a.starts_at), soci::use(a.duration_minutes), soci::use(a.place),
      soci::use(online), soci::use(a.territory), soci::use(a.participants), soci::use(organisations), soci::use(user_id, by),
      soci::use(user_name), soci::use(now), soci::use(now), soci::into(id);
  for (auto& s : a.staff)
    sql << "INSERT INTO observatory_activity_staff (activity_id, team, hours) VALUES (:a, :t, :h)", soci::use(id),
        soci::use(s.team), soci::use(s.hours);
  return id;
}

std::vector<Activity> manual_activities(soci::session& sql, const Period& period) {
  std::map<std::int64_t, std::vector<StaffHours>> staff;
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT s.activity_id, s.team, s.hours FROM observatory_activity_staff s JOIN observatory_activities a ON "
                        "a.id = s.activity_id WHERE a.starts_at >= :f AND a.starts_at < :t ORDER BY s.team",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) staff[as_int(r, 0)].push_back({as_text(r, 1), 0, as_double(r, 2)});
  }
  std::vector<Activity> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, kind, title, starts_at, duration_minutes, place, online, territory, participants, organisations "
                      "FROM observatory_activities WHERE starts_at >= :f AND starts_at < :t ORDER BY starts_at, id",
       soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) {
    Activity a;
    a.source = kManualSource;
    a.ref = "activity:" + std::to_string(as_int(r, 0));
    a.kind = as_text(r, 1);
    a.title = as_text(r, 2);
    a.starts_at = as_int(r, 3);
    a.duration_minutes = static_cast<int>(as_int(r, 4));
    a.place = as_text(r, 5);
    a.online = as_int(r, 6) != 0;
    a.bassin = bassin_of(as_text(r, 7));
    a.participants = static_cast<int>(as_int(r, 8));
    a.organisation_names = lines_of(as_text(r, 9));
    a.staff_hours = staff[as_int(r, 0)];
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Activity> all_activities(soci::session& sql, const Period& period, const std::string& bassin) {
  auto all = published_activities(sql, period);
  for (auto& a : manual_activities(sql, period)) all.push_back(std::move(a));
  if (is_zone(bassin)) {
    ZoneFilter zone(sql, bassin);
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Activity& a) { return !zone.holds(a.commune_nis, a.quarter_code); }),
              all.end());
  } else if (!bassin.empty()) {
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Activity& a) { return a.bassin != bassin; }), all.end());
  }
  std::stable_sort(all.begin(), all.end(), [](const Activity& a, const Activity& b) {
    return std::tie(a.starts_at, a.source, a.ref) < std::tie(b.starts_at, b.source, b.ref);
  });
  return all;
}

// ---- Plans -------------------------------------------------------------------------------------------------

namespace {
const char* const kPlanColumns = "SELECT id, territory, year, title, COALESCE(copied_from, 0) FROM observatory_plans";
Plan plan_of(const soci::row& r) {
  return {as_int(r, 0), as_text(r, 1), static_cast<int>(as_int(r, 2)), as_text(r, 3), as_int(r, 4)};
}
const char* const kIndicatorColumns =
    "SELECT id, action_id, name, kind, element_code, bassin, period_from, period_to, denominator_code, denominator_value, "
    "multiplier, manual_value, manual_note, COALESCE(entered_by, 0), entered_by_name, COALESCE(entered_at, 0), by_territory FROM "
    "observatory_indicators";
Indicator indicator_of(const soci::row& r) {
  Indicator i;
  i.id = as_int(r, 0);
  i.action_id = as_int(r, 1);
  i.name = as_text(r, 2);
  i.kind = as_text(r, 3);
  i.element_code = as_text(r, 4);
  i.bassin = as_text(r, 5);
  i.period_from = opt_int(r, 6);
  i.period_to = opt_int(r, 7);
  i.denominator_code = as_text(r, 8);
  i.denominator_value = opt_double(r, 9);
  i.multiplier = as_double(r, 10);
  i.manual_value = opt_double(r, 11);
  i.manual_note = as_text(r, 12);
  i.entered_by = as_int(r, 13);
  i.entered_by_name = as_text(r, 14);
  i.entered_at = as_int(r, 15);
  i.by_territory = as_int(r, 16) != 0;
  return i;
}
const char* const kActionColumns =
    "SELECT id, plan_id, position, reference, title_fr, title_nl, title_en, description_fr, description_nl, description_en, "
    "assessment, perspectives FROM observatory_actions";
Action action_of(const soci::row& r) {
  return {as_int(r, 0), as_int(r, 1), static_cast<int>(as_int(r, 2)), as_text(r, 3), as_text(r, 4), as_text(r, 5),
          as_text(r, 6), as_text(r, 7), as_text(r, 8), as_text(r, 9), as_text(r, 10), as_text(r, 11), {}, {}};
}
void load_details(soci::session& sql, std::vector<Action>& actions) {
  if (actions.empty()) return;
  std::map<std::int64_t, Action*> by_id;
  std::string ids;
  for (auto& a : actions) {
    by_id[a.id] = &a;
    ids += (ids.empty() ? "" : ",") + std::to_string(a.id);  // numbers from the database, never typed text
  }
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT id, action_id, text, target, COALESCE(indicator_id, 0) FROM "
                                                "observatory_deliverables WHERE action_id IN (" + ids + ") ORDER BY action_id, position, id";
    for (auto& r : rs) by_id[as_int(r, 1)]->deliverables.push_back({as_int(r, 0), as_text(r, 2), opt_double(r, 3), as_int(r, 4)});
  }
  {
    soci::rowset<soci::row> rs =
        sql.prepare << std::string(kIndicatorColumns) + " WHERE action_id IN (" + ids + ") ORDER BY action_id, position, id";
    for (auto& r : rs) by_id[as_int(r, 1)]->indicators.push_back(indicator_of(r));
  }
}
}  // namespace

const std::string& Action::title(const std::string& lang) const {
  const std::string& t = lang == "nl" ? title_nl : lang == "en" ? title_en : title_fr;
  return !t.empty() ? t : !title_fr.empty() ? title_fr : !title_nl.empty() ? title_nl : title_en;
}
const std::string& Action::description(const std::string& lang) const {
  const std::string& t = lang == "nl" ? description_nl : lang == "en" ? description_en : description_fr;
  return !t.empty() ? t : !description_fr.empty() ? description_fr : !description_nl.empty() ? description_nl : description_en;
}

std::vector<Plan> list_plans(soci::session& sql) {
  std::vector<Plan> out;
  soci::rowset<soci::row> rs = sql.prepare << std::string(kPlanColumns) + " ORDER BY year DESC, territory";
  for (auto& r : rs) out.push_back(plan_of(r));
  auto order = territories(sql);
  std::stable_sort(out.begin(), out.end(), [&](const Plan& a, const Plan& b) {
    auto ia = std::find(order.begin(), order.end(), a.territory) - order.begin();
    auto ib = std::find(order.begin(), order.end(), b.territory) - order.begin();
    return a.year != b.year ? a.year > b.year : ia < ib;
  });
  return out;
}

std::optional<Plan> find_plan(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kPlanColumns) + " WHERE id = :id", soci::use(id));
  for (auto& r : rs) return plan_of(r);
  return std::nullopt;
}

std::optional<Plan> find_plan_for(soci::session& sql, const std::string& territory, int year) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kPlanColumns) + " WHERE territory = :t AND year = :y", soci::use(territory), soci::use(year));
  for (auto& r : rs) return plan_of(r);
  return std::nullopt;
}

std::int64_t create_plan(soci::session& sql, const std::string& territory, int year, const std::string& title, std::int64_t now) {
  if (find_plan_for(sql, territory, year)) return 0;
  std::int64_t id = 0;
  sql << "INSERT INTO observatory_plans (territory, year, title, created_at, updated_at) VALUES (:t, :y, :ti, :c, :u) RETURNING id",
      soci::use(territory), soci::use(year), soci::use(title), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

std::vector<Action> actions_of(soci::session& sql, std::int64_t plan_id) {
  std::vector<Action> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kActionColumns) + " WHERE plan_id = :p ORDER BY position, id", soci::use(plan_id));
  for (auto& r : rs) out.push_back(action_of(r));
  load_details(sql, out);
  return out;
}

std::optional<Action> find_action(soci::session& sql, std::int64_t id) {
  std::vector<Action> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kActionColumns) + " WHERE id = :id", soci::use(id));
  for (auto& r : rs) out.push_back(action_of(r));
  if (out.empty()) return std::nullopt;
  load_details(sql, out);
  return out.front();
}

std::int64_t save_action(soci::session& sql, const Action& a, std::int64_t now) {
  std::int64_t id = a.id;
  if (!id) {
    int position = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(position) FROM observatory_actions WHERE plan_id = :p", soci::use(a.plan_id), soci::into(position, ind);
    position = ind == soci::i_ok ? position + 1 : 1;
    if (a.position) position = a.position;
    sql << "INSERT INTO observatory_actions (plan_id, position, reference, title_fr, title_nl, title_en, description_fr, "
           "description_nl, description_en, assessment, perspectives, updated_at) VALUES (:p, :pos, :r, :tf, :tn, :te, :df, "
           ":dn, :de, :a, :pe, :u) RETURNING id",
        soci::use(a.plan_id), soci::use(position), soci::use(a.reference), soci::use(a.title_fr),
        soci::use(a.title_nl), soci::use(a.title_en), soci::use(a.description_fr), soci::use(a.description_nl),
        soci::use(a.description_en), soci::use(a.assessment), soci::use(a.perspectives), soci::use(now), soci::into(id);
  } else {
    sql << "UPDATE observatory_actions SET reference = :r, title_fr = :tf, title_nl = :tn, title_en = :te, description_fr = :df, "
           "description_nl = :dn, description_en = :de, assessment = :a, perspectives = :pe, updated_at = :u WHERE id = :id",
        soci::use(a.reference), soci::use(a.title_fr), soci::use(a.title_nl), soci::use(a.title_en), soci::use(a.description_fr),
        soci::use(a.description_nl), soci::use(a.description_en), soci::use(a.assessment), soci::use(a.perspectives),
        soci::use(now), soci::use(id);
    sql << "DELETE FROM observatory_deliverables WHERE action_id = :a", soci::use(id);
  }
  int position = 0;
  for (auto& d : a.deliverables) {
    ++position;
    double target = d.target.value_or(0);
    soci::indicator target_ind = null_unless(d.target.has_value());
    std::int64_t indicator = d.indicator_id;
    soci::indicator indicator_ind = null_unless(d.indicator_id != 0);
    sql << "INSERT INTO observatory_deliverables (action_id, position, text, target, indicator_id) VALUES (:a, :p, :t, :g, :i)",
        soci::use(id), soci::use(position), soci::use(d.text), soci::use(target, target_ind), soci::use(indicator, indicator_ind);
  }
  sql << "UPDATE observatory_plans SET updated_at = :u WHERE id = :p", soci::use(now), soci::use(a.plan_id);
  return id;
}

std::int64_t add_indicator(soci::session& sql, const Indicator& i) {
  int position = 0;
  soci::indicator pos_ind = soci::i_null;
  sql << "SELECT MAX(position) FROM observatory_indicators WHERE action_id = :a", soci::use(i.action_id), soci::into(position, pos_ind);
  position = pos_ind == soci::i_ok ? position + 1 : 1;
  std::int64_t from = i.period_from.value_or(0), to = i.period_to.value_or(0);
  soci::indicator from_ind = null_unless(i.period_from.has_value()), to_ind = null_unless(i.period_to.has_value());
  double denominator = i.denominator_value.value_or(0), manual = i.manual_value.value_or(0);
  soci::indicator den_ind = null_unless(i.denominator_value.has_value()), man_ind = null_unless(i.manual_value.has_value());
  std::int64_t by = i.entered_by, at = i.entered_at;
  soci::indicator by_ind = null_unless(i.entered_by != 0), at_ind = null_unless(i.entered_at != 0);
  int by_territory = i.by_territory ? 1 : 0;
  std::int64_t id = 0;
  sql << "INSERT INTO observatory_indicators (action_id, position, name, kind, element_code, bassin, period_from, period_to, "
         "denominator_code, denominator_value, multiplier, manual_value, manual_note, entered_by, entered_by_name, entered_at, "
         "by_territory) VALUES (:a, :p, :n, :k, :e, :b, :f, :t, :dc, :dv, :m, :mv, :mn, :eb, :ebn, :ea, :bt) RETURNING id",
      soci::use(i.action_id), soci::use(position), soci::use(i.name), soci::use(i.kind), soci::use(i.element_code),
      soci::use(i.bassin), soci::use(from, from_ind), soci::use(to, to_ind), soci::use(i.denominator_code),
      soci::use(denominator, den_ind), soci::use(i.multiplier), soci::use(manual, man_ind), soci::use(i.manual_note),
      soci::use(by, by_ind), soci::use(i.entered_by_name), soci::use(at, at_ind), soci::use(by_territory), soci::into(id);
  return id;
}

std::optional<Indicator> find_indicator(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kIndicatorColumns) + " WHERE id = :id", soci::use(id));
  for (auto& r : rs) return indicator_of(r);
  return std::nullopt;
}

void delete_indicator(soci::session& sql, std::int64_t id) {
  sql << "UPDATE observatory_deliverables SET indicator_id = NULL WHERE indicator_id = :i", soci::use(id);
  sql << "DELETE FROM observatory_indicators WHERE id = :i", soci::use(id);
}

void set_manual_value(soci::session& sql, std::int64_t indicator_id, double value, const std::string& note,
                      std::int64_t user_id, const std::string& user_name, std::int64_t now) {
  soci::indicator by = null_unless(user_id != 0);
  sql << "UPDATE observatory_indicators SET manual_value = :v, manual_note = :n, entered_by = :u, entered_by_name = :un, "
         "entered_at = :a WHERE id = :id",
      soci::use(value), soci::use(note), soci::use(user_id, by), soci::use(user_name), soci::use(now), soci::use(indicator_id);
}

std::int64_t copy_plan_to_next_year(soci::session& sql, std::int64_t plan_id, std::int64_t now) {
  auto plan = find_plan(sql, plan_id);
  if (!plan) return 0;
  std::int64_t id = create_plan(sql, plan->territory, plan->year + 1, plan->title, now);
  if (!id) return 0;
  sql << "UPDATE observatory_plans SET copied_from = :f WHERE id = :id", soci::use(plan_id), soci::use(id);
  // Periods move by the length of the year they were in, so that "the Sud week in October" stays in October.
  auto shift = [&](std::optional<std::int64_t> t) -> std::optional<std::int64_t> {
    if (!t) return t;
    auto local = to_brussels(*t);
    char date[16], time[8];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", local.year + 1, local.month, local.month == 2 && local.day == 29 ? 28 : local.day);
    std::snprintf(time, sizeof time, "%02d:%02d", local.hour, local.minute);
    return from_brussels(date, time).value_or(*t + 365 * 86400);
  };
  for (auto& a : actions_of(sql, plan_id)) {
    Action copy = a;
    copy.id = 0;
    copy.plan_id = id;
    copy.assessment.clear();
    std::map<std::int64_t, std::int64_t> new_indicator;
    for (auto& d : copy.deliverables) d.indicator_id = 0;
    std::int64_t action_id = save_action(sql, copy, now);
    for (auto& i : a.indicators) {
      Indicator c = i;
      c.action_id = action_id;
      c.period_from = shift(i.period_from);
      c.period_to = shift(i.period_to);
      c.manual_value.reset();
      c.manual_note.clear();
      c.entered_by = 0;
      c.entered_by_name.clear();
      c.entered_at = 0;
      new_indicator[i.id] = add_indicator(sql, c);
    }
    // The deliverables keep the indicator that measures them, now the copy's.
    int position = 0;
    for (auto& d : a.deliverables) {
      ++position;
      if (!d.indicator_id || !new_indicator.count(d.indicator_id)) continue;
      std::int64_t indicator = new_indicator[d.indicator_id];
      sql << "UPDATE observatory_deliverables SET indicator_id = :i WHERE action_id = :a AND position = :p", soci::use(indicator),
          soci::use(action_id), soci::use(position);
    }
  }
  return id;
}

// ---- Links ---------------------------------------------------------------------------------------------------

void link_activity(soci::session& sql, std::int64_t action_id, const std::string& source, const std::string& ref,
                   std::int64_t now) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM observatory_activity_links WHERE action_id = :a AND source = :s AND ref = :r", soci::use(action_id),
      soci::use(source), soci::use(ref), soci::into(n);
  if (n) return;
  sql << "INSERT INTO observatory_activity_links (action_id, source, ref, linked_at) VALUES (:a, :s, :r, :t)", soci::use(action_id),
      soci::use(source), soci::use(ref), soci::use(now);
}

void unlink_activity(soci::session& sql, std::int64_t action_id, const std::string& source, const std::string& ref) {
  sql << "DELETE FROM observatory_activity_links WHERE action_id = :a AND source = :s AND ref = :r", soci::use(action_id),
      soci::use(source), soci::use(ref);
}

std::vector<Activity> activities_of_action(soci::session& sql, std::int64_t action_id, const Period& period) {
  std::set<std::pair<std::string, std::string>> linked;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT source, ref FROM observatory_activity_links WHERE action_id = :a", soci::use(action_id));
  for (auto& r : rs) linked.insert({as_text(r, 0), as_text(r, 1)});
  std::vector<Activity> out;
  if (linked.empty()) return out;
  for (auto& a : all_activities(sql, period))
    if (linked.count({a.source, a.ref})) out.push_back(std::move(a));
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> links_of_actions(soci::session& sql, const std::vector<std::int64_t>& actions) {
  std::vector<std::pair<std::string, std::int64_t>> out;
  if (actions.empty()) return out;
  std::string ids;
  for (auto id : actions) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  soci::rowset<soci::row> rs = sql.prepare << "SELECT source, ref, action_id FROM observatory_activity_links WHERE action_id IN (" +
                                                  ids + ") ORDER BY action_id";
  for (auto& r : rs) out.push_back({as_text(r, 0) + "/" + as_text(r, 1), as_int(r, 2)});
  return out;
}

// ---- Needs ---------------------------------------------------------------------------------------------------

std::int64_t add_need(soci::session& sql, const ManualNeed& n, std::int64_t user_id, const std::string& user_name, std::int64_t now) {
  std::int64_t id = 0;
  soci::indicator by = null_unless(user_id != 0);
  sql << "INSERT INTO observatory_needs (theme, public_group, territory, sentence, source, observed_at, created_by, "
         "created_by_name, created_at) VALUES (:t, :p, :te, :s, 'manual', :o, :u, :un, :c) RETURNING id",
      soci::use(n.theme), soci::use(n.public_group), soci::use(n.territory), soci::use(n.sentence), soci::use(n.observed_at),
      soci::use(user_id, by), soci::use(user_name), soci::use(now), soci::into(id);
  return id;
}

std::vector<Observation> all_observations(soci::session& sql, const Period& period, const std::string& lang) {
  auto all = published_observations(sql, period, lang);
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, theme, public_group, territory, sentence, observed_at FROM observatory_needs "
                                               "WHERE observed_at >= :f AND observed_at < :t ORDER BY observed_at, id",
                                soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) {
    Observation o;
    o.source = kManualSource;
    o.ref = "need:" + std::to_string(as_int(r, 0));
    o.theme = o.theme_label = as_text(r, 1);
    o.public_group = o.public_label = as_text(r, 2);
    o.bassin = bassin_of(as_text(r, 3));
    o.sentence = as_text(r, 4);
    o.observed_at = as_int(r, 5);
    all.push_back(std::move(o));
  }
  std::stable_sort(all.begin(), all.end(), [](const Observation& a, const Observation& b) { return a.observed_at < b.observed_at; });
  return all;
}

}  // namespace maillage::observatory
