// How the caseload protects what it keeps: the retention rules (the notes of a decided request, and of a
// person followed and their contacts once the episode ended, are blanked after the team's retention period;
// coded fields stay, a legal hold stops it), registered with the platform's retention.purge job.
#pragma once
#include "platform/retention.hpp"

namespace maillage {
class Jobs;
}

namespace maillage::caseload {

RetentionRule requests_retention_rule();  // caseload_requests.note, closed when decided
RetentionRule episodes_retention_rule();  // caseload_episodes.note and its contacts' notes, closed when ended
void register_jobs(Jobs& jobs);

}  // namespace maillage::caseload
