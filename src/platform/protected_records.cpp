#include "platform/protected_records.hpp"

#include <algorithm>

#include "platform/db.hpp"

namespace maillage {

std::vector<AccessLogEntry> access_log(soci::session& sql, const std::string& target, const std::string& action_prefix,
                                       int limit) {
  std::vector<AccessLogEntry> out;
  std::string like = action_prefix + "%";
  int bounded = std::clamp(limit, 1, 1000);
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT a.at, a.user_id, COALESCE(NULLIF(u.name, ''), u.email, ''), a.action, a.ip FROM audit_log a "
                      "LEFT JOIN users u ON u.id = a.user_id WHERE a.target = :t AND a.action LIKE :p "
                      "ORDER BY a.at DESC, a.id DESC LIMIT :n",
       soci::use(target), soci::use(like), soci::use(bounded));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_int(r, 1), as_text(r, 2), as_text(r, 3), as_text(r, 4)});
  return out;
}

}  // namespace maillage
