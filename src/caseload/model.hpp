// The caseload's records: teams and their vocabularies, requests to a team, the people followed (episodes)
// with their profiles, network and functioning scores, and the contacts. Functions take the caller's
// soci::session so they join its transaction; who may call them is decided by the pages (access.hpp).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/code_lists.hpp"

namespace maillage::caseload {

// ---- Coded lists of the part (codes are stored: never rename one) ---------------------------------------
CodeList team_kinds();    // mobile_team, housing_first, case_management
CodeList decisions();     // pending, accepted, refused, oriented
CodeList missed_kinds();  // absent, cancelled
CodeList network_roles(); // general_practitioner, psychiatry, social_service, housing, addiction, justice, family, other
// The vocabularies a team keeps (its own list each, filled with defaults when the team is created).
constexpr const char* kReasons = "reason";          // life domains of a contact, and a request's reason
constexpr const char* kProfiles = "profile";
constexpr const char* kRefusals = "refusal";
constexpr const char* kContactTypes = "contact_type";
constexpr const char* kInstruments = "instrument";
const std::vector<std::string>& vocabularies();
// Contact types met face to face, planned as appointments: the missed share and the pair share count these.
bool face_to_face(const std::string& contact_type);

struct Team {
  std::int64_t id = 0;
  std::string name, kind;
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::string territory;  // bassin slug, "" for the region
  double fte = 0;
  int rescore_min_days = 90;
  int no_news_days = 91;
  int retention_months = 24;
  int small_count_threshold = 5;
};
std::int64_t create_team(soci::session& sql, const Team& team, std::int64_t now);  // with the default vocabularies
std::optional<Team> find_team(soci::session& sql, std::int64_t id);
std::vector<Team> list_teams(soci::session& sql);
void update_team_settings(soci::session& sql, const Team& team);

struct Term {
  std::int64_t id = 0;
  std::string vocabulary, code, label;
  bool builtin = false;  // label is a catalogue msgid
  int min_value = 0, max_value = 0;
  bool higher_better = true;  // instruments: GAF yes, WHODAS no
  bool active = true;
};
std::vector<Term> terms(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, bool active_only = true);
std::optional<Term> find_term(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, const std::string& code);
// A team's own term; its code is made from the label. False when the code exists already.
bool add_term(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, const std::string& label,
              int min_value = 0, int max_value = 0);
void set_term_active(soci::session& sql, std::int64_t team_id, std::int64_t term_id, bool active);

// ---- Members ---------------------------------------------------------------------------------------------
struct Member {
  std::int64_t user_id = 0;
  std::string name, email;
  bool coordinator = false;
};
std::vector<Member> members(soci::session& sql, std::int64_t team_id);

// ---- Requests --------------------------------------------------------------------------------------------
struct Request {
  std::int64_t id = 0, team_id = 0;
  std::int64_t received_at = 0;
  std::int64_t from_organisation_id = 0;
  std::string from_organisation_text, from_sector;
  std::string person_code, age_band, gender, commune_nis, reason, note;
  std::string decision = "pending", refusal_reason;
  std::int64_t decided_at = 0, episode_id = 0;
  std::vector<std::int64_t> service_ids;  // oriented to these services of the directory
  std::int64_t created_by = 0;
  bool purged = false;
};
std::int64_t create_request(soci::session& sql, const Request& r, std::int64_t now);
std::optional<Request> find_request(soci::session& sql, std::int64_t id);
std::vector<Request> team_requests(soci::session& sql, std::int64_t team_id, int limit = 200);
void refuse_request(soci::session& sql, const Request& r, const std::string& refusal_reason, std::int64_t now);
void orient_request(soci::session& sql, const Request& r, const std::vector<std::int64_t>& service_ids, std::int64_t now);

// ---- People followed -------------------------------------------------------------------------------------
struct Score {
  std::int64_t id = 0;
  std::string instrument;
  int score = 0;
  bool is_entry = false;
  std::int64_t rated_at = 0, rater_user_id = 0;
};
struct NetworkMember {
  std::int64_t id = 0, organisation_id = 0;
  std::string organisation_name, role;
};
struct Episode {
  std::int64_t id = 0, team_id = 0, request_id = 0;
  std::string person_code, age_band, gender, commune_nis;
  std::int64_t worker_user_id = 0;
  std::int64_t started_at = 0, ended_at = 0;  // 0: open
  std::string note;
  std::vector<std::string> profiles;
  std::vector<NetworkMember> network;
  std::vector<Score> scores;  // by date, the entry score first
  std::int64_t last_contact_at = 0;  // the last contact held (not missed), 0 if none
  bool purged = false;
};
struct EntryScore {
  std::string instrument;
  int score = 0;
  std::int64_t rated_at = 0;
};
// A person followed, from an accepted request (request_id set: the request is marked accepted) or directly.
std::int64_t create_episode(soci::session& sql, const Episode& e, const std::optional<EntryScore>& entry,
                            std::int64_t rater_user_id, std::int64_t now);
std::optional<Episode> find_episode(soci::session& sql, std::int64_t id);
struct EpisodeLine {
  std::int64_t id = 0;
  std::string person_code;
  std::int64_t worker_user_id = 0, started_at = 0, ended_at = 0, last_contact_at = 0;
};
// Open episodes of a team (all of them, or of one worker), by code.
std::vector<EpisodeLine> open_episodes(soci::session& sql, std::int64_t team_id, std::int64_t worker_user_id = 0);
void set_profiles(soci::session& sql, std::int64_t episode_id, const std::vector<std::string>& codes);
void add_network_member(soci::session& sql, std::int64_t episode_id, std::int64_t organisation_id, const std::string& role);
void remove_network_member(soci::session& sql, std::int64_t episode_id, std::int64_t network_id);
void end_episode(soci::session& sql, std::int64_t episode_id, std::int64_t at);

// "No news": an open episode with no contact held for `no_news_days` before `at` (since its start when it has
// none). Computed, never typed.
bool no_news(const Episode& e, int no_news_days, std::int64_t at);

// Why a re-score is refused (a catalogue msgid), or nullptr when it may be saved: the entry score's
// instrument only, within the instrument's range, not before `min_days` after the previous score.
const char* rescore_refusal(const Episode& e, const Term* instrument, int score, std::int64_t rated_at, int min_days);
void add_rescore(soci::session& sql, std::int64_t episode_id, const std::string& instrument, int score,
                 std::int64_t rated_at, std::int64_t rater_user_id, std::int64_t now);

// ---- Contacts --------------------------------------------------------------------------------------------
struct Contact {
  std::int64_t id = 0, team_id = 0, episode_id = 0;
  std::string person_code;  // of the episode, for lists
  std::int64_t occurred_at = 0;
  std::string contact_type;
  int duration_minutes = 0;
  int workers = 1;            // 1 alone, 2 in pair
  std::string missed;         // "", absent, cancelled
  std::vector<std::string> reasons;
  std::string note;
  std::int64_t worker_user_id = 0;
};
std::int64_t add_contact(soci::session& sql, const Contact& c, std::int64_t now);
// Contacts of a team in [from, to): all, or logged by one worker; by time.
std::vector<Contact> contacts_between(soci::session& sql, std::int64_t team_id, std::int64_t from, std::int64_t to,
                                      std::int64_t worker_user_id = 0);
std::vector<Contact> episode_contacts(soci::session& sql, std::int64_t episode_id, int limit = 50);

// Pseudonymous codes: letters, digits, '-' and '_', 2 to 20 characters (no name fits the rule by chance
// often, and the form says so).
bool valid_person_code(const std::string& code);

}  // namespace maillage::caseload
