// What reading the sectors costs a page: the process's copy in the steady state, the check of the revision row
// once a second, and a full read of the table (what every page would pay without the copy).
#include <benchmark/benchmark.h>

#include "platform/sectors.hpp"
#include "platform/settings.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;

namespace {
App& sectors_app() {
  static testing::BenchApp bench = [] {
    testing::BenchApp b;
    b.open(false, "sectors");
    return b;
  }();
  return *bench.app;
}
}  // namespace

static void BM_SectorsFromTheProcessCopy(benchmark::State& state) {
  auto& db = sectors_app().db;
  for (auto _ : state) benchmark::DoNotOptimize(sectors(db)->label("mental_health", "fr"));
}
BENCHMARK(BM_SectorsFromTheProcessCopy);

static void BM_SectorsRevisionCheck(benchmark::State& state) {
  auto& db = sectors_app().db;
  soci::session sql(db.pool());
  for (auto _ : state) {
    auto revision = read_setting(sql, "sectors_revision");  // what sectors() reads once a second
    benchmark::DoNotOptimize(revision);
  }
}
BENCHMARK(BM_SectorsRevisionCheck);

static void BM_SectorsReadFromTheTable(benchmark::State& state) {
  auto& db = sectors_app().db;
  soci::session sql(db.pool());
  for (auto _ : state) benchmark::DoNotOptimize(SectorList(load_sectors(sql)).label("mental_health", "fr"));
}
BENCHMARK(BM_SectorsReadFromTheTable);
