// Demonstration data for the concertation: the 1000 Bruxelles neighbourhood concertation of the networks'
// activity report (its 19 participating organisations, created as directory organisations when the demo world
// lacks them, a charter accepted by every member and organisation, the report's 8 meetings of the year placed in
// the last calendar year, 19 situations with their agreements and outcomes: 3 bridges between hospital and home,
// 3 social supports reinforced, 2 admissions avoided...), one meeting ahead with its agenda, and an Unmet Need
// steering committee. Three fixed logins (README.md) with the demo world's password. Deterministic.
#pragma once
#include <cstdint>

namespace maillage {
class App;
}

namespace maillage::concertation {

inline constexpr const char* kDemoOrganiserEmail = "concertation@demo.maillage.brussels";
inline constexpr const char* kDemoMemberEmail = "concertation.ssm@demo.maillage.brussels";
inline constexpr const char* kDemoPoliceEmail = "concertation.police@demo.maillage.brussels";

// Returns how many situations it created (0 when the demo is already there).
int seed_demo(App& app);

}  // namespace maillage::concertation
