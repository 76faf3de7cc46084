// The caseload's home (the caller's teams), a team's page (a worker's people and this week's contacts; the
// coordinator's view of the whole team), the team's settings and vocabularies (coordinators), and the
// administrators' list of teams (creating a team reads no record).
#include <algorithm>

#include "caseload/handlers.hpp"
#include "caseload/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/protected_records.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::caseload {

namespace {

std::string territory_name(soci::session& sql, const RequestContext& ctx, const std::string& slug) {
  if (slug.empty()) return ctx.tr(N_("The whole region"));
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  return territory::bassin_name(sql, slug, lang);
}

void fill_team(soci::session& sql, const RequestContext& ctx, Dictionary& d, const Team& t) {
  d.SetIntValue("TEAM_ID", t.id);
  d.SetValue("TEAM_NAME", t.name);
  d.SetValue("TEAM_KIND", ctx.tr(code_label(team_kinds(), t.kind, N_("Team"))));
  d.SetValue("ORGANISATION", t.organisation_name);
  d.SetValue("TERRITORY", territory_name(sql, ctx, t.territory));
}

Team team_or_404(soci::session& sql, std::int64_t id) {
  auto t = find_team(sql, id);
  if (!t) throw not_found();
  return *t;
}

}  // namespace

Response home(RequestContext& ctx) {
  Page page(ctx, "caseload/home.tpl", N_("Caseload"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto mine = member_team_ids(*ctx.user);
  int shown = 0;
  for (auto& t : list_teams(sql)) {
    bool member = std::find(mine.begin(), mine.end(), t.id) != mine.end();
    bool outside = !member && reads_figures_outside(*ctx.user, t);
    if (!member && !outside) continue;
    auto* s = d.AddSectionDictionary(member ? "MY_TEAM" : "OTHER_TEAM");
    fill_team(sql, ctx, *s, t);
    if (is_coordinator(*ctx.user, t.id)) s->ShowSection("COORDINATOR");
    ++shown;
  }
  if (!shown) d.ShowSection("NO_TEAM");
  if (ctx.user->is_admin()) d.ShowSection("ADMIN");
  return page.response();
}

Response team_page(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  struct View {
    Team team;
    std::vector<EpisodeLine> people;
    std::vector<Contact> week;
    std::vector<Term> types;
    std::vector<Member> members;
    std::vector<Request> pending;
  };
  std::int64_t now = now_seconds();
  std::int64_t from = week_start(now);
  bool coordinator = ctx.user && is_coordinator(*ctx.user, id);
  auto v = audited_read(ctx, "caseload.team.read", "caseload_team:" + std::to_string(id), [&](soci::session& sql) {
    require_member(ctx, id);
    View v{team_or_404(sql, id), {}, {}, {}, {}, {}};
    std::int64_t worker = coordinator ? 0 : ctx.user->id;
    v.people = open_episodes(sql, id, worker);
    v.week = contacts_between(sql, id, from, from + 7 * 86400, worker);
    v.types = terms(sql, id, kContactTypes, false);
    v.members = members(sql, id);
    for (auto& r : team_requests(sql, id, 50))
      if (r.decision == "pending") v.pending.push_back(r);
    return v;
  });
  Page page(ctx, "caseload/team.tpl", N_("Team"));
  page.set_title(v.team.name);
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  fill_team(sql, ctx, d, v.team);
  d.ShowSection(coordinator ? "TEAM_VIEW" : "WORKER_VIEW");
  if (coordinator) d.ShowSection("COORDINATOR");
  auto name_of = [&](std::int64_t uid) {
    for (auto& m : v.members)
      if (m.user_id == uid) return m.name.empty() ? m.email : m.name;
    return std::string();
  };
  for (auto& p : v.people) {
    auto* s = d.AddSectionDictionary("PERSON");
    s->SetIntValue("ID", p.id);
    s->SetValue("CODE", p.person_code);
    s->SetValue("SINCE", ctx.app.i18n.date(ctx.lang, p.started_at));
    s->SetValue("WORKER", name_of(p.worker_user_id));
    if (coordinator) s->ShowSection("TEAM_VIEW");
    if (p.last_contact_at) s->SetValueAndShowSection("LAST_CONTACT", ctx.app.i18n.date(ctx.lang, p.last_contact_at), "HAS_LAST");
    Episode e;
    e.started_at = p.started_at;
    e.last_contact_at = p.last_contact_at;
    if (no_news(e, v.team.no_news_days, now)) s->ShowSection("NO_NEWS");
  }
  if (v.people.empty()) d.ShowSection("NO_PEOPLE");
  for (auto& c : v.week) {
    auto* s = d.AddSectionDictionary("CONTACT");
    s->SetIntValue("EPISODE_ID", c.episode_id);
    s->SetValue("CODE", c.person_code);
    s->SetValue("WHEN", ctx.app.i18n.datetime(ctx.lang, c.occurred_at));
    s->SetValue("TYPE", term_label(ctx, v.types, c.contact_type));
    s->SetIntValue("MINUTES", c.duration_minutes);
    if (c.workers >= 2) s->ShowSection("PAIR");
    if (!c.missed.empty()) s->SetValueAndShowSection("MISSED", ctx.tr(code_label(missed_kinds(), c.missed, N_("Missed"))), "IS_MISSED");
    s->SetValue("WORKER", name_of(c.worker_user_id));
    if (coordinator) s->ShowSection("TEAM_VIEW");
  }
  if (v.week.empty()) d.ShowSection("NO_CONTACT");
  d.SetIntValue("PENDING", static_cast<long>(v.pending.size()));
  if (!v.pending.empty()) d.ShowSection("HAS_PENDING");
  if (coordinator)
    for (auto& m : v.members) {
      auto* s = d.AddSectionDictionary("MEMBER");
      s->SetValue("NAME", m.name.empty() ? m.email : m.name);
      if (m.coordinator) s->ShowSection("IS_COORDINATOR");
    }
  return page.response();
}

namespace {
Response render_settings(RequestContext& ctx, soci::session& sql, const Team& t, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/settings.tpl", N_("Team settings"));
  auto& d = page.dict();
  fill_team(sql, ctx, d, t);
  errors.show(ctx, d);
  if (errors.empty()) {
    d.SetValue("FTE", ctx.app.i18n.number("en", t.fte, 1));
    d.SetIntValue("RESCORE_MIN_DAYS", t.rescore_min_days);
    d.SetIntValue("NO_NEWS_DAYS", t.no_news_days);
    d.SetIntValue("RETENTION_MONTHS", t.retention_months);
  } else {
    echo_fields(ctx, d, {"fte", "rescore_min_days", "no_news_days", "retention_months"});
  }
  auto* none = d.AddSectionDictionary("TERRITORY_OPTION");
  none->SetValue("SLUG", "");
  none->SetValue("NAME", ctx.tr(N_("The whole region")));
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  for (auto& b : territory::list_bassins(sql)) {
    auto* o = d.AddSectionDictionary("TERRITORY_OPTION");
    o->SetValue("SLUG", b.slug);
    o->SetValue("NAME", b.name(lang));
    if (b.slug == t.territory) o->ShowSection("SELECTED");
  }
  const std::pair<const char*, const char*> headings[] = {
      {kReasons, N_("Reasons (life domains)")}, {kProfiles, N_("Profiles")}, {kRefusals, N_("Refusal reasons")},
      {kContactTypes, N_("Contact types")},     {kInstruments, N_("Score instruments")}};
  for (auto& [voc, heading] : headings) {
    auto* v = d.AddSectionDictionary("VOCABULARY");
    v->SetValue("VOCABULARY", voc);
    v->SetValue("HEADING", ctx.tr(heading));
    if (std::string(voc) == kInstruments) v->ShowSection("RANGE");
    for (auto& term : terms(sql, t.id, voc, false)) {
      auto* s = v->AddSectionDictionary("TERM");
      s->SetIntValue("ID", term.id);
      s->SetValue("LABEL", term_label(ctx, term));
      if (std::string(voc) == kInstruments) {
        s->SetIntValue("MIN", term.min_value);
        s->SetIntValue("MAX", term.max_value);
        s->ShowSection("HAS_RANGE");
      }
      s->ShowSection(term.active ? "ACTIVE" : "INACTIVE");
    }
  }
  return page.response(status);
}
}  // namespace

Response settings_page(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id, true);
  auto t = team_or_404(sql, id);
  return render_settings(ctx, sql, t, {}, 200);
}

Response settings_save(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id, true);
  auto t = team_or_404(sql, id);
  FormErrors errors;
  double fte = -1;
  try {
    std::size_t used = 0;
    std::string s = ctx.f("fte");
    std::replace(s.begin(), s.end(), ',', '.');
    fte = std::stod(s, &used);
    if (used != s.size()) fte = -1;
  } catch (...) {
    fte = -1;
  }
  if (fte < 0 || fte > 500) errors.add("fte", N_("Give the team's full-time equivalents, for instance 7 or 6.5."));
  auto min_days = to_int(ctx.f("rescore_min_days"));
  if (!min_days || *min_days < 0 || *min_days > 730) errors.add("rescore_min_days", N_("Give a number of days between 0 and 730."));
  auto nn = to_int(ctx.f("no_news_days"));
  if (!nn || *nn < 7 || *nn > 730) errors.add("no_news_days", N_("Give a number of days between 7 and 730."));
  auto months = to_int(ctx.f("retention_months"));
  if (!months || *months < 1 || *months > 240) errors.add("retention_months", N_("Give a number of months between 1 and 240."));
  std::string territory = ctx.f("territory");
  if (!territory.empty() && !territory::bassin_exists(sql, territory)) errors.add("territory", N_("Choose a care area of the list."));
  if (!errors.empty()) return render_settings(ctx, sql, t, errors, 422);
  t.fte = fte;
  t.rescore_min_days = *min_days;
  t.no_news_days = *nn;
  t.retention_months = *months;
  t.territory = territory;
  ctx.app.db.transact([&](soci::session& tx) {
    update_team_settings(tx, t);
    audit(tx, ctx, "caseload.team.settings", "caseload_team:" + std::to_string(id));
  });
  ctx.flash(N_("Saved."));
  return Response::redirect(team_url(id) + "/settings");
}

Response term_add(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id, true);
  auto t = team_or_404(sql, id);
  std::string voc = ctx.f("vocabulary"), label = clean_text(ctx.f("label"));
  auto& vocs = vocabularies();
  FormErrors errors;
  if (std::find(vocs.begin(), vocs.end(), voc) == vocs.end()) throw HttpError{422, N_("Choose a list of the page.")};
  if (label.empty() || utf8_length(label) > 80) errors.add("label", N_("Give the term in at most 80 characters."));
  int lo = 0, hi = 0;
  if (voc == kInstruments) {
    auto a = to_int(ctx.f("min_value")), b = to_int(ctx.f("max_value"));
    if (!a || !b || *a >= *b) errors.add("label", N_("Give the instrument's lowest and highest score."));
    else lo = *a, hi = *b;
  }
  if (!errors.empty()) return render_settings(ctx, sql, t, errors, 422);
  bool added = ctx.app.db.transact([&](soci::session& tx) { return add_term(tx, id, voc, label, lo, hi); });
  ctx.flash(added ? N_("Saved.") : N_("This term is in the list already."));
  return Response::redirect(team_url(id) + "/settings");
}

Response term_toggle(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto term = ctx.param_id("tid");
  require_member(ctx, id, true);
  ctx.app.db.transact([&](soci::session& tx) { set_term_active(tx, id, term, ctx.f("active") == "1"); });
  ctx.flash(N_("Saved."));
  return Response::redirect(team_url(id) + "/settings");
}

namespace {
Response render_admin(RequestContext& ctx, soci::session& sql, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/admin_teams.tpl", N_("Caseload teams"));
  auto& d = page.dict();
  errors.show(ctx, d);
  echo_fields(ctx, d, {"name"});
  for (auto& t : list_teams(sql)) {
    auto* s = d.AddSectionDictionary("TEAM");
    fill_team(sql, ctx, *s, t);
    s->SetIntValue("MEMBERS", static_cast<long>(members(sql, t.id).size()));
  }
  add_code_options(ctx, d, "KIND", team_kinds(), ctx.f("kind"));
  soci::rowset<soci::row> orgs = (sql.prepare << "SELECT id, name FROM organisations ORDER BY name, id LIMIT 2000");
  std::string chosen = ctx.f("organisation_id");
  for (auto& r : orgs) {
    auto* o = d.AddSectionDictionary("ORGANISATION_OPTION");
    o->SetIntValue("ID", as_int(r, 0));
    o->SetValue("NAME", as_text(r, 1));
    if (chosen == std::to_string(as_int(r, 0))) o->ShowSection("SELECTED");
  }
  return page.response(status);
}
}  // namespace

Response admin_teams(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return render_admin(ctx, sql, {}, 200);
}

Response admin_team_create(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  FormErrors errors;
  Team t;
  t.name = clean_text(ctx.f("name"));
  t.kind = ctx.f("kind");
  t.organisation_id = to_id(ctx.f("organisation_id"));
  if (t.name.empty() || utf8_length(t.name) > 120) errors.add("name", N_("Give the team's name in at most 120 characters."));
  if (!is_code(team_kinds(), t.kind)) errors.add("kind", N_("Choose the kind of team."));
  int org = 0;
  sql << "SELECT COUNT(*) FROM organisations WHERE id = :id", soci::use(t.organisation_id), soci::into(org);
  if (!org) errors.add("organisation_id", N_("Choose the team's organisation."));
  if (!errors.empty()) return render_admin(ctx, sql, errors, 422);
  auto id = ctx.app.db.transact([&](soci::session& tx) {
    auto id = create_team(tx, t, now_seconds());
    audit(tx, ctx, "caseload.team.create", "caseload_team:" + std::to_string(id), t.name);
    return id;
  });
  (void)id;
  ctx.flash(N_("The team is created. Give its members the grant \"caseload\" (coordinators \"caseload_coordinator\") on scope \"team\" with its number, on the user's page."));
  return Response::redirect("/admin/caseload/teams");
}

}  // namespace maillage::caseload
