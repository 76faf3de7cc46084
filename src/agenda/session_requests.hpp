// Sessions on request (Brus'Info): an organisation asks for an information session on a theme at its premises
// (form, logged in or not); the bassin team, or the region's, schedules it as a session of an offer at that place,
// or declines it. Requests count by bassin and theme as the networks report them. And replays: a session that
// took place may carry the link of its recording.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace maillage::agenda {

struct SessionRequest {
  std::int64_t id = 0;
  std::string organisation_name, contact_name, email, phone, theme, bassin = "region", place, postal_code, wished,
      message, lang = "fr", status = "new", decline_reason;
  int participants = 0;
  std::int64_t user_id = 0, decided_by = 0, decided_at = 0, session_id = 0, created_at = 0;
};

std::int64_t insert_request(soci::session& sql, SessionRequest& r);
std::optional<SessionRequest> find_request(soci::session& sql, std::int64_t id);
// Newest first; `bassins` empty: every request, else those of these bassins.
std::vector<SessionRequest> list_requests(soci::session& sql, const std::vector<std::string>& bassins, int limit = 500);
struct RequestCount {
  std::string key;  // bassin slug ("region") or theme code
  int count = 0;
};
// Requests received in [from, to), by bassin and by theme.
std::vector<RequestCount> requests_by_bassin(soci::session& sql, std::int64_t from, std::int64_t to);
std::vector<RequestCount> requests_by_theme(soci::session& sql, std::int64_t from, std::int64_t to);

struct Scheduling {
  std::int64_t starts_at = 0, ends_at = 0;
  std::int64_t decided_by = 0;
  std::string title_fr, title_nl, title_en;
};
// Creates the offer (an information session of the request's bassin, for logged-in professionals: it is held for
// one team, not the public agenda) and its session at the request's place; the request becomes scheduled.
std::int64_t schedule_request(soci::session& sql, SessionRequest& r, const Scheduling& s, std::int64_t now);
bool decline_request(soci::session& sql, std::int64_t id, const std::string& reason, std::int64_t by, std::int64_t now);

// Replays: the recording link of a session (empty: none).
std::string recording_of(soci::session& sql, std::int64_t session_id);
void set_recording(soci::session& sql, std::int64_t session_id, const std::string& url);

// Routes.
Response request_form(RequestContext& ctx);
Response request_submit(RequestContext& ctx);
Response requests_page(RequestContext& ctx);
Response request_page(RequestContext& ctx);
Response request_schedule(RequestContext& ctx);
Response request_decline(RequestContext& ctx);
Response recording_submit(RequestContext& ctx);  // POST /agenda/sessions/{id}/recording, the offer's organisers

}  // namespace maillage::agenda
