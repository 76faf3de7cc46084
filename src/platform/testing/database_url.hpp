// Throwaway databases for benchmarks and drills: a fresh SQLite file, or a fresh schema on the PostgreSQL named
// by MAILLAGE_TEST_PG (scripts/with-postgres.sh starts one), so that they never touch real data. Kept apart from
// bench_database.hpp so that tools without Google Benchmark (the drills) can use it.
#pragma once
#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "platform/security.hpp"

namespace maillage::testing {

// Removes `dir` when the process ends normally: a bench's SQLite files (up to a few hundred MB for the
// observatory's) would otherwise pile up in /tmp run after run. Files still open are unlinked, which Linux allows.
inline std::vector<std::filesystem::path>& dirs_removed_at_exit() {
  static auto* dirs = new std::vector<std::filesystem::path>();  // never destroyed: the exit handler reads it
  return *dirs;
}
inline void remove_at_exit(const std::filesystem::path& dir) {
  static const bool registered = [] {
    std::atexit([] {
      for (auto& d : dirs_removed_at_exit()) {
        std::error_code ignored;
        std::filesystem::remove_all(d, ignored);
      }
    });
    return true;
  }();
  (void)registered;
  dirs_removed_at_exit().push_back(dir);
}

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
  remove_at_exit(dir);
  return "sqlite://" + (dir / "bench.db").string();
}

}  // namespace maillage::testing
