// The database layer: one SOCI connection pool over SQLite (default) or PostgreSQL, explicit transactions,
// and the numbered migrations. Where the two engines differ, the difference lives here and nowhere else.
#pragma once
#include <soci/soci.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

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

// Runs `fn` once the transaction this thread is running (Database::transact) has committed, or at once when the
// thread runs none (a statement outside a transaction commits by itself); dropped if the transaction rolls
// back. For in-process caches that must never be told of a change before every reader can see it.
void after_commit(std::function<void()> fn);

// PostgreSQL: runs `text` (written and valued as for PgPipeline::add, platform/pipeline.hpp) together with the
// COMMIT of the transaction `sql` is running (Database::transact), in the same round trip; at once when `sql` runs
// none. For the last writes of a unit of work that nothing after them reads, while it holds a lock others wait on
// (a registration's mail). Its failure fails the transaction as any statement's would.
void defer_until_commit(soci::session& sql, std::string text, std::vector<std::optional<std::string>> values);
// Sends the writes deferred so far in the transaction `sql` is running, now (one round trip): for a step that
// reads what they write (a registration's community agreement). Nothing to do on SQLite or with none deferred.
void flush_deferred(soci::session& sql);

namespace detail {
// The actions after_commit() collects during one Database::transact on this thread.
class CommitActions {
 public:
  explicit CommitActions(soci::session* sql = nullptr);
  ~CommitActions();  // drops what did not run (a rollback)
  CommitActions(const CommitActions&) = delete;
  CommitActions& operator=(const CommitActions&) = delete;
  void run();  // after COMMIT
  void add(std::function<void()> fn) { actions_.push_back(std::move(fn)); }
  struct Deferred {
    std::string text;
    std::vector<std::optional<std::string>> values;
  };
  soci::session* session() const { return sql_; }
  CommitActions* outer() const { return outer_; }
  std::vector<Deferred>& deferred() { return deferred_; }

 private:
  std::vector<std::function<void()>> actions_;
  std::vector<Deferred> deferred_;
  soci::session* sql_;
  CommitActions* outer_;
};
}  // namespace detail

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
    WriterTurn turn(*this);
    soci::session sql(*pool_);
    detail::CommitActions after(&sql);
    begin(sql);
    try {
      if constexpr (std::is_void_v<decltype(fn(sql))>) {
        fn(sql);
        commit(sql, after);
        after.run();
      } else {
        auto result = fn(sql);
        commit(sql, after);
        after.run();
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
  // SQLite has one writer at a time. The transactions of this process take turns on a mutex before BEGIN
  // IMMEDIATE, handed over at once when one ends, instead of polling the file lock through SQLite's busy handler
  // (which sleeps 1, 2, 5, 10... ms between tries, and lets the thread that just committed take the lock again
  // while the others sleep). Another process still waits on busy_timeout. A transact() nested in another on the
  // same thread does not wait for itself; a turn not given within the busy time-out is not waited for longer
  // (SQLite's own lock then decides, as without turns). Nothing on PostgreSQL, whose locks are per row.
  class WriterTurn {
   public:
    explicit WriterTurn(Database& db);
    ~WriterTurn();
    WriterTurn(const WriterTurn&) = delete;
    WriterTurn& operator=(const WriterTurn&) = delete;

   private:
    Database* held_ = nullptr;
  };
  std::timed_mutex writer_;
  void begin(soci::session& sql);
  void commit(soci::session& sql, detail::CommitActions& after);  // with the statements deferred until it
  DbUrl url_;
  std::size_t pool_size_;
  std::uint64_t instance_id_;
  std::unique_ptr<soci::connection_pool> pool_;
};

// Marks a SQLite database as in use for as long as it lives: an advisory lock (flock) on the file PATH.in-use
// beside the database. Servers and commands hold it shared, `maillage restore` exclusively. The kernel releases
// it when the process ends, even by kill -9, so a crashed server never leaves a stale lock behind. Does nothing
// for PostgreSQL (pg_restore is run by the operator, servers stopped: see docs/operations.md).
class InUseLock {
 public:
  enum class Mode { Shared, Exclusive };
  // wait = false: throws DatabaseInUse at once when the lock is held in a conflicting mode.
  InUseLock(const DbUrl& url, Mode mode, bool wait);
  ~InUseLock();
  InUseLock(const InUseLock&) = delete;
  InUseLock& operator=(const InUseLock&) = delete;
  static std::string path_for(const DbUrl& url) { return url.path + ".in-use"; }

 private:
  int fd_ = -1;
};

struct DatabaseInUse : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What restore_sqlite checked and did.
struct RestoreReport {
  int schema_version = 0;
  std::size_t tables = 0;
  std::int64_t rows = 0;
  std::string previous_copy;  // where the database it replaced was kept ("" when there was none)
};

// Replaces the SQLite database at url by the backup FILE (as written by Database::backup_to): refuses
// (DatabaseInUse) while a server or command holds the database's InUseLock; refuses a backup that is not a
// sound Maillage database (integrity check, a schema_migrations table, a schema version this binary knows).
// The database replaced is first copied to PATH.before-restore. Throws std::runtime_error on refusal.
RestoreReport restore_sqlite(const DbUrl& url, const std::string& file);

// Column readers for dynamic rows that do not depend on how each engine reports a column's type (SQLite
// reports INTEGER or none at all for expressions, PostgreSQL int4 or int8); NULL reads as 0 or "".
std::int64_t as_int(const soci::row& r, std::size_t i);
double as_double(const soci::row& r, std::size_t i);
std::string as_text(const soci::row& r, std::size_t i);

// Whether the session is on PostgreSQL (else SQLite): where the engines differ in a statement or a round trip.
bool is_postgres(soci::session& sql);

// Dialect adaptation of migration text: "%ID%" becomes the auto-increment primary key of the engine.
std::string adapt_sql(DbKind kind, const std::string& sql);
// The aggregate joining the text values of `expr` in a group with commas, in the session's dialect (group_concat
// on SQLite, string_agg on PostgreSQL), in no particular order: for a list's codes read with its rows in one query.
std::string joined_text_aggregate(soci::session& sql, const std::string& expr);

}  // namespace maillage
