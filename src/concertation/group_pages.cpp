// A group's pages: "My concertations", the administrators' list of groups, the group page (its facts and legal
// basis, the charter to accept, the organisations' acceptances, the members, the agreements given to me), its
// settings, and the changes of rights (invitations, charter versions, acceptances), each written to the audit log.
#include <algorithm>

#include "concertation/handlers.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "concertation/views.hpp"
#include "helpdesk/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::concertation {

using helpdesk::fill_codes;
using helpdesk::label_of;

namespace {

bool coordinates_membership(const CurrentUser& u, std::int64_t organisation_id) {
  for (auto& m : u.memberships)
    if (m.organisation_id == organisation_id && m.role == "coordinator") return true;
  return false;
}

// Who may open the group page: its invited members, its managers, and the coordinators of an organisation one
// of its members sits for (they accept the charter for their organisation).
Standing page_standing(const RequestContext& ctx, soci::session& sql, const Group& g, const std::vector<Member>& members) {
  auto s = standing_of(ctx, sql, g.id);
  if (s.member || s.manages()) return s;
  for (auto& m : members)
    if (coordinates_membership(*ctx.user, m.organisation_id)) return s;
  throw forbidden();
}

void fill_territory_options(const RequestContext& ctx, soci::session& sql, Dictionary& d,
                            const std::string& selected) {
  std::string lang = lang_of(ctx);
  auto snap = territory::snapshot(ctx.app.db);
  for (auto& b : snap->bassins) {
    auto* o = d.AddSectionDictionary("BASSIN_OPTION");
    o->SetValue("VALUE", "bassin:" + b.slug);
    o->SetValue("LABEL", b.name(lang));
    if (selected == "bassin:" + b.slug) o->ShowSection("SELECTED");
  }
  for (auto& c : snap->communes) {
    auto* o = d.AddSectionDictionary("COMMUNE_OPTION");
    o->SetValue("VALUE", "commune:" + c.nis);
    o->SetValue("LABEL", c.name(lang));
    if (selected == "commune:" + c.nis) o->ShowSection("SELECTED");
  }
  soci::rowset<soci::row> rs = sql.prepare << "SELECT code, name_fr, name_nl FROM quarters ORDER BY name_fr LIMIT 500";
  for (auto& r : rs) {
    auto* o = d.AddSectionDictionary("QUARTER_OPTION");
    o->SetValue("VALUE", "quarter:" + as_text(r, 0));
    o->SetValue("LABEL", lang == "nl" ? as_text(r, 2) : as_text(r, 1));
    if (selected == "quarter:" + as_text(r, 0)) o->ShowSection("SELECTED");
  }
}

int int_field(const RequestContext& ctx, const char* name, int fallback) {
  std::string v = ctx.f(name);
  if (v.empty() || v.size() > 6 || !std::all_of(v.begin(), v.end(), ::isdigit)) return fallback;
  return std::stoi(v);
}

Group group_from_form(const RequestContext& ctx, Group g) {
  g.name = clean_text(ctx.f("name"));
  g.kind = ctx.f("kind");
  std::string territory = ctx.f("territory");
  auto colon = territory.find(':');
  g.territory_kind = colon == std::string::npos ? "" : territory.substr(0, colon);
  g.territory_code = colon == std::string::npos ? "" : territory.substr(colon + 1);
  g.rhythm = ctx.f("rhythm");
  g.default_minutes = int_field(ctx, "default_minutes", 0);
  g.default_place = clean_text(ctx.f("default_place"));
  g.default_video = ctx.f("default_video") == "1";
  g.legal_basis = ctx.f("legal_basis");
  g.legal_reference = clean_text(ctx.f("legal_reference"));
  g.retention_months = int_field(ctx, "retention_months", 0);
  g.small_count_threshold = int_field(ctx, "small_count_threshold", 0);
  return g;
}

// The group form's fields (creation by an administrator, settings by a manager).
void fill_group_form(const RequestContext& ctx, soci::session& sql, Dictionary& page, const Group& g,
                     const FormErrors& errors) {
  // One form for creation and settings, included in both pages: it sees none of the page's values but the
  // template-global ones (CSRF), so its errors are shown in it too.
  auto& d = *page.AddIncludeDictionary("GROUP_FORM");
  d.SetFilename(Views::key(ctx.lang, "concertation/group_form.tpl"));
  errors.show(ctx, d);
  d.SetValue("NAME", g.name);
  fill_codes(ctx, d, "KIND_OPTION", group_kinds(), g.kind);
  fill_territory_options(ctx, sql, d, g.territory_kind + ":" + g.territory_code);
  fill_codes(ctx, d, "RHYTHM_OPTION", rhythms(), g.rhythm);
  d.SetIntValue("DEFAULT_MINUTES", g.default_minutes);
  d.SetValue("DEFAULT_PLACE", g.default_place);
  if (g.default_video) d.ShowSection("DEFAULT_VIDEO");
  fill_codes(ctx, d, "LEGAL_OPTION", legal_bases(), g.legal_basis);
  d.SetValue("LEGAL_REFERENCE", g.legal_reference);
  d.SetIntValue("RETENTION_MONTHS", g.retention_months);
  d.SetIntValue("SMALL_COUNT_THRESHOLD", g.small_count_threshold);
}

Response render_admin(RequestContext& ctx, soci::session& sql, const Group& typed, const FormErrors& errors, int status) {
  Page page(ctx, "concertation/admin_groups.tpl", N_("Concertation groups"));
  auto& d = page.dict();
  std::string lang = lang_of(ctx);
  for (auto& g : list_groups(sql)) {
    auto* s = d.AddSectionDictionary("GROUP");
    s->SetIntValue("ID", g.id);
    s->SetValue("NAME", g.name);
    s->SetValue("KIND", label_of(ctx, group_kinds(), g.kind));
    s->SetValue("TERRITORY", territory_label(sql, g, lang));
    s->SetIntValue("MEMBERS", static_cast<long>(members_of(sql, g.id).size()));
    auto c = current_charter(sql, g.id);
    s->SetIntValue("VERSION", c ? c->version : 0);
  }
  fill_group_form(ctx, sql, d, typed, errors);
  errors.show(ctx, d);
  return page.response(status);
}

struct GroupPageState {
  FormErrors errors;
  std::string form;  // the form that failed: "invite", "paper", "charter", "outcome"
};

Response render_group(RequestContext& ctx, soci::session& sql, const Group& g, const GroupPageState& state, int status) {
  auto members = members_of(sql, g.id);
  auto s = page_standing(ctx, sql, g, members);
  std::string lang = lang_of(ctx);
  Page page(ctx, "concertation/group.tpl", N_("Concertation group"));
  page.set_title(g.name);
  auto& d = page.dict();
  fill_group_header(ctx, d, g, s);
  d.SetValue("KIND", label_of(ctx, group_kinds(), g.kind));
  d.SetValue("TERRITORY", territory_label(sql, g, lang));
  d.SetValue("TERRITORY_KIND", label_of(ctx, territory_kinds(), g.territory_kind));
  d.SetValue("RHYTHM", label_of(ctx, rhythms(), g.rhythm));
  d.SetValue("DEFAULT_DURATION", hours_text(g.default_minutes));
  d.SetValue("DEFAULT_PLACE", g.default_place);
  if (g.default_video) d.ShowSection("VIDEO");
  d.SetValue("LEGAL_BASIS", label_of(ctx, legal_bases(), g.legal_basis));
  d.SetValue("LEGAL_REFERENCE", g.legal_reference);
  d.SetIntValue("RETENTION_MONTHS", g.retention_months);
  d.SetIntValue("THRESHOLD", g.small_count_threshold);

  auto charter = current_charter(sql, g.id);
  int version = charter ? charter->version : 0;
  if (charter) {
    d.SetIntValue("VERSION", version);
    d.SetValue("PUBLISHED", local_date_iso(charter->published_at));
    d.SetValueAndShowSection("CHARTER_TEXT", charter->text(lang), "HAS_CHARTER");
  } else {
    d.ShowSection("NO_CHARTER");
  }
  if (s.member) {
    d.ShowSection("INVITED");
    d.SetValue("MY_ORGANISATION", s.member->organisation_name);
    if (!s.member->bound_by_secrecy) d.ShowSection("NOT_BOUND");
    if (charter && s.member->accepted_version == version) {
      d.SetValueAndShowSection("ACCEPTED_AT", local_date_iso(s.member->accepted_at), "I_ACCEPTED");
    } else if (charter) {
      d.ShowSection("MAY_ACCEPT");
    }
    if (charter && !s.member->organisation_accepted) d.ShowSection("ORGANISATION_WAITING");
    if (s.active) d.ShowSection("ACTIVE");
  }
  // The organisations of the members and their acceptance of the current version.
  std::vector<std::int64_t> orgs;
  for (auto& m : members)
    if (std::find(orgs.begin(), orgs.end(), m.organisation_id) == orgs.end()) orgs.push_back(m.organisation_id);
  auto acceptances = organisation_acceptances(sql, g.id, version);
  for (auto org : orgs) {
    auto it = std::find_if(acceptances.begin(), acceptances.end(), [&](auto& a) { return a.organisation_id == org; });
    std::string name;
    for (auto& m : members)
      if (m.organisation_id == org) name = m.organisation_name;
    auto* o = d.AddSectionDictionary("ORGANISATION");
    o->SetIntValue("ORGANISATION_ID", org);
    o->SetValue("ORGANISATION_NAME", name);
    if (it != acceptances.end()) {
      o->SetValue("RECORDED_AT", local_date_iso(it->recorded_at));
      if (it->on_paper) {
        o->SetValue("SIGNED_BY", it->signed_by);
        o->SetValue("RECORDED_BY", it->recorded_by_name);
        o->ShowSection("ON_PAPER");
      } else {
        o->SetValue("RECORDED_BY", it->recorded_by_name);
        o->ShowSection("ONLINE");
      }
    } else if (charter) {
      o->ShowSection("WAITING");
      if (coordinates_membership(*ctx.user, org)) o->ShowSection("MAY_ACCEPT_FOR_ORGANISATION");
      if (s.manages()) {
        d.ShowSection("HAS_PAPER");
        auto* p = d.AddSectionDictionary("PAPER_ORGANISATION");
        p->SetIntValue("ORGANISATION_ID", org);
        p->SetValue("ORGANISATION_NAME", name);
        if (ctx.f("paper_organisation") == std::to_string(org)) p->ShowSection("SELECTED");
      }
    }
  }
  if (!orgs.empty()) d.ShowSection("HAS_ORGANISATIONS");

  if (s.active) {
    for (auto& m : upcoming_meetings(sql, g.id, now_seconds())) {
      auto* o = d.AddSectionDictionary("UPCOMING");
      o->SetIntValue("MEETING_ID", m.id);
      o->SetValue("WHEN", helpdesk::brussels_datetime(m.starts_at));
    }
    auto mine = agreements_given_to(sql, g.id, ctx.user->id);
    std::int64_t now = now_seconds();
    for (auto& a : mine) {
      if (!a.open()) continue;
      auto* o = d.AddSectionDictionary("MY_AGREEMENT");
      o->SetValue("CODE", a.situation_code);
      o->SetValue("WHAT", a.what);
      o->SetValue("DUE", a.due_at ? local_date_iso(a.due_at) : "");
      o->SetValue("STATUS", label_of(ctx, agreement_statuses(), a.status));
      if (a.overdue(now)) o->ShowSection("OVERDUE");
      d.ShowSection("HAS_MY_AGREEMENTS");
    }
  }
  if (s.manages()) {
    for (auto& m : members) {
      auto* o = d.AddSectionDictionary("MEMBER");
      o->SetIntValue("MEMBER_ID", m.id);
      o->SetValue("MEMBER_NAME", m.name);
      o->SetValue("MEMBER_ORGANISATION", m.organisation_name);
      if (m.organiser) o->ShowSection("ORGANISER");
      if (m.bound_by_secrecy) o->ShowSection("BOUND");
      if (m.active) o->ShowSection("MEMBER_ACTIVE");
      else o->ShowSection("MEMBER_WAITING");
      o->SetIntValue("ACCEPTED_VERSION", m.accepted_version);
    }
    soci::rowset<soci::row> rs = sql.prepare << "SELECT id, name FROM organisations ORDER BY name LIMIT 2000";
    for (auto& r : rs) {
      auto* o = d.AddSectionDictionary("ORGANISATION_OPTION");
      o->SetIntValue("ORGANISATION_ID", as_int(r, 0));
      o->SetValue("ORGANISATION_NAME", as_text(r, 1));
      if (ctx.f("invite_organisation") == std::to_string(as_int(r, 0))) o->ShowSection("SELECTED");
    }
    d.SetValue("INVITE_EMAIL", ctx.f("invite_email"));
    d.SetValue("SIGNED_BY", ctx.f("signed_by"));
    bool typed_charter = state.form == "charter";
    d.SetValue("CHARTER_FR", typed_charter ? ctx.f("charter_fr") : charter ? charter->text_fr : "");
    d.SetValue("CHARTER_NL", typed_charter ? ctx.f("charter_nl") : charter ? charter->text_nl : "");
    d.SetValue("CHARTER_EN", typed_charter ? ctx.f("charter_en") : charter ? charter->text_en : "");
    d.SetIntValue("NEXT_VERSION", version + 1);
    for (auto& o : outcomes_of(sql, g.id)) {
      auto* e = d.AddSectionDictionary("OUTCOME");
      e->SetValue("CODE", o.code);
      e->SetValue("LABEL_FR", o.label_fr);
      e->SetValue("LABEL_NL", o.label_nl);
      e->SetValue("LABEL_EN", o.label_en);
      if (o.active) e->ShowSection("OUTCOME_ACTIVE");
      else e->ShowSection("NO_OUTCOME_ACTIVE");
    }
    echo_fields(ctx, d, {"outcome_code", "outcome_fr", "outcome_nl", "outcome_en"});
  }
  state.errors.show(ctx, d);
  return page.response(status);
}

Response back_to_group(std::int64_t id, const std::string& anchor = "") {
  return Response::redirect("/concertation/groups/" + std::to_string(id) + (anchor.empty() ? "" : "#" + anchor));
}

}  // namespace

Response index(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    Page page(ctx, "concertation/index.tpl", N_("Concertations"));
    auto& d = page.dict();
    std::string lang = lang_of(ctx);
    auto groups = groups_of_user(sql, ctx.user->id);
    if (groups.empty()) d.ShowSection("NO_HAS_GROUPS");
    for (auto& g : groups) {
      auto s = standing_of(ctx, sql, g.id);
      auto* o = d.AddSectionDictionary("GROUP");
      o->SetIntValue("ID", g.id);
      o->SetValue("NAME", g.name);
      o->SetValue("KIND", label_of(ctx, group_kinds(), g.kind));
      o->SetValue("TERRITORY", territory_label(sql, g, lang));
      if (s.bound) o->ShowSection("READER");
      else if (s.active) o->ShowSection("NOT_BOUND");
      else o->ShowSection("WAITING");
      d.ShowSection("HAS_GROUPS");
    }
    if (ctx.user->is_admin()) d.ShowSection("IS_ADMIN");
    return page.response();
  });
}

Response admin_groups(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    Group g;
    g.legal_basis = "ordinance";
    return render_admin(ctx, sql, g, {}, 200);
  });
}

Response admin_group_create(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    Group g = group_from_form(ctx, {});
    FormErrors errors;
    for (auto& [field, msgid] : check_group(sql, g)) errors.add(field, msgid);
    if (!errors.empty()) return render_admin(ctx, sql, g, errors, 422);
    auto id = create_group(sql, g, ctx.user->id, now_seconds());
    audit(sql, ctx, "concertation.group.create", group_target(id), g.name);
    ctx.flash(N_("The group is created. Invite its organisers and publish its charter."));
    return back_to_group(id);
  });
}

Response group_page(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    return render_group(ctx, sql, g, {}, 200);
  });
}

Response group_settings_form(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto s = standing_of(ctx, sql, g.id);
    require_manager(s);
    Page page(ctx, "concertation/settings.tpl", N_("Group settings"));
    fill_group_header(ctx, page.dict(), g, s);
    fill_group_form(ctx, sql, page.dict(), g, {});
    return page.response();
  });
}

Response group_settings_save(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto old = group_or_404(sql, ctx.param_id("id"));
    auto s = standing_of(ctx, sql, old.id);
    require_manager(s);
    Group g = group_from_form(ctx, old);
    FormErrors errors;
    for (auto& [field, msgid] : check_group(sql, g)) errors.add(field, msgid);
    if (!errors.empty()) {
      Page page(ctx, "concertation/settings.tpl", N_("Group settings"));
      fill_group_header(ctx, page.dict(), old, s);
      fill_group_form(ctx, sql, page.dict(), g, errors);
      errors.show(ctx, page.dict());
      return page.response(422);
    }
    update_group(sql, g, now_seconds());
    audit(sql, ctx, "concertation.group.update", group_target(g.id));
    ctx.flash(N_("The settings are saved."));
    return back_to_group(g.id);
  });
}

Response charter_publish(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    require_manager(standing_of(ctx, sql, g.id));
    std::string fr = clean_text(ctx.f("charter_fr")), nl = clean_text(ctx.f("charter_nl")),
                en = clean_text(ctx.f("charter_en"));
    GroupPageState state;
    state.form = "charter";
    if (fr.empty()) state.errors.add("charter_fr", N_("Write the charter in French at least."));
    for (auto* t : {&fr, &nl, &en})
      if (utf8_length(*t) > kMaxCharterChars) state.errors.add("charter_fr", N_("The text is too long."));
    if (!state.errors.empty()) return render_group(ctx, sql, g, state, 422);
    int version = publish_charter(sql, g.id, fr, nl, en, ctx.user->id, now_seconds());
    audit(sql, ctx, "concertation.charter.publish", group_target(g.id), "version " + std::to_string(version));
    ctx.flash(N_("The new charter version is published: every member and organisation is asked to accept it."));
    return back_to_group(g.id, "charter");
  });
}

Response charter_accept(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto s = standing_of(ctx, sql, g.id);
    if (!s.member) throw forbidden();
    auto charter = current_charter(sql, g.id);
    // The version shown is the version accepted: a version published meanwhile is not accepted unseen.
    if (!charter || ctx.f("version") != std::to_string(charter->version) || ctx.f("accept") != "1") {
      GroupPageState state;
      state.errors.add("accept", N_("Read the current version of the charter and tick that you accept it."));
      return render_group(ctx, sql, g, state, 422);
    }
    accept_charter(sql, g.id, ctx.user->id, charter->version, now_seconds());
    audit(sql, ctx, "concertation.charter.accept", group_target(g.id), "version " + std::to_string(charter->version));
    ctx.flash(N_("You accepted the charter."));
    return back_to_group(g.id, "charter");
  });
}

Response organisation_accept(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto s = standing_of(ctx, sql, g.id);
    auto charter = current_charter(sql, g.id);
    if (!charter) throw not_found();
    bool on_paper = ctx.f("on_paper") == "1";
    std::int64_t org = to_id(on_paper ? ctx.f("paper_organisation") : ctx.f("organisation"));
    bool has_member = false;
    for (auto& m : members_of(sql, g.id))
      if (m.organisation_id == org) has_member = true;
    if (!has_member) throw not_found();
    std::string signed_by;
    if (on_paper) {
      // On paper: an organiser records it and names who signed for the organisation.
      require_manager(s);
      signed_by = clean_text(ctx.f("signed_by"));
      if (signed_by.empty() || utf8_length(signed_by) > kMaxNameChars) {
        GroupPageState state;
        state.form = "paper";
        state.errors.add("signed_by", N_("Say who signed the charter for the organisation."));
        return render_group(ctx, sql, g, state, 422);
      }
    } else if (!coordinates_membership(*ctx.user, org)) {
      throw forbidden();
    }
    record_organisation_acceptance(sql, g.id, org, charter->version, on_paper, signed_by, ctx.user->id, now_seconds());
    audit(sql, ctx, "concertation.charter.organisation", group_target(g.id),
          "organisation " + std::to_string(org) + " version " + std::to_string(charter->version) +
              (on_paper ? " on paper" : ""));
    ctx.flash(N_("The organisation's acceptance of the charter is recorded."));
    return back_to_group(g.id, "organisations");
  });
}

Response member_invite(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    require_manager(standing_of(ctx, sql, g.id));
    std::string email = clean_text(ctx.f("invite_email"));
    std::int64_t org = to_id(ctx.f("invite_organisation"));
    std::int64_t user = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT id FROM users WHERE LOWER(email) = LOWER(:e) AND disabled = 0", soci::use(email), soci::into(user, ind);
    GroupPageState state;
    state.form = "invite";
    if (!sql.got_data() || ind != soci::i_ok) user = 0;
    if (!user) state.errors.add("invite_email", N_("No active account has this e-mail address."));
    int memberships = 0;
    if (user)
      sql << "SELECT COUNT(*) FROM memberships WHERE user_id = :u AND organisation_id = :o", soci::use(user), soci::use(org),
          soci::into(memberships);
    if (user && memberships == 0)
      state.errors.add("invite_organisation", N_("The person does not work for this organisation in the directory."));
    if (!state.errors.empty()) return render_group(ctx, sql, g, state, 422);
    bool organiser = ctx.f("invite_organiser") == "1";
    bool bound = ctx.f("invite_bound") == "1";
    auto id = invite_member(sql, g.id, user, org, organiser, bound, ctx.user->id, now_seconds());
    audit(sql, ctx, "concertation.member.invite", group_target(g.id),
          "member " + std::to_string(id) + " user " + std::to_string(user) + (organiser ? " organiser" : "") +
              (bound ? " bound" : " not bound"));
    ctx.flash(N_("The person is invited: they become a member once they and their organisation accept the charter."));
    return back_to_group(g.id, "members");
  });
}

Response member_update(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto m = find_member(sql, ctx.param_id("id"));
    if (!m) throw not_found();
    require_manager(standing_of(ctx, sql, m->group_id));
    if (ctx.f("action") == "remove") {
      remove_member(sql, m->id);
      audit(sql, ctx, "concertation.member.remove", group_target(m->group_id), "user " + std::to_string(m->user_id));
      ctx.flash(N_("The member is removed from the group."));
    } else {
      bool organiser = ctx.f("organiser") == "1", bound = ctx.f("bound") == "1";
      set_member_flags(sql, m->id, organiser, bound);
      audit(sql, ctx, "concertation.member.update", group_target(m->group_id),
            "user " + std::to_string(m->user_id) + (organiser ? " organiser" : "") + (bound ? " bound" : " not bound"));
      ctx.flash(N_("The membership is saved."));
    }
    return back_to_group(m->group_id, "members");
  });
}

Response outcome_save(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    require_manager(standing_of(ctx, sql, g.id));
    Outcome o;
    o.code = clean_text(ctx.f("outcome_code"));
    o.label_fr = clean_text(ctx.f("outcome_fr"));
    o.label_nl = clean_text(ctx.f("outcome_nl"));
    o.label_en = clean_text(ctx.f("outcome_en"));
    o.active = ctx.f("outcome_active") != "0";
    GroupPageState state;
    state.form = "outcome";
    bool code_ok = !o.code.empty() && o.code.size() <= 40 &&
                   std::all_of(o.code.begin(), o.code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (!code_ok) state.errors.add("outcome_code", N_("The code is lower-case letters and underscores."));
    if (o.label_fr.empty() || utf8_length(o.label_fr) > kMaxNameChars)
      state.errors.add("outcome_fr", N_("Name the outcome in French at least."));
    if (!state.errors.empty()) return render_group(ctx, sql, g, state, 422);
    save_outcome(sql, g.id, o);
    audit(sql, ctx, "concertation.outcome.save", group_target(g.id), o.code);
    ctx.flash(N_("The outcome is saved."));
    return back_to_group(g.id, "outcomes");
  });
}

}  // namespace maillage::concertation
