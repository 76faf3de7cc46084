// Records whose every read is written down (a helpdesk request now, a concertation's situation and a caseload
// later): one function a handler calls to read such a record, which writes the audit entry (who, when, which
// record) in the transaction of the read, and the record's access log (who read it) for those who answer for
// it. A refused read is written down too, in its own transaction, since the read's rolls back.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/http.hpp"

namespace maillage {

// Reads a protected record: runs `read(sql)` and writes the audit entry `action` on `target` ("request:12")
// in the same transaction, so that no read goes unrecorded. `read` throws an HttpError (forbidden(),
// not_found()) to refuse; the refusal is recorded as `action + ".refused"` and rethrown.
template <class Fn>
auto audited_read(RequestContext& ctx, const std::string& action, const std::string& target, Fn&& read)
    -> decltype(read(std::declval<soci::session&>())) {
  try {
    return ctx.app.db.transact([&](soci::session& sql) {
      auto result = read(sql);
      audit(sql, ctx, action, target);
      return result;
    });
  } catch (const HttpError& e) {
    ctx.app.db.transact([&](soci::session& sql) { audit(sql, ctx, action + ".refused", target, std::to_string(e.status)); });
    throw;
  }
}

struct AccessLogEntry {
  std::int64_t at = 0;
  std::int64_t user_id = 0;
  std::string user_name;  // name, or e-mail when the account has no name
  std::string action;
  std::string ip;
};

// Who read or changed this record (audit entries on `target` whose action starts with `action_prefix`),
// newest first.
std::vector<AccessLogEntry> access_log(soci::session& sql, const std::string& target, const std::string& action_prefix,
                                       int limit = 100);

}  // namespace maillage
