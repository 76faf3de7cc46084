// The follow-up table ("tableau de suivi"): pseudonymous situations (a code the group chooses, never a name),
// their agreements (what, who, by when; proposed, concluded in a meeting, done or abandoned), whether and how
// the person was informed, a case manager, the coded outcome on closing, and the decision-tree answers before
// anything is shared outside the group. Free text is purged after the group's retention period.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "helpdesk/requests.hpp"

namespace maillage::concertation {

constexpr std::size_t kMaxCodeChars = 40;
constexpr std::size_t kMaxSummaryChars = 2000;
constexpr std::size_t kMaxAgreementChars = 500;
constexpr std::size_t kMaxMinutesChars = 4000;

struct Situation {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::string code;
  std::int64_t presenter_user_id = 0;
  std::int64_t presenter_organisation_id = 0;
  std::string presenter_name, presenter_organisation;  // read only
  std::string age_band, gender;
  std::string postal_code, commune_nis, quarter_code, bassin_slug;
  std::vector<std::string> themes;        // directory theme codes
  std::vector<std::string> life_domains;  // life_domains()
  std::string summary;                    // free text: purged
  std::string status = "new";
  std::string informed;                   // "", yes, no
  std::string informed_how;               // free text: purged
  std::int64_t informed_by = 0;
  std::string informed_by_name;
  std::int64_t case_manager_user_id = 0;
  std::string case_manager_name;
  std::string outcome;
  std::int64_t closed_at = 0, purged_at = 0, created_at = 0, updated_at = 0;
  bool closed() const { return status == "closed"; }
};

struct Agreement {
  std::int64_t id = 0;
  std::int64_t situation_id = 0;
  std::int64_t group_id = 0;
  std::string situation_code;
  std::string what;  // free text: purged
  std::int64_t who_user_id = 0, who_organisation_id = 0;
  std::string who_name;  // the member's name, or the organisation's
  std::int64_t due_at = 0;  // 0: no date
  std::string status = "proposed";
  std::int64_t proposed_meeting_id = 0, concluded_meeting_id = 0;
  std::int64_t created_at = 0;
  bool open() const { return status == "proposed" || status == "concluded"; }
  bool overdue(std::int64_t now) const { return open() && due_at && due_at < now; }
};

// What is wrong with a situation before saving (field, msgid); the identifying-data check is the caller's.
std::vector<std::pair<std::string, const char*>> check_situation(soci::session& sql, const Situation& s);
std::int64_t create_situation(soci::session& sql, Situation s, std::int64_t now);
void update_situation(soci::session& sql, const Situation& s, std::int64_t now);
std::optional<Situation> find_situation(soci::session& sql, std::int64_t id);
bool code_taken(soci::session& sql, std::int64_t group_id, const std::string& code, std::int64_t except_id = 0);
void close_situation(soci::session& sql, std::int64_t id, const std::string& outcome, std::int64_t now);
void reopen_situation(soci::session& sql, std::int64_t id, std::int64_t now);
// The purge date of a closed situation (closing + the group's retention months), 0 while open.
std::int64_t purge_date(const Situation& s, int retention_months);
// Erasure on the person's request: the situation whole (agreements, minutes, decisions, themes).
void erase_situation(soci::session& sql, std::int64_t id);

// One row of the follow-up table: the situation and its open agreements' counts.
struct FollowUpRow {
  std::int64_t id = 0;
  std::string code, status, age_band, gender, bassin_slug, informed, outcome;
  std::int64_t created_at = 0, closed_at = 0;
  int open_agreements = 0, overdue_agreements = 0;
  std::int64_t last_meeting_at = 0;
};
// The group's follow-up table, open situations first then the most recent (at most `limit`, from `offset`). The
// agreements' counts and the last meeting are looked up for those rows only, from indexes (migration 0041).
std::vector<FollowUpRow> follow_up_table(soci::session& sql, std::int64_t group_id, std::int64_t now, int limit = 500,
                                         int offset = 0);

// One page of the follow-up table, with what the page shows about the whole table.
constexpr int kFollowUpPageSize = 50;
constexpr int kFollowUpMaxPageSize = 500;
struct FollowUpPage {
  std::vector<FollowUpRow> rows;
  int page = 1;                  // 1-based, within 1..pages()
  int page_size = kFollowUpPageSize;
  int total = 0;                 // the group's situations
  int to_inform = 0;             // open situations whose person is not recorded as informed (all pages)
  int pages() const { return total ? (total + page_size - 1) / page_size : 1; }
  int first() const { return rows.empty() ? 0 : (page - 1) * page_size + 1; }
  int last() const { return (page - 1) * page_size + static_cast<int>(rows.size()); }
};
// Page `page` (clamped to the pages there are) of `page_size` rows (clamped to 1..kFollowUpMaxPageSize).
FollowUpPage follow_up_page(soci::session& sql, std::int64_t group_id, std::int64_t now, int page,
                            int page_size = kFollowUpPageSize);

std::vector<std::pair<std::string, const char*>> check_agreement(const Agreement& a);
std::int64_t add_agreement(soci::session& sql, Agreement a, std::int64_t by, std::int64_t now);
std::optional<Agreement> find_agreement(soci::session& sql, std::int64_t id);
std::vector<Agreement> agreements_of(soci::session& sql, std::int64_t situation_id);
// The agreements of the group given to a user (a member not bound by secrecy sees only these).
std::vector<Agreement> agreements_given_to(soci::session& sql, std::int64_t group_id, std::int64_t user_id);
// Moves an agreement on: proposed → concluded (in a meeting, or 0) → done or abandoned. False if not allowed.
bool set_agreement_status(soci::session& sql, std::int64_t id, const std::string& status, std::int64_t meeting_id,
                          std::int64_t now);

struct SharingDecision {
  std::int64_t id = 0;
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  bool vital_interest = false, consent = false, conflict_of_interests = false;
  std::string decision;  // share, do_not_share
  std::string recorded_by_name;
  std::int64_t recorded_at = 0;
};
// The decision tree: sharing is allowed when the person consents or a vital interest is at stake, and no
// conflict of interests stands in the way.
std::string decide_sharing(bool vital_interest, bool consent, bool conflict_of_interests);
std::int64_t record_sharing_decision(soci::session& sql, std::int64_t situation_id, std::int64_t organisation_id,
                                     bool vital, bool consent, bool conflict, std::int64_t by, std::int64_t now);
std::vector<SharingDecision> sharing_decisions_of(soci::session& sql, std::int64_t situation_id);

// Code lists stored as "a,b,c", as the helpdesk stores them.
using helpdesk::join_codes;
using helpdesk::split_codes;

}  // namespace maillage::concertation
