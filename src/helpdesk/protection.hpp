// How the helpdesk protects what it keeps: its retention rule (the free text of a closed request is blanked
// after its line's retention period, coded fields stay, a legal hold stops it) and its background jobs.
#pragma once
#include "platform/retention.hpp"

namespace maillage {
class Jobs;
}

namespace maillage::helpdesk {

// question, requester_contact, feedback; the notes of the history; the reasons of orientations; the reasons
// and answer notes of transfers. retention_months of the request's line, default 12.
RetentionRule retention_rule();
// The callers' numbers the phone system reported, a month after the call.
RetentionRule calls_retention_rule();
// Registers the retention rule (the platform's retention.purge job runs it) and the helpdesk's jobs.
void register_jobs(Jobs& jobs);

}  // namespace maillage::helpdesk
