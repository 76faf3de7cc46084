// Realistic made-up services for tests, benchmarks and demos: French and Dutch names and descriptions of
// Brussels social and health services over the 5 bassins and 19 communes, with themes, publics,
// languages, access conditions, coordinates inside the region and opening hours.
#pragma once
#include <cstddef>
#include <vector>

#include "directory/search/search_index.hpp"

namespace maillage::directory::search {

// The same (n, seed) always gives the same services; ids are "svc-<seed>-<i>".
std::vector<ServiceDocument> synthetic_services(std::size_t n, unsigned seed);

}  // namespace maillage::directory::search
