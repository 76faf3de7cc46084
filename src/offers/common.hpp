// Helpers shared by the offers' pages and API: who the caller is for the catalogue, their organisation.
#pragma once
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/model.hpp"
#include "offers/model.hpp"
#include "platform/http.hpp"

namespace maillage::offers {

// What the caller may see: level "public" (anonymous), "professionals" (logged in), "members" (member of an
// organisation of the network); the immersions when one of its organisations is in the immersion network, or
// for coordinators and administrators; the offers of the organisations it acts for.
Audience audience_of(const RequestContext& ctx, soci::session& sql);
// May the caller organise this offer (coordinator of one of its organisations, territory coordinator, admin)?
bool may_organise(const RequestContext& ctx, const Offer& offer);
// Does the caller act for this organisation (its coordinator or editor)?
bool acts_for(const RequestContext& ctx, std::int64_t organisation_id);
// The offer of the path, when the caller may organise it: 404 when it does not exist, 403 otherwise.
Offer organised_offer(RequestContext& ctx, soci::session& sql, std::int64_t id);
// The caller's own registration (the path's {id}), or 404: a person never reaches someone else's.
Registration own_registration(RequestContext& ctx, soci::session& sql);
// The registration of the private link in the path's {token}, or 404 for a forged or mangled token.
std::int64_t registration_of_link(RequestContext& ctx);
// Organisations in whose name the caller may organise: those it acts for; all for territory coordinators and
// administrators.
std::vector<accounts::Organisation> organising_organisations(const RequestContext& ctx, soci::session& sql);
// The registration a logged-in caller makes: their account's address and name, their first organisation.
RegistrationRequest request_for_user(const RequestContext& ctx);
// Reads a whole number typed in a form field; `fallback` when it is not one.
int int_field(const std::string& value, int fallback);
// Reads a bounded text field: trimmed, valid UTF-8, at most max characters (else "").
std::string field(const std::string& value, std::size_t max);

}  // namespace maillage::offers
