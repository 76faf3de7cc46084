// Logging contacts: one contact in a few seconds on a phone (the worker's people first, today and now, the
// type, the duration, alone or in pair, held or missed, the reasons by life domain), and a week of contacts
// typed from a list, one row each. A missed appointment is a contact of its type marked absent or cancelled.
#include <algorithm>

#include "caseload/handlers.hpp"
#include "caseload/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/views.hpp"

namespace maillage::caseload {

namespace {

constexpr int kWeekRows = 10;

Team team_or_404(soci::session& sql, std::int64_t id) {
  auto t = find_team(sql, id);
  if (!t) throw not_found();
  return *t;
}

// The team's open people, the caller's first.
std::vector<EpisodeLine> people_for(soci::session& sql, std::int64_t team_id, std::int64_t user_id) {
  auto all = open_episodes(sql, team_id);
  std::stable_partition(all.begin(), all.end(), [&](const EpisodeLine& e) { return e.worker_user_id == user_id; });
  return all;
}

void add_people(Dictionary& d, const char* section, const std::vector<EpisodeLine>& people,
                std::int64_t user_id, std::int64_t selected) {
  for (auto& p : people) {
    auto* o = d.AddSectionDictionary(section);
    o->SetIntValue("EPISODE_ID", p.id);
    o->SetValue("CODE", p.person_code);
    if (p.worker_user_id == user_id) o->ShowSection("MINE");
    if (p.id == selected) o->ShowSection("SELECTED");
  }
}

// Reads one contact from the form fields with `suffix` ("" for the quick form, "_3" for the week's row 3).
// Adds its errors under the same field names.
struct ParsedContact {
  Contact contact;
  bool blank = false;  // a week row left empty
};
ParsedContact parse_contact(const RequestContext& ctx, soci::session& sql, const Team& t, const std::string& suffix,
                            FormErrors& errors, bool may_be_blank) {
  ParsedContact p;
  auto& c = p.contact;
  c.team_id = t.id;
  c.episode_id = to_id(ctx.f("episode" + suffix));
  if (may_be_blank && !c.episode_id) {
    p.blank = true;
    return p;
  }
  static const std::string names[] = {"episode", "date", "type", "duration", "reasons"};
  auto field = [&](int i) { return names[i] + suffix; };
  auto e = c.episode_id ? find_episode(sql, c.episode_id) : std::nullopt;
  if (!e || e->team_id != t.id) errors.add(field(0), N_("Choose a person the team follows."));
  auto at = parse_local(ctx.f("date" + suffix), ctx.f("time" + suffix));
  if (!at || *at > now_seconds() + 86400) errors.add(field(1), N_("Give the date of the contact (not in the future)."));
  else c.occurred_at = *at;
  if (e && at && *at < e->started_at - 86400) errors.add(field(1), N_("The contact is before the start of the follow-up."));
  c.contact_type = ctx.f("type" + suffix);
  auto type = find_term(sql, t.id, kContactTypes, c.contact_type);
  if (!type || !type->active) errors.add(field(2), N_("Choose the type of contact."));
  auto minutes = to_int(ctx.f("duration" + suffix));
  if (!minutes || *minutes < 0 || *minutes > 720) errors.add(field(3), N_("Give the duration in minutes (0 to 720)."));
  else c.duration_minutes = *minutes;
  c.workers = ctx.f("workers" + suffix) == "2" ? 2 : 1;
  c.missed = ctx.f("missed" + suffix);
  if (!c.missed.empty() && !is_code(missed_kinds(), c.missed)) c.missed.clear();
  for (auto& r : ctx.f_all("reasons" + suffix)) {
    if (find_term(sql, t.id, kReasons, r)) c.reasons.push_back(r);
  }
  c.note = clean_text(ctx.f("note" + suffix));
  if (utf8_length(c.note) > 1000) errors.add("note" + suffix, N_("At most 1,000 characters."));
  c.worker_user_id = ctx.user->id;
  return p;
}

Response render_contact_form(RequestContext& ctx, soci::session& sql, const Team& t, const FormErrors& errors,
                             bool check_note, int status) {
  Page page(ctx, "caseload/contact_form.tpl", N_("Log a contact"));
  auto& d = page.dict();
  errors.show(ctx, d);
  d.SetIntValue("TEAM_ID", t.id);
  d.SetValue("TEAM_NAME", t.name);
  std::int64_t now = now_seconds();
  std::int64_t selected = to_id(status == 200 ? ctx.q("episode") : ctx.f("episode"));
  add_people(d, "PERSON", people_for(sql, t.id, ctx.user->id), ctx.user->id, selected);
  bool fresh = status == 200;
  d.SetValue("DATE", fresh ? local_date_iso(now) : ctx.f("date"));
  d.SetValue("TIME", fresh ? local_time_hm(now) : ctx.f("time"));
  d.SetValue("DURATION", fresh ? "45" : ctx.f("duration"));
  if (!fresh) d.SetValue("NOTE", ctx.f("note"));
  std::string type = fresh ? "home_visit" : ctx.f("type");
  add_term_options(ctx, d, "TYPE", terms(sql, t.id, kContactTypes), {type});
  d.ShowSection(ctx.f("workers") == "2" ? "PAIR_CHECKED" : "ALONE_CHECKED");
  std::string missed = fresh ? "" : ctx.f("missed");
  if (missed.empty()) d.ShowSection("HELD_CHECKED");
  for (auto& m : missed_kinds()) {
    auto* o = d.AddSectionDictionary("MISSED");
    o->SetValue("CODE", m.code);
    o->SetValue("LABEL", ctx.tr(m.label));
    if (missed == m.code) o->ShowSection("SELECTED");
  }
  add_term_options(ctx, d, "REASON", terms(sql, t.id, kReasons), fresh ? std::vector<std::string>{} : ctx.f_all("reasons"));
  if (check_note) note_needs_confirmation(ctx, ctx.f("note"), d);
  return page.response(status);
}

}  // namespace

Response contact_form(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  return render_contact_form(ctx, sql, t, {}, false, 200);
}

Response contact_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  FormErrors errors;
  auto p = parse_contact(ctx, sql, t, "", errors, false);
  if (!errors.empty()) return render_contact_form(ctx, sql, t, errors, false, 422);
  {
    Dictionary probe("probe");
    if (note_needs_confirmation(ctx, p.contact.note, probe)) return render_contact_form(ctx, sql, t, errors, true, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    auto cid = add_contact(tx, p.contact, now_seconds());
    audit(tx, ctx, "caseload.contact.create", "caseload_episode:" + std::to_string(p.contact.episode_id),
          "contact:" + std::to_string(cid));
  });
  ctx.flash(p.contact.missed.empty() ? N_("The contact is saved.") : N_("The missed appointment is saved."));
  return Response::redirect(team_url(id));
}

namespace {
Response render_week(RequestContext& ctx, soci::session& sql, const Team& t, const FormErrors& errors, int status) {
  Page page(ctx, "caseload/week.tpl", N_("A week of contacts"));
  auto& d = page.dict();
  errors.show(ctx, d);
  d.SetIntValue("TEAM_ID", t.id);
  d.SetValue("TEAM_NAME", t.name);
  auto people = people_for(sql, t.id, ctx.user->id);
  auto types = terms(sql, t.id, kContactTypes);
  auto reasons = terms(sql, t.id, kReasons);
  bool fresh = status == 200;
  std::string today = local_date_iso(now_seconds());
  for (int i = 1; i <= kWeekRows; ++i) {
    std::string s = "_" + std::to_string(i);
    auto* row = d.AddSectionDictionary("ROW");
    row->SetIntValue("N", i);
    add_people(*row, "PERSON", people, ctx.user->id, fresh ? 0 : to_id(ctx.f("episode" + s)));
    row->SetValue("DATE", fresh ? today : ctx.f("date" + s));
    row->SetValue("DURATION", fresh ? "45" : ctx.f("duration" + s));
    add_term_options(ctx, *row, "TYPE", types, {fresh ? std::string("home_visit") : ctx.f("type" + s)});
    if (!fresh && ctx.f("workers" + s) == "2") row->ShowSection("PAIR_CHECKED");
    std::string missed = fresh ? "" : ctx.f("missed" + s);
    for (auto& m : missed_kinds()) {
      auto* o = row->AddSectionDictionary("MISSED");
      o->SetValue("CODE", m.code);
      o->SetValue("LABEL", ctx.tr(m.label));
      if (missed == m.code) o->ShowSection("SELECTED");
    }
    add_term_options(ctx, *row, "REASON", reasons, fresh ? std::vector<std::string>{} : ctx.f_all("reasons" + s));
  }
  return page.response(status);
}
}  // namespace

Response week_form(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  return render_week(ctx, sql, t, {}, 200);
}

Response week_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  require_member(ctx, id);
  auto t = team_or_404(sql, id);
  FormErrors errors;
  std::vector<Contact> contacts;
  for (int i = 1; i <= kWeekRows; ++i) {
    auto p = parse_contact(ctx, sql, t, "_" + std::to_string(i), errors, true);
    if (!p.blank) contacts.push_back(p.contact);
  }
  if (contacts.empty() && errors.empty()) errors.add("episode_1", N_("Choose a person on at least one row."));
  if (!errors.empty()) return render_week(ctx, sql, t, errors, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    for (auto& c : contacts) {
      auto cid = add_contact(tx, c, now_seconds());
      audit(tx, ctx, "caseload.contact.create", "caseload_episode:" + std::to_string(c.episode_id),
            "contact:" + std::to_string(cid));
    }
  });
  ctx.flash(N_("The contacts are saved."));
  return Response::redirect(team_url(id));
}

}  // namespace maillage::caseload
