// Synthetic services in the database, for benchmarks of whole pages: the search engine's generated services
// (search/synthetic.hpp) written as HSDS records through the importer, so that they go where real ones go.
#pragma once
#include <cstddef>

namespace maillage {
class App;
}

namespace maillage::directory {
// Adds n synthetic services (ids "svc-<seed>-<i>"); returns how many were imported.
std::size_t seed_synthetic(App& app, std::size_t n, unsigned seed = 7);
}  // namespace maillage::directory
