// Demonstration data for the helpdesk, and the benchmark's generator: a year of requests shaped like the
// networks' yearly table (mostly by phone, mostly the regional line, mostly administrative or information
// questions, a few complex ones, some lines not notified), with orientations to the demo directory's services,
// transfers with their history, call-backs (some due today), feedback, a few open requests and unmet needs.
// Deterministic: a seeded generator, dates relative to the day it runs.
#pragma once
#include <soci/soci.h>

#include <cstdint>

namespace maillage {
class App;
}

namespace maillage::helpdesk {

// Loads the demo year (about 650 requests ending today) through create_request; returns how many requests.
// Needs the directory's demo data and the default lines (created here when missing).
int seed_demo(App& app);

struct GeneratorOptions {
  int requests = 100000;
  int days = 365 * 5;          // spread over this many days ending at `end`
  std::int64_t end = 0;        // 0: now
  std::uint64_t seed = 20241;  // the same seed gives the same requests
};
// The benchmark's generator: requests of the demo's shape written in bulk with prepared statements (100,000 in
// seconds), with their themes, orientations and a few transfers. In the caller's transaction.
int generate_requests(soci::session& sql, const GeneratorOptions& options);

}  // namespace maillage::helpdesk
