// What leaves a confidential group or team: counts, never people. A count below the threshold (5 by default,
// a group or team may set another) is shown as "< 5" to readers outside, so that nobody is recognisable in a
// small quarter; zero stays zero (it reveals no one). When a table shows its total, one suppressed cell alone
// could be recomputed from the others: the next smallest cell is suppressed too (secondary suppression).
// The parts (helpdesk, concertation, caseload, observatory) all format their outside counts here.
#pragma once
#include <string>
#include <vector>

namespace maillage {

constexpr int kDefaultSmallCountThreshold = 5;

struct ShownCount {
  long value = 0;           // the true count (never sent outside when suppressed)
  bool suppressed = false;  // shown as "< threshold" (or "*")
  bool secondary = false;   // hidden only so that another small cell cannot be recomputed: shown as "*"
  std::string text;         // what to print: "12", "0", "< 5" or "*" (pages explain "*" in a note)
};

// One count for a reader inside (`inside` true: shown as is) or outside the group.
ShownCount shown_count(long value, bool inside, int threshold = kDefaultSmallCountThreshold);

// The cells of one table whose total is shown beside them: primary suppression of every 0 < n < threshold,
// then, when exactly one cell is suppressed, the smallest other non-zero cell as well.
std::vector<ShownCount> shown_counts(const std::vector<long>& cells, bool inside,
                                     int threshold = kDefaultSmallCountThreshold);

// A share in % of a total, as text: "" when either count is suppressed (a percentage would give it away).
std::string shown_share(const ShownCount& part, const ShownCount& total, int decimals = 0);

}  // namespace maillage
