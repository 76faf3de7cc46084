#include "platform/db.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <regex>
#include <stdexcept>
#include <vector>

#include "platform/pipeline.hpp"
#include "platform/resources.hpp"

namespace maillage {

namespace {
constexpr int kSqliteBusyMilliseconds = 10000;  // how long a SQLite writer waits for the lock before failing
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {
thread_local detail::CommitActions* t_commit_actions = nullptr;
}

namespace detail {
CommitActions::CommitActions(soci::session* sql) : sql_(sql), outer_(t_commit_actions) { t_commit_actions = this; }
CommitActions::~CommitActions() { t_commit_actions = outer_; }
void CommitActions::run() {
  t_commit_actions = outer_;  // an action that writes again runs outside this finished transaction
  auto actions = std::move(actions_);
  actions_.clear();
  for (auto& a : actions) a();
}
}  // namespace detail

void after_commit(std::function<void()> fn) {
  if (t_commit_actions) t_commit_actions->add(std::move(fn));
  else fn();
}

namespace {
// The actions of the transaction `sql` is running on this thread, if any.
detail::CommitActions* actions_of(soci::session& sql) {
  for (auto* t = t_commit_actions; t; t = t->outer())
    if (t->session() == &sql) return t;
  return nullptr;
}

// Sends the deferred writes (then COMMIT when asked) as one pipeline, and forgets them.
void send_deferred(soci::session& sql, std::vector<detail::CommitActions::Deferred>& deferred, bool then_commit) {
  PgPipeline pipeline(sql);
  for (auto& d : deferred) pipeline.add(d.text, std::move(d.values));
  deferred.clear();
  if (then_commit) pipeline.add("COMMIT");
  pipeline.run();
}
}  // namespace

void defer_until_commit(soci::session& sql, std::string text, std::vector<std::optional<std::string>> values) {
  if (!is_postgres(sql)) throw std::logic_error("defer_until_commit: PostgreSQL only");
  if (auto* t = actions_of(sql)) t->deferred().push_back({std::move(text), std::move(values)});
  else PgPipeline(sql).add(text, std::move(values)).run();
}

void flush_deferred(soci::session& sql) {
  if (auto* t = actions_of(sql); t && !t->deferred().empty()) send_deferred(sql, t->deferred(), false);
}

DbUrl parse_db_url(const std::string& url) {
  DbUrl out;
  auto starts = [&](const char* p) { return url.rfind(p, 0) == 0; };
  if (starts("postgresql://") || starts("postgres://")) {
    out.kind = DbKind::Postgres;
    std::string rest = url.substr(url.find("://") + 3);
    if (rest.find('=') != std::string::npos) {
      out.connect = rest;  // libpq key=value form
    } else {
      out.connect = url;   // libpq accepts URIs as they are
    }
    out.display = std::regex_replace(url, std::regex(":[^:@/]*@"), ":***@");
    out.display = std::regex_replace(out.display, std::regex("password=[^ ]*"), "password=***");
    return out;
  }
  std::string path;
  if (starts("sqlite:///")) path = url.substr(9);        // keeps the leading slash: absolute
  else if (starts("sqlite://")) path = url.substr(9);    // relative
  else if (url.find("://") == std::string::npos && !url.empty()) path = url;
  else throw std::invalid_argument("database URL must start with sqlite:// or postgresql://: " + url);
  if (path.empty()) throw std::invalid_argument("empty SQLite path");
  out.kind = DbKind::Sqlite;
  out.path = path;
  out.connect = "db=" + path + " timeout=10 shared_cache=false";
  out.display = "sqlite://" + path;
  return out;
}

std::int64_t as_int(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return 0;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer: return r.get<int>(i);
    case soci::dt_long_long: return r.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(r.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<std::int64_t>(r.get<double>(i));
    case soci::dt_string: return std::stoll(r.get<std::string>(i));
    default: return 0;
  }
}

double as_double(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return 0;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer: return r.get<int>(i);
    case soci::dt_long_long: return static_cast<double>(r.get<long long>(i));
    case soci::dt_double: return r.get<double>(i);
    case soci::dt_string: return std::stod(r.get<std::string>(i));
    default: return 0;
  }
}

std::string as_text(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return "";
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_string: return r.get<std::string>(i);
    case soci::dt_integer: return std::to_string(r.get<int>(i));
    case soci::dt_long_long: return std::to_string(r.get<long long>(i));
    case soci::dt_double: return std::to_string(r.get<double>(i));
    default: return "";
  }
}

std::string adapt_sql(DbKind kind, const std::string& sql) {
  std::string id = kind == DbKind::Sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
  return std::regex_replace(sql, std::regex("%ID%"), id);
}

bool is_postgres(soci::session& sql) { return sql.get_backend_name() == "postgresql"; }

std::string joined_text_aggregate(soci::session& sql, const std::string& expr) {
  return is_postgres(sql) ? "string_agg(" + expr + ", ',')" : "group_concat(" + expr + ", ',')";
}

Database::Database(const std::string& url, std::size_t pool_size) : url_(parse_db_url(url)), pool_size_(pool_size) {
  static std::atomic<std::uint64_t> instances{0};
  instance_id_ = ++instances;
  if (url_.kind == DbKind::Sqlite) {
    auto parent = std::filesystem::path(url_.path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  pool_ = std::make_unique<soci::connection_pool>(pool_size_);
  for (std::size_t i = 0; i != pool_size_; ++i) {
    soci::session& s = pool_->at(i);
    if (url_.kind == DbKind::Sqlite) {
      s.open(*soci::factory_sqlite3(), url_.connect);
      // WAL lets readers run beside one writer; foreign keys are off by default in SQLite.
      s << "PRAGMA journal_mode=WAL";
      s << "PRAGMA foreign_keys=ON";
      s << "PRAGMA busy_timeout=" + std::to_string(kSqliteBusyMilliseconds);
      s << "PRAGMA synchronous=NORMAL";
    } else {
      s.open(*soci::factory_postgresql(), url_.connect);
      s << "SET TIME ZONE 'UTC'";
    }
  }
}

Database::~Database() = default;

namespace {
// The databases whose writer turn this thread holds, innermost last (turns end in the reverse order).
thread_local std::vector<const Database*> g_writer_turns;
}

Database::WriterTurn::WriterTurn(Database& db) {
  if (db.kind() != DbKind::Sqlite) return;
  if (std::find(g_writer_turns.begin(), g_writer_turns.end(), &db) != g_writer_turns.end()) return;
  if (!db.writer_.try_lock_for(std::chrono::milliseconds(kSqliteBusyMilliseconds))) return;
  held_ = &db;
  g_writer_turns.push_back(&db);
}

Database::WriterTurn::~WriterTurn() {
  if (!held_) return;
  g_writer_turns.pop_back();
  held_->writer_.unlock();
}

void Database::begin(soci::session& sql) {
  sql << (url_.kind == DbKind::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

void Database::commit(soci::session& sql, detail::CommitActions& after) {
  auto& deferred = after.deferred();
  if (deferred.empty()) {
    sql << "COMMIT";
    return;
  }
  send_deferred(sql, deferred, true);
}

namespace {
// Splits a migration file on statement-ending semicolons (our migrations keep one statement per ";\n").
std::vector<std::string> split_statements(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto trimmed = line;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    if (trimmed.rfind("--", 0) == 0) continue;
    current += line + "\n";
    auto end = line.find_last_not_of(" \t\r");
    if (end != std::string::npos && line[end] == ';') {
      current.erase(current.find_last_of(';'));
      out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(current);
  return out;
}
}  // namespace

int Database::schema_version() {
  soci::session sql(*pool_);
  int v = 0;
  soci::indicator ind;
  try {
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(v, ind);
  } catch (const soci::soci_error&) {
    return 0;
  }
  return ind == soci::i_ok ? v : 0;
}

int Database::migrate() {
  soci::session sql(*pool_);
  sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
         "applied_at BIGINT NOT NULL)";
  int applied = 0;
  for (const auto& path : resources::list("migrations/")) {
    auto file = path.substr(std::string("migrations/").size());
    int version = std::stoi(file.substr(0, 4));
    begin(sql);
    try {
      // On PostgreSQL, two servers starting at once serialise here instead of applying a migration twice.
      if (url_.kind == DbKind::Postgres) sql << "SELECT pg_advisory_xact_lock(7364812)";
      int count = 0;
      sql << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(version), soci::into(count);
      if (count == 0) {
        for (auto& stmt : split_statements(adapt_sql(url_.kind, std::string(resources::get(path))))) sql << stmt;
        std::int64_t now = now_seconds();
        sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)", soci::use(version),
            soci::use(file), soci::use(now);
        ++applied;
      }
      sql << "COMMIT";
    } catch (...) {
      try { sql << "ROLLBACK"; } catch (...) {}
      throw;
    }
  }
  return applied;
}

void Database::backup_to(const std::string& file) {
  if (url_.kind != DbKind::Sqlite)
    throw std::runtime_error("backup works on SQLite only; for PostgreSQL use pg_dump");
  using namespace sqlite_api;  // SOCI's header wraps sqlite3.h in this namespace
  sqlite3* src = nullptr;
  sqlite3* dst = nullptr;
  if (sqlite3_open_v2(url_.path.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot open " + url_.path);
  if (sqlite3_open(file.c_str(), &dst) != SQLITE_OK) {
    sqlite3_close(src);
    throw std::runtime_error("cannot create " + file);
  }
  sqlite3_busy_timeout(src, 10000);
  sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
  int rc = SQLITE_OK;
  if (b) {
    // Copy in steps so that writers are not blocked for the whole copy.
    do {
      rc = sqlite3_backup_step(b, 1024);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
  }
  std::string err = sqlite3_errmsg(dst);
  sqlite3_close(dst);
  sqlite3_close(src);
  if (rc != SQLITE_DONE) throw std::runtime_error("backup failed: " + err);
}

InUseLock::InUseLock(const DbUrl& url, Mode mode, bool wait) {
  if (url.kind != DbKind::Sqlite) return;
  auto file = path_for(url);
  auto parent = std::filesystem::path(file).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open " + file + ": " + std::strerror(errno));
  int op = (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | (wait ? 0 : LOCK_NB);
  int rc;
  do rc = ::flock(fd_, op);
  while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    int e = errno;
    ::close(fd_);
    fd_ = -1;
    if (e == EWOULDBLOCK)
      throw DatabaseInUse("the database " + url.path + " is in use by a server or a command (lock " + file +
                          " held): stop it first");
    throw std::runtime_error("cannot lock " + file + ": " + std::strerror(e));
  }
}

InUseLock::~InUseLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

namespace {
using namespace sqlite_api;  // SOCI's header wraps sqlite3.h in this namespace

struct SqliteHandle {
  sqlite3* db = nullptr;
  SqliteHandle(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      std::string err = db ? sqlite3_errmsg(db) : "out of memory";
      sqlite3_close(db);
      throw std::runtime_error("cannot open " + path + ": " + err);
    }
    sqlite3_busy_timeout(db, 10000);
  }
  ~SqliteHandle() { sqlite3_close(db); }
  // The rows of a query, each column as text.
  std::vector<std::vector<std::string>> rows(const std::string& query) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string(sqlite3_errmsg(db)));
    std::vector<std::vector<std::string>> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0, n = sqlite3_column_count(st); i < n; ++i) {
        auto* t = sqlite3_column_text(st, i);
        row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
      }
      out.push_back(std::move(row));
    }
    std::string err = sqlite3_errmsg(db);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw std::runtime_error(err);
    return out;
  }
};

void copy_database(sqlite3* src, sqlite3* dst, const std::string& what) {
  sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
  if (!b) throw std::runtime_error(what + ": " + sqlite3_errmsg(dst));
  int rc;
  do {
    rc = sqlite3_backup_step(b, -1);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) throw std::runtime_error(what + ": " + sqlite3_errmsg(dst));
}

// Tables, rows and schema version of a sound Maillage database; throws when it is not one.
RestoreReport inspect(SqliteHandle& h, const std::string& path) {
  RestoreReport r;
  std::vector<std::vector<std::string>> check;
  try {
    check = h.rows("PRAGMA integrity_check");
  } catch (const std::exception& e) {
    throw std::runtime_error(path + " is not a SQLite database: " + e.what());
  }
  if (check.empty() || check[0].empty() || check[0][0] != "ok")
    throw std::runtime_error(path + " fails SQLite's integrity check: " + (check.empty() ? "" : check[0][0]));
  auto tables = h.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  bool has_migrations = false;
  for (auto& t : tables) {
    if (t[0] == "schema_migrations") has_migrations = true;
    std::string quoted = "\"";
    for (char c : t[0]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += "\"";
    r.rows += std::stoll(h.rows("SELECT COUNT(*) FROM " + quoted)[0][0]);
  }
  if (!has_migrations) throw std::runtime_error(path + " is not a Maillage database (no schema_migrations table)");
  auto v = h.rows("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  r.schema_version = std::stoi(v[0][0]);
  int known = 0;
  for (const auto& m : resources::list("migrations/")) known = std::max(known, std::stoi(m.substr(11, 4)));
  if (r.schema_version < 1) throw std::runtime_error(path + " has no migration applied");
  if (r.schema_version > known)
    throw std::runtime_error(path + " has schema version " + std::to_string(r.schema_version) +
                             ", newer than this program's " + std::to_string(known) + ": restore it with a newer maillage");
  r.tables = tables.size();
  return r;
}
}  // namespace

RestoreReport restore_sqlite(const DbUrl& url, const std::string& file) {
  if (url.kind != DbKind::Sqlite)
    throw std::runtime_error("restore works on SQLite only; for PostgreSQL use pg_restore (docs/operations.md)");
  if (!std::filesystem::is_regular_file(file)) throw std::runtime_error("no backup file " + file);
  if (std::filesystem::exists(url.path) && std::filesystem::equivalent(file, url.path))
    throw std::runtime_error("the backup is the database itself");
  // First the lock, so that no server starts on the database while it is replaced (a server waits for it).
  InUseLock lock(url, InUseLock::Mode::Exclusive, false);
  RestoreReport report;
  {
    SqliteHandle backup(file, SQLITE_OPEN_READONLY);
    report = inspect(backup, file);
    bool existed = std::filesystem::exists(url.path) && std::filesystem::file_size(url.path) > 0;
    SqliteHandle target(url.path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (existed) {
      report.previous_copy = url.path + ".before-restore";
      std::filesystem::remove(report.previous_copy);
      SqliteHandle keep(report.previous_copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      copy_database(target.db, keep.db, "cannot keep the current database in " + report.previous_copy);
    }
    copy_database(backup.db, target.db, "restore failed");
    target.rows("PRAGMA wal_checkpoint(TRUNCATE)");
    auto after = inspect(target, url.path);
    if (after.rows != report.rows || after.tables != report.tables)
      throw std::runtime_error("the restored database differs from the backup (" + std::to_string(after.rows) + " rows, " +
                               std::to_string(report.rows) + " expected)");
  }
  return report;
}

}  // namespace maillage
