// Pages the platform itself serves: home, static files, health and metrics, and the administrators' views of
// the outbox, the audit log, the background jobs and the sectors.
#pragma once
#include "platform/http.hpp"

namespace maillage::platform {

Response static_file(RequestContext& ctx);
Response healthz(RequestContext& ctx);
Response metrics(RequestContext& ctx);
Response admin_index(RequestContext& ctx);
Response admin_outbox(RequestContext& ctx);
Response admin_outbox_message(RequestContext& ctx);
Response admin_audit(RequestContext& ctx);
Response admin_jobs(RequestContext& ctx);
// The sectors' vocabulary (sector_pages.cpp).
Response admin_sectors(RequestContext& ctx);
Response admin_sector_add(RequestContext& ctx);
Response admin_sector_update(RequestContext& ctx);
Response admin_sector_retire(RequestContext& ctx);

}  // namespace maillage::platform
