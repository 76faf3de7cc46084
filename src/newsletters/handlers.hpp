// The newsletters' routes: the public lists and their sign-up (double opt-in), the private links to confirm and
// to unsubscribe (one click, RFC 8058), and the coordinators' pages for lists and campaigns.
#pragma once
#include "platform/http.hpp"

namespace maillage::newsletters {

Response lists_page(RequestContext& ctx);
Response list_page(RequestContext& ctx);
Response subscribe(RequestContext& ctx);
Response confirm_page(RequestContext& ctx);
Response confirm_submit(RequestContext& ctx);
Response unsubscribe_page(RequestContext& ctx);
Response unsubscribe_submit(RequestContext& ctx);  // CSRF-exempt: the link is the authority, no cookie is read

Response manage_lists(RequestContext& ctx);
Response create_list(RequestContext& ctx);
Response manage_list(RequestContext& ctx);
Response create_campaign(RequestContext& ctx);
Response campaign_page(RequestContext& ctx);
Response update_campaign(RequestContext& ctx);
Response test_campaign(RequestContext& ctx);
Response send_campaign_now(RequestContext& ctx);

}  // namespace maillage::newsletters
