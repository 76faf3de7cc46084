// The observatory's pages (routes in src/app/routes.cpp, all for coordinators; editing a plan is narrowed to
// the coordinators of its territory and the regional team).
#pragma once
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace soci {
class session;
}

namespace maillage::observatory {

// Administrators and the region's coordinators edit every territory's plans; a bassin's coordinator its own.
bool may_edit(const CurrentUser& user, const std::string& territory);

Response home(RequestContext& ctx);
Response plan_create(RequestContext& ctx);
Response plan_page(RequestContext& ctx);
Response plan_copy(RequestContext& ctx);
Response action_create(RequestContext& ctx);
Response action_page(RequestContext& ctx);
Response action_save(RequestContext& ctx);
Response indicator_add(RequestContext& ctx);
Response indicator_value(RequestContext& ctx);
Response indicator_delete(RequestContext& ctx);
Response action_meetings(RequestContext& ctx);
Response action_meetings_csv(RequestContext& ctx);
Response action_unlink(RequestContext& ctx);

Response activities_page(RequestContext& ctx);
Response activity_form(RequestContext& ctx);
Response activity_create(RequestContext& ctx);
Response activity_link(RequestContext& ctx);

Response needs_page(RequestContext& ctx);
Response need_add(RequestContext& ctx);

Response report_page(RequestContext& ctx);
Response report_csv_download(RequestContext& ctx);
Response report_pdf_download(RequestContext& ctx);
Response report_xlsx_download(RequestContext& ctx);
Response report_publish(RequestContext& ctx);
Response publication_page(RequestContext& ctx);
Response publication_file(RequestContext& ctx);  // {format}: html, pdf, xlsx, csv

}  // namespace maillage::observatory
