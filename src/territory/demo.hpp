// The territory's demo: a few quarters drawn by hand, Rézone's zone and a mobile team's zone, and population
// figures of the right order of magnitude (not the official ones).
#pragma once
#include <soci/soci.h>

#include <cstdint>

namespace maillage::territory {

void seed_demo(soci::session& sql, std::int64_t now);

}  // namespace maillage::territory
