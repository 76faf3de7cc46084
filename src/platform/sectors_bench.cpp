// What reading the sectors costs a page: the process's copy in the steady state, the check of the revision row
// once a second, and a full read of the table (what every page would pay without the copy).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "app/setup.hpp"
#include "platform/app.hpp"
#include "platform/sectors.hpp"

using namespace maillage;

namespace {
App& sectors_app() {
  static std::unique_ptr<App> app = [] {
    auto dir = std::filesystem::temp_directory_path() / ("maillage-sectors-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    Config c;
    c.db_url = "sqlite://" + (dir / "bench.db").string();
    c.access_log = false;
    auto a = std::make_unique<App>(c);
    wire(*a);
    prepare_database(*a);
    return a;
  }();
  return *app;
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
    std::string revision;
    sql << "SELECT value FROM settings WHERE name = 'sectors_revision'", soci::into(revision);
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
