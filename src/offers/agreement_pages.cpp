// The participation agreement of a community of practice, where each of its three parties reads and agrees:
// the participant by the private link of their registration (/offers/r/{token}/agreement) or from "My
// registrations" (/offers/registrations/{id}/agreement), the employer's coordinators from the agreements waiting
// for their organisation (/offers/agreements), the organiser from the registrations of a session (organiser.cpp),
// where it also records a consent the employer or the participant gave on paper. One printable page shows the
// text and who agreed when, and how: on the platform, or on paper with who signed and who recorded it.
#include "offers/agreements.hpp"
#include "offers/common.hpp"
#include "offers/handlers.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/db.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

namespace {
// The party the caller may agree for on the page, and where the form goes.
struct Viewer {
  std::string party;  // empty: reading only
  std::string action;
  std::string back;   // where the person returns after agreeing
};

// Only coordinators of the organisation itself give its consent: an editor, an organiser or an administrator
// may not commit an employer.
bool coordinates(const RequestContext& ctx, std::int64_t organisation_id) {
  if (!ctx.user || !organisation_id) return false;
  for (auto& m : ctx.user->memberships)
    if (m.organisation_id == organisation_id && m.role == "coordinator") return true;
  return false;
}

Agreement community_agreement_of(soci::session& sql, std::int64_t registration_id) {
  auto a = agreement_of_registration(sql, registration_id);
  if (!a || a->kind != "community_of_practice") throw not_found();
  return *a;
}

std::string person_of(const Registration& reg) { return reg.name.empty() ? reg.email : reg.name; }

Response show_agreement(RequestContext& ctx, soci::session& sql, const Agreement& a, const Viewer& viewer) {
  auto offer = find_offer(sql, a.offer_id);
  auto reg = find_registration(sql, a.registration_id);
  if (!offer || !reg) throw not_found();
  Page page(ctx, "offers/agreement.tpl", N_("Participation agreement"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *offer);
  std::int64_t now = now_seconds(), first = 0, last = 0;
  int sessions = 0;
  for (auto& s : sessions_of(sql, offer->id, now)) {
    if (s.status == "cancelled" || s.status == "proposed") continue;
    if (!first) first = s.starts_at;
    last = s.starts_at;
    ++sessions;
  }
  if (sessions) {
    d.SetValue("FIRST_DATE", ctx.app.i18n.date(ctx.lang, first));
    d.SetValue("LAST_DATE", ctx.app.i18n.date(ctx.lang, last));
    d.SetValue("SESSIONS", ctx.trn("{1} meeting", "{1} meetings", sessions));
    d.ShowSection("HAS_SESSIONS");
  }
  d.SetValue("PARTICIPANT", person_of(*reg));
  for (auto& p : a.parties) {
    auto* pd = d.AddSectionDictionary("PARTY");
    pd->SetValue("LABEL", ctx.tr(party_label(p.party)));
    pd->SetValue("WHO", p.party == "participant" ? person_of(*reg)
                        : !p.organisation_name.empty() ? p.organisation_name : reg->organisation_name);
    if (p.party == "organiser") d.SetValue("ORGANISER", p.organisation_name);
    if (p.party == "employer") d.SetValue("EMPLOYER", p.organisation_name.empty() ? reg->organisation_name : p.organisation_name);
    if (p.agreed()) {
      auto* ad = pd->AddSectionDictionary("AGREED");
      ad->SetValue("BY", p.agreed_by_name);
      ad->SetValue("WHEN", ctx.app.i18n.datetime(ctx.lang, p.agreed_at));
      if (p.on_paper()) {
        auto* paper = ad->AddSectionDictionary(p.paper_function.empty() ? "ON_PAPER" : "ON_PAPER_WITH_FUNCTION");
        paper->SetValue("SIGNATORY", p.paper_signatory);
        paper->SetValue("FUNCTION", p.paper_function);
      } else {
        ad->ShowSection("ON_PLATFORM");
      }
    } else {
      pd->ShowSection("WAITING");
    }
  }
  if (a.complete()) d.SetValueAndShowSection("COMPLETED", ctx.app.i18n.date(ctx.lang, a.completed_at), "COMPLETE");
  auto* mine = a.party(viewer.party);
  if (mine && !mine->agreed()) {
    auto* f = d.AddSectionDictionary("CAN_AGREE");
    f->SetValue("ACTION", viewer.action);
    f->ShowSection(viewer.party == "participant" ? "AS_PARTICIPANT" : viewer.party == "employer" ? "AS_EMPLOYER" : "AS_ORGANISER");
  }
  return page.response();
}

Response give_consent(RequestContext& ctx, const Agreement& a, const Viewer& viewer, const std::string& name) {
  const char* refusal = ctx.app.db.transact([&](soci::session& sql) {
    auto r = agree(sql, a.id, {viewer.party, ctx.user ? ctx.user->id : 0, name}, now_seconds());
    if (!r) audit(sql, ctx, "agreement." + viewer.party, "agreement:" + std::to_string(a.id));
    return r;
  });
  ctx.flash(refusal ? refusal : N_("Your agreement is recorded."));
  return Response::redirect(viewer.back);
}

// The participant's two ways in: the private link and their account.
struct AsParticipant {
  Agreement agreement;
  Registration reg;
  Viewer viewer;
};
using Reach = AsParticipant (*)(RequestContext&, soci::session&);

AsParticipant by_link(RequestContext& ctx, soci::session& sql) {
  auto reg = find_registration(sql, registration_of_link(ctx));
  if (!reg) throw not_found();
  std::string page = "/offers/r/" + ctx.param("token") + "/agreement";
  return {community_agreement_of(sql, reg->id), *reg, {"participant", page, page}};
}

AsParticipant by_account(RequestContext& ctx, soci::session& sql) {
  auto reg = own_registration(ctx, sql);
  std::string base = "/offers/registrations/" + std::to_string(reg.id);
  return {community_agreement_of(sql, reg.id), reg, {"participant", base + "/agree", base + "/agreement"}};
}

Response participant_page(RequestContext& ctx, Reach reach) {
  soci::session sql(ctx.app.db.pool());
  auto p = reach(ctx, sql);
  return show_agreement(ctx, sql, p.agreement, p.viewer);
}

Response participant_agrees(RequestContext& ctx, Reach reach) {
  AsParticipant p;
  {
    soci::session sql(ctx.app.db.pool());
    p = reach(ctx, sql);
  }
  return give_consent(ctx, p.agreement, p.viewer, person_of(p.reg));
}

// The employer's coordinators, and the organisers of the offer, who read the agreement from their lists.
Agreement agreement_for_organisations(RequestContext& ctx, soci::session& sql, Viewer& viewer) {
  auto a = find_agreement(sql, ctx.param_id("id"));
  if (!a || a->kind != "community_of_practice") throw not_found();
  auto* employer = a->party("employer");
  std::string base = "/offers/agreements/" + std::to_string(a->id);
  if (employer && coordinates(ctx, employer->organisation_id)) {
    viewer = {"employer", base + "/agree", base};
    return *a;
  }
  auto offer = find_offer(sql, a->offer_id);
  if (!offer || !may_organise(ctx, *offer)) throw forbidden();
  viewer = {"", "", base};
  return *a;
}
}  // namespace

Response agreement_by_link(RequestContext& ctx) { return participant_page(ctx, by_link); }
Response agree_by_link(RequestContext& ctx) { return participant_agrees(ctx, by_link); }
Response my_agreement(RequestContext& ctx) { return participant_page(ctx, by_account); }
Response agree_mine(RequestContext& ctx) { return participant_agrees(ctx, by_account); }

Response agreement_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Viewer viewer;
  auto a = agreement_for_organisations(ctx, sql, viewer);
  return show_agreement(ctx, sql, a, viewer);
}

Response agree_as_employer(RequestContext& ctx) {
  Agreement a;
  Viewer viewer;
  {
    soci::session sql(ctx.app.db.pool());
    a = agreement_for_organisations(ctx, sql, viewer);
  }
  if (viewer.party != "employer") throw forbidden();
  return give_consent(ctx, a, viewer, ctx.user->name.empty() ? ctx.user->email : ctx.user->name);
}

Response employer_agreements(RequestContext& ctx) {
  Page page(ctx, "offers/agreements.tpl", N_("Participation agreements of my organisations"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  int waiting = 0, shown = 0;
  for (auto& m : ctx.user->memberships) {
    if (m.role != "coordinator") continue;
    for (auto& a : agreements_of_employer(sql, m.organisation_id)) {
      auto offer = find_offer(sql, a.offer_id);
      auto reg = find_registration(sql, a.registration_id);
      if (!offer || !reg) continue;
      bool ours = !a.party("employer")->agreed();
      auto* row = d.AddSectionDictionary(ours ? "WAITING_ROW" : "GIVEN_ROW");
      ++shown;
      if (ours) ++waiting;
      row->SetIntValue("ID", a.id);
      row->SetValue("PARTICIPANT", person_of(*reg));
      row->SetValue("EMPLOYER", m.organisation_name);
      row->SetValue("OFFER", offer->title(ctx.lang));
      fill_agreement_status(ctx, *row, a);
    }
  }
  if (!waiting) d.ShowSection("NONE_WAITING");
  if (!shown) d.ShowSection("NONE");
  return page.response();
}

}  // namespace maillage::offers
