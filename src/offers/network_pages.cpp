// The immersion network's pages: an organisation's coordinator joins it (or leaves) for the organisation, with
// the commitment it makes; the coordinators of the territory follow who has hosted and sent this year.
#include "offers/common.hpp"
#include "platform/brussels_time.hpp"
#include "offers/handlers.hpp"
#include "offers/network.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

namespace {
// Only a coordinator of that very organisation commits it (not an editor, not an administrator of the platform).
bool coordinator_of(const RequestContext& ctx, std::int64_t organisation_id) {
  for (auto& m : ctx.user->memberships)
    if (m.organisation_id == organisation_id && m.role == "coordinator") return true;
  return false;
}

NetworkActor actor(const RequestContext& ctx) { return {ctx.user->id, ctx.user->name.empty() ? ctx.user->email : ctx.user->name}; }

// The calendar year of `now` in Brussels, [1 January, next 1 January): the commitment is yearly.
std::pair<std::int64_t, std::int64_t> year_of(std::int64_t now) {
  int year = std::stoi(local_date_iso(now).substr(0, 4));
  auto from = from_brussels(std::to_string(year) + "-01-01", "00:00").value_or(0);
  auto to = from_brussels(std::to_string(year + 1) + "-01-01", "00:00").value_or(0);
  return {from, to};
}

Response change_membership(RequestContext& ctx, bool joining) {
  auto organisation_id = static_cast<std::int64_t>(int_field(ctx.f("organisation_id"), 0));
  if (!coordinator_of(ctx, organisation_id)) throw forbidden();
  if (joining && ctx.f("commitment") != "1") {
    ctx.flash(N_("Tick the commitment to join the immersion network."));
    return Response::redirect("/offers/immersions/network");
  }
  const char* problem = ctx.app.db.transact([&](soci::session& sql) -> const char* {
    auto p = joining ? join_network(sql, organisation_id, actor(ctx), now_seconds())
                     : leave_network(sql, organisation_id, actor(ctx), now_seconds());
    if (!p) audit(sql, ctx, joining ? "immersion_network.join" : "immersion_network.leave",
                  "organisation:" + std::to_string(organisation_id));
    return p;
  });
  ctx.flash(problem ? problem
                    : joining ? N_("Your organisation is a member of the immersion network. Its staff now see the immersions.")
                              : N_("Your organisation has left the immersion network."));
  return Response::redirect("/offers/immersions/network");
}
}  // namespace

Response immersion_network(RequestContext& ctx) {
  Page page(ctx, "offers/network.tpl", N_("The immersion network"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  int coordinated = 0;
  for (auto& m : ctx.user->memberships) {
    auto* o = d.AddSectionDictionary("ORGANISATION");
    o->SetIntValue("ID", m.organisation_id);
    o->SetValue("NAME", m.organisation_name);
    bool coordinator = m.role == "coordinator";
    coordinated += coordinator;
    if (auto member = network_membership(sql, m.organisation_id)) {
      auto* in = o->AddSectionDictionary("MEMBER");
      in->SetValue("SINCE", ctx.app.i18n.date(ctx.lang, member->joined_at));
      in->SetValue("BY", member->joined_by_name);
      if (coordinator) in->ShowSection("CAN_LEAVE");
    } else {
      auto* out = o->AddSectionDictionary("NOT_MEMBER");
      out->ShowSection(coordinator ? "CAN_JOIN" : "ASK_COORDINATOR");
    }
  }
  if (ctx.user->memberships.empty()) d.ShowSection("NO_ORGANISATION");
  if (ctx.user->may(Access::Coordinator)) d.ShowSection("RECIPROCITY_LINK");
  return page.response();
}

Response join_immersion_network(RequestContext& ctx) { return change_membership(ctx, true); }
Response leave_immersion_network(RequestContext& ctx) { return change_membership(ctx, false); }

// Immersions work by reciprocity: each member institution hosts workers and sends its own. The page lists the
// members and, for this year, who has not hosted anyone yet and who has not sent anyone yet.
Response immersion_reciprocity(RequestContext& ctx) {
  Page page(ctx, "offers/immersions.tpl", N_("Immersions: hosting and sending"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto now = now_seconds();
  auto [from, to] = year_of(now);
  d.SetValue("YEAR", local_date_iso(now).substr(0, 4));
  int members = 0, missing = 0;
  for (auto& r : network_reciprocity(sql, from, to, now)) {
    ++members;
    auto* m = d.AddSectionDictionary("MEMBER");
    m->SetValue("NAME", r.member.organisation_name);
    m->SetValue("SINCE", ctx.app.i18n.date(ctx.lang, r.member.joined_at));
    m->SetIntValue("HOSTED", r.hosted);
    m->SetIntValue("SENT", r.sent);
    if (r.hosting_planned) m->SetIntValue("HOSTING_PLANNED", r.hosting_planned), m->ShowSection("HAS_HOSTING_PLANNED");
    if (r.sending_planned) m->SetIntValue("SENDING_PLANNED", r.sending_planned), m->ShowSection("HAS_SENDING_PLANNED");
    if (!r.hosted) m->ShowSection("NOT_HOSTED");
    if (!r.sent) m->ShowSection("NOT_SENT");
    if (!r.hosted || !r.sent) ++missing;
  }
  d.SetIntValue("MEMBERS", members);
  d.SetIntValue("MISSING", missing);
  if (!members) d.ShowSection("NONE");
  return page.response();
}

}  // namespace maillage::offers
