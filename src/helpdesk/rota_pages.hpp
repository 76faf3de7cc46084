// Pages of the helpdesk's lines administration, line pages, rota and responder's guide. The route table
// (src/app/routes.cpp) gives each its least access; the handlers narrow to the line's responders and
// coordinators.
#pragma once
#include "platform/http.hpp"

namespace maillage {
class App;
}

namespace maillage::helpdesk {

// Administrators: the lines, one line's facts, its phone-system token.
Response admin_lines(RequestContext& ctx);
Response admin_lines_defaults(RequestContext& ctx);
Response admin_line_form(RequestContext& ctx);
Response admin_line_save(RequestContext& ctx);
Response admin_line_token(RequestContext& ctx);

// A line's page and rota: its responders, the territory coordinators, administrators.
Response lines_index(RequestContext& ctx);
Response line_page(RequestContext& ctx);
Response rota_week(RequestContext& ctx);
Response rota_take(RequestContext& ctx);
Response rota_leave(RequestContext& ctx);
Response rota_assign(RequestContext& ctx);
Response line_absence_add(RequestContext& ctx);
// A responder's own shifts, absences and calendar feed.
Response my_rota(RequestContext& ctx);
Response my_absence_add(RequestContext& ctx);
Response absence_remove(RequestContext& ctx);
Response rota_feed_new(RequestContext& ctx);
Response rota_feed_file(RequestContext& ctx);  // public: /helpdesk/rota/feed/{token}.ics

// The responder's guide: responders read and edit, coordinators read.
Response guide_index(RequestContext& ctx);
Response guide_page(RequestContext& ctx);
Response guide_new_form(RequestContext& ctx);
Response guide_create(RequestContext& ctx);
Response guide_edit_form(RequestContext& ctx);
Response guide_save(RequestContext& ctx);
Response guide_history_page(RequestContext& ctx);
Response guide_revision_page(RequestContext& ctx);

// Demo data of the rota and the guide: the six lines, two demo responders with logins (README), a few more
// responders, a rota over the past months and the next weeks with absences and a gap next week, and the guide.
void seed_rota_demo(App& app);

}  // namespace maillage::helpdesk
