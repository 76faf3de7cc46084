// Open-door weeks: a bassin's coordinator creates the campaign (never overlapping another bassin's week),
// organisations open slots of 1h30, the coordinator validates and publishes the programme, visitors register
// for several visits at once from a printable, filterable programme. The reports are in reports.cpp.
#include <map>
#include <set>

#include "accounts/model.hpp"
#include "offers/common.hpp"
#include "platform/brussels_time.hpp"
#include "offers/handlers.hpp"
#include "offers/places.hpp"
#include "offers/service.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::offers {

namespace {
struct Campaign {
  std::int64_t id = 0;
  std::string bassin, name, status;
  std::int64_t week_start = 0, slots_deadline = 0, registration_opens_at = 0, offer_id = 0;
};

std::vector<Campaign> load_campaigns(soci::session& sql, std::int64_t only = 0) {
  std::vector<Campaign> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT c.id, c.bassin_slug, c.name, c.status, c.week_start, c.slots_deadline, c.registration_opens_at, "
                      "COALESCE((SELECT MIN(o.id) FROM offers o WHERE o.campaign_id = c.id), 0) FROM opendoor_campaigns c "
                      "WHERE (:only = 0 OR c.id = :only2) ORDER BY c.week_start DESC",
       soci::use(only), soci::use(only));
  for (auto& r : rs)
    out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_int(r, 4), as_int(r, 5), as_int(r, 6), as_int(r, 7)});
  return out;
}

Campaign campaign_or_404(soci::session& sql, std::int64_t id) {
  auto all = load_campaigns(sql, id);
  if (all.empty()) throw not_found();
  return all.front();
}

// A coordinator of the region (or an administrator) covers every bassin; a bassin coordinator, theirs.
bool coordinates_bassin(const RequestContext& ctx, const std::string& bassin) {
  if (ctx.user->is_admin()) return true;
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && (g.scope_type == "region" || (g.scope_type == "bassin" && g.scope_id == bassin))) return true;
  return false;
}

void fill_campaign(RequestContext& ctx, soci::session& sql, Dictionary& d, const Campaign& c) {
  d.SetIntValue("CAMPAIGN_ID", c.id);
  d.SetValue("NAME", c.name);
  d.SetValue("BASSIN", territory::bassin_name(sql, c.bassin, ctx.lang));
  d.SetValue("WEEK", ctx.app.i18n.date(ctx.lang, c.week_start));
  d.SetValue("DEADLINE", ctx.app.i18n.date(ctx.lang, c.slots_deadline));
  d.SetValue("OPENS", ctx.app.i18n.date(ctx.lang, c.registration_opens_at));
  if (c.status == "published") d.ShowSection("IS_PUBLISHED");
  else d.ShowSection("IS_PREPARING");
}

Response show_campaigns(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "offers/campaigns.tpl", N_("Open-door weeks"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  for (auto& c : load_campaigns(sql)) fill_campaign(ctx, sql, *d.AddSectionDictionary("CAMPAIGN"), c);
  std::string selected = ctx.f("bassin");
  for (auto& b : territory::list_bassins(sql)) {
    if (!coordinates_bassin(ctx, b.slug)) continue;
    auto* o = d.AddSectionDictionary("BASSIN_OPTION");
    o->SetValue("CODE", b.slug);
    o->SetValue("LABEL", b.name(ctx.lang));
    if (b.slug == selected) o->ShowSection("SELECTED");
  }
  echo_fields(ctx, d, {"name", "week_start", "slots_deadline", "registration_opens"});
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response campaigns(RequestContext& ctx) { return show_campaigns(ctx, {}, 200); }

Response create_campaign(RequestContext& ctx) {
  FormErrors errors;
  Campaign c;
  c.bassin = ctx.f("bassin");
  c.name = field(ctx.f("name"), 200);
  auto week = from_brussels(ctx.f("week_start"), "00:00");
  auto deadline = from_brussels(ctx.f("slots_deadline"), "23:59");
  auto opens = from_brussels(ctx.f("registration_opens"), "09:00");
  if (!coordinates_bassin(ctx, c.bassin)) errors.add("bassin", N_("Choose a care area you coordinate."));
  if (c.name.empty()) errors.add("name", N_("Give the campaign a name."));
  if (!week || *week <= now_seconds()) errors.add("week_start", N_("The week must start on a future date."));
  if (!deadline || (week && *deadline >= *week)) errors.add("slots_deadline", N_("The deadline for slots must come before the week."));
  if (!opens || (week && *opens >= *week)) errors.add("registration_opens", N_("Registrations must open before the week."));
  if (!errors.empty()) return show_campaigns(ctx, errors, 422);
  c.week_start = *week;
  c.slots_deadline = *deadline;
  c.registration_opens_at = *opens;
  // The overlap check and the insert share one transaction, so two coordinators cannot both take a week.
  std::string clash = ctx.app.db.transact([&](soci::session& sql) -> std::string {
    std::vector<CampaignWeek> others;
    for (auto& o : load_campaigns(sql)) others.push_back({o.id, o.bassin, o.week_start});
    if (auto other = overlapping_week({0, c.bassin, c.week_start}, others))
      return territory::bassin_name(sql, other->bassin, ctx.lang);
    std::int64_t now = now_seconds();
    sql << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, "
           "created_by, created_at) VALUES (:b, :n, :w, :d, :o, :by, :c) RETURNING id",
        soci::use(c.bassin), soci::use(c.name), soci::use(c.week_start), soci::use(c.slots_deadline),
        soci::use(c.registration_opens_at), soci::use(ctx.user->id), soci::use(now), soci::into(c.id);
    Offer o;
    o.type = "open_door";
    o.title_fr = o.title_nl = o.title_en = c.name;
    o.territory = c.bassin;
    o.languages = "fr,nl";
    o.status = "published";
    o.capacity = 12;
    o.campaign_id = c.id;
    o.created_by = ctx.user->id;
    save_offer(sql, o);
    audit(sql, ctx, "campaign.create", "campaign:" + std::to_string(c.id), c.bassin);
    return "";
  });
  if (!clash.empty()) {
    errors.add("week_start", N_("This week overlaps the open-door week of another care area: choose another week."));
    return show_campaigns(ctx, errors, 409);
  }
  ctx.flash(N_("The campaign is created. Organisations can now open their slots."));
  return Response::redirect("/offers/campaigns/" + std::to_string(c.id));
}

namespace {
Response show_campaign(RequestContext& ctx, std::int64_t id, const FormErrors& errors, int status) {
  soci::session sql(ctx.app.db.pool());
  auto c = campaign_or_404(sql, id);
  Page page(ctx, "offers/campaign.tpl", N_("Open-door week"));
  page.set_title(c.name);
  auto& d = page.dict();
  fill_campaign(ctx, sql, d, c);
  bool coordinator = coordinates_bassin(ctx, c.bassin);
  if (coordinator) d.ShowSection("COORDINATOR");
  std::int64_t now = now_seconds();
  for (auto& s : sessions_of(sql, c.offer_id, now)) {
    auto* sd = d.AddSectionDictionary("SLOT");
    fill_session(ctx, *sd, s);
    if (coordinator && s.status == "proposed") sd->ShowSection("CAN_VALIDATE");
    sd->SetValue("STATE", s.status == "proposed" ? ctx.tr(N_("Proposed")) : s.status == "validated" ? ctx.tr(N_("Validated"))
                          : s.status == "open" ? ctx.tr(N_("Published")) : ctx.tr(N_("Closed")));
  }
  auto orgs = organising_organisations(ctx, sql);
  if (!orgs.empty() && now <= c.slots_deadline) {
    d.ShowSection("CAN_OPEN_SLOT");
    for (auto& o : orgs) {
      auto* od = d.AddSectionDictionary("ORG_OPTION");
      od->SetIntValue("ID", o.id);
      od->SetValue("NAME", o.name);
    }
    for (int day = 0; day < 5; ++day) {
      auto* dd = d.AddSectionDictionary("DAY_OPTION");
      // Noon avoids the summer-time change at night.
      std::int64_t t = c.week_start + day * 86400 + 12 * 3600;
      dd->SetValue("VALUE", local_date_iso(t));
      dd->SetValue("LABEL", ctx.app.i18n.date(ctx.lang, t));
    }
    for (auto time : {"09:00", "10:45", "13:30", "15:15"}) d.AddSectionDictionary("TIME_OPTION")->SetValue("VALUE", time);
  }
  d.SetIntValue("MIN_SEATS", kOpenDoorMinSeats);
  d.SetIntValue("MAX_SEATS", kOpenDoorMaxSeats);
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response campaign_page(RequestContext& ctx) { return show_campaign(ctx, ctx.param_id("id"), {}, 200); }

Response open_slot(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  FormErrors errors;
  Session s;
  Campaign c;
  {
    soci::session sql(ctx.app.db.pool());
    c = campaign_or_404(sql, id);
    std::int64_t org = 0;
    try { org = std::stoll(ctx.f("organisation_id")); } catch (...) {}
    for (auto& o : organising_organisations(ctx, sql))
      if (o.id == org) s.host_organisation_id = org;
    if (!s.host_organisation_id) errors.add("organisation_id", N_("Choose one of your organisations."));
  }
  if (now_seconds() > c.slots_deadline) errors.add("date", N_("The deadline for opening slots has passed."));
  auto start = from_brussels(ctx.f("date"), ctx.f("start"));
  if (!start || *start < c.week_start || *start >= c.week_start + kWeekSeconds)
    errors.add("date", N_("Choose a day of the open-door week."));
  int capacity = 0;
  try { capacity = std::stoi(ctx.f("capacity")); } catch (...) {}
  if (capacity < kOpenDoorMinSeats || capacity > kOpenDoorMaxSeats)
    errors.add("capacity", N_("A visit welcomes between 10 and 15 people."));
  s.place = field(ctx.f("place"), 300);
  s.postal_code = field(ctx.f("postal_code"), 4);
  s.theme = field(ctx.f("theme"), 200);
  s.format = ctx.f("format") == "presentation" ? "presentation" : ctx.f("format") == "meeting" ? "meeting" : "visit";
  if (s.place.empty()) errors.add("place", N_("Enter the address of the visit."));
  const char* point_problem = nullptr;
  if (auto point = typed_point(ctx.f("latitude"), ctx.f("longitude"), point_problem)) {
    s.latitude = point->lat;
    s.longitude = point->lng;
  }
  if (point_problem) errors.add("latitude", point_problem);
  {
    soci::session sql(ctx.app.db.pool());
    if (!territory::locate(sql, s.postal_code)) errors.add("postal_code", N_("This is not a postal code of the Brussels-Capital Region."));
  }
  if (!errors.empty()) return show_campaign(ctx, id, errors, 422);
  s.offer_id = c.offer_id;
  s.starts_at = *start;
  s.ends_at = *start + kOpenDoorSlotSeconds;
  s.capacity = capacity;
  s.status = "proposed";
  ctx.app.db.transact([&](soci::session& sql) { save_session(sql, s); });
  ctx.flash(N_("Your slot is proposed. The coordination team will validate it."));
  return Response::redirect("/offers/campaigns/" + std::to_string(id));
}

Response validate_slot(RequestContext& ctx) {
  auto session_id = ctx.param_id("id");
  std::int64_t campaign_id = 0;
  ctx.app.db.transact([&](soci::session& sql) {
    auto s = find_session(sql, session_id, now_seconds());
    if (!s) throw not_found();
    auto o = find_offer(sql, s->offer_id);
    if (!o || !o->campaign_id) throw not_found();
    auto c = campaign_or_404(sql, o->campaign_id);
    if (!coordinates_bassin(ctx, c.bassin)) throw forbidden();
    campaign_id = c.id;
    // Validated slots of a published programme open at once; before that they wait for the publication.
    s->status = c.status == "published" ? "open" : "validated";
    save_session(sql, *s);
  });
  ctx.flash(N_("The slot is validated."));
  return Response::redirect("/offers/campaigns/" + std::to_string(campaign_id));
}

Response publish_campaign(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  ctx.app.db.transact([&](soci::session& sql) {
    auto c = campaign_or_404(sql, id);
    if (!coordinates_bassin(ctx, c.bassin)) throw forbidden();
    sql << "UPDATE opendoor_campaigns SET status = 'published' WHERE id = :id", soci::use(id);
    sql << "UPDATE offer_sessions SET status = 'open' WHERE offer_id = :o AND status = 'validated'", soci::use(c.offer_id);
    catalogue_changed();
    audit(sql, ctx, "campaign.publish", "campaign:" + std::to_string(id));
  });
  ctx.flash(N_("The programme is published."));
  return Response::redirect("/offers/campaigns/" + std::to_string(id));
}

namespace {
Response show_programme(RequestContext& ctx, std::int64_t id, const FormErrors& errors, int status,
                        const std::vector<std::pair<std::string, std::string>>& results = {}) {
  soci::session sql(ctx.app.db.pool());
  auto c = campaign_or_404(sql, id);
  if (c.status != "published") throw not_found();
  Page page(ctx, "offers/programme.tpl", N_("Open-door week programme"));
  page.set_title(c.name);
  auto& d = page.dict();
  fill_campaign(ctx, sql, d, c);
  std::string day = ctx.q("day"), commune = ctx.q("commune"), theme = ctx.q("theme");
  std::set<std::string> days, communes, themes;
  std::int64_t now = now_seconds();
  std::set<std::string> chosen;
  for (auto& v : ctx.f_all("session_id")) chosen.insert(v);
  for (auto& s : sessions_of(sql, c.offer_id, now)) {
    if (s.status != "open" && s.status != "closed") continue;
    auto place = territory::locate(sql, s.postal_code);
    std::string commune_name = place ? place->commune_name(ctx.lang) : "";
    days.insert(local_date_iso(s.starts_at));
    if (!commune_name.empty()) communes.insert(commune_name);
    if (!s.theme.empty()) themes.insert(s.theme);
    if ((!day.empty() && local_date_iso(s.starts_at) != day) || (!commune.empty() && commune_name != commune) ||
        (!theme.empty() && s.theme != theme))
      continue;
    auto* sd = d.AddSectionDictionary("SLOT");
    fill_session(ctx, *sd, s);
    sd->SetValue("COMMUNE", commune_name);
    if (chosen.count(std::to_string(s.id))) sd->ShowSection("CHECKED");
  }
  for (auto& v : days) {
    auto* o = d.AddSectionDictionary("DAY_OPTION");
    o->SetValue("VALUE", v);
    auto t = from_brussels(v, "12:00");
    o->SetValue("LABEL", t ? ctx.app.i18n.date(ctx.lang, *t) : v);
    if (v == day) o->ShowSection("SELECTED");
  }
  for (auto& v : communes) {
    auto* o = d.AddSectionDictionary("COMMUNE_OPTION");
    o->SetValue("VALUE", v);
    if (v == commune) o->ShowSection("SELECTED");
  }
  for (auto& v : themes) {
    auto* o = d.AddSectionDictionary("THEME_OPTION");
    o->SetValue("VALUE", v);
    if (v == theme) o->ShowSection("SELECTED");
  }
  bool open = now >= c.registration_opens_at;
  if (open) d.ShowSection("REGISTRATION_OPEN");
  else d.ShowSection("REGISTRATION_NOT_OPEN");
  if (ctx.user) d.ShowSection("AS_USER");
  else d.ShowSection("AS_ANONYMOUS");
  echo_fields(ctx, d, {"name", "email", "organisation", "function", "phone"});
  fill_sector_options(ctx, d, "SECTOR_OPTION", *sectors(ctx.app.db), ctx.f("sector"));
  for (auto& [label, outcome] : results) {
    auto* r = d.AddSectionDictionary("RESULT");
    r->SetValue("LABEL", label);
    r->SetValue("OUTCOME", outcome);
  }
  if (!results.empty()) d.ShowSection("HAS_RESULTS");
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response opendoor_programme(RequestContext& ctx) { return show_programme(ctx, ctx.param_id("id"), {}, 200); }

Response opendoor_register(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  FormErrors errors;
  RegistrationRequest base;
  if (ctx.user) {
    base = request_for_user(ctx);
  } else {
    base.name = field(ctx.f("name"), 200);
    base.email = field(ctx.f("email"), 254);
    base.organisation_name = field(ctx.f("organisation"), 300);
    base.function = field(ctx.f("function"), 200);
    base.lang = ctx.lang == "qps" ? "en" : ctx.lang;
    if (base.name.empty()) errors.add("name", N_("Enter your name."));
    if (!looks_like_email(base.email)) errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
    if (base.organisation_name.empty()) errors.add("organisation", N_("Enter your organisation."));
  }
  base.client_ip = ctx.remote_ip;
  base.sector = ctx.f("sector");
  base.phone = field(ctx.f("phone"), 30);
  if (!sectors(ctx.app.db)->offered(base.sector))
    errors.add("sector", N_("Choose a sector from the list."));
  auto chosen = ctx.f_all("session_id");
  if (chosen.empty()) errors.add("session_id", N_("Choose at least one visit."));
  if (chosen.size() > 20) errors.add("session_id", N_("Choose at most 20 visits."));
  std::int64_t offer_id = 0;
  {
    soci::session sql(ctx.app.db.pool());
    auto c = campaign_or_404(sql, id);
    offer_id = c.offer_id;
  }
  if (!errors.empty()) return show_programme(ctx, id, errors, 422);
  // Each visit is its own registration, decided under its own slot's lock: one full slot does not block the others.
  std::vector<std::pair<std::string, std::string>> results;
  bool any_refused = false;
  for (auto& v : chosen) {
    std::int64_t sid = 0;
    try { sid = std::stoll(v); } catch (...) { continue; }
    std::optional<Session> s;
    {
      soci::session sql(ctx.app.db.pool());
      s = find_session(sql, sid, now_seconds());
    }
    if (!s || s->offer_id != offer_id) continue;
    auto req = base;
    req.session_id = sid;
    auto out = register_and_notify(ctx.app, req);
    std::string label = ctx.app.i18n.datetime(ctx.lang, s->starts_at) + " — " + s->host_name;
    std::string outcome = out.reason ? ctx.tr(out.reason) : ctx.tr(status_label(out.status));
    if (out.duplicate || out.status == Status::Refused) any_refused = true;
    results.emplace_back(label, outcome);
  }
  return show_programme(ctx, id, {}, any_refused ? 409 : 200, results);
}

}  // namespace maillage::offers
