#include "platform/db.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <regex>
#include <stdexcept>

#include "platform/resources.hpp"

namespace maillage {

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
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
      s << "PRAGMA busy_timeout=10000";
      s << "PRAGMA synchronous=NORMAL";
    } else {
      s.open(*soci::factory_postgresql(), url_.connect);
      s << "SET TIME ZONE 'UTC'";
    }
  }
}

Database::~Database() = default;

void Database::begin(soci::session& sql) {
  sql << (url_.kind == DbKind::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
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

}  // namespace maillage
