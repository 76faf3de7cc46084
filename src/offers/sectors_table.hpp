// Participants of one offer by sector over a period, the networks' "33 participants from 11 sectors": each person
// (an address, or a number for a registration by phone) counted once, in the sector of their latest registration,
// over the confirmed registrations of the sessions that start in the period and were not marked absent.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "platform/brussels_time.hpp"
#include "platform/sectors.hpp"

namespace maillage::offers {

struct SectorCounts {
  std::vector<std::pair<std::string, long>> by_sector;  // in the vocabulary's order (retired sectors too); "" (not given) last
  long participants = 0;
  long sectors = 0;  // sectors named (not counting "not given")
};
SectorCounts participants_by_sector(soci::session& sql, const SectorList& sectors, std::int64_t offer_id,
                                    const Period& period);

}  // namespace maillage::offers
