// Placing addresses in quarters: 100,000 points over 145 outlines of 48 vertices each (the official division's
// size), index build included. Target: under 2 s for the whole placement.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "territory/quarters.hpp"

using namespace maillage::territory;

namespace {
// 145 wobbly cells over the region's bounding box, each a 48-point ring around its centre.
QuarterIndex synthetic_quarters() {
  std::vector<Quarter> quarters;
  std::vector<Area> areas;
  const int rows = 12, cols = 13;
  const double lat0 = 50.76, lng0 = 4.24, dlat = 0.16 / rows, dlng = 0.24 / cols;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols && quarters.size() < 145; ++c) {
      double clat = lat0 + (r + 0.5) * dlat, clng = lng0 + (c + 0.5) * dlng;
      std::string ring;
      for (int k = 0; k <= 48; ++k) {
        double a = 2 * M_PI * (k % 48) / 48, wobble = 0.9 + 0.1 * std::sin(5 * a);
        double lat = clat + std::sin(a) * dlat * 0.5 * wobble, lng = clng + std::cos(a) * dlng * 0.5 * wobble;
        ring += (k ? "," : "") + std::string("[") + std::to_string(lng) + "," + std::to_string(lat) + "]";
      }
      areas.push_back(area_from_geojson(R"({"type":"Polygon","coordinates":[[)" + ring + "]]}"));
      quarters.push_back({"q" + std::to_string(quarters.size()), "Q", "Q", "21004", "sud"});
    }
  return QuarterIndex(std::move(quarters), std::move(areas));
}
}  // namespace

static void BM_TerritoryPlace100000PointsIn145Quarters(benchmark::State& state) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> lat(50.76, 50.92), lng(4.24, 4.48);
  std::vector<Point> points(100000);
  for (auto& p : points) p = {lat(rng), lng(rng)};
  for (auto _ : state) {
    QuarterIndex index = synthetic_quarters();
    std::size_t placed = 0;
    for (auto& p : points) placed += index.at(p) != nullptr;
    benchmark::DoNotOptimize(placed);
    state.counters["placed"] = static_cast<double>(placed);
  }
}
BENCHMARK(BM_TerritoryPlace100000PointsIn145Quarters)->Unit(benchmark::kMillisecond);
