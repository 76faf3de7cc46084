// Pages of the accounts part: log in and out, password links, profile, invitations, and the administration
// of users, roles and organisations.
#pragma once
#include "platform/http.hpp"

namespace maillage::accounts {

Response login_form(RequestContext& ctx);
Response login(RequestContext& ctx);
Response logout(RequestContext& ctx);
Response forgot_form(RequestContext& ctx);
Response forgot(RequestContext& ctx);
Response set_password_form(RequestContext& ctx);
Response set_password_submit(RequestContext& ctx);
Response profile(RequestContext& ctx);
Response profile_update(RequestContext& ctx);
Response profile_password(RequestContext& ctx);
Response invitations(RequestContext& ctx);
Response invite(RequestContext& ctx);
Response invitation_form(RequestContext& ctx);
Response invitation_accept(RequestContext& ctx);

Response coordination(RequestContext& ctx);

Response admin_users(RequestContext& ctx);
Response admin_user_create(RequestContext& ctx);
Response admin_user(RequestContext& ctx);
Response admin_grant_add(RequestContext& ctx);
Response admin_grant_remove(RequestContext& ctx);
Response admin_membership_set(RequestContext& ctx);
Response admin_user_disable(RequestContext& ctx);
Response admin_user_enable(RequestContext& ctx);
Response admin_password_link(RequestContext& ctx);
Response admin_organisations(RequestContext& ctx);
Response admin_organisation_create(RequestContext& ctx);

}  // namespace maillage::accounts
