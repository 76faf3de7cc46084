// Requests to a team: the list, the intake form (who asks, for whom, coded; a short note checked for identifying
// data), and the request page with its decision: accepted into follow-up (a person followed with an entry score),
// refused with a coded reason, or oriented elsewhere to services of the directory. Every read is audited.
#include <algorithm>

#include "caseload/handlers.hpp"
#include "caseload/views.hpp"
#include "directory/texts.hpp"
#include "helpdesk/requests.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/protected_records.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::caseload {

namespace {

std::string target_of(std::int64_t id) { return "caseload_request:" + std::to_string(id); }

void add_communes(soci::session& sql, const RequestContext& ctx, Dictionary& d, const std::string& selected) {
  for (auto& c : territory::list_communes(sql)) {
    auto* o = d.AddSectionDictionary("COMMUNE");
    o->SetValue("CODE", c.nis);
    o->SetValue("LABEL", c.name(ctx.lang));
    if (c.nis == selected) o->ShowSection("SELECTED");
  }
}

void add_organisations(soci::session& sql, Dictionary& d, const char* section, std::int64_t selected) {
  soci::rowset<soci::row> orgs = (sql.prepare << "SELECT id, name FROM organisations ORDER BY name, id LIMIT 2000");
  for (auto& r : orgs) {
    auto* o = d.AddSectionDictionary(section);
    o->SetIntValue("ID", as_int(r, 0));
    o->SetValue("NAME", as_text(r, 1));
    if (as_int(r, 0) == selected) o->ShowSection("SELECTED");
  }
}

std::string organisation_name(soci::session& sql, std::int64_t id) {
  std::string name;
  soci::indicator ind = soci::i_null;
  sql << "SELECT name FROM organisations WHERE id = :id", soci::use(id), soci::into(name, ind);
  return ind == soci::i_ok ? name : "";
}

std::string commune_name(const RequestContext& ctx, const std::string& nis) {
  auto* c = territory::snapshot(ctx.app.db)->commune(nis);
  return c ? c->name(ctx.lang) : "";
}

Team team_or_404(soci::session& sql, std::int64_t id) {
  auto t = find_team(sql, id);
  if (!t) throw not_found();
  return *t;
}

}  // namespace

// Fills the coded person's fields (shared with the person form).
void fill_person_fields(soci::session& sql, const RequestContext& ctx, Dictionary& d,
                        const std::string& age_band, const std::string& gender, const std::string& commune) {
  add_code_options(ctx, d, "AGE_BAND", helpdesk::age_bands(), age_band);
  add_code_options(ctx, d, "GENDER", helpdesk::genders(), gender);
  add_communes(sql, ctx, d, commune);
}

Response requests_page(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  struct View {
    Team team;
    std::vector<Request> requests;
    std::vector<Term> reasons, refusals;
  };
  auto v = audited_read(ctx, "caseload.requests.read", "caseload_team:" + std::to_string(id), [&](soci::session& sql) {
    require_member(ctx, id);
    View v{team_or_404(sql, id), {}, {}, {}};
    v.requests = team_requests(sql, id, 200);
    v.reasons = terms(sql, id, kReasons, false);
    v.refusals = terms(sql, id, kRefusals, false);
    return v;
  });
  Page page(ctx, "caseload/requests.tpl", N_("Requests"));
  auto& d = page.dict();
  d.SetIntValue("TEAM_ID", id);
  d.SetValue("TEAM_NAME", v.team.name);
  for (auto& r : v.requests) {
    auto* s = d.AddSectionDictionary("REQUEST");
    s->SetIntValue("ID", r.id);
    s->SetValue("CODE", r.person_code);
    s->SetValue("RECEIVED", ctx.app.i18n.date(ctx.lang, r.received_at));
    s->SetValue("REASON", term_label(ctx, v.reasons, r.reason));
    s->SetValue("DECISION", ctx.tr(code_label(decisions(), r.decision, N_("Waiting for a decision"))));
  }
  if (v.requests.empty()) d.ShowSection("NONE");
  return page.response();
}

namespace {
Response render_request_form(RequestContext& ctx, soci::session& sql, const Team& t, const FormErrors& errors,
                             bool findings_shown, int status) {
  Page page(ctx, "caseload/request_form.tpl", N_("New request"));
  auto& d = page.dict();
  d.SetIntValue("TEAM_ID", t.id);
  d.SetValue("TEAM_NAME", t.name);
  errors.show(ctx, d);
  if (status == 200) d.SetValue("RECEIVED_DATE", local_date_iso(now_seconds()));
  else echo_fields(ctx, d, {"received_date", "from_organisation_text", "person_code", "note"});
  add_organisations(sql, d, "ORGANISATION", to_id(ctx.f("from_organisation_id")));
  fill_sector_options(ctx, d, "SECTOR", *sectors(ctx.app.db, sql), ctx.f("from_sector"));
  fill_person_fields(sql, ctx, d, ctx.f("age_band"), ctx.f("gender"), ctx.f("commune"));
  add_term_options(ctx, d, "REASON", terms(sql, t.id, kReasons), {ctx.f("reason")});
  if (findings_shown) note_needs_confirmation(ctx, ctx.f("note"), d);
  return page.response(status);
}
}  // namespace

Response request_form(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  return render_request_form(ctx, sql, t, {}, false, 200);
}

Response request_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  FormErrors errors;
  Request r;
  r.team_id = id;
  auto at = parse_local(ctx.f("received_date"), "12:00");
  if (!at || *at > now_seconds() + 86400) errors.add("received_date", N_("Give the date of the request (not in the future)."));
  else r.received_at = *at;
  r.from_organisation_id = to_id(ctx.f("from_organisation_id"));
  if (r.from_organisation_id && organisation_name(sql, r.from_organisation_id).empty()) r.from_organisation_id = 0;
  r.from_organisation_text = clean_text(ctx.f("from_organisation_text"));
  if (utf8_length(r.from_organisation_text) > 200) errors.add("from_organisation_text", N_("At most 200 characters."));
  r.from_sector = ctx.f("from_sector");
  if (!r.from_sector.empty() && !sectors(ctx.app.db, sql)->offered(r.from_sector)) r.from_sector.clear();
  r.person_code = clean_text(ctx.f("person_code"));
  if (!valid_person_code(r.person_code))
    errors.add("person_code", N_("Give the person's code: 2 to 20 letters, digits, - or _, never a name."));
  r.age_band = is_code(helpdesk::age_bands(), ctx.f("age_band")) ? ctx.f("age_band") : "";
  r.gender = is_code(helpdesk::genders(), ctx.f("gender")) ? ctx.f("gender") : "";
  r.commune_nis = commune_name(ctx, ctx.f("commune")).empty() ? "" : ctx.f("commune");
  r.reason = find_term(sql, id, kReasons, ctx.f("reason")) ? ctx.f("reason") : "";
  r.note = clean_text(ctx.f("note"));
  if (utf8_length(r.note) > 1000) errors.add("note", N_("At most 1,000 characters."));
  r.created_by = ctx.user->id;
  if (!errors.empty()) return render_request_form(ctx, sql, t, errors, false, 422);
  {
    Dictionary probe("probe");
    if (note_needs_confirmation(ctx, r.note, probe)) return render_request_form(ctx, sql, t, errors, true, 422);
  }
  auto rid = ctx.app.db.transact([&](soci::session& tx) {
    auto rid = create_request(tx, r, now_seconds());
    audit(tx, ctx, "caseload.request.create", target_of(rid));
    return rid;
  });
  return Response::redirect("/caseload/requests/" + std::to_string(rid));
}

namespace {
struct RequestView {
  Request request;
  Team team;
  std::vector<AccessLogEntry> log;
};

RequestView read_request(RequestContext& ctx, std::int64_t id) {
  return audited_read(ctx, "caseload.request.read", target_of(id), [&](soci::session& sql) {
    auto r = find_request(sql, id);
    if (!r) throw not_found();
    require_member(ctx, r->team_id);
    return RequestView{*r, team_or_404(sql, r->team_id), access_log(sql, target_of(id), "caseload.")};
  });
}

Response render_request(RequestContext& ctx, const RequestView& v, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/request.tpl", N_("Request"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  const auto& r = v.request;
  page.set_title(ctx.tr(N_("Request")) + " " + r.person_code);
  errors.show(ctx, d);
  d.SetIntValue("ID", r.id);
  d.SetIntValue("TEAM_ID", v.team.id);
  d.SetValue("TEAM_NAME", v.team.name);
  d.SetValue("CODE", r.person_code);
  d.SetValue("RECEIVED", ctx.app.i18n.date(ctx.lang, r.received_at));
  d.SetValue("FROM", r.from_organisation_id ? organisation_name(sql, r.from_organisation_id) : r.from_organisation_text);
  d.SetValue("SECTOR", r.from_sector.empty() ? "" : sector_label(ctx, *sectors(ctx.app.db, sql), r.from_sector));
  d.SetValue("AGE_BAND", r.age_band.empty() ? "" : ctx.tr(code_label(helpdesk::age_bands(), r.age_band, "")));
  d.SetValue("GENDER", r.gender.empty() ? "" : ctx.tr(code_label(helpdesk::genders(), r.gender, "")));
  d.SetValue("COMMUNE", commune_name(ctx, r.commune_nis));
  auto reasons = terms(sql, v.team.id, kReasons, false);
  d.SetValue("REASON", r.reason.empty() ? "" : term_label(ctx, reasons, r.reason));
  if (!r.note.empty()) d.SetValueAndShowSection("NOTE", r.note, "HAS_NOTE");
  if (r.purged) d.ShowSection("PURGED");
  d.SetValue("DECISION", ctx.tr(code_label(decisions(), r.decision, N_("Waiting for a decision"))));
  if (r.decision == "refused")
    d.SetValueAndShowSection("REFUSAL", term_label(ctx, terms(sql, v.team.id, kRefusals, false), r.refusal_reason), "REFUSED");
  if (r.episode_id) d.SetValueAndShowSection("EPISODE_ID", std::to_string(r.episode_id), "ACCEPTED");
  for (auto sid : r.service_ids) {
    auto texts = directory::load_texts(sql, "service", sid);
    auto* s = d.AddSectionDictionary("SERVICE");
    s->SetIntValue("SERVICE_ID", sid);
    s->SetValue("NAME", directory::pick(texts["name"], ctx.lang == "qps" ? "en" : ctx.lang));
  }
  if (r.decision == "pending") {
    d.ShowSection("PENDING");
    d.SetValue("TODAY", local_date_iso(now_seconds()));
    add_term_options(ctx, d, "PROFILE", terms(sql, v.team.id, kProfiles), ctx.f_all("profile"));
    add_term_options(ctx, d, "INSTRUMENT", terms(sql, v.team.id, kInstruments), {ctx.f("instrument")});
    add_term_options(ctx, d, "REFUSAL_OPTION", terms(sql, v.team.id, kRefusals), {ctx.f("refusal_reason")});
    echo_fields(ctx, d, {"entry_score"});
    for (auto& m : members(sql, v.team.id)) {
      auto* o = d.AddSectionDictionary("WORKER");
      o->SetIntValue("ID", m.user_id);
      o->SetValue("NAME", m.name.empty() ? m.email : m.name);
      if (m.user_id == ctx.user->id) o->ShowSection("SELECTED");
    }
    // The orientation: services of the directory whose name holds the words typed.
    std::string q = clean_text(ctx.q("service_q"));
    d.SetValue("SERVICE_Q", q);
    if (!q.empty() && utf8_length(q) <= 100) {
      std::string like = "%" + q + "%";
      soci::rowset<soci::row> rs =
          (sql.prepare << "SELECT DISTINCT t.record_id, t.value FROM directory_texts t WHERE t.record_type = 'service' "
                          "AND t.field = 'name' AND LOWER(t.value) LIKE LOWER(:q) ORDER BY t.value LIMIT 20",
           soci::use(like));
      int found = 0;
      for (auto& row : rs) {
        auto* s = d.AddSectionDictionary("FOUND");
        s->SetIntValue("SERVICE_ID", as_int(row, 0));
        s->SetValue("NAME", as_text(row, 1));
        ++found;
      }
      d.ShowSection(found ? "HAS_FOUND" : "NOTHING_FOUND");
    }
  }
  for (auto& a : v.log) {
    auto* s = d.AddSectionDictionary("ACCESS");
    s->SetValue("AT", ctx.app.i18n.datetime(ctx.lang, a.at));
    s->SetValue("WHO", a.user_name);
    s->SetValue("ACTION", a.action);
  }
  return page.response(status);
}
}  // namespace

Response request_page(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  return render_request(ctx, read_request(ctx, id), {}, 200);
}

Response request_accept(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_request(ctx, id);
  if (v.request.decision != "pending") throw HttpError{409, N_("This request has been decided already.")};
  soci::session sql(ctx.app.db.pool());
  FormErrors errors;
  Episode e;
  e.team_id = v.team.id;
  e.request_id = id;
  e.person_code = v.request.person_code;
  e.age_band = v.request.age_band;
  e.gender = v.request.gender;
  e.commune_nis = v.request.commune_nis;
  e.worker_user_id = to_id(ctx.f("worker"));
  bool worker_ok = false;
  for (auto& m : members(sql, v.team.id)) worker_ok = worker_ok || m.user_id == e.worker_user_id;
  if (!worker_ok) e.worker_user_id = ctx.user->id;
  auto start = parse_local(ctx.f("started_date"), "12:00");
  if (!start) errors.add("started_date", N_("Give the date the follow-up starts."));
  else e.started_at = *start;
  for (auto& p : ctx.f_all("profile"))
    if (find_term(sql, v.team.id, kProfiles, p)) e.profiles.push_back(p);
  std::optional<EntryScore> entry;
  if (!ctx.f("entry_score").empty()) {
    auto instrument = find_term(sql, v.team.id, kInstruments, ctx.f("instrument"));
    auto score = to_int(ctx.f("entry_score"));
    if (!instrument || !score || *score < instrument->min_value || *score > instrument->max_value)
      errors.add("entry_score", N_("The score is out of the instrument's range."));
    else entry = EntryScore{instrument->code, *score, e.started_at};
  }
  if (!errors.empty()) return render_request(ctx, v, errors, 422);
  auto eid = ctx.app.db.transact([&](soci::session& tx) {
    auto eid = create_episode(tx, e, entry, ctx.user->id, now_seconds());
    audit(tx, ctx, "caseload.request.accept", target_of(id), "caseload_episode:" + std::to_string(eid));
    return eid;
  });
  return Response::redirect("/caseload/people/" + std::to_string(eid));
}

Response request_refuse(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_request(ctx, id);
  if (v.request.decision != "pending") throw HttpError{409, N_("This request has been decided already.")};
  soci::session sql(ctx.app.db.pool());
  if (!find_term(sql, v.team.id, kRefusals, ctx.f("refusal_reason"))) {
    FormErrors errors;
    errors.add("refusal_reason", N_("Choose the reason of the refusal."));
    return render_request(ctx, v, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    refuse_request(tx, v.request, ctx.f("refusal_reason"), now_seconds());
    audit(tx, ctx, "caseload.request.refuse", target_of(id), ctx.f("refusal_reason"));
  });
  return Response::redirect("/caseload/requests/" + std::to_string(id));
}

Response request_orient(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto v = read_request(ctx, id);
  if (v.request.decision != "pending") throw HttpError{409, N_("This request has been decided already.")};
  soci::session sql(ctx.app.db.pool());
  std::vector<std::int64_t> services;
  for (auto& s : ctx.f_all("service_id")) {
    auto sid = to_id(s);
    int n = 0;
    sql << "SELECT COUNT(*) FROM directory_services WHERE id = :id", soci::use(sid), soci::into(n);
    if (n) services.push_back(sid);
  }
  if (services.empty()) {
    FormErrors errors;
    errors.add("service_q", N_("Find and tick at least one service of the directory."));
    return render_request(ctx, v, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    orient_request(tx, v.request, services, now_seconds());
    audit(tx, ctx, "caseload.request.orient", target_of(id));
  });
  return Response::redirect("/caseload/requests/" + std::to_string(id));
}

}  // namespace maillage::caseload
