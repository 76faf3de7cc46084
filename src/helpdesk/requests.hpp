// The requests a line receives ("demandes") and their coded vocabularies: what intake records, what the
// statistics count, what the retention purge keeps. The person concerned is coded, never named: the only free
// text is the question, the requester's call-back contact, the feedback and the notes of the history.
// Every code list of the helpdesk is here, once, with its catalogue labels (N_()).
#pragma once
#include <soci/soci.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/code_lists.hpp"

namespace maillage::helpdesk {

// ---- Coded vocabularies (codes are stored: never rename one) ----------------------------------------------
CodeList channels();             // phone, email, web_form, in_person
CodeList age_bands();            // under_18, 18_25, 26_39, 40_64, 65_plus, unknown
CodeList genders();              // female, male, other, unknown
CodeList person_statuses();      // administrative status: legal_residence, eu_unregistered, asylum_seeker, ...
CodeList complexities();         // information, complex
CodeList orientation_outcomes(); // proposed, contacted, accepted, refused, no_answer
CodeList closing_outcomes();     // oriented, information, no_solution, transferred
CodeList levels();               // levels explored: bassin, region, specialised
CodeList request_statuses();     // open, closed
CodeList event_kinds();          // the kinds of helpdesk_events (created, note, contact, callback, ...)
CodeList transfer_statuses();    // proposed, accepted, declined
// The languages a person may be helped in (ISO 639-1 codes as the directory's services list them).
const std::vector<std::string>& person_languages();

// ---- The request --------------------------------------------------------------------------------------------
struct OrientationRequest {
  std::int64_t id = 0;
  std::string reference;                 // "HD-2026-000123", given by create_request
  std::int64_t line_id = 0;              // the line handling it now
  std::int64_t line_reached_id = 0;      // the line the requester reached; 0: "non notifié"
  std::string channel = "phone";
  std::int64_t received_at = 0;
  std::string status = "open";
  // Who asks: a professional (account, organisation from the directory or typed), function, sector, contact.
  std::int64_t requester_user_id = 0;
  std::int64_t requester_organisation_id = 0;
  std::string requester_organisation_text;
  std::string requester_function;
  std::string requester_sector;          // a code of the sectors vocabulary (platform/sectors.hpp)
  std::string requester_contact;         // call-back phone or e-mail (free text: purged)
  // The person concerned, coded.
  std::string person_age_band, person_gender;
  std::string person_postal_code, person_commune_nis, person_bassin_slug;
  std::string person_quarter_code;       // a quarter of territory/quarters.hpp, when the responder named it
  std::vector<std::string> person_languages;
  std::string person_status;
  std::vector<std::string> themes;       // directory theme codes
  std::string complexity = "information";
  std::string question;                  // free text: purged
  // Follow-up
  std::string feedback;                  // free text: purged
  std::vector<std::string> levels_explored;
  std::int64_t first_orientation_at = 0, feedback_at = 0;
  std::int64_t callback_at = 0, callback_user_id = 0;
  std::string outcome;                   // closing_outcomes(), set when closed
  std::int64_t closed_at = 0, closed_by = 0;
  bool legal_hold = false;
  std::string legal_hold_reason;  // why the hold was put (empty when there is none)
  std::int64_t purged_at = 0;
  std::int64_t created_by = 0, created_at = 0, updated_at = 0;

  bool closed() const { return status == "closed"; }
};

// Bounds of what a form may carry.
constexpr std::size_t kMaxQuestionChars = 4000;
constexpr std::size_t kMaxNoteChars = 4000;
constexpr std::size_t kMaxShortChars = 200;

// What is wrong with a request before it is saved: (field, catalogue msgid) pairs; empty when it may be saved.
// The requester's sector, a vocabulary in the database (platform/sectors.hpp), is checked by the intake.
std::vector<std::pair<std::string, const char*>> check_request(const OrientationRequest& r);

// Saves a new request with its themes and a "created" event, in the caller's transaction; fills the bassin
// (and the commune) from the postal code when the caller left them empty, and the line from the bassin when
// line_id is 0. Returns the new id. The caller checked the request (check_request) and who may create it.
// helpdesk-stats' generator and the demo call it too, with received_at and created_at in the past.
std::int64_t create_request(soci::session& sql, OrientationRequest r, std::int64_t now);

std::optional<OrientationRequest> find_request(soci::session& sql, std::int64_t id);

// Corrects the coded fields of an existing request (channel, line reached, requester's organisation, function
// and sector, the person's age band, gender, place, languages and administrative status, themes, complexity)
// from `corrected`; the line handling it, its reception time, its free text and its follow-up stay. Writes a
// "corrected" event whose note lists each change as "field: old -> new" (codes, never free text of the person)
// and returns that list (empty: nothing changed, nothing written). The themes are rewritten with their copy of
// the reception time (migration 0038), so the statistics follow the corrected values.
std::string correct_request(soci::session& sql, const OrientationRequest& old, const OrientationRequest& corrected,
                            std::int64_t user_id, std::int64_t now);
std::optional<OrientationRequest> find_request_by_reference(soci::session& sql, const std::string& reference);

// ---- Lists ------------------------------------------------------------------------------------------------
struct RequestSummary {
  std::int64_t id = 0;
  std::string reference;
  std::int64_t line_id = 0;
  std::string channel, status, complexity, person_bassin_slug, outcome;
  std::int64_t received_at = 0, callback_at = 0, callback_user_id = 0, requester_user_id = 0;
  std::string requester;  // organisation name (directory) or typed text
  std::vector<std::string> themes;
};
// Open requests of these lines, newest first (at most `limit`).
std::vector<RequestSummary> open_requests(soci::session& sql, const std::vector<std::int64_t>& line_ids, int limit = 200);
// Open requests of these lines with a call-back in [from, to), soonest first: "to call back today".
std::vector<RequestSummary> callbacks_between(soci::session& sql, const std::vector<std::int64_t>& line_ids,
                                              std::int64_t from, std::int64_t to);
// The home's working lists, bounded and paged: one page of `limit` rows from each list's offset (past the end: the
// last page), and how many there are in all. [0] the open requests of these lines with a call-back before
// `due_before` (late ones included) planned for user_id, soonest first; [1] the same planned for someone else or for
// nobody; [2] the lines' open requests, newest first. With them, how many calls the phone system reported since
// `calls_since` are not taken yet and how many transfers are proposed to the lines, so that the home reads those
// lists only when there is something in them. Two round trips whatever the volume: the counts on the indexes
// helpdesk_requests_callbacks and _callback_user, then the three pages with their themes.
struct SummaryPage {
  std::vector<RequestSummary> rows;
  std::int64_t total = 0;
};
struct WorkingLists {
  std::array<SummaryPage, 3> lists;
  std::int64_t unanswered_calls = 0, pending_transfers = 0;
  SummaryPage& operator[](std::size_t i) { return lists[i]; }
  const SummaryPage& operator[](std::size_t i) const { return lists[i]; }
};
WorkingLists working_lists(soci::session& sql, const std::vector<std::int64_t>& line_ids, std::int64_t user_id,
                           std::int64_t due_before, std::int64_t calls_since, const std::array<int, 3>& offsets,
                           int limit);
// The requests a professional sent (requester_user_id), newest first.
std::vector<RequestSummary> requests_of_requester(soci::session& sql, std::int64_t user_id, int limit = 200);

// Lists stored as "a,b,c".
std::string join_codes(const std::vector<std::string>& codes);
std::vector<std::string> split_codes(const std::string& stored);

}  // namespace maillage::helpdesk
