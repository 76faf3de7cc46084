// Concertation groups and who may read them: the group (kind, territory, organisers, rhythm, default duration
// and place, legal basis), its charter in numbered versions (fr, nl, en), and its members. A person reads the
// group only while they accepted the current charter version AND their organisation's acceptance of that
// version is recorded (online by one of its coordinators, or on paper by an organiser naming who signed); the
// grant "concertation_member" scoped to the group follows that rule (sync_member_grant). An administrator
// manages groups but is no member: confidential reads narrow on the grant, never on is_admin().
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/code_lists.hpp"
#include "platform/http.hpp"

namespace maillage::concertation {

// ---- Coded vocabularies (stored codes: never rename one) ---------------------------------------------------
CodeList group_kinds();      // neighbourhood, steering, case_manager_network
CodeList territory_kinds();  // quarter, commune, bassin
CodeList rhythms();          // weekly, biweekly, monthly, other
CodeList legal_bases();      // law, decree, ordinance, prosecutor
CodeList age_bands();        // under_18, 18_25, 26_39, 40_64, 65_plus, unknown
CodeList genders();          // female, male, other, unknown
CodeList life_domains();     // health, mental_health, housing, income, family, social_ties, justice, daily_life
CodeList situation_statuses();  // new, followed, closed
CodeList agreement_statuses();  // proposed, concluded, done, abandoned
CodeList informed_values();     // yes, no
CodeList sharing_decisions();   // share, do_not_share

constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxCharterChars = 20000;
constexpr int kDefaultRetentionMonths = 12;

struct Group {
  std::int64_t id = 0;
  std::string name;
  std::string kind = "neighbourhood";
  std::string territory_kind = "commune";
  std::string territory_code;  // quarter code, commune NIS or bassin slug
  std::string bassin_slug;     // the bassin the territory lies in (for the counts by bassin)
  std::string rhythm = "monthly";
  int default_minutes = 60;
  std::string default_place;   // a room, or the video link
  bool default_video = true;
  std::string legal_basis;     // legal_bases()
  std::string legal_reference; // the law, decree or ordinance, or the prosecutor's authorisation
  int retention_months = kDefaultRetentionMonths;
  int small_count_threshold = 5;
  std::int64_t created_at = 0, updated_at = 0;
};

struct Charter {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  int version = 0;
  std::string text_fr, text_nl, text_en;
  std::int64_t published_at = 0;
  const std::string& text(const std::string& lang) const;  // the language asked, else French
};

struct Member {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::int64_t user_id = 0;
  std::string name, email;
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  bool organiser = false;
  bool bound_by_secrecy = true;
  int accepted_version = 0;
  std::int64_t accepted_at = 0;
  bool organisation_accepted = false;  // of the current version
  bool active = false;                 // both acceptances of the current version
};

struct OrganisationAcceptance {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  int version = 0;
  bool on_paper = false;
  std::string signed_by;
  std::string recorded_by_name;
  std::int64_t recorded_at = 0;
};

// What a group's validation finds wrong: (field, msgid) pairs.
std::vector<std::pair<std::string, const char*>> check_group(soci::session& sql, const Group& g);
std::int64_t create_group(soci::session& sql, Group g, std::int64_t by, std::int64_t now);
void update_group(soci::session& sql, const Group& g, std::int64_t now);
std::optional<Group> find_group(soci::session& sql, std::int64_t id);
std::vector<Group> list_groups(soci::session& sql);
// The territory's bassin: the bassin itself, the commune's (first postal code) or the quarter's.
std::string bassin_of_territory(soci::session& sql, const std::string& kind, const std::string& code);
std::string territory_label(soci::session& sql, const Group& g, const std::string& lang);

// The current charter (highest version), if any.
std::optional<Charter> current_charter(soci::session& sql, std::int64_t group_id);
// Publishes a new version (current + 1): every member and organisation is asked again. Returns the version.
int publish_charter(soci::session& sql, std::int64_t group_id, const std::string& fr, const std::string& nl,
                    const std::string& en, std::int64_t by, std::int64_t now);

// Members, with their acceptances of the current version.
std::vector<Member> members_of(soci::session& sql, std::int64_t group_id);
std::optional<Member> member_of(soci::session& sql, std::int64_t group_id, std::int64_t user_id);
std::optional<Member> find_member(soci::session& sql, std::int64_t member_id);
// Invites a person for an organisation (their membership of it is checked by the caller). Returns the member
// id; an existing member's organisation and flags are updated.
std::int64_t invite_member(soci::session& sql, std::int64_t group_id, std::int64_t user_id, std::int64_t organisation_id,
                           bool organiser, bool bound, std::int64_t by, std::int64_t now);
void set_member_flags(soci::session& sql, std::int64_t member_id, bool organiser, bool bound);
void remove_member(soci::session& sql, std::int64_t member_id);
// The person accepts the current version.
void accept_charter(soci::session& sql, std::int64_t group_id, std::int64_t user_id, int version, std::int64_t now);
// The organisation accepts the version (online or on paper).
void record_organisation_acceptance(soci::session& sql, std::int64_t group_id, std::int64_t organisation_id, int version,
                                    bool on_paper, const std::string& signed_by, std::int64_t by, std::int64_t now);
bool organisation_accepted(soci::session& sql, std::int64_t group_id, std::int64_t organisation_id, int version);
std::vector<OrganisationAcceptance> organisation_acceptances(soci::session& sql, std::int64_t group_id, int version);
// Gives or takes back the grant "concertation_member"/"group"/id of one member (or of every member of the
// group) to match the charter rule. Returns whether the member is active.
bool sync_member_grant(soci::session& sql, std::int64_t group_id, std::int64_t user_id);
void sync_group_grants(soci::session& sql, std::int64_t group_id);

// ---- Who may do what (read from the request's user and the database) --------------------------------------
struct Standing {
  std::optional<Member> member;  // invited (whatever the acceptances)
  bool active = false;           // the grant and both acceptances of the current version
  bool bound = false;            // active and bound by professional secrecy: reads the situations
  bool organiser = false;        // invited as organiser (manages the group, meetings, members)
  bool admin = false;            // manages the group, reads no situation
  bool manages() const { return organiser || admin; }
  // Plans and runs the meetings: an organiser who is an active member (an administrator does not sit in them).
  bool organises() const { return organiser && active; }
};
Standing standing_of(const RequestContext& ctx, soci::session& sql, std::int64_t group_id);
// 403 unless the caller reads the group's situations (an active member bound by secrecy).
void require_reader(const Standing& s);
// 403 unless the caller is an active member (bound or not: the agenda and the agreements given to them).
void require_member(const Standing& s);
// 403 unless an organiser or an administrator.
void require_manager(const Standing& s);

// Groups the user is invited to (any standing).
std::vector<Group> groups_of_user(soci::session& sql, std::int64_t user_id);

// The group's outcomes (coded, editable per group); a group starts with the default list.
struct Outcome {
  std::string code;
  std::string label_fr, label_nl, label_en;
  bool active = true;
  const std::string& label(const std::string& lang) const;
};
std::vector<Outcome> outcomes_of(soci::session& sql, std::int64_t group_id, bool active_only = false);
void ensure_default_outcomes(soci::session& sql, std::int64_t group_id);
void save_outcome(soci::session& sql, std::int64_t group_id, const Outcome& o);
std::string outcome_label(const std::vector<Outcome>& list, const std::string& code, const std::string& lang);

std::string situation_target(std::int64_t id);  // "concertation_situation:12"
std::string lang_of(const RequestContext& ctx);  // the pseudo-locale reads English data

}  // namespace maillage::concertation
