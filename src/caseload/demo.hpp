// Demonstration data for the caseload: a Housing First team of 56 tenants with three years of contacts shaped
// like the Smes report (last year as 2020: 907 home visits, 288 accompaniments, 2,515 calls, 3,710 contacts,
// +7 %, 44 minutes, 39 % in pair, 268 absent and 53 cancelled, the reasons' shares, GAF 35 at entry and 48 now
// over 50 valid pairs, 6 "no news"), and a mobile team whose last year is MOVEOplus's (107 requests, 64
// accompaniments, its profile shares); this year to date at the same pace. People and organisations of the
// demo world; deterministic.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <vector>

namespace maillage {
class App;
}

namespace maillage::caseload {

// Needs the demo world (accounts::demo::seed_world) and the directory's demo. Returns the people followed created.
int seed_demo(App& app);

struct GeneratorOptions {
  int teams = 10;
  int people = 5000;          // spread over the teams
  int contacts = 500000;      // spread over the people, over `days` ending at `end`
  int days = 2 * 365;
  std::int64_t end = 0;       // 0: now
  std::uint64_t seed = 2026;
};
// The benchmark's generator: teams with their vocabularies, people followed with entry scores and re-scores,
// requests, and contacts of the demo's shape, written in bulk with prepared statements, in the caller's
// transaction. Returns the ids of the teams created.
std::vector<std::int64_t> generate(soci::session& sql, const GeneratorOptions& options);

}  // namespace maillage::caseload
