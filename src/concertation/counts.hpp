// What may leave a concertation group: anonymous counts over a period (situations treated, by outcome, by theme,
// by bassin, meetings and hours). Readers inside the group see them as they are; readers outside see every
// count below the group's threshold (5 by default) as "< 5", through the platform's small-count suppression.
// The observatory receives the same counts, marked protected, and one confidential activity per meeting.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "observatory/publishing.hpp"
#include "platform/brussels_time.hpp"

namespace maillage::concertation {

struct GroupCounts {
  long situations_treated = 0;  // presented in the period, or discussed at one of its meetings
  long situations_closed = 0;
  std::vector<std::pair<std::string, long>> by_outcome;  // code, count (closed in the period)
  std::vector<std::pair<std::string, long>> by_theme;    // directory theme code, count
  std::vector<std::pair<std::string, long>> by_bassin;   // bassin slug, count
  long meetings = 0;
  long minutes = 0;
};
GroupCounts group_counts(soci::session& sql, std::int64_t group_id, const Period& period);

// The publisher the observatory reads (registered from src/app/setup.cpp::register_publishers).
observatory::Publisher publisher();

}  // namespace maillage::concertation
