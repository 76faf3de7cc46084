#include "concertation/protection.hpp"

#include <nlohmann/json.hpp>

#include "concertation/groups.hpp"
#include "concertation/situations.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::concertation {

RetentionRule retention_rule() {
  RetentionRule rule;
  rule.name = "concertation.situations";
  rule.table = "concertation_situations";
  rule.text_columns = {"summary", "informed_how"};
  rule.months_sql = "(SELECT g.retention_months FROM concertation_groups g WHERE g.id = t.group_id)";
  rule.default_months = kDefaultRetentionMonths;
  rule.dependents = {
      {"concertation_agreements", "situation_id", {"what"}},
      {"concertation_meeting_items", "situation_id", {"minutes"}},
  };
  return rule;
}

void register_jobs(Jobs&) { register_retention_rule(retention_rule()); }

std::string export_member_data(soci::session& sql, std::int64_t user_id) {
  using nlohmann::json;
  json out = {{"user_id", user_id}, {"exported_at", local_date_iso(now_seconds())}};
  json groups = json::array();
  for (auto& g : groups_of_user(sql, user_id)) {
    auto m = member_of(sql, g.id, user_id);
    if (!m) continue;
    json jg = {{"group", g.name},
               {"organisation", m->organisation_name},
               {"organiser", m->organiser},
               {"bound_by_professional_secrecy", m->bound_by_secrecy},
               {"charter_version_accepted", m->accepted_version},
               {"charter_accepted_on", m->accepted_at ? local_date_iso(m->accepted_at) : ""}};
    json presented = json::array();
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT id FROM concertation_situations WHERE group_id = :g AND presenter_user_id = :u ORDER BY id",
         soci::use(g.id), soci::use(user_id));
    std::vector<std::int64_t> ids;
    for (auto& r : rs) ids.push_back(as_int(r, 0));
    for (auto id : ids) {
      auto s = find_situation(sql, id);
      if (!s) continue;
      presented.push_back({{"code", s->code},
                           {"status", s->status},
                           {"presented_on", local_date_iso(s->created_at)},
                           {"outcome", s->outcome},
                           {"summary", s->summary}});
    }
    jg["situations_presented"] = presented;
    json given = json::array();
    for (auto& a : agreements_given_to(sql, g.id, user_id))
      given.push_back({{"situation", a.situation_code},
                       {"what", a.what},
                       {"status", a.status},
                       {"due", a.due_at ? local_date_iso(a.due_at) : ""}});
    jg["agreements_given_to_me"] = given;
    json attended = json::array();
    soci::rowset<soci::row> ms =
        (sql.prepare << "SELECT m.starts_at, m.duration_minutes FROM concertation_meeting_participants p JOIN "
                        "concertation_meetings m ON m.id = p.meeting_id WHERE m.group_id = :g AND p.user_id = :u ORDER BY "
                        "m.starts_at",
         soci::use(g.id), soci::use(user_id));
    for (auto& r : ms) attended.push_back({{"date", local_date_iso(as_int(r, 0))}, {"minutes", as_int(r, 1)}});
    jg["meetings_attended"] = attended;
    groups.push_back(jg);
  }
  out["groups"] = groups;
  return out.dump(2);
}

}  // namespace maillage::concertation
