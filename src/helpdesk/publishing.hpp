// What the helpdesk publishes to the observatory: counts only (contacts by line reached and channel, unmet
// needs), marked protected so that small counts are suppressed outside; each half-day permanence as an activity
// (the line and its hours, never the responder); the unmet needs' coded fields and sentence for the needs watch.
#pragma once
#include "observatory/publishing.hpp"

namespace maillage::helpdesk {

observatory::Publisher publisher();

}  // namespace maillage::helpdesk
