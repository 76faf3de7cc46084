// The helpdesk's routes: the responders' home and intake, the request page with its orientation and follow-up,
// transfers between lines, the professionals' web form and "My requests". Access: the route table lets in the
// responders (and administrators); every handler narrows to the lines the caller answers (responds_for_line),
// so that an administrator without the line's grant never reads a request's text.
#pragma once
#include "platform/http.hpp"

namespace maillage::helpdesk {

// Responders
Response home(RequestContext& ctx);
Response intake_form(RequestContext& ctx);
Response intake_submit(RequestContext& ctx);
Response organisation_suggestions(RequestContext& ctx);  // the type-ahead's list (htmx), also a plain page
Response call_dismiss(RequestContext& ctx);
Response request_page(RequestContext& ctx);
Response orient_page(RequestContext& ctx);
Response orientation_add(RequestContext& ctx);
Response orientation_outcome(RequestContext& ctx);
Response sheet_send(RequestContext& ctx);
Response note_add(RequestContext& ctx);
Response callback_set(RequestContext& ctx);
Response feedback_set(RequestContext& ctx);
Response levels_set(RequestContext& ctx);
Response request_close(RequestContext& ctx);
Response request_reopen(RequestContext& ctx);
Response legal_hold_set(RequestContext& ctx);
Response correct_form(RequestContext& ctx);
Response correct_submit(RequestContext& ctx);
Response transfer_propose(RequestContext& ctx);
Response transfer_answer(RequestContext& ctx);
Response unmet_need_add(RequestContext& ctx);

// Professionals
Response ask_form(RequestContext& ctx);
Response ask_submit(RequestContext& ctx);
Response my_requests(RequestContext& ctx);

}  // namespace maillage::helpdesk
