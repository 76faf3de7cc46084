// The offers' JSON API: the public catalogue read by other sites, and registration by scripts and by the
// page's JavaScript. Answers: 201 a seat is held, 202 waiting list or approval, 409 refused (with a reason in
// the caller's language), 422 invalid input.
#pragma once
#include "platform/http.hpp"

namespace maillage::offers::api {

Response list(RequestContext& ctx);
Response show(RequestContext& ctx);
Response register_for_session(RequestContext& ctx);

}  // namespace maillage::offers::api
