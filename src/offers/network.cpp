#include "offers/network.hpp"

#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::offers {

std::optional<NetworkMembership> network_membership(soci::session& sql, std::int64_t organisation_id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT m.organisation_id, o.name, m.joined_at, m.joined_by_name FROM immersion_network_members m "
                      "JOIN organisations o ON o.id = m.organisation_id WHERE m.organisation_id = :o AND m.left_at IS NULL",
       soci::use(organisation_id));
  for (auto& r : rs) return NetworkMembership{as_int(r, 0), as_text(r, 1), as_int(r, 2), as_text(r, 3)};
  return std::nullopt;
}

bool any_network_member(soci::session& sql, const std::vector<std::int64_t>& organisation_ids) {
  for (auto id : organisation_ids) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM immersion_network_members WHERE organisation_id = :o AND left_at IS NULL", soci::use(id),
        soci::into(n);
    if (n) return true;
  }
  return false;
}

const char* join_network(soci::session& sql, std::int64_t organisation_id, const NetworkActor& by, std::int64_t now) {
  if (network_membership(sql, organisation_id)) return N_("This organisation is already a member of the immersion network.");
  soci::indicator who = by.user_id ? soci::i_ok : soci::i_null;
  // The unique index on the open period is the last guard when two coordinators join at the same moment.
  sql << "INSERT INTO immersion_network_members (organisation_id, joined_at, joined_by, joined_by_name) VALUES (:o, :t, "
         ":u, :n)",
      soci::use(organisation_id), soci::use(now), soci::use(by.user_id, who), soci::use(by.name);
  return nullptr;
}

const char* leave_network(soci::session& sql, std::int64_t organisation_id, const NetworkActor& by, std::int64_t now) {
  if (!network_membership(sql, organisation_id)) return N_("This organisation is not a member of the immersion network.");
  soci::indicator who = by.user_id ? soci::i_ok : soci::i_null;
  sql << "UPDATE immersion_network_members SET left_at = :t, left_by = :u, left_by_name = :n WHERE organisation_id = :o "
         "AND left_at IS NULL",
      soci::use(now), soci::use(by.user_id, who), soci::use(by.name), soci::use(organisation_id);
  return nullptr;
}

std::vector<Reciprocity> network_reciprocity(soci::session& sql, std::int64_t from, std::int64_t to, std::int64_t now) {
  std::vector<Reciprocity> out;
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT m.organisation_id, o.name, m.joined_at, m.joined_by_name FROM immersion_network_members m "
                        "JOIN organisations o ON o.id = m.organisation_id WHERE m.left_at IS NULL ORDER BY o.name, o.id");
    for (auto& r : rs) out.push_back({NetworkMembership{as_int(r, 0), as_text(r, 1), as_int(r, 2), as_text(r, 3)}});
  }
  // Hosted: workers of another institution in an immersion the member organises. Sent: the member's own workers
  // in an immersion it does not organise. A person marked absent was neither hosted nor sent.
  const std::string counts =
      "SELECT COALESCE(SUM(CASE WHEN s.ends_at < :now THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN s.ends_at >= :now2 THEN 1 ELSE 0 END), 0) FROM registrations r "
      "JOIN offer_sessions s ON s.id = r.session_id JOIN offers f ON f.id = r.offer_id WHERE f.type = 'immersion' "
      "AND r.status = 'confirmed' AND r.attendance <> 'no_show' AND s.starts_at >= :from AND s.starts_at < :to ";
  const std::string hosted = counts +
      "AND COALESCE(r.organisation_id, 0) <> :m AND EXISTS (SELECT 1 FROM offer_organisers g WHERE g.offer_id = f.id "
      "AND g.organisation_id = :m2)";
  const std::string sent = counts +
      "AND r.organisation_id = :m AND NOT EXISTS (SELECT 1 FROM offer_organisers g WHERE g.offer_id = f.id "
      "AND g.organisation_id = :m2)";
  auto count = [&](const std::string& query, std::int64_t member, int& done, int& planned) {
    soci::rowset<soci::row> rs = (sql.prepare << query, soci::use(now), soci::use(now), soci::use(from), soci::use(to),
                                  soci::use(member), soci::use(member));
    for (auto& r : rs) {
      done = static_cast<int>(as_int(r, 0));
      planned = static_cast<int>(as_int(r, 1));
    }
  };
  for (auto& r : out) {
    count(hosted, r.member.organisation_id, r.hosted, r.hosting_planned);
    count(sent, r.member.organisation_id, r.sent, r.sending_planned);
  }
  return out;
}

}  // namespace maillage::offers
