// What happens to a request after intake ("suivi de la demande"): its history, the services it is oriented to
// with their outcome, the call-back, the notes of each contact, the feedback to the requester, the levels
// explored, closing with an outcome, transfers between lines (proposed, then accepted or declined by the
// receiving line, the history travelling with the request) and the unmet needs kept for the observatory.
// Every change writes an event of the history in the caller's transaction.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helpdesk/requests.hpp"

namespace maillage::helpdesk {

struct Event {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::int64_t user_id = 0;
  std::string user_name;  // name, or e-mail
  std::string kind;       // event_kinds()
  std::int64_t line_id = 0;
  std::string note;       // free text (purged)
};
void add_event(soci::session& sql, std::int64_t request_id, std::int64_t user_id, const std::string& kind,
               std::int64_t line_id, const std::string& note, std::int64_t now);
// Oldest first.
std::vector<Event> history(soci::session& sql, std::int64_t request_id);

struct Orientation {
  std::int64_t id = 0;
  std::int64_t request_id = 0;
  std::int64_t service_id = 0;
  std::string service_hsds_id;  // for the link to the directory's record
  std::string service_name;     // in the page's language (fallback to another)
  std::string reason;           // free text (purged)
  std::string outcome = "proposed";
  std::int64_t created_at = 0, updated_at = 0;
};
std::vector<Orientation> orientations_of(soci::session& sql, std::int64_t request_id, const std::string& lang);
// Attaches a service with its reason (first_orientation_at is set on the first). False when already attached.
bool add_orientation(soci::session& sql, const OrientationRequest& r, std::int64_t service_id, const std::string& reason,
                     std::int64_t user_id, std::int64_t now);
// False when the orientation is not the request's or the outcome is unknown.
bool set_orientation_outcome(soci::session& sql, const OrientationRequest& r, std::int64_t orientation_id,
                             const std::string& outcome, std::int64_t user_id, std::int64_t now);

// A call-back at `at` (0 clears it) by `responder_id` (0: anyone of the line).
void set_callback(soci::session& sql, const OrientationRequest& r, std::int64_t at, std::int64_t responder_id,
                  std::int64_t user_id, std::int64_t now);
// A note, or the notes of a contact with the requester (kind "note" or "contact").
void add_note(soci::session& sql, const OrientationRequest& r, const std::string& kind, const std::string& note,
              std::int64_t user_id, std::int64_t now);
// The feedback given to the requester (the professional who asked sees it in "My requests").
void give_feedback(soci::session& sql, const OrientationRequest& r, const std::string& feedback, std::int64_t user_id,
                   std::int64_t now);
void set_levels(soci::session& sql, const OrientationRequest& r, const std::vector<std::string>& levels,
                std::int64_t user_id, std::int64_t now);
// Closes with an outcome (closing_outcomes()); a refusal msgid, or nullptr when closed.
const char* close_request(soci::session& sql, const OrientationRequest& r, const std::string& outcome,
                          std::int64_t user_id, std::int64_t now);
void reopen_request(soci::session& sql, const OrientationRequest& r, std::int64_t user_id, std::int64_t now);
// Puts (with its reason, written in the history too) or lifts a legal hold: a held request is never purged.
void set_legal_hold(soci::session& sql, const OrientationRequest& r, bool hold, const std::string& reason,
                    std::int64_t user_id, std::int64_t now);

// ---- Transfers --------------------------------------------------------------------------------------------
struct Transfer {
  std::int64_t id = 0;
  std::int64_t request_id = 0;
  std::string reference;  // the request's
  std::int64_t from_line_id = 0, to_line_id = 0;
  std::string reason;     // free text (purged)
  std::string status = "proposed";
  std::int64_t proposed_by = 0, proposed_at = 0, answered_by = 0, answered_at = 0;
  std::string answer_note;
};
// Proposes the request to another line; a refusal msgid (same line, closed, one already pending) or nullptr.
const char* propose_transfer(soci::session& sql, const OrientationRequest& r, std::int64_t to_line_id,
                             const std::string& reason, std::int64_t user_id, std::int64_t now,
                             std::int64_t* transfer_id = nullptr);
// The receiving line accepts (the request moves to it, with its whole history) or declines. False when the
// transfer is not pending.
bool answer_transfer(soci::session& sql, std::int64_t transfer_id, bool accept, const std::string& note,
                     std::int64_t user_id, std::int64_t now);
std::optional<Transfer> find_transfer(soci::session& sql, std::int64_t transfer_id);
std::optional<Transfer> pending_transfer(soci::session& sql, std::int64_t request_id);
std::vector<Transfer> transfers_of(soci::session& sql, std::int64_t request_id);
// Transfers proposed to these lines, waiting for their answer.
std::vector<Transfer> pending_transfers_to(soci::session& sql, const std::vector<std::int64_t>& line_ids);
// The responders of a line (to tell them of a transfer): e-mail and language.
struct Responder {
  std::int64_t user_id = 0;
  std::string email, name, lang;
};
std::vector<Responder> responders_of(soci::session& sql, std::int64_t line_id);

// ---- Unmet needs ------------------------------------------------------------------------------------------
struct UnmetNeed {
  std::int64_t id = 0;
  std::int64_t request_id = 0, line_id = 0;
  std::string bassin_slug;
  std::vector<std::string> themes;
  std::string public_code;  // a directory "publics" code
  std::string summary;      // one sentence
  std::int64_t created_at = 0;
};
std::int64_t flag_unmet_need(soci::session& sql, const OrientationRequest& r, const UnmetNeed& need,
                             std::int64_t user_id, std::int64_t now);
std::vector<UnmetNeed> unmet_needs_of(soci::session& sql, std::int64_t request_id);
constexpr std::size_t kMaxUnmetSummaryChars = 300;

}  // namespace maillage::helpdesk
