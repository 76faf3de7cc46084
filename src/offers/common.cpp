#include "offers/common.hpp"

#include "offers/network.hpp"
#include "offers/service.hpp"
#include "platform/app.hpp"
#include "platform/forms.hpp"

namespace maillage::offers {

Audience audience_of(const RequestContext& ctx, soci::session& sql) {
  Audience a;
  if (!ctx.user) return a;
  bool oversees = ctx.user->is_admin() || ctx.user->is_territory_coordinator();
  a.level = !ctx.user->memberships.empty() || oversees ? "members" : "professionals";
  std::vector<std::int64_t> staff_of;
  for (auto& m : ctx.user->memberships) {
    staff_of.push_back(m.organisation_id);
    if (acts_for(ctx, m.organisation_id)) a.organises.push_back(m.organisation_id);
  }
  a.immersion_network = oversees || any_network_member(sql, staff_of);
  return a;
}

bool acts_for(const RequestContext& ctx, std::int64_t organisation_id) {
  if (!ctx.user || !organisation_id) return false;
  for (auto& m : ctx.user->memberships)
    if (m.organisation_id == organisation_id && (m.role == "coordinator" || m.role == "editor")) return true;
  return false;
}

bool may_organise(const RequestContext& ctx, const Offer& offer) {
  if (!ctx.user) return false;
  if (ctx.user->is_admin() || ctx.user->is_territory_coordinator()) return true;
  for (auto org : offer.organisers)
    if (acts_for(ctx, org)) return true;
  return false;
}

Offer organised_offer(RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto o = find_offer(sql, id);
  if (!o) throw not_found();
  if (!may_organise(ctx, *o)) throw forbidden();
  return *o;
}

Registration own_registration(RequestContext& ctx, soci::session& sql) {
  auto reg = find_registration(sql, ctx.param_id("id"));
  if (!reg || (reg->user_id != ctx.user->id && reg->email != ctx.user->email)) throw not_found();
  return *reg;
}

std::int64_t registration_of_link(RequestContext& ctx) {
  auto id = registration_from_token(ctx.app, ctx.param("token"));
  if (!id) throw not_found();
  return *id;
}

std::vector<accounts::Organisation> organising_organisations(const RequestContext& ctx, soci::session& sql) {
  std::vector<accounts::Organisation> out;
  bool all = ctx.user->is_admin() || ctx.user->is_territory_coordinator();
  for (auto& o : accounts::list_organisations(sql))
    if (all || acts_for(ctx, o.id)) out.push_back(o);
  return out;
}

RegistrationRequest request_for_user(const RequestContext& ctx) {
  RegistrationRequest r;
  r.user_id = ctx.user->id;
  r.email = ctx.user->email;
  r.name = ctx.user->name;
  r.lang = ctx.lang == "qps" ? "en" : ctx.lang;
  r.email_verified = true;
  if (!ctx.user->memberships.empty()) {
    r.organisation_id = ctx.user->memberships.front().organisation_id;
    r.organisation_name = ctx.user->memberships.front().organisation_name;
  }
  return r;
}

int int_field(const std::string& v, int fallback) {
  try {
    std::size_t used = 0;
    int n = std::stoi(v, &used);
    return used == v.size() ? n : fallback;
  } catch (...) {
    return fallback;
  }
}

std::string field(const std::string& value, std::size_t max) {
  auto v = clean_text(value);
  return utf8_length(v) > max ? std::string() : v;
}

}  // namespace maillage::offers
