// A person followed: the page (code, dates, profile, network of directory organisations, scores, contacts,
// who read it), a person added directly (Housing First tenants come without a request), the re-score form
// (typed without the entry score on screen, same instrument, not before the team's minimum interval) and the
// end of the follow-up. Every read is audited.
#include <algorithm>

#include "caseload/handlers.hpp"
#include "caseload/views.hpp"
#include "helpdesk/requests.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/protected_records.hpp"
#include "platform/views.hpp"

namespace maillage::caseload {

void fill_person_fields(soci::session& sql, const RequestContext& ctx, Dictionary& d,
                        const std::string& age_band, const std::string& gender, const std::string& commune);

namespace {

std::string target_of(std::int64_t id) { return "caseload_episode:" + std::to_string(id); }

struct PersonView {
  Episode episode;
  Team team;
  std::vector<Contact> contacts;
  std::vector<AccessLogEntry> log;
};

PersonView read_person(RequestContext& ctx, std::int64_t id, bool with_contacts = true) {
  return audited_read(ctx, "caseload.episode.read", target_of(id), [&](soci::session& sql) {
    auto e = find_episode(sql, id);
    if (!e) throw not_found();
    require_member(ctx, e->team_id);
    auto t = find_team(sql, e->team_id);
    PersonView v{*e, *t, {}, {}};
    if (with_contacts) {
      v.contacts = episode_contacts(sql, id, 50);
      v.log = access_log(sql, target_of(id), "caseload.");
    }
    return v;
  });
}

Team team_or_404(soci::session& sql, std::int64_t id) {
  auto t = find_team(sql, id);
  if (!t) throw not_found();
  return *t;
}

Response render_person(RequestContext& ctx, const PersonView& v, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/person.tpl", N_("Person followed"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  const auto& e = v.episode;
  page.set_title(e.person_code);
  errors.show(ctx, d);
  std::int64_t now = now_seconds();
  d.SetIntValue("ID", e.id);
  d.SetIntValue("TEAM_ID", v.team.id);
  d.SetValue("TEAM_NAME", v.team.name);
  d.SetValue("CODE", e.person_code);
  d.SetValue("STARTED", ctx.app.i18n.date(ctx.lang, e.started_at));
  if (e.ended_at) d.SetValueAndShowSection("ENDED", ctx.app.i18n.date(ctx.lang, e.ended_at), "HAS_ENDED");
  else d.ShowSection("OPEN");
  d.SetValue("WORKER", person_name(sql, e.worker_user_id));
  if (e.request_id) d.SetValueAndShowSection("REQUEST_ID", std::to_string(e.request_id), "FROM_REQUEST");
  if (no_news(e, v.team.no_news_days, now)) d.ShowSection("NO_NEWS");
  if (e.last_contact_at) d.SetValueAndShowSection("LAST_CONTACT", ctx.app.i18n.date(ctx.lang, e.last_contact_at), "HAS_LAST");
  d.SetValue("AGE_BAND", e.age_band.empty() ? "" : ctx.tr(code_label(helpdesk::age_bands(), e.age_band, "")));
  d.SetValue("GENDER", e.gender.empty() ? "" : ctx.tr(code_label(helpdesk::genders(), e.gender, "")));
  if (e.purged) d.ShowSection("PURGED");
  add_term_options(ctx, d, "PROFILE", terms(sql, v.team.id, kProfiles, false), e.profiles);
  for (auto& n : e.network) {
    auto* s = d.AddSectionDictionary("NETWORK");
    s->SetIntValue("NETWORK_ID", n.id);
    s->SetValue("ORGANISATION", n.organisation_name);
    s->SetValue("ROLE", ctx.tr(code_label(network_roles(), n.role, N_("Other role"))));
  }
  if (e.network.empty()) d.ShowSection("NO_NETWORK");
  if (!e.ended_at) {
    soci::rowset<soci::row> orgs = (sql.prepare << "SELECT id, name FROM organisations ORDER BY name, id LIMIT 2000");
    for (auto& r : orgs) {
      auto* o = d.AddSectionDictionary("ORGANISATION_OPTION");
      o->SetIntValue("ORG_ID", as_int(r, 0));
      o->SetValue("NAME", as_text(r, 1));
    }
    add_code_options(ctx, d, "ROLE_OPTION", network_roles(), "");
    d.SetValue("TODAY", local_date_iso(now));
  }
  auto instruments = terms(sql, v.team.id, kInstruments, false);
  for (auto& s : e.scores) {
    auto* r = d.AddSectionDictionary("SCORE");
    r->SetValue("INSTRUMENT", term_label(ctx, instruments, s.instrument));
    r->SetValue("RATED", ctx.app.i18n.date(ctx.lang, s.rated_at));
    r->SetValue("RATER", person_name(sql, s.rater_user_id));
    if (s.is_entry) r->ShowSection("IS_ENTRY");
  }
  if (e.scores.empty()) d.ShowSection("NO_SCORE");
  auto types = terms(sql, v.team.id, kContactTypes, false);
  auto reasons = terms(sql, v.team.id, kReasons, false);
  for (auto& c : v.contacts) {
    auto* s = d.AddSectionDictionary("CONTACT");
    s->SetValue("WHEN", ctx.app.i18n.datetime(ctx.lang, c.occurred_at));
    s->SetValue("TYPE", term_label(ctx, types, c.contact_type));
    s->SetIntValue("MINUTES", c.duration_minutes);
    if (c.workers >= 2) s->ShowSection("PAIR");
    if (!c.missed.empty()) s->SetValueAndShowSection("MISSED", ctx.tr(code_label(missed_kinds(), c.missed, N_("Missed"))), "IS_MISSED");
    std::string rs;
    for (auto& r : c.reasons) rs += (rs.empty() ? "" : ", ") + term_label(ctx, reasons, r);
    s->SetValue("REASONS", rs);
    if (!c.note.empty()) s->SetValueAndShowSection("NOTE", c.note, "HAS_NOTE");
  }
  if (v.contacts.empty()) d.ShowSection("NO_CONTACT");
  for (auto& a : v.log) {
    auto* s = d.AddSectionDictionary("ACCESS");
    s->SetValue("AT", ctx.app.i18n.datetime(ctx.lang, a.at));
    s->SetValue("WHO", a.user_name);
    s->SetValue("ACTION", a.action);
  }
  return page.response(status);
}

Response render_person_form(RequestContext& ctx, soci::session& sql, const Team& t, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/person_form.tpl", N_("New person followed"));
  auto& d = page.dict();
  d.SetIntValue("TEAM_ID", t.id);
  d.SetValue("TEAM_NAME", t.name);
  errors.show(ctx, d);
  if (status == 200) d.SetValue("STARTED_DATE", local_date_iso(now_seconds()));
  else echo_fields(ctx, d, {"person_code", "started_date", "entry_score"});
  fill_person_fields(sql, ctx, d, ctx.f("age_band"), ctx.f("gender"), ctx.f("commune"));
  add_term_options(ctx, d, "PROFILE", terms(sql, t.id, kProfiles), ctx.f_all("profile"));
  add_term_options(ctx, d, "INSTRUMENT", terms(sql, t.id, kInstruments), {ctx.f("instrument")});
  for (auto& m : members(sql, t.id)) {
    auto* o = d.AddSectionDictionary("WORKER");
    o->SetIntValue("ID", m.user_id);
    o->SetValue("NAME", m.name.empty() ? m.email : m.name);
    if (m.user_id == ctx.user->id) o->ShowSection("SELECTED");
  }
  return page.response(status);
}

}  // namespace

Response person_form(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  return render_person_form(ctx, sql, t, {}, 200);
}

Response person_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  FormErrors errors;
  Episode e;
  e.team_id = id;
  e.person_code = clean_text(ctx.f("person_code"));
  if (!valid_person_code(e.person_code))
    errors.add("person_code", N_("Give the person's code: 2 to 20 letters, digits, - or _, never a name."));
  auto start = parse_local(ctx.f("started_date"), "12:00");
  if (!start || *start > now_seconds() + 86400) errors.add("started_date", N_("Give the date the follow-up starts."));
  else e.started_at = *start;
  e.age_band = is_code(helpdesk::age_bands(), ctx.f("age_band")) ? ctx.f("age_band") : "";
  e.gender = is_code(helpdesk::genders(), ctx.f("gender")) ? ctx.f("gender") : "";
  e.commune_nis = ctx.f("commune").size() == 5 ? ctx.f("commune") : "";
  e.worker_user_id = ctx.user->id;
  for (auto& m : members(sql, id))
    if (std::to_string(m.user_id) == ctx.f("worker")) e.worker_user_id = m.user_id;
  for (auto& p : ctx.f_all("profile"))
    if (find_term(sql, id, kProfiles, p)) e.profiles.push_back(p);
  std::optional<EntryScore> entry;
  if (!ctx.f("entry_score").empty()) {
    auto instrument = find_term(sql, id, kInstruments, ctx.f("instrument"));
    auto score = to_int(ctx.f("entry_score"));
    if (!instrument || !score || *score < instrument->min_value || *score > instrument->max_value)
      errors.add("entry_score", N_("The score is out of the instrument's range."));
    else entry = EntryScore{instrument->code, *score, e.started_at};
  }
  if (!errors.empty()) return render_person_form(ctx, sql, t, errors, 422);
  auto eid = ctx.app.db.transact([&](soci::session& tx) {
    auto eid = create_episode(tx, e, entry, ctx.user->id, now_seconds());
    audit(tx, ctx, "caseload.episode.create", target_of(eid));
    return eid;
  });
  return Response::redirect("/caseload/people/" + std::to_string(eid));
}

Response person_page(RequestContext& ctx) { return render_person(ctx, read_person(ctx, ctx.param_id("id")), {}, 200); }

Response profiles_save(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_person(ctx, id, false);
  ctx.app.db.transact([&](soci::session& tx) {
    std::vector<std::string> codes;
    for (auto& p : ctx.f_all("profile"))
      if (find_term(tx, v.team.id, kProfiles, p)) codes.push_back(p);
    set_profiles(tx, id, codes);
    audit(tx, ctx, "caseload.episode.profiles", target_of(id));
  });
  ctx.flash(N_("Saved."));
  return Response::redirect("/caseload/people/" + std::to_string(id));
}

Response network_add(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_person(ctx, id, false);
  auto org = to_id(ctx.f("organisation_id"));
  std::string role = ctx.f("role");
  soci::session sql(ctx.app.db.pool());
  int n = 0;
  sql << "SELECT COUNT(*) FROM organisations WHERE id = :id", soci::use(org), soci::into(n);
  if (!n || !is_code(network_roles(), role)) {
    FormErrors errors;
    errors.add("organisation_id", N_("Choose an organisation of the directory and its role."));
    auto full = read_person(ctx, id);
    return render_person(ctx, full, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    add_network_member(tx, id, org, role);
    audit(tx, ctx, "caseload.episode.network", target_of(id));
  });
  return Response::redirect("/caseload/people/" + std::to_string(id) + "#h-network");
}

Response network_remove(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  read_person(ctx, id, false);
  auto nid = ctx.param_id("nid");
  ctx.app.db.transact([&](soci::session& tx) {
    remove_network_member(tx, id, nid);
    audit(tx, ctx, "caseload.episode.network", target_of(id));
  });
  return Response::redirect("/caseload/people/" + std::to_string(id) + "#h-network");
}

Response person_end(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_person(ctx, id, false);
  auto at = parse_local(ctx.f("ended_date"), "12:00");
  if (!at || *at < v.episode.started_at || *at > now_seconds() + 86400) {
    FormErrors errors;
    errors.add("ended_date", N_("Give the date the follow-up ended, after its start."));
    return render_person(ctx, read_person(ctx, id), errors, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    end_episode(tx, id, *at);
    audit(tx, ctx, "caseload.episode.end", target_of(id));
  });
  return Response::redirect("/caseload/people/" + std::to_string(id));
}

namespace {
// The re-score form shows the instrument and its range, never the entry score or an earlier one.
Response render_rescore(RequestContext& ctx, const PersonView& v, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/rescore.tpl", N_("New score"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  errors.show(ctx, d);
  d.SetIntValue("ID", v.episode.id);
  d.SetValue("CODE", v.episode.person_code);
  std::string instrument;
  for (auto& s : v.episode.scores)
    if (s.is_entry) instrument = s.instrument;
  if (instrument.empty()) {
    d.ShowSection("NO_ENTRY");
    return page.response(status);
  }
  auto term = find_term(sql, v.team.id, kInstruments, instrument);
  d.ShowSection("FORM");
  d.SetValue("INSTRUMENT", term ? term_label(ctx, *term) : instrument);
  d.SetValue("INSTRUMENT_CODE", instrument);
  d.SetIntValue("MIN", term ? term->min_value : 0);
  d.SetIntValue("MAX", term ? term->max_value : 100);
  d.SetIntValue("MIN_DAYS", v.team.rescore_min_days);
  if (status == 200) d.SetValue("RATED_DATE", local_date_iso(now_seconds()));
  else echo_fields(ctx, d, {"rated_date", "score"});
  return page.response(status);
}
}  // namespace

Response rescore_form(RequestContext& ctx) { return render_rescore(ctx, read_person(ctx, ctx.param_id("id"), false), {}, 200); }

Response rescore_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_person(ctx, id, false);
  soci::session sql(ctx.app.db.pool());
  FormErrors errors;
  std::string entry_instrument;
  for (auto& s : v.episode.scores)
    if (s.is_entry) entry_instrument = s.instrument;
  auto term = find_term(sql, v.team.id, kInstruments, entry_instrument);
  auto at = parse_local(ctx.f("rated_date"), "12:00");
  auto score = to_int(ctx.f("score"));
  if (!at || *at > now_seconds() + 86400) errors.add("rated_date", N_("Give the date of the score (not in the future)."));
  else if (!score) errors.add("score", N_("The score is out of the instrument's range."));
  else if (auto why = rescore_refusal(v.episode, term ? &*term : nullptr, *score, *at, v.team.rescore_min_days))
    errors.add("score", why);
  if (!errors.empty()) return render_rescore(ctx, v, errors, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    add_rescore(tx, id, entry_instrument, *score, *at, ctx.user->id, now_seconds());
    audit(tx, ctx, "caseload.episode.score", target_of(id));
  });
  ctx.flash(N_("Saved."));
  return Response::redirect("/caseload/people/" + std::to_string(id));
}

}  // namespace maillage::caseload
