// Server time of the offers' report pages with the demo year (seed-demo), in process: the figures page, a
// calendar year and a care area, the CSV, and the longest lists the figures link to (hundreds of rows).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "platform/brussels_time.hpp"
#include "platform/server.hpp"

using namespace maillage;

namespace {
struct DemoApp {
  std::unique_ptr<App> app;
  std::string cookie;
  double seed_seconds = 0;
};

DemoApp& demo_app() {
  static DemoApp d = [] {
    DemoApp out;
    auto dir = std::filesystem::temp_directory_path() / ("maillage-reports-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    Config c;
    c.db_url = "sqlite://" + (dir / "bench.db").string();
    c.access_log = false;
    c.run_jobs = false;
    out.app = std::make_unique<App>(c);
    wire(*out.app);
    prepare_database(*out.app);
    auto start = std::chrono::steady_clock::now();
    seed_demo(*out.app);
    out.seed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out.cookie = "maillage_session=" + out.app->db.transact([](soci::session& sql) {
      auto user = accounts::find_user_by_email(sql, "coordination@demo.maillage.brussels");
      return accounts::open_session(sql, user->id, "127.0.0.1");
    });
    return out;
  }();
  return d;
}

void report_page(benchmark::State& state, std::string target) {
  auto& d = demo_app();
  Server server(*d.app, route_table());
  RawRequest r{"GET", target, {{"Cookie", d.cookie}, {"Accept-Language", "fr-BE"}}, "", "127.0.0.1"};
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto response = server.handle(r);
    bytes = response.body.size();
    if (response.status != 200) state.SkipWithError(("status " + std::to_string(response.status)).c_str());
  }
  state.counters["kB"] = static_cast<double>(bytes) / 1000.0;
  state.counters["seed_demo_s"] = d.seed_seconds;
}

std::string this_year() { return local_date_iso(now_seconds()).substr(0, 4); }
}  // namespace

static void BM_OffersReportsPage(benchmark::State& s) { report_page(s, "/offers/reports"); }
static void BM_OffersReportsYearSud(benchmark::State& s) { report_page(s, "/offers/reports?year=" + this_year() + "&bassin=sud"); }
static void BM_OffersReportsCsv(benchmark::State& s) { report_page(s, "/offers/reports.csv?table=meetings"); }
// Every confirmed registration of the open-door weeks (about 440 rows) and of the whole year (about 2,000).
static void BM_OffersReportsOpenDoorRegistrations(benchmark::State& s) {
  report_page(s, "/offers/reports/registrations?year=12m&kind=opendoor");
}
static void BM_OffersReportsAllRegistrations(benchmark::State& s) { report_page(s, "/offers/reports/registrations?year=12m"); }
static void BM_OffersReportsSessions(benchmark::State& s) { report_page(s, "/offers/reports/sessions?year=12m"); }
BENCHMARK(BM_OffersReportsPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OffersReportsYearSud)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OffersReportsCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OffersReportsOpenDoorRegistrations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OffersReportsAllRegistrations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OffersReportsSessions)->Unit(benchmark::kMillisecond);
