// Attendance per session of recurring groups (a weekly support group): the organiser records how many people came
// to each session, registered or not (offer_sessions.head_count, migration 0073); the offer's page shows the series
// as a table and a chart, and the observatory reads it as the session's participants (offers/publishing.cpp).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace maillage::offers {

constexpr int kMaxHeadCount = 10000;

// nullopt clears it. Returns false when the count is out of range (negative or above kMaxHeadCount).
bool set_head_count(soci::session& sql, std::int64_t session_id, std::optional<int> count);
std::optional<int> head_count_of(soci::session& sql, std::int64_t session_id);

struct HeadCount {
  std::int64_t session_id = 0, starts_at = 0;
  int count = 0;
};
// The recorded head counts of an offer's sessions, oldest first.
std::vector<HeadCount> head_counts(soci::session& sql, std::int64_t offer_id);

}  // namespace maillage::offers
