// The caseload's routes. The route table lets any professional in (no access level names a team) and every
// handler narrows: record routes to the team's members (is_member), settings to its coordinators, the figures
// to the members (exact counts) and to administrators and territory coordinators (small counts suppressed).
// An administrator without the team's grant gets 403 on every record route. Every read of a record goes
// through audited_read.
#pragma once
#include "platform/http.hpp"

namespace maillage::caseload {

// Teams (team_pages.cpp)
Response home(RequestContext& ctx);
Response team_page(RequestContext& ctx);
Response settings_page(RequestContext& ctx);
Response settings_save(RequestContext& ctx);
Response term_add(RequestContext& ctx);
Response term_toggle(RequestContext& ctx);
Response admin_teams(RequestContext& ctx);
Response admin_team_create(RequestContext& ctx);

// Requests (request_pages.cpp)
Response requests_page(RequestContext& ctx);
Response request_form(RequestContext& ctx);
Response request_submit(RequestContext& ctx);
Response request_page(RequestContext& ctx);
Response request_accept(RequestContext& ctx);
Response request_refuse(RequestContext& ctx);
Response request_orient(RequestContext& ctx);

// People followed, scores and contacts (person_pages.cpp, contact_pages.cpp)
Response person_form(RequestContext& ctx);
Response person_submit(RequestContext& ctx);
Response person_page(RequestContext& ctx);
Response profiles_save(RequestContext& ctx);
Response network_add(RequestContext& ctx);
Response network_remove(RequestContext& ctx);
Response person_end(RequestContext& ctx);
Response rescore_form(RequestContext& ctx);
Response rescore_submit(RequestContext& ctx);
Response contact_form(RequestContext& ctx);
Response contact_submit(RequestContext& ctx);
Response week_form(RequestContext& ctx);
Response week_submit(RequestContext& ctx);

// Figures (figures_pages.cpp)
Response figures_page(RequestContext& ctx);
Response figures_csv(RequestContext& ctx);

}  // namespace maillage::caseload
