#include "concertation/groups.hpp"

#include <algorithm>

#include "accounts/model.hpp"
#include "helpdesk/requests.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::concertation {

namespace {
const Coded kGroupKinds[] = {
    {"neighbourhood", N_("Neighbourhood case concertation")},
    {"steering", N_("Steering committee of a pilot project")},
    {"case_manager_network", N_("Case-manager network")},
};
const Coded kTerritoryKinds[] = {{"quarter", N_("Quarter")}, {"commune", N_("Commune")}, {"bassin", N_("Care area")}};
const Coded kRhythms[] = {
    {"weekly", N_("Every week")}, {"biweekly", N_("Every two weeks")}, {"monthly", N_("Every month")}, {"other", N_("Other rhythm")}};
const Coded kLegalBases[] = {
    {"law", N_("A law")},
    {"decree", N_("A decree")},
    {"ordinance", N_("An ordinance")},
    {"prosecutor", N_("The prosecutor's authorisation")},
};
const Coded kLifeDomains[] = {
    {"health", N_("Physical health")},   {"mental_health", N_("Mental health")}, {"housing", N_("Housing")},
    {"income", N_("Income and debts")},  {"family", N_("Family")},               {"social_ties", N_("Social ties")},
    {"justice", N_("Justice")},          {"daily_life", N_("Daily life and self-care")},
};
const Coded kSituationStatuses[] = {{"new", N_("New")}, {"followed", N_("Followed")}, {"closed", N_("Closed")}};
const Coded kAgreementStatuses[] = {
    {"proposed", N_("Proposed")}, {"concluded", N_("Concluded")}, {"done", N_("Done")}, {"abandoned", N_("Abandoned")}};
const Coded kInformed[] = {{"yes", N_("Informed")}, {"no", N_("Not informed")}};
const Coded kSharing[] = {{"share", N_("Share")}, {"do_not_share", N_("Do not share")}};

struct DefaultOutcome {
  const char* code;
  const char* fr;
  const char* nl;
  const char* en;
};
const DefaultOutcome kDefaultOutcomes[] = {
    {"admission_avoided", "Admission évitée", "Opname vermeden", "Admission avoided"},
    {"bridge_hospital_home", "Lien hôpital-domicile organisé", "Brug ziekenhuis-thuis georganiseerd",
     "Bridge between hospital and home organised"},
    {"social_support_reinforced", "Soutien social renforcé", "Sociale ondersteuning versterkt", "Social support reinforced"},
    {"oriented", "Orienté vers un service", "Doorverwezen naar een dienst", "Oriented to a service"},
    {"no_solution", "Pas de solution trouvée", "Geen oplossing gevonden", "No solution found"},
};

const char* kGroupColumns =
    "SELECT id, name, kind, territory_kind, territory_code, bassin_slug, rhythm, default_minutes, default_place, "
    "default_video, legal_basis, legal_reference, retention_months, small_count_threshold, created_at, updated_at "
    "FROM concertation_groups ";

Group group_from(const soci::row& r) {
  Group g;
  g.id = as_int(r, 0);
  g.name = as_text(r, 1);
  g.kind = as_text(r, 2);
  g.territory_kind = as_text(r, 3);
  g.territory_code = as_text(r, 4);
  g.bassin_slug = as_text(r, 5);
  g.rhythm = as_text(r, 6);
  g.default_minutes = static_cast<int>(as_int(r, 7));
  g.default_place = as_text(r, 8);
  g.default_video = as_int(r, 9) != 0;
  g.legal_basis = as_text(r, 10);
  g.legal_reference = as_text(r, 11);
  g.retention_months = static_cast<int>(as_int(r, 12));
  g.small_count_threshold = static_cast<int>(as_int(r, 13));
  g.created_at = as_int(r, 14);
  g.updated_at = as_int(r, 15);
  return g;
}

const char* kMemberColumns =
    "SELECT m.id, m.group_id, m.user_id, u.name, u.email, m.organisation_id, o.name, m.organiser, m.bound_by_secrecy, "
    "m.accepted_version, m.accepted_at, "
    "(SELECT COUNT(*) FROM concertation_org_acceptances a WHERE a.group_id = m.group_id AND a.organisation_id = "
    "m.organisation_id AND a.version = (SELECT MAX(c.version) FROM concertation_charters c WHERE c.group_id = m.group_id)), "
    "(SELECT MAX(c.version) FROM concertation_charters c WHERE c.group_id = m.group_id) "
    "FROM concertation_members m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id ";

Member member_from(const soci::row& r) {
  Member m;
  m.id = as_int(r, 0);
  m.group_id = as_int(r, 1);
  m.user_id = as_int(r, 2);
  m.name = as_text(r, 3);
  m.email = as_text(r, 4);
  if (m.name.empty()) m.name = m.email;
  m.organisation_id = as_int(r, 5);
  m.organisation_name = as_text(r, 6);
  m.organiser = as_int(r, 7) != 0;
  m.bound_by_secrecy = as_int(r, 8) != 0;
  m.accepted_version = static_cast<int>(as_int(r, 9));
  m.accepted_at = as_int(r, 10);
  m.organisation_accepted = as_int(r, 11) > 0;
  int current = static_cast<int>(as_int(r, 12));
  m.active = current > 0 && m.accepted_version == current && m.organisation_accepted;
  return m;
}
}  // namespace

CodeList group_kinds() { return kGroupKinds; }
CodeList territory_kinds() { return kTerritoryKinds; }
CodeList rhythms() { return kRhythms; }
CodeList legal_bases() { return kLegalBases; }
// The same bands and genders as the helpdesk's, so that the observatory counts both alike.
CodeList age_bands() { return helpdesk::age_bands(); }
CodeList genders() { return helpdesk::genders(); }
CodeList life_domains() { return kLifeDomains; }
CodeList situation_statuses() { return kSituationStatuses; }
CodeList agreement_statuses() { return kAgreementStatuses; }
CodeList informed_values() { return kInformed; }
CodeList sharing_decisions() { return kSharing; }

const std::string& Charter::text(const std::string& lang) const {
  if (lang == "nl" && !text_nl.empty()) return text_nl;
  if (lang == "en" && !text_en.empty()) return text_en;
  return text_fr;
}

const std::string& Outcome::label(const std::string& lang) const {
  if (lang == "nl" && !label_nl.empty()) return label_nl;
  if (lang == "en" && !label_en.empty()) return label_en;
  return label_fr;
}

std::string situation_target(std::int64_t id) { return "concertation_situation:" + std::to_string(id); }
std::string lang_of(const RequestContext& ctx) { return ctx.lang == "qps" ? "en" : ctx.lang; }

std::string bassin_of_territory(soci::session& sql, const std::string& kind, const std::string& code) {
  std::string bassin;
  soci::indicator ind = soci::i_null;
  if (kind == "bassin") {
    sql << "SELECT slug FROM bassins WHERE slug = :c", soci::use(code), soci::into(bassin, ind);
  } else if (kind == "commune") {
    sql << "SELECT MIN(bassin_slug) FROM postal_codes WHERE commune_nis = :c", soci::use(code), soci::into(bassin, ind);
  } else if (kind == "quarter") {
    sql << "SELECT bassin_slug FROM quarters WHERE code = :c", soci::use(code), soci::into(bassin, ind);
  }
  return sql.got_data() && ind == soci::i_ok ? bassin : "";
}

std::string territory_label(soci::session& sql, const Group& g, const std::string& lang) {
  std::string name;
  soci::indicator ind = soci::i_null;
  std::string col = lang == "nl" ? "name_nl" : lang == "en" ? "name_en" : "name_fr";
  if (g.territory_kind == "bassin") {
    sql << "SELECT " + col + " FROM bassins WHERE slug = :c", soci::use(g.territory_code), soci::into(name, ind);
  } else if (g.territory_kind == "commune") {
    sql << std::string("SELECT ") + (lang == "nl" ? "name_nl" : "name_fr") + " FROM communes WHERE nis = :c",
        soci::use(g.territory_code), soci::into(name, ind);
  } else {
    sql << std::string("SELECT ") + (lang == "nl" ? "name_nl" : "name_fr") + " FROM quarters WHERE code = :c",
        soci::use(g.territory_code), soci::into(name, ind);
  }
  return sql.got_data() && ind == soci::i_ok ? name : g.territory_code;
}

std::vector<std::pair<std::string, const char*>> check_group(soci::session& sql, const Group& g) {
  std::vector<std::pair<std::string, const char*>> errors;
  if (g.name.empty() || g.name.size() > 3 * kMaxNameChars) errors.emplace_back("name", N_("Give the group a name."));
  if (!is_code(group_kinds(), g.kind)) errors.emplace_back("kind", N_("Choose the kind of group."));
  if (!is_code(territory_kinds(), g.territory_kind) || bassin_of_territory(sql, g.territory_kind, g.territory_code).empty())
    errors.emplace_back("territory_code", N_("Choose a quarter, commune or care area that exists."));
  if (!is_code(rhythms(), g.rhythm)) errors.emplace_back("rhythm", N_("Choose the rhythm of the meetings."));
  if (g.default_minutes < 15 || g.default_minutes > 480)
    errors.emplace_back("default_minutes", N_("The duration is between 15 and 480 minutes."));
  if (!is_code(legal_bases(), g.legal_basis))
    errors.emplace_back("legal_basis", N_("Say which legal basis allows the shared professional secrecy."));
  if (g.legal_reference.empty() || g.legal_reference.size() > 3 * kMaxNameChars)
    errors.emplace_back("legal_reference", N_("Give the reference of the legal basis."));
  if (g.retention_months < 1 || g.retention_months > 120)
    errors.emplace_back("retention_months", N_("The retention period is between 1 and 120 months."));
  if (g.small_count_threshold < 2 || g.small_count_threshold > 20)
    errors.emplace_back("small_count_threshold", N_("The small-count threshold is between 2 and 20."));
  if (g.default_place.size() > 3 * kMaxNameChars) errors.emplace_back("default_place", N_("The text is too long."));
  return errors;
}

std::int64_t create_group(soci::session& sql, Group g, std::int64_t by, std::int64_t now) {
  g.bassin_slug = bassin_of_territory(sql, g.territory_kind, g.territory_code);
  int video = g.default_video ? 1 : 0;
  std::int64_t id = 0;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO concertation_groups (name, kind, territory_kind, territory_code, bassin_slug, rhythm, "
         "default_minutes, default_place, default_video, legal_basis, legal_reference, retention_months, "
         "small_count_threshold, created_by, created_at, updated_at) VALUES (:n, :k, :tk, :tc, :b, :r, :m, :p, :v, :lb, "
         ":lr, :rm, :st, :by, :c, :u) RETURNING id",
      soci::use(g.name), soci::use(g.kind), soci::use(g.territory_kind), soci::use(g.territory_code),
      soci::use(g.bassin_slug), soci::use(g.rhythm), soci::use(g.default_minutes), soci::use(g.default_place),
      soci::use(video), soci::use(g.legal_basis), soci::use(g.legal_reference), soci::use(g.retention_months),
      soci::use(g.small_count_threshold), soci::use(by, by_ind), soci::use(now), soci::use(now), soci::into(id);
  ensure_default_outcomes(sql, id);
  return id;
}

void update_group(soci::session& sql, const Group& g, std::int64_t now) {
  std::string bassin = bassin_of_territory(sql, g.territory_kind, g.territory_code);
  int video = g.default_video ? 1 : 0;
  sql << "UPDATE concertation_groups SET name = :n, kind = :k, territory_kind = :tk, territory_code = :tc, "
         "bassin_slug = :b, rhythm = :r, default_minutes = :m, default_place = :p, default_video = :v, legal_basis = :lb, "
         "legal_reference = :lr, retention_months = :rm, small_count_threshold = :st, updated_at = :u WHERE id = :id",
      soci::use(g.name), soci::use(g.kind), soci::use(g.territory_kind), soci::use(g.territory_code), soci::use(bassin),
      soci::use(g.rhythm), soci::use(g.default_minutes), soci::use(g.default_place), soci::use(video),
      soci::use(g.legal_basis), soci::use(g.legal_reference), soci::use(g.retention_months),
      soci::use(g.small_count_threshold), soci::use(now), soci::use(g.id);
}

std::optional<Group> find_group(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kGroupColumns) + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return group_from(r);
  return std::nullopt;
}

std::vector<Group> list_groups(soci::session& sql) {
  std::vector<Group> out;
  soci::rowset<soci::row> rs = sql.prepare << std::string(kGroupColumns) + "ORDER BY name, id";
  for (auto& r : rs) out.push_back(group_from(r));
  return out;
}

std::vector<Group> groups_of_user(soci::session& sql, std::int64_t user_id) {
  std::vector<Group> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kGroupColumns) +
                          "WHERE id IN (SELECT group_id FROM concertation_members WHERE user_id = :u) ORDER BY name, id",
       soci::use(user_id));
  for (auto& r : rs) out.push_back(group_from(r));
  return out;
}

std::optional<Charter> current_charter(soci::session& sql, std::int64_t group_id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, group_id, version, text_fr, text_nl, text_en, published_at FROM concertation_charters "
                      "WHERE group_id = :g ORDER BY version DESC LIMIT 1",
       soci::use(group_id));
  for (auto& r : rs) {
    Charter c;
    c.id = as_int(r, 0);
    c.group_id = as_int(r, 1);
    c.version = static_cast<int>(as_int(r, 2));
    c.text_fr = as_text(r, 3);
    c.text_nl = as_text(r, 4);
    c.text_en = as_text(r, 5);
    c.published_at = as_int(r, 6);
    return c;
  }
  return std::nullopt;
}

int publish_charter(soci::session& sql, std::int64_t group_id, const std::string& fr, const std::string& nl,
                    const std::string& en, std::int64_t by, std::int64_t now) {
  int version = 0;
  soci::indicator ind;
  sql << "SELECT MAX(version) FROM concertation_charters WHERE group_id = :g", soci::use(group_id), soci::into(version, ind);
  if (ind != soci::i_ok) version = 0;
  ++version;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO concertation_charters (group_id, version, text_fr, text_nl, text_en, published_by, published_at) "
         "VALUES (:g, :v, :fr, :nl, :en, :by, :at)",
      soci::use(group_id), soci::use(version), soci::use(fr), soci::use(nl), soci::use(en), soci::use(by, by_ind),
      soci::use(now);
  // A new version asks everyone again: nobody reads until they (and their organisation) accept it.
  sync_group_grants(sql, group_id);
  return version;
}

std::vector<Member> members_of(soci::session& sql, std::int64_t group_id) {
  std::vector<Member> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kMemberColumns) + "WHERE m.group_id = :g ORDER BY m.organiser DESC, o.name, u.name",
       soci::use(group_id));
  for (auto& r : rs) out.push_back(member_from(r));
  return out;
}

std::optional<Member> member_of(soci::session& sql, std::int64_t group_id, std::int64_t user_id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kMemberColumns) + "WHERE m.group_id = :g AND m.user_id = :u",
                                soci::use(group_id), soci::use(user_id));
  for (auto& r : rs) return member_from(r);
  return std::nullopt;
}

std::optional<Member> find_member(soci::session& sql, std::int64_t member_id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kMemberColumns) + "WHERE m.id = :id", soci::use(member_id));
  for (auto& r : rs) return member_from(r);
  return std::nullopt;
}

std::int64_t invite_member(soci::session& sql, std::int64_t group_id, std::int64_t user_id, std::int64_t organisation_id,
                           bool organiser, bool bound, std::int64_t by, std::int64_t now) {
  int o = organiser ? 1 : 0, b = bound ? 1 : 0;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  std::int64_t id = 0;
  sql << "INSERT INTO concertation_members (group_id, user_id, organisation_id, organiser, bound_by_secrecy, invited_by, "
         "invited_at) VALUES (:g, :u, :o, :org, :b, :by, :at) ON CONFLICT (group_id, user_id) DO UPDATE SET "
         "organisation_id = excluded.organisation_id, organiser = excluded.organiser, bound_by_secrecy = "
         "excluded.bound_by_secrecy RETURNING id",
      soci::use(group_id), soci::use(user_id), soci::use(organisation_id), soci::use(o), soci::use(b),
      soci::use(by, by_ind), soci::use(now), soci::into(id);
  sync_member_grant(sql, group_id, user_id);
  return id;
}

void set_member_flags(soci::session& sql, std::int64_t member_id, bool organiser, bool bound) {
  int o = organiser ? 1 : 0, b = bound ? 1 : 0;
  sql << "UPDATE concertation_members SET organiser = :o, bound_by_secrecy = :b WHERE id = :id", soci::use(o),
      soci::use(b), soci::use(member_id);
}

void remove_member(soci::session& sql, std::int64_t member_id) {
  auto m = find_member(sql, member_id);
  if (!m) return;
  sql << "DELETE FROM concertation_members WHERE id = :id", soci::use(member_id);
  sync_member_grant(sql, m->group_id, m->user_id);
}

void accept_charter(soci::session& sql, std::int64_t group_id, std::int64_t user_id, int version, std::int64_t now) {
  sql << "UPDATE concertation_members SET accepted_version = :v, accepted_at = :at WHERE group_id = :g AND user_id = :u",
      soci::use(version), soci::use(now), soci::use(group_id), soci::use(user_id);
  sync_member_grant(sql, group_id, user_id);
}

void record_organisation_acceptance(soci::session& sql, std::int64_t group_id, std::int64_t organisation_id, int version,
                                    bool on_paper, const std::string& signed_by, std::int64_t by, std::int64_t now) {
  int paper = on_paper ? 1 : 0;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO concertation_org_acceptances (group_id, organisation_id, version, on_paper, signed_by, recorded_by, "
         "recorded_at) VALUES (:g, :o, :v, :p, :s, :by, :at) ON CONFLICT (group_id, organisation_id, version) DO UPDATE "
         "SET on_paper = excluded.on_paper, signed_by = excluded.signed_by, recorded_by = excluded.recorded_by, "
         "recorded_at = excluded.recorded_at",
      soci::use(group_id), soci::use(organisation_id), soci::use(version), soci::use(paper), soci::use(signed_by),
      soci::use(by, by_ind), soci::use(now);
  std::vector<std::int64_t> all;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT user_id FROM concertation_members WHERE group_id = :g AND "
                                               "organisation_id = :o",
                                soci::use(group_id), soci::use(organisation_id));
  for (auto& r : rs) all.push_back(as_int(r, 0));
  for (auto u : all) sync_member_grant(sql, group_id, u);
}

bool organisation_accepted(soci::session& sql, std::int64_t group_id, std::int64_t organisation_id, int version) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM concertation_org_acceptances WHERE group_id = :g AND organisation_id = :o AND version = :v",
      soci::use(group_id), soci::use(organisation_id), soci::use(version), soci::into(n);
  return n > 0;
}

std::vector<OrganisationAcceptance> organisation_acceptances(soci::session& sql, std::int64_t group_id, int version) {
  std::vector<OrganisationAcceptance> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT a.organisation_id, o.name, a.version, a.on_paper, a.signed_by, COALESCE(u.name, u.email), "
                      "a.recorded_at FROM concertation_org_acceptances a JOIN organisations o ON o.id = a.organisation_id "
                      "LEFT JOIN users u ON u.id = a.recorded_by WHERE a.group_id = :g AND a.version = :v ORDER BY o.name",
       soci::use(group_id), soci::use(version));
  for (auto& r : rs) {
    OrganisationAcceptance a;
    a.organisation_id = as_int(r, 0);
    a.organisation_name = as_text(r, 1);
    a.version = static_cast<int>(as_int(r, 2));
    a.on_paper = as_int(r, 3) != 0;
    a.signed_by = as_text(r, 4);
    a.recorded_by_name = as_text(r, 5);
    a.recorded_at = as_int(r, 6);
    out.push_back(std::move(a));
  }
  return out;
}

bool sync_member_grant(soci::session& sql, std::int64_t group_id, std::int64_t user_id) {
  auto m = member_of(sql, group_id, user_id);
  bool active = m && m->active;
  std::string scope = std::to_string(group_id);
  if (active) {
    std::int64_t now = now_seconds();
    sql << "INSERT INTO grants (user_id, role, scope_type, scope_id, granted_by, granted_at) VALUES (:u, "
           "'concertation_member', 'group', :s, NULL, :a) ON CONFLICT (user_id, role, scope_type, scope_id) DO NOTHING",
        soci::use(user_id), soci::use(scope), soci::use(now);
  } else {
    sql << "DELETE FROM grants WHERE user_id = :u AND role = 'concertation_member' AND scope_type = 'group' AND "
           "scope_id = :s",
        soci::use(user_id), soci::use(scope);
  }
  accounts::access_changed(sql);  // every server's cached sessions see the grant's change at once
  return active;
}

void sync_group_grants(soci::session& sql, std::int64_t group_id) {
  std::vector<std::int64_t> users;
  std::string scope = std::to_string(group_id);
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT user_id FROM concertation_members WHERE group_id = :g UNION "
                                               "SELECT user_id FROM grants WHERE role = 'concertation_member' AND "
                                               "scope_type = 'group' AND scope_id = :s",
                                soci::use(group_id), soci::use(scope));
  for (auto& r : rs) users.push_back(as_int(r, 0));
  for (auto u : users) sync_member_grant(sql, group_id, u);
}

Standing standing_of(const RequestContext& ctx, soci::session& sql, std::int64_t group_id) {
  Standing s;
  if (!ctx.user) return s;
  s.admin = ctx.user->is_admin();
  s.member = member_of(sql, group_id, ctx.user->id);
  if (s.member) {
    s.organiser = s.member->organiser;
    // The grant says the member was let in; the acceptances are read again so that a new version published a
    // moment ago shuts the door at once.
    s.active = s.member->active && ctx.user->holds_scope("concertation_member", "group", group_id);
    s.bound = s.active && s.member->bound_by_secrecy;
  }
  return s;
}

void require_reader(const Standing& s) {
  if (!s.bound) throw forbidden();
}
void require_member(const Standing& s) {
  if (!s.active) throw forbidden();
}
void require_manager(const Standing& s) {
  if (!s.manages()) throw forbidden();
}

std::vector<Outcome> outcomes_of(soci::session& sql, std::int64_t group_id, bool active_only) {
  std::vector<Outcome> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT code, label_fr, label_nl, label_en, active FROM concertation_outcomes WHERE "
                                  "group_id = :g") +
                          (active_only ? " AND active = 1" : "") + " ORDER BY position, id",
       soci::use(group_id));
  for (auto& r : rs) out.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_int(r, 4) != 0});
  return out;
}

void ensure_default_outcomes(soci::session& sql, std::int64_t group_id) {
  int position = 0;
  for (auto& o : kDefaultOutcomes) {
    std::string code = o.code, fr = o.fr, nl = o.nl, en = o.en;
    sql << "INSERT INTO concertation_outcomes (group_id, code, label_fr, label_nl, label_en, position) VALUES (:g, :c, "
           ":fr, :nl, :en, :p) ON CONFLICT (group_id, code) DO NOTHING",
        soci::use(group_id), soci::use(code), soci::use(fr), soci::use(nl), soci::use(en), soci::use(position);
    ++position;
  }
}

void save_outcome(soci::session& sql, std::int64_t group_id, const Outcome& o) {
  int active = o.active ? 1 : 0;
  int position = 0;
  soci::indicator ind;
  sql << "SELECT MAX(position) FROM concertation_outcomes WHERE group_id = :g", soci::use(group_id), soci::into(position, ind);
  position = ind == soci::i_ok ? position + 1 : 0;
  sql << "INSERT INTO concertation_outcomes (group_id, code, label_fr, label_nl, label_en, position, active) VALUES "
         "(:g, :c, :fr, :nl, :en, :p, :a) ON CONFLICT (group_id, code) DO UPDATE SET label_fr = excluded.label_fr, "
         "label_nl = excluded.label_nl, label_en = excluded.label_en, active = excluded.active",
      soci::use(group_id), soci::use(o.code), soci::use(o.label_fr), soci::use(o.label_nl), soci::use(o.label_en),
      soci::use(position), soci::use(active);
}

std::string outcome_label(const std::vector<Outcome>& list, const std::string& code, const std::string& lang) {
  for (auto& o : list)
    if (o.code == code) return o.label(lang);
  return code;
}

}  // namespace maillage::concertation
