// Where registration is decided: the rules of the offers as pure functions of plain values, so that each is
// tested on its own. The model (model.cpp) reads the values inside the transaction that writes the outcome.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::offers {

// The offer types of the catalogue, in catalogue order.
const std::vector<std::string>& offer_types();
bool valid_offer_type(const std::string& type);
const char* offer_type_label(const std::string& type);  // catalogue msgid

enum class Status { Confirmed, AwaitingEmail, WaitingList, PendingApproval, Refused, Expired, Cancelled };
const char* status_code(Status s);                 // "confirmed", ...
std::optional<Status> parse_status(const std::string& code);
const char* status_label(Status s);                // catalogue msgid
// Statuses that hold a seat (an unconfirmed e-mail registration holds it until its hold time ends).
bool holds_seat(Status s);
// Statuses of a registration still alive (counted for duplicates and one-per-institution).
bool is_active(Status s);

// The registration policy of one offer.
struct Policy {
  bool approval_required = false;
  bool one_per_institution = false;
  int sector_quota = 0;        // 0: none; else at most N seats held by one sector
  bool waiting_list = true;
  int cancellation_hours = 24; // the person may cancel until this many hours before the start
  int hold_hours = 24;         // an unconfirmed e-mail registration holds its seat this long
};

// The session as the registration sees it, read under the session's lock.
struct SessionState {
  int capacity = 0;
  std::int64_t starts_at = 0;
  bool open = true;  // session open and offer published (and, for open doors, registration opened)
};

// A registration already on this session (active ones only).
struct Seat {
  std::int64_t id = 0;
  Status status = Status::Confirmed;
  std::string institution;  // organisation id as text, or its lower-cased name for anonymous people
  std::string sector;
  std::int64_t created_at = 0;
  bool email_verified = true;
};

struct Applicant {
  std::string institution;
  std::string sector;
  bool email_verified = true;  // logged in, or anonymous having clicked the link
};

struct Verdict {
  Status status = Status::Refused;
  const char* reason = nullptr;  // catalogue msgid when refused, or why put on the waiting list
};

// Decides what happens to one applicant. Refusals: session started or in the past, registration closed,
// another colleague of the institution already registered (one per institution), full without waiting list.
Verdict decide(const Policy& policy, const SessionState& session, const Applicant& applicant,
               const std::vector<Seat>& others, std::int64_t now);

// Seats held now.
int seats_held(const std::vector<Seat>& seats);

// Which waiting-list registrations to promote after seats freed, oldest first, skipping those a sector quota
// still blocks. `seats` holds every active registration of the session.
std::vector<std::int64_t> to_promote(const Policy& policy, int capacity, const std::vector<Seat>& seats);

// Whether a person may still cancel.
bool may_cancel(const Policy& policy, std::int64_t starts_at, std::int64_t now);

// Checks of a session an organiser creates or edits (catalogue msgid, or nullptr when fine).
struct SessionDraft {
  std::int64_t starts_at = 0, ends_at = 0;
  int capacity = 0;
  bool online = false;
  std::string place, online_url;
};
const char* check_session(const SessionDraft& draft, int confirmed_count, std::int64_t now, bool is_new);

// Open-door weeks: a week (7 days from week_start) of one bassin may not overlap another bassin's week, nor
// another week of the same bassin.
struct CampaignWeek {
  std::int64_t id = 0;
  std::string bassin;
  std::int64_t week_start = 0;
};
std::optional<CampaignWeek> overlapping_week(const CampaignWeek& candidate, const std::vector<CampaignWeek>& others);
constexpr std::int64_t kWeekSeconds = 7 * 86400;
constexpr std::int64_t kOpenDoorSlotSeconds = 90 * 60;
constexpr int kOpenDoorMinSeats = 10, kOpenDoorMaxSeats = 15;

// Intervision reciprocity: the participants' institutions that have not hosted a session yet, in the order
// they joined, so the next host is proposed fairly.
std::vector<std::int64_t> not_yet_hosted(const std::vector<std::int64_t>& participant_institutions,
                                         const std::vector<std::int64_t>& past_hosts);

// No-shows: absences per person (by e-mail), and those absent `threshold` times or more.
struct Attendance {
  std::string email;
  std::string mark;  // "present", "no_show" or ""
};
struct AbsenceCount {
  std::string email;
  int absences = 0;
};
std::vector<AbsenceCount> repeated_absences(const std::vector<Attendance>& marks, int threshold = 2);

// Hours of attendance a certificate states: the sum of the sessions attended, rounded to the half hour.
double certified_hours(const std::vector<std::pair<std::int64_t, std::int64_t>>& attended_sessions);

}  // namespace maillage::offers
