#include "platform/audit.hpp"

#include "platform/db.hpp"

namespace maillage {

void audit(soci::session& sql, const AuditEntry& e) {
  std::int64_t at = now_seconds();
  soci::indicator user_ind = e.user_id ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO audit_log (at, user_id, action, target, ip, detail) VALUES (:at, :u, :a, :t, :ip, :d)",
      soci::use(at), soci::use(e.user_id, user_ind), soci::use(e.action), soci::use(e.target), soci::use(e.ip),
      soci::use(e.detail);
}

void audit(soci::session& sql, const RequestContext& ctx, const std::string& action, const std::string& target,
           const std::string& detail) {
  audit(sql, AuditEntry{ctx.user ? ctx.user->id : 0, action, target, ctx.remote_ip, detail});
}

}  // namespace maillage
