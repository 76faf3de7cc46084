#include "offers/rules.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "platform/i18n.hpp"

namespace maillage::offers {

namespace {
struct Labelled {
  const char* code;
  const char* label;
};
const Labelled kTypes[] = {
    {"intervision", N_("Intervision group")},
    {"community_of_practice", N_("Community of practice")},
    {"immersion", N_("Immersion")},
    {"open_door", N_("Open-door week")},
    {"information_session", N_("Information session")},
    {"webinar", N_("Webinar")},
    {"thematic_concertation", N_("Thematic concertation")},
    {"training", N_("Training")},
};
const Labelled kStatuses[] = {
    {"confirmed", N_("Confirmed")},
    {"awaiting_email", N_("Waiting for e-mail confirmation")},
    {"waiting_list", N_("On the waiting list")},
    {"pending_approval", N_("Waiting for the organiser's approval")},
    {"refused", N_("Refused")},
    {"expired", N_("Expired")},
    {"cancelled", N_("Cancelled")},
};
}  // namespace

const std::vector<std::string>& offer_types() {
  static const std::vector<std::string> v = [] {
    std::vector<std::string> out;
    for (auto& t : kTypes) out.push_back(t.code);
    return out;
  }();
  return v;
}

bool valid_offer_type(const std::string& type) {
  for (auto& t : kTypes)
    if (type == t.code) return true;
  return false;
}

const char* offer_type_label(const std::string& type) {
  for (auto& t : kTypes)
    if (type == t.code) return t.label;
  return N_("Offer");
}

const char* status_code(Status s) { return kStatuses[static_cast<int>(s)].code; }
const char* status_label(Status s) { return kStatuses[static_cast<int>(s)].label; }

std::optional<Status> parse_status(const std::string& code) {
  for (int i = 0; i < 7; ++i)
    if (code == kStatuses[i].code) return static_cast<Status>(i);
  return std::nullopt;
}

bool holds_seat(Status s) { return s == Status::Confirmed || s == Status::AwaitingEmail; }
bool is_active(Status s) {
  return s == Status::Confirmed || s == Status::AwaitingEmail || s == Status::WaitingList ||
         s == Status::PendingApproval;
}

int seats_held(const std::vector<Seat>& seats) {
  return static_cast<int>(std::count_if(seats.begin(), seats.end(), [](const Seat& s) { return holds_seat(s.status); }));
}

namespace {
int sector_held(const std::vector<Seat>& seats, const std::string& sector) {
  if (sector.empty()) return 0;
  return static_cast<int>(std::count_if(seats.begin(), seats.end(),
                                        [&](const Seat& s) { return holds_seat(s.status) && s.sector == sector; }));
}

Status seat_status(const Applicant& a) { return a.email_verified ? Status::Confirmed : Status::AwaitingEmail; }
}  // namespace

Verdict decide(const Policy& policy, const SessionState& session, const Applicant& applicant,
               const std::vector<Seat>& others, std::int64_t now) {
  if (session.starts_at <= now) return {Status::Refused, N_("This session has already taken place or started.")};
  if (!session.open) return {Status::Refused, N_("Registration for this session is closed.")};
  if (policy.one_per_institution && !applicant.institution.empty()) {
    for (auto& s : others)
      if (is_active(s.status) && s.institution == applicant.institution)
        return {Status::Refused,
                N_("A colleague of your institution is already registered: this offer takes one person per "
                   "institution.")};
  }
  bool seat_free = seats_held(others) < session.capacity;
  bool quota_reached = policy.sector_quota > 0 && sector_held(others, applicant.sector) >= policy.sector_quota;
  // People already waiting keep their turn: a newcomer does not overtake the waiting list.
  bool someone_waiting = std::any_of(others.begin(), others.end(), [](const Seat& s) { return s.status == Status::WaitingList; });
  if (!seat_free || quota_reached || (someone_waiting && !quota_reached && !to_promote(policy, session.capacity, others).empty())) {
    if (!policy.waiting_list)
      return {Status::Refused, quota_reached ? N_("The seats for your sector are all taken.")
                                             : N_("This session is full.")};
    return {Status::WaitingList, quota_reached ? N_("The seats for your sector are all taken: you are on the waiting list.")
                                               : N_("This session is full: you are on the waiting list.")};
  }
  if (policy.approval_required) return {Status::PendingApproval, N_("The organiser will approve your registration.")};
  return {seat_status(applicant), nullptr};
}

std::vector<std::int64_t> to_promote(const Policy& policy, int capacity, const std::vector<Seat>& seats) {
  std::vector<Seat> waiting;
  for (auto& s : seats)
    if (s.status == Status::WaitingList) waiting.push_back(s);
  std::stable_sort(waiting.begin(), waiting.end(),
                   [](const Seat& a, const Seat& b) { return a.created_at != b.created_at ? a.created_at < b.created_at : a.id < b.id; });
  int free = capacity - seats_held(seats);
  std::map<std::string, int> by_sector;
  for (auto& s : seats)
    if (holds_seat(s.status) && !s.sector.empty()) ++by_sector[s.sector];
  std::vector<std::int64_t> out;
  for (auto& w : waiting) {
    if (free <= 0) break;
    if (policy.sector_quota > 0 && !w.sector.empty() && by_sector[w.sector] >= policy.sector_quota) continue;
    out.push_back(w.id);
    if (!w.sector.empty()) ++by_sector[w.sector];
    --free;
  }
  return out;
}

bool may_cancel(const Policy& policy, std::int64_t starts_at, std::int64_t now) {
  return now <= starts_at - static_cast<std::int64_t>(policy.cancellation_hours) * 3600;
}

const char* check_session(const SessionDraft& d, int confirmed_count, std::int64_t now, bool is_new) {
  if (d.starts_at <= 0 || d.ends_at <= 0) return N_("Enter the date, the start and the end of the session.");
  if (d.ends_at <= d.starts_at) return N_("The session must end after it starts.");
  if (d.ends_at - d.starts_at > 24 * 3600) return N_("A session lasts at most one day; add one session per day.");
  if (is_new && d.starts_at <= now) return N_("This session would be in the past: choose a later date.");
  if (d.capacity < 1 || d.capacity > 10000) return N_("The capacity must be a number between 1 and 10,000.");
  if (d.capacity < confirmed_count)
    return N_("The capacity cannot be lower than the number of people already confirmed. Move or refuse registrations first.");
  if (d.online && d.online_url.rfind("https://", 0) != 0) return N_("The online link must start with https://.");
  if (!d.online && d.place.empty()) return N_("Enter the place of the session, or choose an online format.");
  return nullptr;
}

std::optional<CampaignWeek> overlapping_week(const CampaignWeek& c, const std::vector<CampaignWeek>& others) {
  for (auto& o : others) {
    if (o.id == c.id && c.id != 0) continue;
    bool overlap = c.week_start < o.week_start + kWeekSeconds && o.week_start < c.week_start + kWeekSeconds;
    if (overlap) return o;
  }
  return std::nullopt;
}

std::vector<std::int64_t> not_yet_hosted(const std::vector<std::int64_t>& participants, const std::vector<std::int64_t>& hosts) {
  std::set<std::int64_t> hosted(hosts.begin(), hosts.end());
  std::vector<std::int64_t> out;
  std::set<std::int64_t> seen;
  for (auto p : participants)
    if (!hosted.count(p) && seen.insert(p).second) out.push_back(p);
  return out;
}

std::vector<AbsenceCount> repeated_absences(const std::vector<Attendance>& marks, int threshold) {
  std::map<std::string, int> count;
  for (auto& m : marks)
    if (m.mark == "no_show") ++count[m.email];
  std::vector<AbsenceCount> out;
  for (auto& [email, n] : count)
    if (n >= threshold) out.push_back({email, n});
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.absences != b.absences ? a.absences > b.absences : a.email < b.email; });
  return out;
}

double certified_hours(const std::vector<std::pair<std::int64_t, std::int64_t>>& sessions) {
  std::int64_t seconds = 0;
  for (auto& [start, end] : sessions)
    if (end > start) seconds += end - start;
  return std::round(seconds / 1800.0) / 2.0;
}

}  // namespace maillage::offers
