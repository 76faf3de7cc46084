// The observatory with a year of synthetic activity: the demo, 100,000 helpdesk requests over the last year
// (the helpdesk's generator, days = 365) and 20,000 activities entered by hand in the demo year, spread over
// the territories. Measured: the yearly report of the whole region as an HTML page through the request pipeline
// (target < 2 s) and as a PDF (target < 5 s), and one indicator for one territory and period computed from scratch (target < 50 ms).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>

#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "helpdesk/demo.hpp"
#include "observatory/demo.hpp"
#include "observatory/indicators.hpp"
#include "observatory/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/server.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;

namespace {
constexpr int kRequests = 100000;
constexpr int kActivities = 20000;

struct Bench {
  std::unique_ptr<App> app;
  std::unique_ptr<Server> server;
  std::string cookie;
  int year = 0;
};

Bench* bench() {
  static std::unique_ptr<Bench> b;
  if (b) return b.get();
  b = std::make_unique<Bench>();
  Config c;
  c.db_url = maillage::testing::bench_database_url(false, "maillage-observatory-bench");
  c.access_log = false;
  c.run_jobs = false;
  c.mail_dir = (std::filesystem::temp_directory_path() / "maillage-bench-mail").string();
  b->app = std::make_unique<App>(c);
  wire(*b->app);
  prepare_database(*b->app);
  seed_demo(*b->app);
  b->year = observatory::demo_year();
  b->app->db.transact([&](soci::session& sql) {
    int existing = 0;
    sql << "SELECT COUNT(*) FROM helpdesk_requests", soci::into(existing);
    helpdesk::GeneratorOptions o;
    o.requests = kRequests - existing;
    o.days = 365;
    helpdesk::generate_requests(sql, o);
    auto territories = observatory::territories(sql);
    auto period = *year_period(b->year);
    const char* kinds[] = {"meeting", "change_workshop", "action_council", "other"};
    for (int i = 0; i < kActivities; ++i) {
      observatory::ManualActivity a;
      a.kind = kinds[i % 4];
      a.title = "Activité " + std::to_string(i);
      a.starts_at = period.from + (period.to - period.from) / kActivities * i;
      a.duration_minutes = 60 + (i % 4) * 30;
      a.place = "Salle " + std::to_string(i % 50);
      a.territory = territories[static_cast<std::size_t>(i) % territories.size()];
      a.participants = 5 + i % 30;
      a.organisations = {"Organisation A", "Organisation B"};
      a.staff = {{"Équipe", 0, 2.5}};
      observatory::create_activity(sql, a, 0, "bench", now_seconds());
    }
    std::int64_t coordinator = 0;
    sql << "SELECT id FROM users WHERE email = 'coordination@demo.maillage.brussels'", soci::into(coordinator);
    b->cookie = "maillage_session=" + accounts::open_session(sql, coordinator, "127.0.0.1");
  });
  {
    soci::session sql(b->app->db.pool());
    sql << "ANALYZE";
  }
  b->server = std::make_unique<Server>(*b->app, route_table());
  return b.get();
}
}  // namespace

// One report of the bench's year through the request pipeline, as the coordinator; its size in `size_counter`.
static void report_request(benchmark::State& state, const std::string& path, const char* size_counter) {
  Bench* b = bench();
  RawRequest r{"GET", path + "&year=" + std::to_string(b->year), {{"Cookie", b->cookie}}, "", "127.0.0.1"};
  long status = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto response = b->server->handle(r);
    status = response.status;
    bytes = response.body.size();
  }
  state.counters["status"] = static_cast<double>(status);
  state.counters[size_counter] = static_cast<double>(bytes) / 1024;
}

static void BM_ObservatoryReportPageRegion_sqlite(benchmark::State& state) {
  report_request(state, "/observatory/report?territory=region", "html_kb");
}
BENCHMARK(BM_ObservatoryReportPageRegion_sqlite)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A zone's report (Rézone's: five communes and the Louise quarter of Bruxelles-Ville): every value and activity tested
// against the zone's members.
static void BM_ObservatoryReportPageRezone_sqlite(benchmark::State& state) {
  report_request(state, "/observatory/report?territory=zone:rezone", "html_kb");
}
BENCHMARK(BM_ObservatoryReportPageRezone_sqlite)->Unit(benchmark::kMillisecond)->MinTime(2.0);

static void BM_ObservatoryReportAllTerritories_sqlite(benchmark::State& state) {
  Bench* b = bench();
  RawRequest r{"GET", "/observatory/report?territory=all&year=" + std::to_string(b->year), {{"Cookie", b->cookie}}, "", "127.0.0.1"};
  long status = 0;
  for (auto _ : state) status = b->server->handle(r).status;
  state.counters["status"] = static_cast<double>(status);
}
BENCHMARK(BM_ObservatoryReportAllTerritories_sqlite)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same report as a PDF (Cairo and Pango, its charts as vectors): target < 5 s.
static void BM_ObservatoryReportPdfRegion_sqlite(benchmark::State& state) {
  report_request(state, "/observatory/report.pdf?territory=region", "pdf_kb");
}
BENCHMARK(BM_ObservatoryReportPdfRegion_sqlite)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One indicator from scratch (a new Evaluator: no values kept), for a bassin and a period.
static void indicator(benchmark::State& state, const char* code, const char* territory) {
  Bench* b = bench();
  soci::session sql(b->app->db.pool());
  observatory::Indicator i;
  i.element_code = code;
  observatory::Plan plan{0, territory, b->year, "", 0};
  double value = 0;
  for (auto _ : state) {
    observatory::Evaluator ev(sql);
    value = ev.value(i, plan).value;
  }
  state.counters["value"] = value;
}
static void BM_ObservatoryIndicatorHelpdeskContactsSud_sqlite(benchmark::State& s) { indicator(s, "helpdesk.contacts", "sud"); }
static void BM_ObservatoryIndicatorWebinarRegistrationsRegion_sqlite(benchmark::State& s) {
  indicator(s, "offers.registrations.webinar", "region");
}
// A zone's (Rézone's five communes and the Louise quarter): the same pass, summed by commune and quarter.
static void BM_ObservatoryIndicatorHelpdeskContactsRezone_sqlite(benchmark::State& s) {
  indicator(s, "helpdesk.contacts", "zone:rezone");
}
// A ratio over the population of the territory (the helpdesk's contacts per 10,000 inhabitants of Sud).
static void BM_ObservatoryIndicatorContactsPerInhabitantsSud_sqlite(benchmark::State& state) {
  Bench* b = bench();
  soci::session sql(b->app->db.pool());
  observatory::Indicator i;
  i.kind = "ratio";
  i.element_code = "helpdesk.contacts";
  i.denominator_code = observatory::kPopulationDenominator;
  i.multiplier = 10000;
  observatory::Plan plan{0, "sud", b->year, "", 0};
  double value = 0;
  for (auto _ : state) {
    observatory::Evaluator ev(sql);
    value = ev.value(i, plan).value;
  }
  state.counters["value"] = value;
}
BENCHMARK(BM_ObservatoryIndicatorContactsPerInhabitantsSud_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ObservatoryIndicatorHelpdeskContactsSud_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ObservatoryIndicatorWebinarRegistrationsRegion_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ObservatoryIndicatorHelpdeskContactsRezone_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
