// The caseload with 10 teams, 5,000 people followed and 500,000 contacts over two years ending today (about
// 25,000 contacts a team a year, seven times Housing First's volume): the server time of a team's yearly figures
// page and CSV through the whole request pipeline in-process (no network), and the computation alone. On SQLite,
// and on PostgreSQL when MAILLAGE_TEST_PG names a server (scripts/bench.sh starts one). The bar: under
// 100 ms for the page on both engines.
#include <benchmark/benchmark.h>

#include <map>

#include "accounts/model.hpp"
#include "caseload/demo.hpp"
#include "caseload/figures.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;

namespace {

struct Bench : maillage::testing::BenchApp {
  std::string member_cookie;
  std::int64_t team = 0;
  int year = 0;
};

Bench* bench(bool postgres) {
  static std::map<bool, std::unique_ptr<Bench>> benches;
  auto& b = benches[postgres];
  if (b) return b.get();
  b = std::make_unique<Bench>();
  b->open(postgres, "maillage-caseload-bench");
  auto teams = b->fill([&](soci::session& sql) { return caseload::generate(sql, {}); });
  b->team = teams.front();
  b->app->db.transact([&](soci::session& sql) {
    auto member = accounts::create_user(sql, "bench.caseload@example.org", "Bench", "fr");
    accounts::add_grant(sql, member, {0, "caseload_coordinator", "team", std::to_string(b->team)}, 0);
    b->member_cookie = "maillage_session=" + accounts::open_session(sql, member, "127.0.0.1");
  });
  b->year = to_brussels(now_seconds()).year - 1;  // the last full year
  return b.get();
}

using maillage::testing::skipped_without_postgres;

void page(benchmark::State& state, bool postgres, const std::string& suffix) {
  if (skipped_without_postgres(state, postgres)) return;
  Bench* b = bench(postgres);
  b->get(state, "/caseload/teams/" + std::to_string(b->team) + suffix + std::to_string(b->year), b->member_cookie);
}

void compute(benchmark::State& state, bool postgres) {
  if (skipped_without_postgres(state, postgres)) return;
  Bench* b = bench(postgres);
  soci::session sql(b->app->db.pool());
  auto period = *year_period(b->year);
  long contacts = 0;
  for (auto _ : state) contacts = caseload::compute_figures(sql, b->team, period, now_seconds()).contacts;
  state.counters["contacts_in_year"] = static_cast<double>(contacts);
}

}  // namespace

static void BM_CaseloadFiguresCompute_sqlite(benchmark::State& s) { compute(s, false); }
static void BM_CaseloadFiguresCompute_postgres(benchmark::State& s) { compute(s, true); }
static void BM_CaseloadFiguresPage_sqlite(benchmark::State& s) { page(s, false, "/figures?year="); }
static void BM_CaseloadFiguresPage_postgres(benchmark::State& s) { page(s, true, "/figures?year="); }
static void BM_CaseloadFiguresCsv_sqlite(benchmark::State& s) { page(s, false, "/figures.csv?year="); }
static void BM_CaseloadFiguresCsv_postgres(benchmark::State& s) { page(s, true, "/figures.csv?year="); }
BENCHMARK(BM_CaseloadFiguresCompute_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_CaseloadFiguresCompute_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_CaseloadFiguresPage_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_CaseloadFiguresPage_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_CaseloadFiguresCsv_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_CaseloadFiguresCsv_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
