// Registration under a rush: 1,000 people press "register" at the same moment for one 100-seat session, over
// HTTP against a real server. Reports registrations per second and the oversell count (seats given beyond the
// capacity: must be 0), on SQLite and, when MAILLAGE_TEST_PG names a PostgreSQL server (scripts/bench.sh starts
// one), on PostgreSQL.
#include <benchmark/benchmark.h>

#include "platform/testing/bench_database.hpp"
#include <curl/curl.h>

#include <atomic>
#include <barrier>
#include <filesystem>
#include <thread>

#include "accounts/model.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "offers/model.hpp"
#include "offers/service.hpp"
#include "platform/security.hpp"
#include "platform/server.hpp"

using namespace maillage;

namespace {
constexpr int kAttempts = 1000;
constexpr int kSeats = 100;

std::string database_url(bool postgres) { return maillage::testing::bench_database_url(postgres, "maillage-bench"); }

std::size_t discard(char*, std::size_t s, std::size_t n, void*) { return s * n; }

// What the run measures: the registrations themselves, or the ceiling of the same run without them (the same
// 1,000 clients, connections, cookies and session resolution, a body the handler refuses before any database
// work: 400). The registrations' rate as a share of the ceiling's is what the machine's load does not change.
enum class Rush { Registrations, Ceiling };

void RegistrationRush(benchmark::State& state, bool postgres, Rush what) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return;
  }
  const char* body = what == Rush::Ceiling ? "[]" : "{\"sector\":\"social\"}";
  const long expected = what == Rush::Ceiling ? 400 : 0;
  for (auto _ : state) {
    state.PauseTiming();
    Config c;
    c.db_url = database_url(postgres);
    c.threads = static_cast<std::size_t>(state.range(0));
    c.access_log = false;
    c.run_jobs = false;
    c.mail_dir = (std::filesystem::temp_directory_path() / "maillage-bench-mail").string();
    App app(c);
    wire(app);
    prepare_database(app);
    std::int64_t session_id = 0;
    std::vector<std::string> cookies(kAttempts), tokens(kAttempts);
    app.db.transact([&](soci::session& sql) {
      auto org = accounts::create_organisation(sql, "Bench", "1000");
      offers::Offer o;
      o.status = "published";
      o.title_fr = "Bench";
      o.organisers = {org};
      offers::save_offer(sql, o);
      offers::Session s;
      s.offer_id = o.id;
      s.starts_at = now_seconds() + 86400;
      s.ends_at = s.starts_at + 3600;
      s.place = "Bench";
      s.capacity = kSeats;
      session_id = offers::save_session(sql, s);
      for (int i = 0; i < kAttempts; ++i) {
        auto u = accounts::create_user(sql, "p" + std::to_string(i) + "@bench.example", "P", "fr");
        auto session = accounts::open_session(sql, u, "127.0.0.1");
        auto csrf = security::random_token(32);
        cookies[i] = "Cookie: maillage_session=" + session + "; maillage_csrf=" + csrf;
        tokens[i] = "X-CSRF-Token: " + security::hmac(app.secret(), "csrf:" + csrf);
      }
    });
    Server server(app, route_table());
    server.start("127.0.0.1", 0, c.threads);
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/api/sessions/" + std::to_string(session_id) +
                      "/registrations";
    std::atomic<int> errors{0};
    std::barrier start(kAttempts + 1);
    std::vector<std::thread> people;
    for (int i = 0; i < kAttempts; ++i)
      people.emplace_back([&, i] {
        CURL* curl = curl_easy_init();
        curl_slist* h = curl_slist_append(nullptr, cookies[i].c_str());
        h = curl_slist_append(h, tokens[i].c_str());
        h = curl_slist_append(h, "Content-Type: application/json");
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
        start.arrive_and_wait();
        long code = 0;
        if (curl_easy_perform(curl) != CURLE_OK) ++errors;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
        if (expected ? code != expected : (code != 201 && code != 202)) ++errors;
        curl_slist_free_all(h);
        curl_easy_cleanup(curl);
      });
    state.ResumeTiming();
    auto t0 = std::chrono::steady_clock::now();
    start.arrive_and_wait();
    for (auto& t : people) t.join();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    state.PauseTiming();
    server.stop();
    state.counters[what == Rush::Ceiling ? "requests_per_s" : "registrations_per_s"] = kAttempts / seconds;
    state.counters["errors"] = errors.load();
    if (what == Rush::Registrations) {
      int confirmed = 0, waiting = 0, distinct = 0;
      soci::session sql(app.db.pool());
      sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'confirmed'", soci::use(session_id),
          soci::into(confirmed);
      sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'waiting_list'", soci::use(session_id),
          soci::into(waiting);
      sql << "SELECT COUNT(DISTINCT email) FROM registrations WHERE session_id = :s", soci::use(session_id), soci::into(distinct);
      state.counters["confirmed"] = confirmed;
      state.counters["waiting"] = waiting;
      state.counters["oversold"] = std::max(0, confirmed - kSeats);
      state.counters["duplicates"] = (confirmed + waiting) - distinct;
    }
    state.ResumeTiming();
  }
}
}  // namespace

// Ceiling first, then the registrations, in the same run: compare their rates.
BENCHMARK_CAPTURE(RegistrationRush, sqlite_ceiling, false, Rush::Ceiling)->Arg(2)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(RegistrationRush, sqlite, false, Rush::Registrations)->Arg(2)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(RegistrationRush, postgres_ceiling, true, Rush::Ceiling)->Arg(2)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(RegistrationRush, postgres, true, Rush::Registrations)->Arg(2)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

namespace {
// The same decision without HTTP, one after the other: the cost of the locked unit of work itself.
void RegistrationUnitOfWork(benchmark::State& state, bool postgres) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return;
  }
  Config c;
  c.db_url = database_url(postgres);
  c.access_log = false;
  c.run_jobs = false;
  App app(c);
  wire(app);
  prepare_database(app);
  std::int64_t session_id = app.db.transact([&](soci::session& sql) {
    offers::Offer o;
    o.status = "published";
    o.title_fr = "Bench";
    offers::save_offer(sql, o);
    offers::Session s;
    s.offer_id = o.id;
    s.starts_at = now_seconds() + 86400;
    s.ends_at = s.starts_at + 3600;
    s.place = "Bench";
    s.capacity = kSeats;
    return offers::save_session(sql, s);
  });
  int i = 0;
  for (auto _ : state) {
    offers::RegistrationRequest r;
    r.session_id = session_id;
    r.email = "p" + std::to_string(i++) + "@bench.example";
    r.email_verified = true;
    offers::register_and_notify(app, r);
  }
  state.counters["registrations_per_s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
}  // namespace

BENCHMARK_CAPTURE(RegistrationUnitOfWork, sqlite, false)->Iterations(1000)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(RegistrationUnitOfWork, postgres, true)->Iterations(1000)->Unit(benchmark::kMicrosecond)->UseRealTime();
