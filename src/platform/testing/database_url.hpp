// Throwaway databases for benchmarks and drills: a fresh SQLite file, or a fresh schema on the PostgreSQL named
// by MAILLAGE_TEST_PG (scripts/with-postgres.sh starts one), so that they never touch real data. Kept apart from
// bench_database.hpp so that tools without Google Benchmark (the drills) can use it.
#pragma once
#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "platform/security.hpp"

namespace maillage::testing {

inline std::string bench_database_url(bool postgres, const std::string& name) {
  if (postgres) {
    const char* env = std::getenv("MAILLAGE_TEST_PG");
    std::string conn = env ? env : "";
    std::string schema = "bench_" + security::sha256_hex(security::random_token(16)).substr(0, 12);
    soci::session admin("postgresql", conn);
    admin << "CREATE SCHEMA " + schema;
    return "postgresql://" + conn + " options='-csearch_path=" + schema + "'";
  }
  auto dir = std::filesystem::temp_directory_path() / (name + "-" + security::random_token(6));
  std::filesystem::create_directories(dir);
  return "sqlite://" + (dir / "bench.db").string();
}

}  // namespace maillage::testing
