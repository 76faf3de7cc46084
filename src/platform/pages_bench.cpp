// In-process cost of the request pipeline (no network): what one page costs the server, by page.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "accounts/model.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "platform/server.hpp"
#include "territory/model.hpp"

using namespace maillage;

namespace {
App& bench_app() {
  static std::unique_ptr<App> app = [] {
    auto dir = std::filesystem::temp_directory_path() / ("maillage-bench-" + std::to_string(getpid()));
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

void page(benchmark::State& state, const char* target) {
  Server server(bench_app(), route_table());
  RawRequest r{"GET", target, {{"Accept-Language", "fr-BE"}}, "", "127.0.0.1"};
  for (auto _ : state) benchmark::DoNotOptimize(server.handle(r));
}
}  // namespace

static void BM_PipelineHomePage(benchmark::State& s) { page(s, "/"); }
static void BM_PipelineTerritoryPage(benchmark::State& s) { page(s, "/territory"); }
static void BM_PipelineLoginPage(benchmark::State& s) { page(s, "/login"); }
static void BM_PipelineNotFound(benchmark::State& s) { page(s, "/no/such/page"); }
static void BM_PipelineProfilePageLoggedIn(benchmark::State& state) {
  static const std::string token = bench_app().db.transact([](soci::session& sql) {
    auto id = accounts::create_user(sql, "bench@example.org", "Bench", "fr");
    return accounts::open_session(sql, id, "127.0.0.1");
  });
  Server server(bench_app(), route_table());
  RawRequest r{"GET", "/profile", {{"Cookie", "maillage_session=" + token}}, "", "127.0.0.1"};
  for (auto _ : state) benchmark::DoNotOptimize(server.handle(r));
}
BENCHMARK(BM_PipelineProfilePageLoggedIn);

static void BM_TerritoryLocatePostalCode(benchmark::State& state) {
  soci::session sql(bench_app().db.pool());
  for (auto _ : state) benchmark::DoNotOptimize(territory::locate(sql, "1060"));
}
BENCHMARK(BM_PipelineHomePage);
BENCHMARK(BM_PipelineTerritoryPage);
BENCHMARK(BM_PipelineLoginPage);
BENCHMARK(BM_PipelineNotFound);
BENCHMARK(BM_TerritoryLocatePostalCode);
