// How a concertation protects what it keeps: the retention rule (the free text of a closed situation, of its
// agreements and of its minutes is blanked after the group's retention period, counted from closing; codes and
// counts stay), and a member's export of their own data.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>

#include "platform/retention.hpp"

namespace maillage {
class Jobs;
}

namespace maillage::concertation {

// summary and informed_how of the situation; what of its agreements; minutes of its agenda items. The group's
// retention_months, default 12.
RetentionRule retention_rule();
// Registers the retention rule (the platform's retention.purge job runs it).
void register_jobs(Jobs& jobs);

// A member's own data as JSON: their memberships (group, organisation, charter acceptances), the situations
// they presented (codes and coded fields, no other member's text), the agreements given to them, the meetings
// they attended.
std::string export_member_data(soci::session& sql, std::int64_t user_id);

}  // namespace maillage::concertation
