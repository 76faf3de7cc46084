// The audit log: who, when, action, target, from where. Written by the platform for logins and role changes,
// and by every later part for each read of sensitive data.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>

#include "platform/http.hpp"

namespace maillage {

struct AuditEntry {
  std::int64_t user_id = 0;  // 0: anonymous or system
  std::string action;        // e.g. "login.success", "grant.add", "situation.read"
  std::string target;        // e.g. "user:12"
  std::string ip;
  std::string detail;
};

void audit(soci::session& sql, const AuditEntry& entry);
// Convenience: the acting user and address come from the request.
void audit(soci::session& sql, const RequestContext& ctx, const std::string& action, const std::string& target,
           const std::string& detail = "");

}  // namespace maillage
