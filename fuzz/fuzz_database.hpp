// A throwaway SQLite database, migrated, with the territory and vocabularies loaded, for the importer targets.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>

#include "directory/model.hpp"
#include "directory/vocabularies.hpp"
#include "platform/db.hpp"
#include "territory/model.hpp"

namespace maillage::fuzz {

inline Database& fuzz_database() {
  static Database* db = [] {
    auto dir = std::filesystem::temp_directory_path() / ("maillage-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto* d = new Database("sqlite://" + (dir / "fuzz.db").string(), 1);
    d->migrate();
    {
      // Durability is no concern here: without a sync per commit the importers run a hundred times faster.
      soci::session sql(d->pool());
      sql << "PRAGMA synchronous = OFF";
      sql << "PRAGMA journal_mode = MEMORY";
    }
    territory::load_initial_facts(*d);
    d->transact([](soci::session& sql) {
      directory::ensure_vocabularies(sql);
      directory::ensure_synonyms(sql);
    });
    std::atexit([] { std::filesystem::remove_all(std::filesystem::temp_directory_path() / ("maillage-fuzz-" + std::to_string(::getpid()))); });
    return d;
  }();
  return *db;
}

inline std::filesystem::path fuzz_folder(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("maillage-fuzz-" + std::to_string(::getpid())) / name;
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace maillage::fuzz
