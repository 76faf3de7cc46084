// The application a page bench runs: migrated, filled once (timed), analysed, with its request pipeline in-process.
#pragma once
#include <benchmark/benchmark.h>
#include <soci/soci.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <type_traits>

#include "app/routes.hpp"
#include "app/setup.hpp"
#include "platform/app.hpp"
#include "platform/security.hpp"
#include "platform/server.hpp"
#include "platform/testing/database_url.hpp"

namespace maillage::testing {


// A bench's application: `open` migrates a throwaway database (no access log, no jobs), `fill` generates the
// bench's data in one transaction and times it, analyses the tables and starts the in-process server.
struct BenchApp {
  std::unique_ptr<App> app;
  std::unique_ptr<Server> server;
  bool postgres = false;
  double generate_seconds = 0;

  void open(bool on_postgres, const std::string& name) {
    postgres = on_postgres;
    Config c;
    c.db_url = bench_database_url(postgres, name);
    c.access_log = false;
    c.run_jobs = false;
    c.mail_dir = (std::filesystem::temp_directory_path() / "maillage-bench-mail").string();
    app = std::make_unique<App>(c);
    wire(*app);
    prepare_database(*app);
  }

  template <class Fn>
  auto fill(Fn&& generate) {
    auto t0 = std::chrono::steady_clock::now();
    if constexpr (std::is_void_v<decltype(app->db.transact(generate))>) {
      app->db.transact(generate);
      filled(t0);
    } else {
      auto result = app->db.transact(generate);
      filled(t0);
      return result;
    }
  }

  void filled(std::chrono::steady_clock::time_point t0) {
    generate_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    {
      soci::session sql(app->db.pool());
      sql << (postgres ? "VACUUM ANALYZE" : "ANALYZE");
    }
    server = std::make_unique<Server>(*app, route_table());
  }

  // One GET through the whole request pipeline, as `cookie` (no network), per iteration; the last status and
  // the generation time as counters.
  void get(benchmark::State& state, const std::string& target, const std::string& cookie) {
    RawRequest r{"GET", target, {{"Cookie", cookie}}, "", "127.0.0.1"};
    long status = 0;
    for (auto _ : state) {
      auto response = server->handle(r);
      status = response.status;
      benchmark::DoNotOptimize(response);
    }
    state.counters["status"] = static_cast<double>(status);
    state.counters["generate_s"] = generate_seconds;
  }
};

// True (and the bench marked skipped) for a PostgreSQL bench when no server is named.
inline bool skipped_without_postgres(benchmark::State& state, bool postgres) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return true;
  }
  return false;
}

}  // namespace maillage::testing
