// The helpdesk with 100,000 requests in the database (the demo data, then the generator's requests spread over
// five years ending today, about 20,000 a year: thirty times the networks' volume): the server time of the
// statistics page and its CSV (a full year, the region and one responder's line), the intake page and the "to
// call back today" list, through the whole request pipeline in-process (no network). On SQLite, and on
// PostgreSQL when MAILLAGE_TEST_PG names a server (scripts/bench.sh starts one).
#include <benchmark/benchmark.h>

#include "platform/testing/bench_database.hpp"

#include <filesystem>
#include <map>

#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "helpdesk/demo.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/brussels_time.hpp"
#include "platform/security.hpp"
#include "platform/server.hpp"

using namespace maillage;

namespace {
constexpr int kRequests = 100000;

struct Bench {
  std::unique_ptr<App> app;
  std::unique_ptr<Server> server;
  std::string coordinator_cookie, responder_cookie, region_responder_cookie;
  int year = 0;
  double generate_seconds = 0;
};

std::string database_url(bool postgres) { return maillage::testing::bench_database_url(postgres, "maillage-helpdesk-bench"); }

// One database per engine for the whole run: the demo, then requests up to 100,000.
Bench* bench(bool postgres) {
  static std::map<bool, std::unique_ptr<Bench>> benches;
  auto& b = benches[postgres];
  if (b) return b.get();
  b = std::make_unique<Bench>();
  Config c;
  c.db_url = database_url(postgres);
  c.access_log = false;
  c.run_jobs = false;
  c.mail_dir = (std::filesystem::temp_directory_path() / "maillage-bench-mail").string();
  b->app = std::make_unique<App>(c);
  wire(*b->app);
  prepare_database(*b->app);
  seed_demo(*b->app);
  auto t0 = std::chrono::steady_clock::now();
  b->app->db.transact([&](soci::session& sql) {
    int existing = 0;
    sql << "SELECT COUNT(*) FROM helpdesk_requests", soci::into(existing);
    helpdesk::GeneratorOptions o;
    o.requests = kRequests - existing;
    helpdesk::generate_requests(sql, o);
  });
  b->generate_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  b->app->db.transact([&](soci::session& sql) {
    std::int64_t coordinator = 0, responder = 0;
    sql << "SELECT id FROM users WHERE email = 'coordination@demo.maillage.brussels'", soci::into(coordinator);
    responder = accounts::create_user(sql, "bench.responder@example.org", "Bench", "fr");
    auto sud = helpdesk::find_line_by_code(sql, "sud");
    accounts::add_grant(sql, responder, {0, "responder", "line", std::to_string(sud->id)}, 0);
    b->coordinator_cookie = "maillage_session=" + accounts::open_session(sql, coordinator, "127.0.0.1");
    b->responder_cookie = "maillage_session=" + accounts::open_session(sql, responder, "127.0.0.1");
    // The regional line's responder: 84% of the requests, the longest lists.
    auto region_responder = accounts::create_user(sql, "bench.region@example.org", "Bench region", "fr");
    auto region = helpdesk::find_line_by_code(sql, "region");
    accounts::add_grant(sql, region_responder, {0, "responder", "line", std::to_string(region->id)}, 0);
    b->region_responder_cookie = "maillage_session=" + accounts::open_session(sql, region_responder, "127.0.0.1");
  });
  {
    // As the nightly maintenance would: statistics for the planner and, on PostgreSQL, the visibility map that
    // index-only scans need.
    soci::session sql(b->app->db.pool());
    sql << (postgres ? "VACUUM ANALYZE" : "ANALYZE");
  }
  b->year = to_brussels(now_seconds()).year - 1;  // the last full year: about 20,000 requests
  b->server = std::make_unique<Server>(*b->app, route_table());
  return b.get();
}

enum class Who { Coordinator, SudResponder, RegionResponder };

void page(benchmark::State& state, bool postgres, Who who, const std::string& target_template) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return;
  }
  Bench* b = bench(postgres);
  std::string target = target_template;
  if (auto p = target.find("YEAR"); p != std::string::npos) target.replace(p, 4, std::to_string(b->year));
  const std::string& cookie = who == Who::Coordinator    ? b->coordinator_cookie
                             : who == Who::SudResponder ? b->responder_cookie
                                                        : b->region_responder_cookie;
  RawRequest r{"GET", target, {{"Cookie", cookie}}, "", "127.0.0.1"};
  long status = 0;
  for (auto _ : state) {
    auto response = b->server->handle(r);
    status = response.status;
    benchmark::DoNotOptimize(response);
  }
  state.counters["status"] = static_cast<double>(status);
  state.counters["generate_s"] = b->generate_seconds;
}
}  // namespace

// The whole computation of a year's figures for the region, without the page's memory of them: what the first
// page after a change costs.
void compute(benchmark::State& state, bool postgres) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return;
  }
  Bench* b = bench(postgres);
  soci::session sql(b->app->db.pool());
  auto period = *helpdesk::year_period(b->year);
  std::int64_t total = 0;
  for (auto _ : state) total = helpdesk::compute_statistics(sql, {}, period).total;
  state.counters["requests_in_year"] = static_cast<double>(total);
}
static void BM_HelpdeskStatisticsComputeRegion_sqlite(benchmark::State& s) { compute(s, false); }
static void BM_HelpdeskStatisticsComputeRegion_postgres(benchmark::State& s) { compute(s, true); }
BENCHMARK(BM_HelpdeskStatisticsComputeRegion_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_HelpdeskStatisticsComputeRegion_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);

#define HELPDESK_PAGE(name, who, target)                                                          \
  static void BM_Helpdesk##name##_sqlite(benchmark::State& s) { page(s, false, Who::who, target); }    \
  static void BM_Helpdesk##name##_postgres(benchmark::State& s) { page(s, true, Who::who, target); }   \
  BENCHMARK(BM_Helpdesk##name##_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);                   \
  BENCHMARK(BM_Helpdesk##name##_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);

HELPDESK_PAGE(StatisticsPageRegion, Coordinator, "/helpdesk/statistics?year=YEAR")
HELPDESK_PAGE(StatisticsCsvRegion, Coordinator, "/helpdesk/statistics.csv?year=YEAR")
HELPDESK_PAGE(StatisticsPageSudResponder, SudResponder, "/helpdesk/statistics?year=YEAR")
HELPDESK_PAGE(StatisticsCsvSudResponder, SudResponder, "/helpdesk/statistics.csv?year=YEAR")
HELPDESK_PAGE(StatisticsPageLast12MonthsRegion, Coordinator, "/helpdesk/statistics?year=last12")
// Filtered by the demo's zone Rézone (five communes and a quarter): where the person lives (issue 14).
HELPDESK_PAGE(StatisticsPageZoneRegion, Coordinator, "/helpdesk/statistics?year=YEAR&zone=rezone")
HELPDESK_PAGE(StatisticsCsvZoneRegion, Coordinator, "/helpdesk/statistics.csv?year=YEAR&zone=rezone")
// The intake form, and the helpdesk's home: the "to call back today" lists (the responder's and the line's)
// with the line's open requests, for the regional line's responder.
HELPDESK_PAGE(IntakePage, RegionResponder, "/helpdesk/requests/new")
HELPDESK_PAGE(CallBackTodayList, RegionResponder, "/helpdesk")
