#include "caseload/model.hpp"

#include <algorithm>
#include <cctype>

#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::caseload {

namespace {

const Coded kTeamKinds[] = {
    {"mobile_team", N_("Mobile team")},
    {"housing_first", N_("Housing First team")},
    {"case_management", N_("Case-manager service")},
};
const Coded kDecisions[] = {
    {"pending", N_("Waiting for a decision")},
    {"accepted", N_("Accepted into follow-up")},
    {"refused", N_("Refused")},
    {"oriented", N_("Oriented elsewhere")},
};
const Coded kMissed[] = {
    {"absent", N_("Absent")},
    {"cancelled", N_("Cancelled by the person")},
};
const Coded kNetworkRoles[] = {
    {"general_practitioner", N_("General practitioner")},
    {"psychiatry", N_("Psychiatry, mental health")},
    {"social_service", N_("Social service, CPAS")},
    {"housing", N_("Housing")},
    {"addiction", N_("Addiction care")},
    {"justice", N_("Justice, administration of property")},
    {"family", N_("Family, close ones")},
    {"other", N_("Other role")},
};

struct DefaultTerm {
  const char* vocabulary;
  const char* code;
  const char* label;
  int min_value = 0, max_value = 0;
  bool higher_better = true;
};
// The defaults every new team starts with, from the teams' own reports (Smes Housing First 2020, MOVEOplus
// 2021): the nine life domains, the profiles, coded refusals, the contact types, GAF/EGF and WHODAS 2.0.
const DefaultTerm kDefaults[] = {
    {kReasons, "network_relay", N_("Relay to the network")},
    {kReasons, "concertation", N_("Concertation")},
    {kReasons, "crisis", N_("Crisis, emergency")},
    {kReasons, "housing", N_("Housing")},
    {kReasons, "psychological", N_("Psychological")},
    {kReasons, "consumption", N_("Substance use")},
    {kReasons, "medical", N_("Medical")},
    {kReasons, "admin_justice", N_("Administration, justice")},
    {kReasons, "daily_life", N_("Daily life")},
    {kProfiles, "housing_instability", N_("Housing instability")},
    {kProfiles, "chronic_comorbidity", N_("Chronic comorbidity")},
    {kProfiles, "addiction", N_("Addiction")},
    {kProfiles, "domestic_violence", N_("Domestic violence")},
    {kProfiles, "care_avoidance", N_("Care avoidance")},
    {kProfiles, "addiction_comorbidity", N_("Comorbidity with addiction")},
    {kRefusals, "outside_territory", N_("Outside the team's territory")},
    {kRefusals, "outside_mission", N_("Outside the team's mission")},
    {kRefusals, "caseload_full", N_("Caseload full")},
    {kRefusals, "person_declined", N_("The person declined")},
    {kRefusals, "other", N_("Other reason")},
    {kContactTypes, "home_visit", N_("Home visit")},
    {kContactTypes, "accompaniment", N_("Accompaniment outside")},
    {kContactTypes, "office_meeting", N_("Meeting at the office")},
    {kContactTypes, "phone", N_("Phone")},
    {kContactTypes, "email_video", N_("E-mail or video")},
    {kInstruments, "gaf", N_("GAF / EGF (1-100)"), 1, 100, true},
    {kInstruments, "whodas", N_("WHODAS 2.0 (0-100)"), 0, 100, false},
};

std::int64_t opt_id(const soci::row& r, std::size_t i) { return as_int(r, i); }

std::string slug_of(const std::string& label) {
  std::string out;
  for (unsigned char c : label) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '_') out += '_';
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "term" : out;
}

Request request_from(const soci::row& r) {
  Request q;
  q.id = as_int(r, 0);
  q.team_id = as_int(r, 1);
  q.received_at = as_int(r, 2);
  q.from_organisation_id = opt_id(r, 3);
  q.from_organisation_text = as_text(r, 4);
  q.from_sector = as_text(r, 5);
  q.person_code = as_text(r, 6);
  q.age_band = as_text(r, 7);
  q.gender = as_text(r, 8);
  q.commune_nis = as_text(r, 9);
  q.reason = as_text(r, 10);
  q.note = as_text(r, 11);
  q.decision = as_text(r, 12);
  q.refusal_reason = as_text(r, 13);
  q.decided_at = as_int(r, 14);
  q.episode_id = as_int(r, 15);
  q.created_by = as_int(r, 16);
  q.purged = as_int(r, 17) != 0;
  return q;
}
constexpr const char* kRequestColumns =
    "SELECT id, team_id, received_at, from_organisation_id, from_organisation_text, from_sector, person_code, age_band, "
    "gender, commune_nis, reason, note, decision, refusal_reason, decided_at, episode_id, created_by, purged_at "
    "FROM caseload_requests ";

soci::indicator null_if_zero(std::int64_t v) { return v ? soci::i_ok : soci::i_null; }

}  // namespace

CodeList team_kinds() { return kTeamKinds; }
CodeList decisions() { return kDecisions; }
CodeList missed_kinds() { return kMissed; }
CodeList network_roles() { return kNetworkRoles; }

const std::vector<std::string>& vocabularies() {
  static const std::vector<std::string> v{kReasons, kProfiles, kRefusals, kContactTypes, kInstruments};
  return v;
}

bool face_to_face(const std::string& t) { return t == "home_visit" || t == "accompaniment" || t == "office_meeting"; }

// ---- Teams ---------------------------------------------------------------------------------------------------

std::int64_t create_team(soci::session& sql, const Team& t, std::int64_t now) {
  std::int64_t id = 0;
  soci::indicator oi = null_if_zero(t.organisation_id);
  sql << "INSERT INTO caseload_teams (name, kind, organisation_id, territory, fte, rescore_min_days, no_news_days, "
         "retention_months, small_count_threshold, created_at) VALUES (:n, :k, :o, :t, :f, :r, :nn, :m, :s, :c) RETURNING id",
      soci::use(t.name), soci::use(t.kind), soci::use(t.organisation_id, oi), soci::use(t.territory), soci::use(t.fte),
      soci::use(t.rescore_min_days), soci::use(t.no_news_days), soci::use(t.retention_months),
      soci::use(t.small_count_threshold), soci::use(now), soci::into(id);
  int position = 0;
  for (auto& d : kDefaults) {
    std::string voc = d.vocabulary, code = d.code, label = d.label;
    int higher = d.higher_better ? 1 : 0;
    sql << "INSERT INTO caseload_terms (team_id, vocabulary, code, label, builtin, position, min_value, max_value, "
           "higher_better) VALUES (:t, :v, :c, :l, 1, :p, :mn, :mx, :h)",
        soci::use(id), soci::use(voc), soci::use(code), soci::use(label), soci::use(position), soci::use(d.min_value),
        soci::use(d.max_value), soci::use(higher);
    ++position;
  }
  return id;
}

namespace {
Team team_from(const soci::row& r) {
  Team t;
  t.id = as_int(r, 0);
  t.name = as_text(r, 1);
  t.kind = as_text(r, 2);
  t.organisation_id = as_int(r, 3);
  t.organisation_name = as_text(r, 4);
  t.territory = as_text(r, 5);
  t.fte = as_double(r, 6);
  t.rescore_min_days = static_cast<int>(as_int(r, 7));
  t.no_news_days = static_cast<int>(as_int(r, 8));
  t.retention_months = static_cast<int>(as_int(r, 9));
  t.small_count_threshold = static_cast<int>(as_int(r, 10));
  return t;
}
constexpr const char* kTeamColumns =
    "SELECT t.id, t.name, t.kind, t.organisation_id, o.name, t.territory, t.fte, t.rescore_min_days, t.no_news_days, "
    "t.retention_months, t.small_count_threshold FROM caseload_teams t LEFT JOIN organisations o ON o.id = t.organisation_id ";
}  // namespace

std::optional<Team> find_team(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kTeamColumns) + "WHERE t.id = :id", soci::use(id));
  for (auto& r : rs) return team_from(r);
  return std::nullopt;
}

std::vector<Team> list_teams(soci::session& sql) {
  std::vector<Team> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kTeamColumns) + "WHERE t.active = 1 ORDER BY t.name, t.id");
  for (auto& r : rs) out.push_back(team_from(r));
  return out;
}

void update_team_settings(soci::session& sql, const Team& t) {
  sql << "UPDATE caseload_teams SET fte = :f, rescore_min_days = :r, no_news_days = :n, retention_months = :m, "
         "territory = :t WHERE id = :id",
      soci::use(t.fte), soci::use(t.rescore_min_days), soci::use(t.no_news_days), soci::use(t.retention_months),
      soci::use(t.territory), soci::use(t.id);
}

std::vector<Term> terms(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, bool active_only) {
  std::vector<Term> out;
  int all = active_only ? 0 : 1;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, vocabulary, code, label, builtin, min_value, max_value, higher_better, active "
                      "FROM caseload_terms WHERE team_id = :t AND vocabulary = :v AND (active = 1 OR :all = 1) "
                      "ORDER BY position, id",
       soci::use(team_id), soci::use(vocabulary), soci::use(all));
  for (auto& r : rs) {
    Term t;
    t.id = as_int(r, 0);
    t.vocabulary = as_text(r, 1);
    t.code = as_text(r, 2);
    t.label = as_text(r, 3);
    t.builtin = as_int(r, 4) != 0;
    t.min_value = static_cast<int>(as_int(r, 5));
    t.max_value = static_cast<int>(as_int(r, 6));
    t.higher_better = as_int(r, 7) != 0;
    t.active = as_int(r, 8) != 0;
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<Term> find_term(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, const std::string& code) {
  for (auto& t : terms(sql, team_id, vocabulary, false))
    if (t.code == code) return t;
  return std::nullopt;
}

bool add_term(soci::session& sql, std::int64_t team_id, const std::string& vocabulary, const std::string& label,
              int min_value, int max_value) {
  std::string code = slug_of(label);
  if (find_term(sql, team_id, vocabulary, code)) return false;
  int position = 0;
  sql << "SELECT COALESCE(MAX(position), 0) + 1 FROM caseload_terms WHERE team_id = :t", soci::use(team_id),
      soci::into(position);
  sql << "INSERT INTO caseload_terms (team_id, vocabulary, code, label, builtin, position, min_value, max_value) "
         "VALUES (:t, :v, :c, :l, 0, :p, :mn, :mx)",
      soci::use(team_id), soci::use(vocabulary), soci::use(code), soci::use(label), soci::use(position),
      soci::use(min_value), soci::use(max_value);
  return true;
}

void set_term_active(soci::session& sql, std::int64_t team_id, std::int64_t term_id, bool active) {
  int a = active ? 1 : 0;
  sql << "UPDATE caseload_terms SET active = :a WHERE id = :id AND team_id = :t", soci::use(a), soci::use(term_id),
      soci::use(team_id);
}

std::vector<Member> members(soci::session& sql, std::int64_t team_id) {
  std::vector<Member> out;
  std::string scope = std::to_string(team_id);
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT u.id, u.name, u.email, MAX(CASE WHEN g.role = 'caseload_coordinator' THEN 1 ELSE 0 END) "
                      "FROM grants g JOIN users u ON u.id = g.user_id "
                      "WHERE g.role IN ('caseload', 'caseload_coordinator') AND g.scope_type = 'team' AND g.scope_id = :s "
                      "GROUP BY u.id, u.name, u.email ORDER BY u.name, u.id",
       soci::use(scope));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_int(r, 3) != 0});
  return out;
}

// ---- Requests ------------------------------------------------------------------------------------------------

std::int64_t create_request(soci::session& sql, const Request& r, std::int64_t now) {
  std::int64_t id = 0;
  soci::indicator oi = null_if_zero(r.from_organisation_id), ui = null_if_zero(r.created_by);
  sql << "INSERT INTO caseload_requests (team_id, received_at, from_organisation_id, from_organisation_text, from_sector, "
         "person_code, age_band, gender, commune_nis, reason, note, created_by, created_at) "
         "VALUES (:t, :r, :o, :ot, :s, :c, :a, :g, :n, :re, :no, :u, :now) RETURNING id",
      soci::use(r.team_id), soci::use(r.received_at), soci::use(r.from_organisation_id, oi),
      soci::use(r.from_organisation_text), soci::use(r.from_sector), soci::use(r.person_code), soci::use(r.age_band),
      soci::use(r.gender), soci::use(r.commune_nis), soci::use(r.reason), soci::use(r.note),
      soci::use(r.created_by, ui), soci::use(now), soci::into(id);
  return id;
}

std::optional<Request> find_request(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRequestColumns) + "WHERE id = :id", soci::use(id));
  for (auto& row : rs) {
    auto r = request_from(row);
    soci::rowset<std::int64_t> services =
        (sql.prepare << "SELECT service_id FROM caseload_request_orientations WHERE request_id = :r ORDER BY service_id",
         soci::use(id));
    for (auto s : services) r.service_ids.push_back(s);
    return r;
  }
  return std::nullopt;
}

std::vector<Request> team_requests(soci::session& sql, std::int64_t team_id, int limit) {
  std::vector<Request> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kRequestColumns) + "WHERE team_id = :t ORDER BY received_at DESC, id DESC LIMIT :l",
       soci::use(team_id), soci::use(limit));
  for (auto& r : rs) out.push_back(request_from(r));
  return out;
}

void refuse_request(soci::session& sql, const Request& r, const std::string& refusal_reason, std::int64_t now) {
  sql << "UPDATE caseload_requests SET decision = 'refused', refusal_reason = :r, decided_at = :t, closed_at = :t2 "
         "WHERE id = :id",
      soci::use(refusal_reason), soci::use(now), soci::use(now), soci::use(r.id);
}

void orient_request(soci::session& sql, const Request& r, const std::vector<std::int64_t>& service_ids, std::int64_t now) {
  sql << "UPDATE caseload_requests SET decision = 'oriented', refusal_reason = '', decided_at = :t, closed_at = :t2 "
         "WHERE id = :id",
      soci::use(now), soci::use(now), soci::use(r.id);
  for (auto s : service_ids) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM caseload_request_orientations WHERE request_id = :r AND service_id = :s", soci::use(r.id),
        soci::use(s), soci::into(n);
    if (!n) sql << "INSERT INTO caseload_request_orientations (request_id, service_id) VALUES (:r, :s)", soci::use(r.id), soci::use(s);
  }
}

// ---- Episodes ------------------------------------------------------------------------------------------------

std::int64_t create_episode(soci::session& sql, const Episode& e, const std::optional<EntryScore>& entry,
                            std::int64_t rater_user_id, std::int64_t now) {
  std::int64_t id = 0;
  soci::indicator ri = null_if_zero(e.request_id), wi = null_if_zero(e.worker_user_id);
  sql << "INSERT INTO caseload_episodes (team_id, request_id, person_code, age_band, gender, commune_nis, worker_user_id, "
         "started_at, note, created_at) VALUES (:t, :r, :c, :a, :g, :n, :w, :s, :no, :now) RETURNING id",
      soci::use(e.team_id), soci::use(e.request_id, ri), soci::use(e.person_code), soci::use(e.age_band),
      soci::use(e.gender), soci::use(e.commune_nis), soci::use(e.worker_user_id, wi), soci::use(e.started_at),
      soci::use(e.note), soci::use(now), soci::into(id);
  if (e.request_id)
    sql << "UPDATE caseload_requests SET decision = 'accepted', refusal_reason = '', decided_at = :t, closed_at = :t2, "
           "episode_id = :e WHERE id = :id",
        soci::use(now), soci::use(now), soci::use(id), soci::use(e.request_id);
  set_profiles(sql, id, e.profiles);
  if (entry) {
    soci::indicator ui = null_if_zero(rater_user_id);
    sql << "INSERT INTO caseload_scores (episode_id, instrument, score, is_entry, rated_at, rater_user_id, created_at) "
           "VALUES (:e, :i, :s, 1, :r, :u, :now)",
        soci::use(id), soci::use(entry->instrument), soci::use(entry->score), soci::use(entry->rated_at),
        soci::use(rater_user_id, ui), soci::use(now);
  }
  return id;
}

std::optional<Episode> find_episode(soci::session& sql, std::int64_t id) {
  std::optional<Episode> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, team_id, request_id, person_code, age_band, gender, commune_nis, worker_user_id, "
                      "started_at, ended_at, note, purged_at FROM caseload_episodes WHERE id = :id",
       soci::use(id));
  for (auto& r : rs) {
    Episode e;
    e.id = as_int(r, 0);
    e.team_id = as_int(r, 1);
    e.request_id = as_int(r, 2);
    e.person_code = as_text(r, 3);
    e.age_band = as_text(r, 4);
    e.gender = as_text(r, 5);
    e.commune_nis = as_text(r, 6);
    e.worker_user_id = as_int(r, 7);
    e.started_at = as_int(r, 8);
    e.ended_at = as_int(r, 9);
    e.note = as_text(r, 10);
    e.purged = as_int(r, 11) != 0;
    out = std::move(e);
  }
  if (!out) return out;
  soci::rowset<std::string> profiles =
      (sql.prepare << "SELECT code FROM caseload_episode_profiles WHERE episode_id = :e ORDER BY code", soci::use(id));
  for (auto& p : profiles) out->profiles.push_back(p);
  soci::rowset<soci::row> net =
      (sql.prepare << "SELECT n.id, n.organisation_id, o.name, n.role FROM caseload_network n "
                      "JOIN organisations o ON o.id = n.organisation_id WHERE n.episode_id = :e ORDER BY o.name, n.id",
       soci::use(id));
  for (auto& r : net) out->network.push_back({as_int(r, 0), as_int(r, 1), as_text(r, 2), as_text(r, 3)});
  soci::rowset<soci::row> scores =
      (sql.prepare << "SELECT id, instrument, score, is_entry, rated_at, rater_user_id FROM caseload_scores "
                      "WHERE episode_id = :e ORDER BY is_entry DESC, rated_at, id",
       soci::use(id));
  for (auto& r : scores)
    out->scores.push_back({as_int(r, 0), as_text(r, 1), static_cast<int>(as_int(r, 2)), as_int(r, 3) != 0, as_int(r, 4),
                           as_int(r, 5)});
  long long last = 0;
  soci::indicator li = soci::i_null;
  sql << "SELECT MAX(occurred_at) FROM caseload_contacts WHERE episode_id = :e AND missed = ''", soci::use(id),
      soci::into(last, li);
  out->last_contact_at = li == soci::i_ok ? last : 0;
  return out;
}

std::vector<EpisodeLine> open_episodes(soci::session& sql, std::int64_t team_id, std::int64_t worker_user_id) {
  std::vector<EpisodeLine> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT e.id, e.person_code, e.worker_user_id, e.started_at, e.ended_at, "
                      "(SELECT MAX(c.occurred_at) FROM caseload_contacts c WHERE c.episode_id = e.id AND c.missed = '') "
                      "FROM caseload_episodes e WHERE e.team_id = :t AND e.ended_at IS NULL "
                      "AND (:w = 0 OR e.worker_user_id = :w2) ORDER BY e.person_code, e.id",
       soci::use(team_id), soci::use(worker_user_id), soci::use(worker_user_id));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_int(r, 2), as_int(r, 3), as_int(r, 4), as_int(r, 5)});
  return out;
}

void set_profiles(soci::session& sql, std::int64_t episode_id, const std::vector<std::string>& codes) {
  sql << "DELETE FROM caseload_episode_profiles WHERE episode_id = :e", soci::use(episode_id);
  std::vector<std::string> unique = codes;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (auto& c : unique)
    sql << "INSERT INTO caseload_episode_profiles (episode_id, code) VALUES (:e, :c)", soci::use(episode_id), soci::use(c);
}

void add_network_member(soci::session& sql, std::int64_t episode_id, std::int64_t organisation_id, const std::string& role) {
  sql << "INSERT INTO caseload_network (episode_id, organisation_id, role) VALUES (:e, :o, :r)", soci::use(episode_id),
      soci::use(organisation_id), soci::use(role);
}

void remove_network_member(soci::session& sql, std::int64_t episode_id, std::int64_t network_id) {
  sql << "DELETE FROM caseload_network WHERE id = :id AND episode_id = :e", soci::use(network_id), soci::use(episode_id);
}

void end_episode(soci::session& sql, std::int64_t episode_id, std::int64_t at) {
  sql << "UPDATE caseload_episodes SET ended_at = :t WHERE id = :id AND ended_at IS NULL", soci::use(at), soci::use(episode_id);
}

bool no_news(const Episode& e, int no_news_days, std::int64_t at) {
  if (e.ended_at && e.ended_at <= at) return false;
  std::int64_t last = std::max(e.last_contact_at, e.started_at);
  return at - last > static_cast<std::int64_t>(no_news_days) * 86400;
}

const char* rescore_refusal(const Episode& e, const Term* instrument, int score, std::int64_t rated_at, int min_days) {
  const Score* entry = nullptr;
  for (auto& s : e.scores)
    if (s.is_entry) entry = &s;
  if (!entry) return N_("This person has no entry score: record it first.");
  if (!instrument || instrument->code != entry->instrument)
    return N_("A re-score uses the instrument of the entry score.");
  if (score < instrument->min_value || score > instrument->max_value) return N_("The score is out of the instrument's range.");
  std::int64_t previous = 0;
  for (auto& s : e.scores) previous = std::max(previous, s.rated_at);
  if (rated_at < previous + static_cast<std::int64_t>(min_days) * 86400)
    return N_("Too early for a re-score: the team waits its minimum interval after the previous score.");
  return nullptr;
}

void add_rescore(soci::session& sql, std::int64_t episode_id, const std::string& instrument, int score,
                 std::int64_t rated_at, std::int64_t rater_user_id, std::int64_t now) {
  soci::indicator ui = null_if_zero(rater_user_id);
  sql << "INSERT INTO caseload_scores (episode_id, instrument, score, is_entry, rated_at, rater_user_id, created_at) "
         "VALUES (:e, :i, :s, 0, :r, :u, :now)",
      soci::use(episode_id), soci::use(instrument), soci::use(score), soci::use(rated_at), soci::use(rater_user_id, ui),
      soci::use(now);
}

// ---- Contacts ------------------------------------------------------------------------------------------------

std::int64_t add_contact(soci::session& sql, const Contact& c, std::int64_t now) {
  std::int64_t id = 0;
  soci::indicator wi = null_if_zero(c.worker_user_id);
  sql << "INSERT INTO caseload_contacts (team_id, episode_id, occurred_at, contact_type, duration_minutes, workers, missed, "
         "note, worker_user_id, created_at) VALUES (:t, :e, :o, :ty, :d, :w, :m, :n, :u, :now) RETURNING id",
      soci::use(c.team_id), soci::use(c.episode_id), soci::use(c.occurred_at), soci::use(c.contact_type),
      soci::use(c.duration_minutes), soci::use(c.workers), soci::use(c.missed), soci::use(c.note),
      soci::use(c.worker_user_id, wi), soci::use(now), soci::into(id);
  std::vector<std::string> reasons = c.reasons;
  std::sort(reasons.begin(), reasons.end());
  reasons.erase(std::unique(reasons.begin(), reasons.end()), reasons.end());
  for (auto& r : reasons)
    sql << "INSERT INTO caseload_contact_reasons (contact_id, code, team_id, occurred_at) VALUES (:c, :r, :t, :o)",
        soci::use(id), soci::use(r), soci::use(c.team_id), soci::use(c.occurred_at);
  return id;
}

namespace {
constexpr const char* kContactColumns =
    "SELECT c.id, c.team_id, c.episode_id, e.person_code, c.occurred_at, c.contact_type, c.duration_minutes, c.workers, "
    "c.missed, c.note, c.worker_user_id FROM caseload_contacts c JOIN caseload_episodes e ON e.id = c.episode_id ";

std::vector<Contact> read_contacts(soci::session& sql, soci::rowset<soci::row>& rs) {
  std::vector<Contact> out;
  for (auto& r : rs) {
    Contact x;
    x.id = as_int(r, 0);
    x.team_id = as_int(r, 1);
    x.episode_id = as_int(r, 2);
    x.person_code = as_text(r, 3);
    x.occurred_at = as_int(r, 4);
    x.contact_type = as_text(r, 5);
    x.duration_minutes = static_cast<int>(as_int(r, 6));
    x.workers = static_cast<int>(as_int(r, 7));
    x.missed = as_text(r, 8);
    x.note = as_text(r, 9);
    x.worker_user_id = as_int(r, 10);
    out.push_back(std::move(x));
  }
  for (auto& x : out) {
    soci::rowset<std::string> reasons =
        (sql.prepare << "SELECT code FROM caseload_contact_reasons WHERE contact_id = :c ORDER BY code", soci::use(x.id));
    for (auto& r : reasons) x.reasons.push_back(r);
  }
  return out;
}
}  // namespace

std::vector<Contact> contacts_between(soci::session& sql, std::int64_t team_id, std::int64_t from, std::int64_t to,
                                      std::int64_t worker_user_id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kContactColumns) +
                          "WHERE c.team_id = :t AND c.occurred_at >= :f AND c.occurred_at < :to "
                          "AND (:w = 0 OR c.worker_user_id = :w2) ORDER BY c.occurred_at, c.id LIMIT 1000",
       soci::use(team_id), soci::use(from), soci::use(to), soci::use(worker_user_id), soci::use(worker_user_id));
  return read_contacts(sql, rs);
}

std::vector<Contact> episode_contacts(soci::session& sql, std::int64_t episode_id, int limit) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kContactColumns) + "WHERE c.episode_id = :e ORDER BY c.occurred_at DESC, c.id DESC LIMIT :l",
       soci::use(episode_id), soci::use(limit));
  return read_contacts(sql, rs);
}

bool valid_person_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 20) return false;
  return std::all_of(code.begin(), code.end(),
                     [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
}

}  // namespace maillage::caseload
