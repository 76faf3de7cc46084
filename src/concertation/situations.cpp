#include "concertation/situations.hpp"

#include <algorithm>
#include <map>

#include "concertation/groups.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/retention.hpp"
#include "territory/model.hpp"

namespace maillage::concertation {

namespace {
const char* kSituationColumns =
    "SELECT s.id, s.group_id, s.code, s.presenter_user_id, s.presenter_organisation_id, COALESCE(NULLIF(pu.name, ''), "
    "pu.email), po.name, s.age_band, s.gender, s.postal_code, s.commune_nis, s.quarter_code, s.bassin_slug, "
    "s.life_domains, s.summary, s.status, s.informed, s.informed_how, s.informed_by, COALESCE(NULLIF(iu.name, ''), "
    "iu.email), s.case_manager_user_id, COALESCE(NULLIF(cu.name, ''), cu.email), s.outcome, s.closed_at, s.purged_at, "
    "s.created_at, s.updated_at FROM concertation_situations s LEFT JOIN users pu ON pu.id = s.presenter_user_id "
    "LEFT JOIN organisations po ON po.id = s.presenter_organisation_id LEFT JOIN users iu ON iu.id = s.informed_by "
    "LEFT JOIN users cu ON cu.id = s.case_manager_user_id ";

Situation situation_from(const soci::row& r) {
  Situation s;
  std::size_t i = 0;
  s.id = as_int(r, i++);
  s.group_id = as_int(r, i++);
  s.code = as_text(r, i++);
  s.presenter_user_id = as_int(r, i++);
  s.presenter_organisation_id = as_int(r, i++);
  s.presenter_name = as_text(r, i++);
  s.presenter_organisation = as_text(r, i++);
  s.age_band = as_text(r, i++);
  s.gender = as_text(r, i++);
  s.postal_code = as_text(r, i++);
  s.commune_nis = as_text(r, i++);
  s.quarter_code = as_text(r, i++);
  s.bassin_slug = as_text(r, i++);
  s.life_domains = split_codes(as_text(r, i++));
  s.summary = as_text(r, i++);
  s.status = as_text(r, i++);
  s.informed = as_text(r, i++);
  s.informed_how = as_text(r, i++);
  s.informed_by = as_int(r, i++);
  s.informed_by_name = as_text(r, i++);
  s.case_manager_user_id = as_int(r, i++);
  s.case_manager_name = as_text(r, i++);
  s.outcome = as_text(r, i++);
  s.closed_at = as_int(r, i++);
  s.purged_at = as_int(r, i++);
  s.created_at = as_int(r, i++);
  s.updated_at = as_int(r, i++);
  return s;
}

const char* kAgreementColumns =
    "SELECT a.id, a.situation_id, a.group_id, s.code, a.what, a.who_user_id, a.who_organisation_id, "
    "COALESCE(NULLIF(u.name, ''), u.email, o.name), a.due_at, a.status, a.proposed_meeting_id, a.concluded_meeting_id, "
    "a.created_at FROM concertation_agreements a JOIN concertation_situations s ON s.id = a.situation_id "
    "LEFT JOIN users u ON u.id = a.who_user_id LEFT JOIN organisations o ON o.id = a.who_organisation_id ";

Agreement agreement_from(const soci::row& r) {
  Agreement a;
  std::size_t i = 0;
  a.id = as_int(r, i++);
  a.situation_id = as_int(r, i++);
  a.group_id = as_int(r, i++);
  a.situation_code = as_text(r, i++);
  a.what = as_text(r, i++);
  a.who_user_id = as_int(r, i++);
  a.who_organisation_id = as_int(r, i++);
  a.who_name = as_text(r, i++);
  a.due_at = as_int(r, i++);
  a.status = as_text(r, i++);
  a.proposed_meeting_id = as_int(r, i++);
  a.concluded_meeting_id = as_int(r, i++);
  a.created_at = as_int(r, i++);
  return a;
}

soci::indicator null_if_zero(std::int64_t v) { return v ? soci::i_ok : soci::i_null; }

void complete_place(soci::session& sql, Situation& s) {
  if (!s.quarter_code.empty()) {
    soci::indicator ind = soci::i_null;
    std::string commune, bassin;
    soci::indicator ci = soci::i_null;
    sql << "SELECT commune_nis, bassin_slug FROM quarters WHERE code = :q", soci::use(s.quarter_code), soci::into(commune, ci),
        soci::into(bassin, ind);
    if (sql.got_data() && ind == soci::i_ok) {
      s.bassin_slug = bassin;
      if (s.commune_nis.empty()) s.commune_nis = commune;
    }
  }
  if (!s.postal_code.empty()) {
    if (auto place = territory::locate(sql, s.postal_code)) {
      if (s.commune_nis.empty()) s.commune_nis = place->commune.nis;
      if (s.bassin_slug.empty()) s.bassin_slug = place->bassin.slug;
    }
  }
}

void save_themes(soci::session& sql, std::int64_t id, const std::vector<std::string>& themes) {
  sql << "DELETE FROM concertation_situation_themes WHERE situation_id = :id", soci::use(id);
  for (auto& t : themes)
    sql << "INSERT INTO concertation_situation_themes (situation_id, theme) VALUES (:id, :t) ON CONFLICT DO NOTHING",
        soci::use(id), soci::use(t);
}
}  // namespace

std::vector<std::pair<std::string, const char*>> check_situation(soci::session& sql, const Situation& s) {
  std::vector<std::pair<std::string, const char*>> errors;
  if (s.code.empty() || utf8_length(s.code) > kMaxCodeChars)
    errors.emplace_back("code", N_("Give the situation a code of at most 40 characters (never a name)."));
  else if (code_taken(sql, s.group_id, s.code, s.id))
    errors.emplace_back("code", N_("The group already has a situation with this code."));
  if (!s.age_band.empty() && !is_code(age_bands(), s.age_band)) errors.emplace_back("age_band", N_("Choose an age band."));
  if (!s.gender.empty() && !is_code(genders(), s.gender)) errors.emplace_back("gender", N_("Choose a gender."));
  if (!s.postal_code.empty() && !territory::locate(sql, s.postal_code))
    errors.emplace_back("postal_code", N_("Enter a Brussels postal code."));
  for (auto& d : s.life_domains)
    if (!is_code(life_domains(), d)) errors.emplace_back("life_domains", N_("Choose life domains from the list."));
  if (utf8_length(s.summary) > kMaxSummaryChars) errors.emplace_back("summary", N_("The text is too long."));
  if (utf8_length(s.informed_how) > kMaxAgreementChars) errors.emplace_back("informed_how", N_("The text is too long."));
  if (!s.informed.empty() && !is_code(informed_values(), s.informed))
    errors.emplace_back("informed", N_("Say whether the person was informed."));
  return errors;
}

bool code_taken(soci::session& sql, std::int64_t group_id, const std::string& code, std::int64_t except_id) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM concertation_situations WHERE group_id = :g AND code = :c AND id <> :id", soci::use(group_id),
      soci::use(code), soci::use(except_id), soci::into(n);
  return n > 0;
}

std::int64_t create_situation(soci::session& sql, Situation s, std::int64_t now) {
  complete_place(sql, s);
  std::string domains = join_codes(s.life_domains);
  std::int64_t id = 0, created = s.created_at ? s.created_at : now;
  soci::indicator pu = null_if_zero(s.presenter_user_id), po = null_if_zero(s.presenter_organisation_id),
                  ib = null_if_zero(s.informed_by), cm = null_if_zero(s.case_manager_user_id);
  sql << "INSERT INTO concertation_situations (group_id, code, presenter_user_id, presenter_organisation_id, age_band, "
         "gender, postal_code, commune_nis, quarter_code, bassin_slug, life_domains, summary, status, informed, "
         "informed_how, informed_by, case_manager_user_id, created_at, updated_at) VALUES (:g, :c, :pu, :po, :a, :ge, "
         ":pc, :cn, :q, :b, :ld, :su, :st, :inf, :ih, :ib, :cm, :cr, :up) RETURNING id",
      soci::use(s.group_id), soci::use(s.code), soci::use(s.presenter_user_id, pu),
      soci::use(s.presenter_organisation_id, po), soci::use(s.age_band), soci::use(s.gender), soci::use(s.postal_code),
      soci::use(s.commune_nis), soci::use(s.quarter_code), soci::use(s.bassin_slug), soci::use(domains),
      soci::use(s.summary), soci::use(s.status), soci::use(s.informed), soci::use(s.informed_how),
      soci::use(s.informed_by, ib), soci::use(s.case_manager_user_id, cm), soci::use(created),
      soci::use(now), soci::into(id);
  save_themes(sql, id, s.themes);
  return id;
}

void update_situation(soci::session& sql, const Situation& in, std::int64_t now) {
  Situation s = in;
  s.commune_nis.clear();
  s.bassin_slug.clear();
  complete_place(sql, s);
  std::string domains = join_codes(s.life_domains);
  soci::indicator ib = null_if_zero(s.informed_by), cm = null_if_zero(s.case_manager_user_id);
  sql << "UPDATE concertation_situations SET code = :c, age_band = :a, gender = :ge, postal_code = :pc, commune_nis = "
         ":cn, quarter_code = :q, bassin_slug = :b, life_domains = :ld, summary = :su, status = :st, informed = :inf, "
         "informed_how = :ih, informed_by = :ib, case_manager_user_id = :cm, updated_at = :up WHERE id = :id",
      soci::use(s.code), soci::use(s.age_band), soci::use(s.gender), soci::use(s.postal_code), soci::use(s.commune_nis),
      soci::use(s.quarter_code), soci::use(s.bassin_slug), soci::use(domains), soci::use(s.summary), soci::use(s.status),
      soci::use(s.informed), soci::use(s.informed_how), soci::use(s.informed_by, ib),
      soci::use(s.case_manager_user_id, cm), soci::use(now), soci::use(s.id);
  save_themes(sql, s.id, s.themes);
}

std::optional<Situation> find_situation(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kSituationColumns) + "WHERE s.id = :id", soci::use(id));
  std::optional<Situation> out;
  for (auto& r : rs) out = situation_from(r);
  if (out) {
    soci::rowset<soci::row> ts =
        (sql.prepare << "SELECT theme FROM concertation_situation_themes WHERE situation_id = :id ORDER BY theme",
         soci::use(id));
    for (auto& t : ts) out->themes.push_back(as_text(t, 0));
  }
  return out;
}

void close_situation(soci::session& sql, std::int64_t id, const std::string& outcome, std::int64_t now) {
  sql << "UPDATE concertation_situations SET status = 'closed', outcome = :o, closed_at = :c, updated_at = :u WHERE id = :id",
      soci::use(outcome), soci::use(now), soci::use(now), soci::use(id);
}

void reopen_situation(soci::session& sql, std::int64_t id, std::int64_t now) {
  sql << "UPDATE concertation_situations SET status = 'followed', outcome = '', closed_at = NULL, updated_at = :u "
         "WHERE id = :id AND purged_at IS NULL",
      soci::use(now), soci::use(id);
}

std::int64_t purge_date(const Situation& s, int retention_months) {
  if (!s.closed_at) return 0;
  return s.closed_at + static_cast<std::int64_t>(retention_months > 0 ? retention_months : kDefaultRetentionMonths) *
                           kRetentionMonthSeconds;
}

void erase_situation(soci::session& sql, std::int64_t id) {
  sql << "DELETE FROM concertation_sharing_decisions WHERE situation_id = :id", soci::use(id);
  sql << "DELETE FROM concertation_meeting_items WHERE situation_id = :id", soci::use(id);
  sql << "DELETE FROM concertation_agreements WHERE situation_id = :id", soci::use(id);
  sql << "DELETE FROM concertation_situation_themes WHERE situation_id = :id", soci::use(id);
  sql << "DELETE FROM concertation_situations WHERE id = :id", soci::use(id);
}

std::vector<FollowUpRow> follow_up_table(soci::session& sql, std::int64_t group_id, std::int64_t now, int limit,
                                         int offset) {
  std::vector<FollowUpRow> out;
  // The page's situations are picked first, in the order of the index concertation_situations_followup (the
  // ORDER BY repeats its CASE expression word for word so that both engines walk the index instead of sorting);
  // only then are their agreements counted and their last meeting looked up, by index, for those rows alone.
  // Grouping every agreement of the group first cost the whole group's 50,000 agreements at each page.
  static const std::string kOrder = "CASE WHEN status = 'closed' THEN 1 ELSE 0 END, created_at DESC, id DESC";
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT s.id, s.code, s.status, s.age_band, s.gender, s.bassin_slug, s.informed, s.outcome, "
                      "s.created_at, s.closed_at, "
                      "(SELECT COUNT(*) FROM concertation_agreements a WHERE a.situation_id = s.id AND a.status IN "
                      "('proposed', 'concluded')), "
                      "(SELECT COUNT(*) FROM concertation_agreements a WHERE a.situation_id = s.id AND a.status IN "
                      "('proposed', 'concluded') AND a.due_at < :now), "
                      "COALESCE((SELECT MAX(mt.starts_at) FROM concertation_meeting_items i JOIN concertation_meetings mt "
                      "ON mt.id = i.meeting_id WHERE i.situation_id = s.id AND mt.group_id = :g1), 0) "
                      "FROM (SELECT id FROM concertation_situations WHERE group_id = :g2 ORDER BY " +
                          kOrder + " LIMIT " + std::to_string(std::clamp(limit, 1, 5000)) + " OFFSET " +
                          std::to_string(std::max(offset, 0)) +
                          ") p JOIN concertation_situations s ON s.id = p.id ORDER BY CASE WHEN s.status = 'closed' "
                          "THEN 1 ELSE 0 END, s.created_at DESC, s.id DESC",
       soci::use(now), soci::use(group_id), soci::use(group_id));
  for (auto& r : rs) {
    FollowUpRow f;
    std::size_t i = 0;
    f.id = as_int(r, i++);
    f.code = as_text(r, i++);
    f.status = as_text(r, i++);
    f.age_band = as_text(r, i++);
    f.gender = as_text(r, i++);
    f.bassin_slug = as_text(r, i++);
    f.informed = as_text(r, i++);
    f.outcome = as_text(r, i++);
    f.created_at = as_int(r, i++);
    f.closed_at = as_int(r, i++);
    f.open_agreements = static_cast<int>(as_int(r, i++));
    f.overdue_agreements = static_cast<int>(as_int(r, i++));
    f.last_meeting_at = as_int(r, i++);
    out.push_back(std::move(f));
  }
  return out;
}

FollowUpPage follow_up_page(soci::session& sql, std::int64_t group_id, std::int64_t now, int page, int page_size) {
  FollowUpPage p;
  p.page_size = std::clamp(page_size, 1, kFollowUpMaxPageSize);
  // Both counts from the index concertation_situations_followup alone (its last columns are `status` and `informed`).
  long long total = 0, to_inform = 0;
  soci::indicator ind = soci::i_ok;
  sql << "SELECT COUNT(*), SUM(CASE WHEN status <> 'closed' AND informed <> 'yes' THEN 1 ELSE 0 END) FROM "
         "concertation_situations WHERE group_id = :g",
      soci::use(group_id), soci::into(total), soci::into(to_inform, ind);
  p.total = static_cast<int>(total);
  p.to_inform = ind == soci::i_ok ? static_cast<int>(to_inform) : 0;
  p.page = std::clamp(page, 1, p.pages());
  if (p.total) p.rows = follow_up_table(sql, group_id, now, p.page_size, (p.page - 1) * p.page_size);
  return p;
}

std::vector<std::pair<std::string, const char*>> check_agreement(const Agreement& a) {
  std::vector<std::pair<std::string, const char*>> errors;
  if (a.what.empty()) errors.emplace_back("what", N_("Say what was agreed."));
  else if (utf8_length(a.what) > kMaxAgreementChars) errors.emplace_back("what", N_("The text is too long."));
  if (!a.who_user_id && !a.who_organisation_id) errors.emplace_back("who", N_("Say who carries the agreement out."));
  return errors;
}

std::int64_t add_agreement(soci::session& sql, Agreement a, std::int64_t by, std::int64_t now) {
  std::int64_t id = 0, created = a.created_at ? a.created_at : now;
  soci::indicator wu = null_if_zero(a.who_user_id), wo = null_if_zero(a.who_organisation_id), du = null_if_zero(a.due_at),
                  pm = null_if_zero(a.proposed_meeting_id), cm = null_if_zero(a.concluded_meeting_id),
                  bi = null_if_zero(by);
  sql << "INSERT INTO concertation_agreements (situation_id, group_id, what, who_user_id, who_organisation_id, due_at, "
         "status, proposed_meeting_id, concluded_meeting_id, created_by, created_at, updated_at) VALUES (:s, :g, :w, :wu, "
         ":wo, :d, :st, :pm, :cm, :by, :c, :u) RETURNING id",
      soci::use(a.situation_id), soci::use(a.group_id), soci::use(a.what), soci::use(a.who_user_id, wu),
      soci::use(a.who_organisation_id, wo), soci::use(a.due_at, du), soci::use(a.status),
      soci::use(a.proposed_meeting_id, pm), soci::use(a.concluded_meeting_id, cm), soci::use(by, bi),
      soci::use(created), soci::use(now), soci::into(id);
  // A situation with an agreement is followed.
  sql << "UPDATE concertation_situations SET status = 'followed', updated_at = :u WHERE id = :s AND status = 'new'",
      soci::use(now), soci::use(a.situation_id);
  return id;
}

std::optional<Agreement> find_agreement(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kAgreementColumns) + "WHERE a.id = :id", soci::use(id));
  for (auto& r : rs) return agreement_from(r);
  return std::nullopt;
}

std::vector<Agreement> agreements_of(soci::session& sql, std::int64_t situation_id) {
  std::vector<Agreement> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kAgreementColumns) +
                                                   "WHERE a.situation_id = :s ORDER BY a.created_at, a.id",
                                soci::use(situation_id));
  for (auto& r : rs) out.push_back(agreement_from(r));
  return out;
}

std::vector<Agreement> agreements_given_to(soci::session& sql, std::int64_t group_id, std::int64_t user_id) {
  std::vector<Agreement> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kAgreementColumns) +
                          "WHERE a.group_id = :g AND (a.who_user_id = :u OR a.who_organisation_id IN (SELECT organisation_id "
                          "FROM concertation_members WHERE group_id = :g2 AND user_id = :u2)) ORDER BY a.due_at, a.id",
       soci::use(group_id), soci::use(user_id), soci::use(group_id), soci::use(user_id));
  for (auto& r : rs) out.push_back(agreement_from(r));
  return out;
}

bool set_agreement_status(soci::session& sql, std::int64_t id, const std::string& status, std::int64_t meeting_id,
                          std::int64_t now) {
  auto a = find_agreement(sql, id);
  if (!a) return false;
  bool allowed = (status == "concluded" && a->status == "proposed") ||
                 ((status == "done" || status == "abandoned") && a->open()) ||
                 (status == "proposed" && a->status == "concluded");
  if (!allowed) return false;
  if (status == "concluded" && meeting_id) {
    sql << "UPDATE concertation_agreements SET status = :s, concluded_meeting_id = :m, updated_at = :u WHERE id = :id",
        soci::use(status), soci::use(meeting_id), soci::use(now), soci::use(id);
  } else {
    sql << "UPDATE concertation_agreements SET status = :s, updated_at = :u WHERE id = :id", soci::use(status),
        soci::use(now), soci::use(id);
  }
  return true;
}

std::string decide_sharing(bool vital_interest, bool consent, bool conflict_of_interests) {
  if (conflict_of_interests) return "do_not_share";
  return vital_interest || consent ? "share" : "do_not_share";
}

std::int64_t record_sharing_decision(soci::session& sql, std::int64_t situation_id, std::int64_t organisation_id,
                                     bool vital, bool consent, bool conflict, std::int64_t by, std::int64_t now) {
  std::string decision = decide_sharing(vital, consent, conflict);
  int v = vital, c = consent, k = conflict;
  soci::indicator oi = null_if_zero(organisation_id), bi = null_if_zero(by);
  std::int64_t id = 0;
  sql << "INSERT INTO concertation_sharing_decisions (situation_id, organisation_id, vital_interest, consent, "
         "conflict_of_interests, decision, recorded_by, recorded_at) VALUES (:s, :o, :v, :c, :k, :d, :by, :at) RETURNING id",
      soci::use(situation_id), soci::use(organisation_id, oi), soci::use(v), soci::use(c), soci::use(k),
      soci::use(decision), soci::use(by, bi), soci::use(now), soci::into(id);
  return id;
}

std::vector<SharingDecision> sharing_decisions_of(soci::session& sql, std::int64_t situation_id) {
  std::vector<SharingDecision> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT d.id, d.organisation_id, o.name, d.vital_interest, d.consent, d.conflict_of_interests, "
                      "d.decision, COALESCE(NULLIF(u.name, ''), u.email), d.recorded_at FROM concertation_sharing_decisions d "
                      "LEFT JOIN organisations o ON o.id = d.organisation_id LEFT JOIN users u ON u.id = d.recorded_by "
                      "WHERE d.situation_id = :s ORDER BY d.recorded_at DESC, d.id DESC",
       soci::use(situation_id));
  for (auto& r : rs) {
    SharingDecision d;
    d.id = as_int(r, 0);
    d.organisation_id = as_int(r, 1);
    d.organisation_name = as_text(r, 2);
    d.vital_interest = as_int(r, 3) != 0;
    d.consent = as_int(r, 4) != 0;
    d.conflict_of_interests = as_int(r, 5) != 0;
    d.decision = as_text(r, 6);
    d.recorded_by_name = as_text(r, 7);
    d.recorded_at = as_int(r, 8);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace maillage::concertation
