// The directory's routes: the public search, service and organisation pages, orientation sheets, proposals of
// changes and their review, and the read-only HSDS API.
#pragma once
#include "platform/http.hpp"

namespace maillage {
class Jobs;
}

namespace maillage::directory {

// Pages
Response search_page(RequestContext& ctx);
Response service_page(RequestContext& ctx);
Response organisation_page(RequestContext& ctx);

// Orientation sheets (no login: the sheet is reached by its random token)
Response sheet_add(RequestContext& ctx);
Response sheet_page(RequestContext& ctx);
Response sheet_update(RequestContext& ctx);
Response sheet_send(RequestContext& ctx);

// Keeping the records current
Response propose_form(RequestContext& ctx);
Response propose_submit(RequestContext& ctx);
// An editor confirms that the record is still right: verified today, by them.
Response confirm_verified(RequestContext& ctx);
Response proposals(RequestContext& ctx);
Response proposal_page(RequestContext& ctx);
Response proposal_decide(RequestContext& ctx);
Response stale_records(RequestContext& ctx);
Response import_placeholders(RequestContext& ctx);
// The search's synonym table (coordinators) and the vocabularies' labels (administrators)
Response synonyms_page(RequestContext& ctx);
Response synonym_add(RequestContext& ctx);
Response synonym_update(RequestContext& ctx);
Response synonym_delete(RequestContext& ctx);
Response vocabularies_page(RequestContext& ctx);
Response term_add(RequestContext& ctx);
Response term_update(RequestContext& ctx);
// Monthly: e-mails the editors of organisations whose services were not verified for 12 months.
void register_jobs(Jobs& jobs);

// HSDS API (JSON, CORS *)
Response api_root(RequestContext& ctx);
Response api_openapi(RequestContext& ctx);
Response api_services(RequestContext& ctx);
Response api_service(RequestContext& ctx);
Response api_organizations(RequestContext& ctx);
Response api_organization(RequestContext& ctx);
Response api_taxonomies(RequestContext& ctx);
Response api_taxonomy_terms(RequestContext& ctx);
Response api_taxonomy(RequestContext& ctx);
Response api_taxonomy_term(RequestContext& ctx);

}  // namespace maillage::directory
