// The database layer: one SOCI connection pool over SQLite (default) or PostgreSQL, explicit transactions,
// and the numbered migrations. Where the two engines differ, the difference lives here and nowhere else.
#pragma once
#include <soci/soci.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace maillage {

enum class DbKind { Sqlite, Postgres };

struct DbUrl {
  DbKind kind = DbKind::Sqlite;
  std::string path;         // SQLite file
  std::string connect;      // SOCI connection string for the backend
  std::string display;      // for logs, without secrets
};

// Accepts sqlite:///abs/path.db, sqlite://relative/path.db, a bare path, postgresql://user:pw@host:port/db
// or postgresql://host=... key=value style. Throws std::invalid_argument on anything else.
DbUrl parse_db_url(const std::string& url);

std::int64_t now_seconds();

class Database {
 public:
  Database(const std::string& url, std::size_t pool_size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  DbKind kind() const { return url_.kind; }
  // Distinguishes databases opened by one process (caches are kept per database).
  std::uint64_t instance_id() const { return instance_id_; }
  const DbUrl& url() const { return url_; }
  soci::connection_pool& pool() { return *pool_; }

  // Runs one unit of work in a transaction (BEGIN IMMEDIATE on SQLite, so that writers queue on the
  // busy time-out instead of failing on lock upgrade). Commits when fn returns, rolls back if it throws.
  template <class Fn>
  auto transact(Fn&& fn) -> decltype(fn(std::declval<soci::session&>())) {
    soci::session sql(*pool_);
    begin(sql);
    try {
      if constexpr (std::is_void_v<decltype(fn(sql))>) {
        fn(sql);
        sql << "COMMIT";
      } else {
        auto result = fn(sql);
        sql << "COMMIT";
        return result;
      }
    } catch (...) {
      try { sql << "ROLLBACK"; } catch (...) {}
      throw;
    }
  }

  // Applies the migrations not yet recorded in schema_migrations, in order. Returns how many ran.
  int migrate();
  int schema_version();

  // Online copy of a SQLite database to file (the SQLite backup API). Throws for PostgreSQL.
  void backup_to(const std::string& file);

 private:
  void begin(soci::session& sql);
  DbUrl url_;
  std::size_t pool_size_;
  std::uint64_t instance_id_;
  std::unique_ptr<soci::connection_pool> pool_;
};

// Column readers for dynamic rows that do not depend on how each engine reports a column's type (SQLite
// reports INTEGER or none at all for expressions, PostgreSQL int4 or int8); NULL reads as 0 or "".
std::int64_t as_int(const soci::row& r, std::size_t i);
double as_double(const soci::row& r, std::size_t i);
std::string as_text(const soci::row& r, std::size_t i);

// Dialect adaptation of migration text: "%ID%" becomes the auto-increment primary key of the engine.
std::string adapt_sql(DbKind kind, const std::string& sql);

}  // namespace maillage
