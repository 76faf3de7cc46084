#include "app/routes.hpp"

#include "accounts/handlers.hpp"
#include "directory/handlers.hpp"
#include "platform/pages.hpp"
#include "territory/handlers.hpp"

namespace maillage {

std::vector<Route> route_table() {
  using enum Method;
  using enum Access;
  namespace acc = accounts;
  namespace ter = territory;
  namespace pf = platform;
  namespace dir = directory;
  return {
      // Platform
      {Get, "/", Public, pf::home},
      {Get, "/static/*", Public, pf::static_file},
      {Get, "/healthz", Public, pf::healthz},
      {Get, "/metrics", Public, pf::metrics},  // counts only, no personal data; restrict at the proxy if wished
      {Get, "/admin", Admin, pf::admin_index},
      {Get, "/admin/outbox", Admin, pf::admin_outbox},
      {Get, "/admin/outbox/{id}", Admin, pf::admin_outbox_message},
      {Get, "/admin/audit", Admin, pf::admin_audit},
      {Get, "/admin/jobs", Admin, pf::admin_jobs},

      // Accounts
      {Get, "/login", Public, acc::login_form},
      {Post, "/login", Public, acc::login},
      {Post, "/logout", Professional, acc::logout},
      {Get, "/password/forgot", Public, acc::forgot_form},
      {Post, "/password/forgot", Public, acc::forgot},
      {Get, "/password/set/{token}", Public, acc::set_password_form},
      {Post, "/password/set/{token}", Public, acc::set_password_submit},
      {Get, "/profile", Professional, acc::profile},
      {Post, "/profile", Professional, acc::profile_update},
      {Post, "/profile/password", Professional, acc::profile_password},
      {Get, "/invitations", OrgCoordinator, acc::invitations},
      {Post, "/invitations", OrgCoordinator, acc::invite},
      {Get, "/invitations/{token}", Public, acc::invitation_form},
      {Post, "/invitations/{token}", Public, acc::invitation_accept},
      {Get, "/coordination", Coordinator, acc::coordination},
      {Get, "/admin/users", Admin, acc::admin_users},
      {Post, "/admin/users", Admin, acc::admin_user_create},
      {Get, "/admin/users/{id}", Admin, acc::admin_user},
      {Post, "/admin/users/{id}/grants", Admin, acc::admin_grant_add},
      {Post, "/admin/users/{id}/grants/{gid}/delete", Admin, acc::admin_grant_remove},
      {Post, "/admin/users/{id}/memberships", Admin, acc::admin_membership_set},
      {Post, "/admin/users/{id}/disable", Admin, acc::admin_user_disable},
      {Post, "/admin/users/{id}/enable", Admin, acc::admin_user_enable},
      {Post, "/admin/users/{id}/password-link", Admin, acc::admin_password_link},
      {Get, "/admin/organisations", Admin, acc::admin_organisations},
      {Post, "/admin/organisations", Admin, acc::admin_organisation_create},

      // Territory
      {Get, "/territory", Public, ter::overview},
      {Get, "/territory/communes.geojson", Public, ter::communes_geojson_file},
      {Get, "/api/territory/postal-codes/{code}", Public, ter::postal_code_json},
      {Get, "/admin/territory", Admin, ter::admin_mapping},
      {Post, "/admin/territory/postal-codes/{code}", Admin, ter::admin_remap},

      // Directory: public search and records, orientation sheets kept by token, proposals reviewed by the
      // coordinators of the service's care area (handlers narrow editors and reviewers to their records).
      {Get, "/directory", Public, dir::search_page},
      {Get, "/directory/services/{id}", Public, dir::service_page},
      {Get, "/directory/organisations/{id}", Public, dir::organisation_page},
      {Post, "/directory/sheet/add", Public, dir::sheet_add},
      {Get, "/directory/sheets/{token}", Public, dir::sheet_page},
      {Post, "/directory/sheets/{token}", Public, dir::sheet_update},
      {Post, "/directory/sheets/{token}/send", Public, dir::sheet_send},
      {Get, "/directory/services/{id}/propose", Professional, dir::propose_form},
      {Post, "/directory/services/{id}/propose", Professional, dir::propose_submit},
      {Post, "/directory/services/{id}/verified", Professional, dir::confirm_verified},
      {Get, "/directory/proposals", Coordinator, dir::proposals},
      {Get, "/directory/proposals/{id}", Coordinator, dir::proposal_page},
      {Post, "/directory/proposals/{id}", Coordinator, dir::proposal_decide},
      {Get, "/directory/stale", Coordinator, dir::stale_records},
      // HSDS 3.0 read-only API, for other directories and helplines (CORS *)
      {Get, "/api/hsds", Public, dir::api_root},
      {Get, "/api/hsds/", Public, dir::api_root},
      {Get, "/api/hsds/openapi.json", Public, dir::api_openapi},
      {Get, "/api/hsds/services", Public, dir::api_services},
      {Get, "/api/hsds/services/{id}", Public, dir::api_service},
      {Get, "/api/hsds/organizations", Public, dir::api_organizations},
      {Get, "/api/hsds/organizations/{id}", Public, dir::api_organization},
      {Get, "/api/hsds/taxonomies", Public, dir::api_taxonomies},
      {Get, "/api/hsds/taxonomy_terms", Public, dir::api_taxonomy_terms},
  };
}

}  // namespace maillage
