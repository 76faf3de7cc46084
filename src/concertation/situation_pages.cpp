// The follow-up table and the situation page: present a situation (coded, with the identifying-data check on
// every free text), its agreements and their steps, whether the person was informed, the case manager, closing
// with a coded outcome, the decision tree before an agreement with an organisation outside the group, erasure
// on the person's request. Only active members bound by professional secrecy pass; every read and every change
// goes through audited_read, and the presenter sees who read the situation.
#include <algorithm>

#include "concertation/handlers.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "concertation/views.hpp"
#include "directory/model.hpp"
#include "directory/texts.hpp"
#include "helpdesk/views.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/pager.hpp"
#include "platform/protected_records.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::concertation {

using helpdesk::brussels_datetime;
using helpdesk::fill_codes;
using helpdesk::fill_findings;
using helpdesk::label_of;

namespace {

struct FormState {
  std::string form;  // "situation", "edit", "agreement", "close", "share", "erase"
  FormErrors errors;
  std::vector<IdentifyingFinding> findings;
  bool share_needed = false;  // an agreement with an organisation outside the group waits for the decision tree
};

std::string themes_text(const std::vector<std::string>& codes, const std::map<std::string, std::string>& labels) {
  std::string out;
  for (auto& t : codes) {
    auto it = labels.find(t);
    out += (out.empty() ? "" : ", ") + (it == labels.end() ? t : it->second);
  }
  return out;
}

std::string codes_text(const RequestContext& ctx, CodeList list, const std::vector<std::string>& codes) {
  std::string out;
  for (auto& c : codes) out += (out.empty() ? "" : ", ") + label_of(ctx, list, c);
  return out;
}

// The situation's coded fields, its summary and how the person was informed, from the form.
Situation situation_from_form(const RequestContext& ctx, Situation s) {
  s.code = clean_text(ctx.f("code"));
  s.age_band = ctx.f("age_band");
  s.gender = ctx.f("gender");
  s.postal_code = clean_text(ctx.f("postal_code"));
  s.quarter_code = ctx.f("quarter_code");
  s.themes.clear();
  for (auto& t : ctx.f_all("theme"))
    if (!t.empty() && t.size() <= 60) s.themes.push_back(t);
  s.life_domains = ctx.f_all("life_domain");
  s.summary = clean_text(ctx.f("summary"));
  s.informed = ctx.f("informed");
  s.informed_how = clean_text(ctx.f("informed_how"));
  s.case_manager_user_id = to_id(ctx.f("case_manager"));
  return s;
}

// The fields of the situation form (new, or edit), with what was typed.
void fill_situation_form(const RequestContext& ctx, soci::session& sql, Dictionary& page,
                         const Situation& s, const std::vector<Member>& members, const FormErrors& errors) {
  // The same fields for a new situation and an edit, included in both pages (an include sees only
  // template-global values: its errors are shown in it).
  auto& d = *page.AddIncludeDictionary("SITUATION_FIELDS");
  d.SetFilename(Views::key(ctx.lang, "concertation/situation_fields.tpl"));
  errors.show(ctx, d);
  std::string lang = lang_of(ctx);
  d.SetValue("CODE_TYPED", s.code);
  fill_codes(ctx, d, "AGE_OPTION", age_bands(), s.age_band);
  fill_codes(ctx, d, "GENDER_OPTION", genders(), s.gender);
  d.SetValue("POSTAL_CODE", s.postal_code);
  soci::rowset<soci::row> rs = sql.prepare << "SELECT code, name_fr, name_nl FROM quarters ORDER BY name_fr LIMIT 500";
  for (auto& r : rs) {
    auto* o = d.AddSectionDictionary("QUARTER_OPTION");
    o->SetValue("CODE", as_text(r, 0));
    o->SetValue("LABEL", lang == "nl" ? as_text(r, 2) : as_text(r, 1));
    if (s.quarter_code == as_text(r, 0)) o->ShowSection("SELECTED");
  }
  for (auto& t : directory::list_terms(sql, "themes")) {
    auto* o = d.AddSectionDictionary("THEME_OPTION");
    o->SetValue("CODE", t.code);
    o->SetValue("LABEL", directory::pick(t.label, lang));
    if (std::find(s.themes.begin(), s.themes.end(), t.code) != s.themes.end()) o->ShowSection("SELECTED");
  }
  fill_codes(ctx, d, "DOMAIN_OPTION", life_domains(), s.life_domains);
  d.SetValue("SUMMARY_TYPED", s.summary);
  fill_codes(ctx, d, "INFORMED_OPTION", informed_values(), s.informed);
  d.SetValue("INFORMED_HOW_TYPED", s.informed_how);
  for (auto& m : members) {
    if (!m.active) continue;
    auto* o = d.AddSectionDictionary("CASE_MANAGER_OPTION");
    o->SetIntValue("USER_ID", m.user_id);
    o->SetValue("NAME", m.name + " (" + m.organisation_name + ")");
    if (m.user_id == s.case_manager_user_id) o->ShowSection("SELECTED");
  }
}

// Where the page is in the table, the previous and next pages, and the choice of rows per page (plain links and
// a GET form: no script needed; print shows the rows of the page and which ones they are).
void fill_pages(Dictionary& d, std::int64_t group_id, const FollowUpPage& t) {
  if (t.rows.empty()) return;
  d.SetIntValue("FIRST", t.first());
  d.SetIntValue("LAST", t.last());
  d.SetIntValue("TOTAL", t.total);
  std::string base = "/concertation/groups/" + std::to_string(group_id) + "/situations?";
  if (t.page_size != kFollowUpPageSize) base += "size=" + std::to_string(t.page_size) + "&";
  fill_pager(d, t.page, t.pages(), [&](int n) { return base + "page=" + std::to_string(n); });
  bool listed = false;
  for (int size : {kFollowUpPageSize, 100, 200, kFollowUpMaxPageSize}) {
    auto* o = d.AddSectionDictionary("SIZE_OPTION");
    o->SetIntValue("SIZE", size);
    if (size == t.page_size) o->ShowSection("SELECTED"), listed = true;
  }
  if (!listed) {
    auto* o = d.AddSectionDictionary("SIZE_OPTION");
    o->SetIntValue("SIZE", t.page_size);
    o->ShowSection("SELECTED");
  }
}

Response render_table(RequestContext& ctx, soci::session& sql, const Group& g, const Standing& st, const Situation& typed,
                      const FormState& state, int status) {
  Page page(ctx, "concertation/situations.tpl", N_("Follow-up table"));
  page.set_title(ctx.tr(N_("Follow-up table")) + " · " + g.name);
  auto& d = page.dict();
  fill_group_header(ctx, d, g, st);
  std::int64_t now = now_seconds();
  auto outcomes = outcomes_of(sql, g.id);
  std::string lang = lang_of(ctx);
  auto snap = territory::snapshot(ctx.app.db);
  // One page of the table (50 rows unless the reader asks for up to 500), with links to the pages around it.
  int page_no = asked_page(ctx.q("page")), page_size = kFollowUpPageSize;
  try { page_size = std::stoi(ctx.q("size")); } catch (...) {}
  auto table = follow_up_page(sql, g.id, now, page_no, page_size);
  if (table.rows.empty()) d.ShowSection("NO_HAS_ROWS");
  fill_pages(d, g.id, table);
  for (auto& r : table.rows) {
    auto* o = d.AddSectionDictionary("ROW");
    o->SetIntValue("ID", r.id);
    o->SetValue("CODE", r.code);
    o->SetValue("STATUS", label_of(ctx, situation_statuses(), r.status));
    o->SetValue("PERSON", label_of(ctx, age_bands(), r.age_band) + " · " + label_of(ctx, genders(), r.gender));
    for (auto& b : snap->bassins)
      if (b.slug == r.bassin_slug) o->SetValue("BASSIN", b.name(lang));
    o->SetValue("PRESENTED", local_date_iso(r.created_at));
    o->SetIntValue("OPEN", r.open_agreements);
    if (r.overdue_agreements) {
      o->SetIntValue("OVERDUE_N", r.overdue_agreements);
      o->ShowSection("OVERDUE");
    }
    o->SetValue("LAST_MEETING", r.last_meeting_at ? local_date_iso(r.last_meeting_at) : "");
    if (r.status == "closed") o->SetValue("OUTCOME", outcome_label(outcomes, r.outcome, lang));
    if (r.informed != "yes" && r.status != "closed") o->ShowSection("NOT_INFORMED");
    d.ShowSection("HAS_ROWS");
  }
  if (table.to_inform) d.SetIntValue("TO_INFORM", table.to_inform), d.ShowSection("HAS_TO_INFORM");
  for (auto& m : upcoming_meetings(sql, g.id, now)) {
    auto* o = d.AddSectionDictionary("MEETING_OPTION");
    o->SetIntValue("MEETING_ID", m.id);
    o->SetValue("WHEN", brussels_datetime(m.starts_at));
    if (ctx.f("meeting") == std::to_string(m.id) || ctx.q("meeting") == std::to_string(m.id)) o->ShowSection("SELECTED");
  }
  fill_situation_form(ctx, sql, d, typed, members_of(sql, g.id), state.errors);
  state.errors.show(ctx, d);
  fill_findings(ctx, d, state.findings);
  return page.response(status);
}

struct Read {
  Situation s;
  Group g;
  Standing st;
};

Read read_situation(const RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto s = find_situation(sql, id);
  if (!s) throw not_found();
  auto g = group_or_404(sql, s->group_id);
  auto st = standing_of(ctx, sql, g.id);
  require_reader(st);
  return {*s, g, st};
}

Response render_situation(RequestContext& ctx, soci::session& sql, const Read& r, const FormState& state, int status) {
  const auto& s = r.s;
  const auto& g = r.g;
  std::string lang = lang_of(ctx);
  std::int64_t now = now_seconds();
  Page page(ctx, "concertation/situation.tpl", N_("Situation"));
  page.set_title(ctx.tr(N_("Situation")) + " " + s.code);
  auto& d = page.dict();
  fill_group_header(ctx, d, g, r.st);
  auto members = members_of(sql, g.id);
  auto outcomes = outcomes_of(sql, g.id);
  auto labels = directory::cached_term_labels(ctx.app.db, lang);
  d.SetIntValue("ID", s.id);
  d.SetValue("CODE", s.code);
  d.SetValue("STATUS", label_of(ctx, situation_statuses(), s.status));
  d.SetValue("PRESENTER", s.presenter_name + (s.presenter_organisation.empty() ? "" : " (" + s.presenter_organisation + ")"));
  d.SetValue("PRESENTED", local_date_iso(s.created_at));
  d.SetValue("AGE", label_of(ctx, age_bands(), s.age_band));
  d.SetValue("GENDER", label_of(ctx, genders(), s.gender));
  std::string place = s.postal_code;
  auto snap = territory::snapshot(ctx.app.db);
  if (auto* c = snap->commune(s.commune_nis)) place += (place.empty() ? "" : " ") + c->name(lang);
  if (!s.quarter_code.empty()) {
    std::string q;
    soci::indicator ind = soci::i_null;
    sql << std::string("SELECT ") + (lang == "nl" ? "name_nl" : "name_fr") + " FROM quarters WHERE code = :c",
        soci::use(s.quarter_code), soci::into(q, ind);
    if (sql.got_data() && ind == soci::i_ok) place += (place.empty() ? "" : " · ") + q;
  }
  for (auto& b : snap->bassins)
    if (b.slug == s.bassin_slug) place += (place.empty() ? "" : " · ") + b.name(lang);
  d.SetValue("PLACE", place);
  d.SetValue("THEMES", themes_text(s.themes, *labels));
  d.SetValue("DOMAINS", codes_text(ctx, life_domains(), s.life_domains));
  d.SetValue("SUMMARY", s.summary);
  if (s.informed == "yes") {
    d.ShowSection("INFORMED_YES");
    d.SetValue("INFORMED_HOW", s.informed_how);
    d.SetValue("INFORMED_BY", s.informed_by_name);
  } else if (s.informed == "no") {
    d.ShowSection("INFORMED_NO");
    d.SetValue("INFORMED_HOW", s.informed_how);
  } else {
    d.ShowSection("INFORMED_UNKNOWN");
  }
  if (s.case_manager_user_id) d.SetValueAndShowSection("CASE_MANAGER", s.case_manager_name, "HAS_CASE_MANAGER");
  if (s.purged_at) d.SetValueAndShowSection("PURGED_AT", local_date_iso(s.purged_at), "PURGED");
  if (s.closed()) {
    d.SetValueAndShowSection("OUTCOME", outcome_label(outcomes, s.outcome, lang), "CLOSED");
    d.SetValue("CLOSED_AT", local_date_iso(s.closed_at));
    d.SetValue("PURGE_DATE", local_date_iso(purge_date(s, g.retention_months)));
    if (!s.purged_at) d.ShowSection("REOPEN");
  } else {
    d.ShowSection("OPEN");
    d.SetIntValue("RETENTION_MONTHS", g.retention_months);
    for (auto& o : outcomes_of(sql, g.id, true)) {
      auto* e = d.AddSectionDictionary("OUTCOME_OPTION");
      e->SetValue("CODE", o.code);
      e->SetValue("LABEL", o.label(lang));
    }
  }
  // Agreements, with the steps a member may take.
  auto agreements = agreements_of(sql, s.id);
  if (agreements.empty()) d.ShowSection("NO_HAS_AGREEMENTS");
  for (auto& a : agreements) {
    auto* o = d.AddSectionDictionary("AGREEMENT");
    o->SetIntValue("AGREEMENT_ID", a.id);
    o->SetValue("WHAT", a.what);
    o->SetValue("WHO", a.who_name);
    o->SetValue("DUE", a.due_at ? local_date_iso(a.due_at) : "");
    o->SetValue("AGREEMENT_STATUS", label_of(ctx, agreement_statuses(), a.status));
    if (a.overdue(now)) o->ShowSection("OVERDUE");
    if (a.status == "proposed") o->ShowSection("MAY_CONCLUDE");
    if (a.open()) o->ShowSection("MAY_FINISH");
    d.ShowSection("HAS_AGREEMENTS");
  }
  for (auto& m : members) {
    if (!m.active) continue;
    auto* o = d.AddSectionDictionary("WHO_MEMBER");
    o->SetIntValue("USER_ID", m.user_id);
    o->SetValue("NAME", m.name + " (" + m.organisation_name + ")");
    if (ctx.f("who") == "user:" + std::to_string(m.user_id)) o->ShowSection("SELECTED");
  }
  soci::rowset<soci::row> orgs = sql.prepare << "SELECT id, name FROM organisations ORDER BY name LIMIT 2000";
  for (auto& row : orgs) {
    std::int64_t id = as_int(row, 0);
    bool member_org = std::any_of(members.begin(), members.end(), [&](auto& m) { return m.organisation_id == id; });
    auto* o = d.AddSectionDictionary(member_org ? "WHO_ORGANISATION" : "WHO_OUTSIDE");
    o->SetIntValue("ORGANISATION_ID", id);
    o->SetValue("NAME", as_text(row, 1));
    if (ctx.f("who") == "organisation:" + std::to_string(id)) o->ShowSection("SELECTED");
    if (!member_org) {
      auto* p = d.AddSectionDictionary("SHARE_ORGANISATION");
      p->SetIntValue("ORGANISATION_ID", id);
      p->SetValue("NAME", as_text(row, 1));
      if (ctx.f("share_organisation") == std::to_string(id) || ctx.f("who") == "organisation:" + std::to_string(id))
        p->ShowSection("SELECTED");
    }
  }
  d.SetValue("WHAT_TYPED", state.form == "agreement" ? ctx.f("what") : "");
  d.SetValue("DUE_TYPED", state.form == "agreement" ? ctx.f("due") : "");
  for (auto& dec : sharing_decisions_of(sql, s.id)) {
    auto* o = d.AddSectionDictionary("DECISION");
    o->SetValue("AT", brussels_datetime(dec.recorded_at));
    o->SetValue("BY", dec.recorded_by_name);
    o->SetValue("ORGANISATION", dec.organisation_name);
    o->SetValue("VITAL", ctx.tr(dec.vital_interest ? N_("Yes") : N_("No")));
    o->SetValue("CONSENT", ctx.tr(dec.consent ? N_("Yes") : N_("No")));
    o->SetValue("CONFLICT", ctx.tr(dec.conflict_of_interests ? N_("Yes") : N_("No")));
    o->SetValue("DECISION", label_of(ctx, sharing_decisions(), dec.decision));
    d.ShowSection("HAS_DECISIONS");
  }
  // The minutes of the meetings that discussed it.
  soci::rowset<soci::row> items =
      (sql.prepare << "SELECT m.id, m.starts_at, i.minutes, i.is_new FROM concertation_meeting_items i JOIN "
                      "concertation_meetings m ON m.id = i.meeting_id WHERE i.situation_id = :s ORDER BY m.starts_at",
       soci::use(s.id));
  for (auto& row : items) {
    auto* o = d.AddSectionDictionary("DISCUSSED");
    o->SetIntValue("MEETING_ID", as_int(row, 0));
    o->SetValue("WHEN", local_date_iso(as_int(row, 1)));
    o->SetValue("MINUTES", as_text(row, 2));
    if (as_int(row, 3)) o->ShowSection("WAS_NEW");
    d.ShowSection("HAS_DISCUSSED");
  }
  Situation typed = state.form == "edit" ? situation_from_form(ctx, s) : s;
  fill_situation_form(ctx, sql, d, typed, members, state.form == "edit" ? state.errors : FormErrors{});
  // The presenter sees who read the situation they presented.
  if (s.presenter_user_id == ctx.user->id) {
    d.ShowSection("IS_PRESENTER");
    for (auto& a : access_log(sql, situation_target(s.id), "concertation.situation.", 100)) {
      auto* o = d.AddSectionDictionary("ACCESS");
      o->SetValue("AT", brussels_datetime(a.at));
      o->SetValue("WHO", a.user_name);
      o->SetValue("ACTION", a.action);
    }
  }
  if (s.presenter_user_id == ctx.user->id || r.st.organiser) d.ShowSection("MAY_ERASE");
  if (!state.form.empty()) {
    state.errors.show(ctx, d);
    auto* f = d.AddSectionDictionary(state.form == "agreement" ? "AGREEMENT_FINDINGS" : "EDIT_FINDINGS");
    fill_findings(ctx, *f, state.findings);
    if (state.share_needed) d.ShowSection("SHARE_NEEDED");
  }
  return page.response(status);
}

// A change to a situation, read and made in one audited transaction.
template <class Fn>
Response act(RequestContext& ctx, const std::string& action, Fn&& change) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.situation." + action, situation_target(id), [&](soci::session& sql) {
    auto r = read_situation(ctx, sql, id);
    return change(sql, r);
  });
}

Response back_to(std::int64_t id, const std::string& anchor = "") {
  return Response::redirect("/concertation/situations/" + std::to_string(id) + (anchor.empty() ? "" : "#" + anchor));
}

// Checks a situation's form: the coded fields, the free text bounded and checked for identifying data.
void check_form(const RequestContext& ctx, soci::session& sql, const Situation& s, FormState& state) {
  for (auto& [field, msgid] : check_situation(sql, s)) state.errors.add(field, msgid);
  auto f1 = check_free_text(ctx, state.errors, "summary", s.summary, kMaxSummaryChars, false);
  auto f2 = check_free_text(ctx, state.errors, "informed_how", s.informed_how, kMaxAgreementChars, false);
  state.findings = f1;
  state.findings.insert(state.findings.end(), f2.begin(), f2.end());
  auto f3 = find_identifying_data(s.code);
  if (!f3.empty() && ctx.f("confirm_not_person") != "1") {
    state.errors.add("code", N_("The code seems to hold identifying data: choose a code that names nobody."));
    state.findings.insert(state.findings.end(), f3.begin(), f3.end());
  }
  if (s.case_manager_user_id) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM concertation_members WHERE group_id = :g AND user_id = :u", soci::use(s.group_id),
        soci::use(s.case_manager_user_id), soci::into(n);
    if (!n) state.errors.add("case_manager", N_("The case manager is a member of the group."));
  }
}

}  // namespace

Response situations_page(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.followup.read", group_target(id), [&](soci::session& sql) {
    auto g = group_or_404(sql, id);
    auto st = standing_of(ctx, sql, g.id);
    require_reader(st);
    Situation blank;
    return render_table(ctx, sql, g, st, blank, {}, 200);
  });
}

Response situation_create(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.situation.create", group_target(id), [&](soci::session& sql) {
    auto g = group_or_404(sql, id);
    auto st = standing_of(ctx, sql, g.id);
    require_reader(st);
    Situation s = situation_from_form(ctx, {});
    s.group_id = g.id;
    s.presenter_user_id = ctx.user->id;
    s.presenter_organisation_id = st.member->organisation_id;
    if (s.informed == "yes" || s.informed == "no") s.informed_by = ctx.user->id;
    FormState state;
    state.form = "situation";
    check_form(ctx, sql, s, state);
    std::int64_t meeting = to_id(ctx.f("meeting"));
    std::optional<Meeting> m;
    if (meeting) {
      m = find_meeting(sql, meeting);
      if (!m || m->group_id != g.id) state.errors.add("meeting", N_("Choose a meeting of the group."));
    }
    if (!state.errors.empty()) return render_table(ctx, sql, g, st, s, state, 422);
    std::int64_t now = now_seconds();
    auto sid = create_situation(sql, s, now);
    if (m) put_on_agenda(sql, m->id, sid, true, now);
    audit(sql, ctx, "concertation.situation.create", situation_target(sid));
    ctx.flash(N_("The situation is in the follow-up table."));
    return back_to(sid);
  });
}

Response situation_page(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.situation.read", situation_target(id), [&](soci::session& sql) {
    auto r = read_situation(ctx, sql, id);
    return render_situation(ctx, sql, r, {}, 200);
  });
}

Response situation_update(RequestContext& ctx) {
  return act(ctx, "update", [&](soci::session& sql, Read& r) {
    if (r.s.purged_at) throw forbidden();
    Situation s = situation_from_form(ctx, r.s);
    FormState state;
    state.form = "edit";
    check_form(ctx, sql, s, state);
    if (!state.errors.empty()) return render_situation(ctx, sql, r, state, 422);
    // Who recorded that the person was informed: the member who changed it.
    if (s.informed != r.s.informed || s.informed_how != r.s.informed_how) s.informed_by = s.informed.empty() ? 0 : ctx.user->id;
    update_situation(sql, s, now_seconds());
    ctx.flash(N_("The situation is saved."));
    return back_to(s.id);
  });
}

Response situation_close(RequestContext& ctx) {
  return act(ctx, "close", [&](soci::session& sql, Read& r) {
    std::string outcome = ctx.f("outcome");
    auto list = outcomes_of(sql, r.g.id, true);
    bool known = std::any_of(list.begin(), list.end(), [&](auto& o) { return o.code == outcome; });
    if (!known || r.s.closed()) {
      FormState state;
      state.form = "close";
      state.errors.add("outcome", N_("Choose the outcome of the concertation."));
      return render_situation(ctx, sql, r, state, 422);
    }
    close_situation(sql, r.s.id, outcome, now_seconds());
    ctx.flash(N_("The situation is closed."));
    return back_to(r.s.id);
  });
}

Response situation_reopen(RequestContext& ctx) {
  return act(ctx, "reopen", [&](soci::session& sql, Read& r) {
    reopen_situation(sql, r.s.id, now_seconds());
    ctx.flash(N_("The situation is followed again."));
    return back_to(r.s.id);
  });
}

Response situation_erase(RequestContext& ctx) {
  return act(ctx, "erase", [&](soci::session& sql, Read& r) {
    if (r.s.presenter_user_id != ctx.user->id && !r.st.organiser) throw forbidden();
    if (clean_text(ctx.f("confirm_code")) != r.s.code) {
      FormState state;
      state.form = "erase";
      state.errors.add("confirm_code", N_("Type the situation's code to confirm its erasure."));
      return render_situation(ctx, sql, r, state, 422);
    }
    erase_situation(sql, r.s.id);
    ctx.flash(N_("The situation is erased, with its agreements and minutes."));
    return Response::redirect("/concertation/groups/" + std::to_string(r.g.id) + "/situations");
  });
}

Response agreement_add(RequestContext& ctx) {
  return act(ctx, "agreement.add", [&](soci::session& sql, Read& r) {
    Agreement a;
    a.situation_id = r.s.id;
    a.group_id = r.g.id;
    a.what = clean_text(ctx.f("what"));
    std::string who = ctx.f("who");
    if (who.rfind("user:", 0) == 0) a.who_user_id = to_id(who.substr(5));
    if (who.rfind("organisation:", 0) == 0) a.who_organisation_id = to_id(who.substr(13));
    a.due_at = date_value(ctx.f("due"));
    a.proposed_meeting_id = to_id(ctx.f("meeting"));
    FormState state;
    state.form = "agreement";
    for (auto& [field, msgid] : check_agreement(a)) state.errors.add(field, msgid);
    if (state.errors.empty()) state.findings = check_free_text(ctx, state.errors, "what", a.what, kMaxAgreementChars, true);
    if (!ctx.f("due").empty() && !a.due_at) state.errors.add("due", N_("Enter the date as YYYY-MM-DD."));
    auto members = members_of(sql, r.g.id);
    if (a.who_user_id && !std::any_of(members.begin(), members.end(), [&](auto& m) { return m.user_id == a.who_user_id; }))
      state.errors.add("who", N_("Say who carries the agreement out."));
    if (a.proposed_meeting_id) {
      auto m = find_meeting(sql, a.proposed_meeting_id);
      if (!m || m->group_id != r.g.id) a.proposed_meeting_id = 0;
    }
    // Outside the group: the decision tree first, and only a decision to share lets the agreement through.
    bool outside = a.who_organisation_id &&
                   !std::any_of(members.begin(), members.end(), [&](auto& m) { return m.organisation_id == a.who_organisation_id; });
    if (outside && state.errors.empty()) {
      bool shared = false;
      for (auto& d : sharing_decisions_of(sql, r.s.id))
        if (d.organisation_id == a.who_organisation_id) {
          shared = d.decision == "share";
          break;  // the latest decision for the organisation
        }
      if (!shared) {
        state.share_needed = true;
        state.errors.add("who", N_("The organisation is outside the group: go through the decision tree before sharing."));
      }
    }
    if (!state.errors.empty()) return render_situation(ctx, sql, r, state, 422);
    if (ctx.f("conclude") == "1") {
      a.status = "concluded";
      a.concluded_meeting_id = a.proposed_meeting_id;
    }
    add_agreement(sql, a, ctx.user->id, now_seconds());
    ctx.flash(N_("The agreement is recorded."));
    if (a.proposed_meeting_id) return Response::redirect("/concertation/meetings/" + std::to_string(a.proposed_meeting_id) + "#situation-" + std::to_string(r.s.id));
    return back_to(r.s.id, "agreements");
  });
}

Response agreement_status(RequestContext& ctx) {
  std::int64_t aid = ctx.param_id("id");
  std::int64_t sid = ctx.app.db.transact([&](soci::session& sql) {
    auto a = find_agreement(sql, aid);
    if (!a) throw not_found();
    return a->situation_id;
  });
  return audited_read(ctx, "concertation.situation.agreement." + std::string(ctx.f("status") == "concluded" ? "conclude" : "status"),
                      situation_target(sid), [&](soci::session& sql) {
                        auto r = read_situation(ctx, sql, sid);
                        std::int64_t meeting = to_id(ctx.f("meeting"));
                        if (meeting) {
                          auto m = find_meeting(sql, meeting);
                          if (!m || m->group_id != r.g.id) meeting = 0;
                        }
                        if (!set_agreement_status(sql, aid, ctx.f("status"), meeting, now_seconds())) {
                          FormState state;
                          state.form = "agreement";
                          state.errors.add("what", N_("This step is not possible for the agreement."));
                          return render_situation(ctx, sql, r, state, 422);
                        }
                        ctx.flash(N_("The agreement is saved."));
                        if (meeting) return Response::redirect("/concertation/meetings/" + std::to_string(meeting) + "#situation-" + std::to_string(sid));
                        return back_to(sid, "agreements");
                      });
}

Response sharing_decide(RequestContext& ctx) {
  return act(ctx, "share", [&](soci::session& sql, Read& r) {
    std::int64_t org = to_id(ctx.f("share_organisation"));
    auto answer = [&](const char* name) { return ctx.f(name); };
    FormState state;
    state.form = "share";
    int n = 0;
    sql << "SELECT COUNT(*) FROM organisations WHERE id = :o", soci::use(org), soci::into(n);
    if (!n) state.errors.add("share_organisation", N_("Choose the organisation the information would go to."));
    for (const char* q : {"vital_interest", "consent", "conflict_of_interests"})
      if (answer(q) != "yes" && answer(q) != "no") {
        state.errors.add(q, N_("Answer each question of the decision tree."));
      }
    if (!state.errors.empty()) return render_situation(ctx, sql, r, state, 422);
    bool vital = answer("vital_interest") == "yes", consent = answer("consent") == "yes",
         conflict = answer("conflict_of_interests") == "yes";
    record_sharing_decision(sql, r.s.id, org, vital, consent, conflict, ctx.user->id, now_seconds());
    ctx.flash(decide_sharing(vital, consent, conflict) == "share"
                  ? N_("The decision tree allows sharing with this organisation: the answers are recorded.")
                  : N_("The decision tree does not allow sharing with this organisation: the answers are recorded."));
    return back_to(r.s.id, "sharing");
  });
}

}  // namespace maillage::concertation
