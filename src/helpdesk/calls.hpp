// The phone-system hook: a line's phone system reports each incoming call (line, time, caller number) with the
// line's token, and the responder opens the intake already filled from the list of recent unanswered calls.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace maillage::helpdesk {

// Gives the line a new token for its phone system and returns it (shown once; only its SHA-256 is kept).
// The lines' administration page calls it; the previous token stops working.
std::string set_call_token(soci::session& sql, std::int64_t line_id);
void clear_call_token(soci::session& sql, std::int64_t line_id);
// The line whose token this is, if any.
std::optional<std::int64_t> line_of_call_token(soci::session& sql, const std::string& token);

struct Call {
  std::int64_t id = 0;
  std::int64_t line_id = 0;
  std::int64_t received_at = 0;
  std::string caller_number;
  std::string status;  // new, taken, dismissed
  std::int64_t request_id = 0;
};
constexpr std::size_t kMaxCallerChars = 40;
std::int64_t record_call(soci::session& sql, std::int64_t line_id, std::int64_t at, const std::string& caller, std::int64_t now);
std::optional<Call> find_call(soci::session& sql, std::int64_t id);
// Calls of these lines not yet taken, received after `since`, newest first.
std::vector<Call> unanswered_calls(soci::session& sql, const std::vector<std::int64_t>& line_ids, std::int64_t since);
void take_call(soci::session& sql, std::int64_t call_id, std::int64_t request_id, std::int64_t user_id);
void dismiss_call(soci::session& sql, std::int64_t call_id, std::int64_t user_id);

// POST /api/helpdesk/calls (no cookie, CSRF-exempt): Authorization: Bearer <line token>; fields `caller`
// (the number shown by the phone system) and optionally `at` (Unix seconds; default now). 201 {"id": n}.
Response api_record_call(RequestContext& ctx);

}  // namespace maillage::helpdesk
