// The activities of a year: those the parts publish and those entered here, listed together, each attachable to
// an action of a plan; the form for an activity that happened outside Maillage (an atelier du changement, a
// Conseil de l'Action du Bassin) with its participants, organisations, duration and staff hours by team.
#include <algorithm>
#include <cmath>
#include <map>

#include "observatory/handlers.hpp"
#include "observatory/locks.hpp"
#include "observatory/model.hpp"
#include "observatory/page_helpers.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"
#include "territory/zones.hpp"

namespace maillage::observatory {

namespace {

constexpr std::size_t kMaxListed = 300;  // a year may hold 20,000 activities: the list asks to narrow beyond
constexpr std::size_t kMaxOrganisations = 200;
constexpr std::size_t kMaxTeams = 20;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    auto item = clean_text(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (!item.empty()) out.push_back(item);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}

// The actions of the year's plans an activity may be attached to, by territory then position.
struct ActionChoice {
  std::int64_t id = 0;
  std::string label, territory;
};
std::vector<ActionChoice> action_choices(RequestContext& ctx, soci::session& sql, int year) {
  std::vector<ActionChoice> out;
  for (auto& p : list_plans(sql)) {
    if (p.year != year) continue;
    std::string name = territory_name(sql, p.territory, ctx.lang, region_name(ctx));
    for (auto& a : actions_of(sql, p.id))
      out.push_back({a.id, name + " · " + (a.reference.empty() ? "" : a.reference + " ") + a.title(ctx.lang), p.territory});
  }
  return out;
}

Response render_form(RequestContext& ctx, soci::session& sql, const FormErrors& errors, int status) {
  Page page(ctx, "observatory/activity_form.tpl", N_("An activity outside Maillage"));
  auto& d = page.dict();
  echo_fields(ctx, d, {"title", "date", "time", "duration", "place", "participants", "organisations", "staff", "correction"});
  if (ctx.f("time").empty() && ctx.method == Method::Get) d.SetValue("TIME", "09:30");
  if (ctx.f("online") == "1") d.ShowSection("ONLINE");
  std::string kind = ctx.f("kind").empty() ? "change_workshop" : ctx.f("kind");
  for (auto& [code, label] : activity_kinds()) {
    if (code == "permanence" || code == "contact") continue;  // the helpdesk publishes these itself
    auto* o = d.AddSectionDictionary("KIND_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", ctx.tr(label));
    if (code == kind) o->ShowSection("SELECTED");
  }
  fill_territory_options(ctx, sql, d, "TERRITORY_OPTION", ctx.f("territory"), false, false);
  int year = current_year();
  if (auto t = parse_date(ctx.f("date"))) year = to_brussels(*t).year;
  for (auto& c : action_choices(ctx, sql, year)) {
    auto* o = d.AddSectionDictionary("ACTION_OPTION");
    o->SetIntValue("ID", c.id);
    o->SetValue("LABEL", c.label);
    if (ctx.f("action") == std::to_string(c.id)) o->ShowSection("SELECTED");
  }
  errors.show(ctx, d);
  return page.response(status);
}

}  // namespace

Response activity_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return render_form(ctx, sql, {}, 200);
}

Response activity_create(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  FormErrors errors;
  ManualActivity a;
  a.kind = ctx.f("kind");
  bool known = false;
  for (auto& k : activity_kinds()) known = known || k.first == a.kind;
  if (!known) errors.add("kind", N_("Choose the kind of activity."));
  a.title = clean_text(ctx.f("title"));
  if (a.title.empty() || utf8_length(a.title) > 300) errors.add("title", N_("Give the activity a title of at most 300 characters."));
  auto starts = from_brussels(clean_text(ctx.f("date")), clean_text(ctx.f("time")).empty() ? "09:00" : clean_text(ctx.f("time")));
  if (!starts) errors.add("date", N_("Enter the date and time, such as 2026-02-03 and 09:30."));
  else a.starts_at = *starts;
  auto duration = parse_decimal(ctx.f("duration"));
  if (!duration || *duration < 0 || *duration > 24 * 60) errors.add("duration", N_("The duration is a number of minutes, up to 1440."));
  else a.duration_minutes = static_cast<int>(std::lround(*duration));
  a.place = clean_text(ctx.f("place"));
  if (utf8_length(a.place) > 300) errors.add("place", N_("A place has at most 300 characters."));
  a.online = ctx.f("online") == "1";
  a.territory = ctx.f("territory");
  if (!valid_territory(sql, a.territory)) errors.add("territory", N_("Choose a territory of the list."));
  std::string participants = clean_text(ctx.f("participants"));
  auto n = parse_decimal(participants.empty() ? "0" : participants);
  if (!n || *n < 0 || *n > 100000 || *n != std::floor(*n)) errors.add("participants", N_("The participants are a whole number."));
  else a.participants = static_cast<int>(*n);
  a.organisations = split_lines(ctx.f("organisations"));
  if (a.organisations.size() > kMaxOrganisations) errors.add("organisations", N_("At most 200 organisations, one a line."));
  // Staff hours, one team a line: "Brusano: 6" or "Brusano 6".
  for (auto& line : split_lines(ctx.f("staff"))) {
    auto cut = line.find_last_of(": ");
    auto hours = cut == std::string::npos ? std::nullopt : parse_decimal(line.substr(cut + 1));
    std::string team = cut == std::string::npos ? "" : clean_text(line.substr(0, cut));
    while (!team.empty() && (team.back() == ':' || team.back() == ' ')) team.pop_back();
    if (!hours || *hours < 0 || *hours > 10000 || team.empty() || utf8_length(team) > 120) {
      errors.add("staff", N_("Write one team a line with its hours, such as \"Brusano: 6\"."));
      break;
    }
    a.staff.push_back({team, 0, *hours});
  }
  if (a.staff.size() > kMaxTeams) errors.add("staff", N_("At most 20 teams."));
  std::int64_t action = id_of(ctx.f("action"));
  std::optional<Plan> plan;
  if (action) {
    auto act = find_action(sql, action);
    if (act) plan = find_plan(sql, act->plan_id);
    if (!plan) errors.add("action", N_("Choose an action of the list."));
    else if (!may_edit(*ctx.user, plan->territory)) errors.add("action", N_("You may attach activities only to the actions of your territory's plans."));
  }
  Lock lock;
  if (starts && valid_territory(sql, a.territory)) lock = record_lock(sql, a.territory, a.starts_at);
  if (plan && to_brussels(a.starts_at).year == plan->year) lock = merged(lock, plan_lock(sql, plan->territory, plan->year));
  std::string correction = correction_of(ctx, lock, errors);
  if (!errors.empty()) return render_form(ctx, sql, errors, 422);
  std::string name = ctx.user->name.empty() ? ctx.user->email : ctx.user->name;
  ctx.app.db.transact([&](soci::session& tx) {
    std::int64_t now = now_seconds();
    auto id = create_activity(tx, a, ctx.user->id, name, now);
    if (action) link_activity(tx, action, kManualSource, "activity:" + std::to_string(id), now);
    audit(tx, ctx, "observatory.activity.create", "observatory_activity:" + std::to_string(id), a.kind);
    if (lock.locked()) republish(ctx, tx, lock, correction);
  });
  ctx.flash(lock.locked() ? N_("The correction is saved and the report is published again as a new version that lists what changed.")
                          : N_("The activity is recorded."));
  return Response::redirect("/observatory/activities?year=" + std::to_string(to_brussels(a.starts_at).year) +
                            "&territory=" + a.territory);
}

Response activities_page(RequestContext& ctx) {
  Page page(ctx, "observatory/activities.tpl", N_("Activities"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  int year = year_param(ctx, ctx.q("year"));
  std::string territory = ctx.q("territory");
  if (!territory.empty() && !valid_territory(sql, territory)) territory.clear();
  std::string kind = ctx.q("kind");
  d.SetIntValue("YEAR", year);
  fill_territory_options(ctx, sql, d, "TERRITORY_OPTION", territory, false, false);
  // A zone (communes and quarters across the bassins) filters as a bassin does, by where the activity took place.
  std::optional<territory::Zone> zone;
  for (auto& z : territory::list_zones(sql)) {
    auto* o = d.AddSectionDictionary("ZONE_OPTION");
    o->SetValue("CODE", z.slug);
    o->SetValue("LABEL", z.name(ctx.lang));
    if (z.slug == ctx.q("zone")) {
      o->ShowSection("SELECTED");
      zone = z;
    }
    d.ShowSection("HAS_ZONES");
  }
  for (auto& [code, label] : activity_kinds()) {
    auto* o = d.AddSectionDictionary("KIND_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", ctx.tr(label));
    if (code == kind) o->ShowSection("SELECTED");
  }
  auto period = year_period(year).value_or(Period{});
  // "region" lists everything; a bassin its own activities.
  auto all = all_activities(sql, period, territory.empty() || territory == kRegion ? "" : territory);
  if (!kind.empty()) all.erase(std::remove_if(all.begin(), all.end(), [&](const Activity& a) { return a.kind != kind; }), all.end());
  if (zone) {
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Activity& a) {
                               return !territory::in_zone(*zone, {"", a.commune_nis, a.quarter_code});
                             }),
              all.end());
    d.ShowSection("ZONE_NOTE");
  }
  auto choices = action_choices(ctx, sql, year);
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, std::string> label_of;
  for (auto& c : choices) {
    ids.push_back(c.id);
    label_of[c.id] = c.label;
  }
  std::multimap<std::string, std::int64_t> linked;
  for (auto& [key, action] : links_of_actions(sql, ids)) linked.emplace(key, action);
  std::vector<const ActionChoice*> attachable;
  for (auto& c : choices)
    if (ctx.user && may_edit(*ctx.user, c.territory)) attachable.push_back(&c);
  long participants = 0;
  double staff = 0;
  for (auto& a : all) {
    participants += a.participants;
    for (auto& s : a.staff_hours) staff += s.hours;
  }
  d.SetIntValue("COUNT", static_cast<long>(all.size()));
  d.SetValue("PARTICIPANTS", ctx.app.i18n.number(ctx.lang, static_cast<double>(participants)));
  d.SetValue("STAFF", ctx.app.i18n.number(ctx.lang, staff, 0));
  if (all.size() > kMaxListed) {
    d.SetIntValue("LISTED", static_cast<long>(kMaxListed));
    d.ShowSection("TRUNCATED");
  }
  if (all.empty()) d.ShowSection("NONE");
  bool locked = false;
  for (auto& c : attachable) locked = locked || plan_lock(sql, c->territory, year).locked();
  if (locked) d.ShowSection("LOCKED");
  std::size_t shown = 0;
  for (auto& a : all) {
    if (++shown > kMaxListed) break;
    auto* s = d.AddSectionDictionary("ACTIVITY");
    s->SetIntValue("N", static_cast<long>(shown));
    s->SetValue("DATE", ctx.app.i18n.datetime(ctx.lang, a.starts_at));
    s->SetValue("KIND", ctx.tr(activity_kind_label(a.kind)));
    s->SetValue("TITLE", a.title);
    if (!a.url.empty()) s->SetValueAndShowSection("URL", a.url, "HAS_URL");
    else s->ShowSection("NO_URL");
    s->SetValue("TERRITORY", territory_name(sql, a.bassin.empty() ? kRegion : a.bassin, ctx.lang, region_name(ctx)));
    s->SetValue("PLACE", a.online ? ctx.tr(N_("online")) : a.place);
    s->SetIntValue("PARTICIPANTS", a.participants);
    double h = 0;
    for (auto& x : a.staff_hours) h += x.hours;
    s->SetValue("DURATION", ctx.app.i18n.number(ctx.lang, a.duration_minutes / 60.0, a.duration_minutes % 60 ? 1 : 0));
    s->SetValue("STAFF", ctx.app.i18n.number(ctx.lang, h, h == std::floor(h) ? 0 : 1));
    s->SetValue("SOURCE", a.source);
    s->SetValue("REF", a.ref);
    auto range = linked.equal_range(a.source + "/" + a.ref);
    for (auto it = range.first; it != range.second; ++it) {
      auto* l = s->AddSectionDictionary("LINKED");
      l->SetIntValue("ACTION_ID", it->second);
      l->SetValue("ACTION", label_of[it->second]);
    }
    if (!attachable.empty()) {
      s->ShowSection("ATTACH");
      for (auto* c : attachable) {
        auto* o = s->AddSectionDictionary("ACTION_OPTION");
        o->SetIntValue("ID", c->id);
        o->SetValue("LABEL", c->label);
      }
    }
  }
  return page.response();
}

Response activity_link(RequestContext& ctx) {
  std::int64_t action = id_of(ctx.f("action"));
  std::string source = ctx.f("source"), ref = ctx.f("ref");
  if (source.empty() || ref.empty() || source.size() > 40 || ref.size() > 80) throw HttpError{422, N_("Choose an action of the list.")};
  int year = 0;
  std::string territory;
  bool corrected = false;
  ctx.app.db.transact([&](soci::session& sql) {
    auto act = find_action(sql, action);
    if (!act) throw HttpError{422, N_("Choose an action of the list.")};
    auto plan = find_plan(sql, act->plan_id);
    if (!plan || !may_edit(*ctx.user, plan->territory)) throw forbidden();
    year = plan->year;
    territory = plan->territory;
    Lock lock = plan_lock(sql, plan->territory, plan->year);
    FormErrors errors;
    std::string correction = correction_of(ctx, lock, errors);
    if (!errors.empty())
      throw HttpError{422, N_("This year's report is published and its period is frozen: to attach an activity to its plan, say what "
                              "you correct. The report is then published again as a new version that lists what changed.")};
    link_activity(sql, action, source, ref, now_seconds());
    audit(sql, ctx, "observatory.activity.link", "observatory_action:" + std::to_string(action), source + "/" + ref);
    if (lock.locked()) {
      republish(ctx, sql, lock, correction);
      corrected = true;
    }
  });
  ctx.flash(corrected ? N_("The correction is saved and the report is published again as a new version that lists what changed.")
                      : N_("The activity is attached to the action."));
  std::string back = ctx.f("back");
  if (back.rfind("/observatory/activities", 0) == 0 && back.find("//") == std::string::npos) return Response::redirect(back);
  return Response::redirect("/observatory/activities?year=" + std::to_string(year));
}

}  // namespace maillage::observatory
