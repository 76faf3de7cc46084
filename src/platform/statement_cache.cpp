// See statement_cache.hpp. The functions at the end, with C linkage and the engines' own names, are the ones the
// binary defines in place of libsqlite3's and libpq's; everything else is the bookkeeping behind them.
#include "platform/statement_cache.hpp"
#include "platform/text_map.hpp"

#include <dlfcn.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace maillage {
namespace {

bool enabled_from_environment() {
  const char* v = std::getenv("MAILLAGE_STATEMENT_CACHE");
  return !(v && (std::strcmp(v, "off") == 0 || std::strcmp(v, "0") == 0));
}

std::atomic<bool> g_enabled{enabled_from_environment()};
std::atomic<std::uint64_t> g_reused{0}, g_prepared{0}, g_flushed{0};

// The real function of the engine's library that `name` stands for, found once.
template <class Fn>
Fn real(const char* name) {
  void* f = dlsym(RTLD_NEXT, name);
  if (!f) std::abort();  // the engine's library is linked into the binary: this cannot fail
  return reinterpret_cast<Fn>(f);
}

// Whether a statement text changes the schema (CREATE, ALTER or DROP at the start of one of its statements):
// statements kept from before it may then describe columns that are no longer there.
bool changes_schema(std::string_view text) {
  bool at_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == ';') {
      at_start = true;
    } else if (at_start && !std::isspace(static_cast<unsigned char>(ch))) {
      for (std::string_view word : {"CREATE", "ALTER", "DROP"})
        if (text.size() - i > word.size() && std::isspace(static_cast<unsigned char>(text[i + word.size()]))) {
          bool same = true;
          for (std::size_t k = 0; k < word.size() && same; ++k)
            same = std::toupper(static_cast<unsigned char>(text[i + k])) == word[k];
          if (same) return true;
        }
      at_start = false;
    }
  }
  return false;
}

// --- SQLite ------------------------------------------------------------------------------------------------
// The bookkeeping is under one mutex, never held while SQLite runs (SQLite may prepare statements of its own
// while it prepares one of ours, and those come through here too).
struct KeptStatement {
  sqlite3_stmt* stmt;
  int tail;         // where the first statement of the text ends (the caller's pzTail)
  unsigned schema;  // the connection's schema generation it was compiled under
};
struct SqliteConnection {
  TextMap<std::vector<KeptStatement>> idle;
  std::size_t kept = 0;
  // Bumped by each statement that changes the schema: a statement compiled under an older generation is never
  // handed out again (SQLite would recompile it only at its first step, after SOCI has read its columns).
  unsigned schema = 0;
  // Empties the idle statements, for the caller to finalize once the mutex is released.
  std::vector<sqlite3_stmt*> take_idle() {
    std::vector<sqlite3_stmt*> out;
    for (auto& [text, list] : idle)
      for (auto& k : list) out.push_back(k.stmt);
    idle.clear();
    kept = 0;
    return out;
  }
};
struct InUse {
  sqlite3* db;
  std::string text;
  int tail;
  unsigned schema;
};
std::mutex g_sqlite_mutex;
std::unordered_map<sqlite3*, SqliteConnection> g_sqlite;
std::unordered_map<sqlite3_stmt*, InUse> g_sqlite_in_use;
// sqlite3_exec prepares its statements through sqlite3_prepare_v2 but destroys them itself: on its thread, while
// it runs, statements are neither handed out nor recorded.
thread_local int t_in_sqlite_exec = 0;

using SqlitePrepare = int (*)(sqlite3*, const char*, int, sqlite3_stmt**, const char**);
using SqliteFinalize = int (*)(sqlite3_stmt*);
using SqliteClose = int (*)(sqlite3*);
SqlitePrepare real_prepare() { static auto f = real<SqlitePrepare>("sqlite3_prepare_v2"); return f; }
SqliteFinalize real_finalize() { static auto f = real<SqliteFinalize>("sqlite3_finalize"); return f; }

int sqlite_prepare(sqlite3* db, const char* sql, int bytes, sqlite3_stmt** out, const char** tail) {
  if (!g_enabled.load(std::memory_order_relaxed) || t_in_sqlite_exec || !db || !sql || !out)
    return real_prepare()(db, sql, bytes, out, tail);
  std::string_view text(sql, bytes < 0 ? std::strlen(sql) : static_cast<std::size_t>(bytes));
  if (!text.empty() && text.back() == '\0') text.remove_suffix(1);  // a length that counts the terminator
  std::vector<sqlite3_stmt*> stale;
  bool hit = false;
  {
    std::lock_guard lock(g_sqlite_mutex);
    auto c = g_sqlite.find(db);
    if (c != g_sqlite.end()) {
      auto it = c->second.idle.find(text);
      while (it != c->second.idle.end() && !it->second.empty()) {
        KeptStatement k = it->second.back();
        it->second.pop_back();
        --c->second.kept;
        if (k.schema != c->second.schema) {  // compiled before a change of schema: compiled anew
          stale.push_back(k.stmt);
          continue;
        }
        g_sqlite_in_use[k.stmt] = InUse{db, it->first, k.tail, c->second.schema};
        *out = k.stmt;
        if (tail) *tail = sql + k.tail;
        g_reused.fetch_add(1, std::memory_order_relaxed);
        hit = true;
        break;
      }
    }
  }
  for (auto* st : stale) real_finalize()(st);
  if (hit) return SQLITE_OK;
  const char* end = nullptr;
  int rc = real_prepare()(db, sql, bytes, out, &end);
  if (tail) *tail = end;
  if (rc == SQLITE_OK && *out) {
    bool ddl = changes_schema(text);
    std::lock_guard lock(g_sqlite_mutex);
    auto& c = g_sqlite[db];
    if (ddl) {
      ++c.schema;  // a statement that changes the schema is never kept itself
    } else {
      // The pointer may be one SQLite freed behind our back (sqlite3_exec finalizes its statements internally).
      g_sqlite_in_use[*out] = InUse{db, std::string(text), end ? static_cast<int>(end - sql) : 0, c.schema};
      g_prepared.fetch_add(1, std::memory_order_relaxed);
    }
  }
  return rc;
}

int sqlite_finalize(sqlite3_stmt* stmt) {
  if (!stmt) return real_finalize()(stmt);
  InUse use;
  {
    std::lock_guard lock(g_sqlite_mutex);
    auto it = g_sqlite_in_use.find(stmt);
    if (it == g_sqlite_in_use.end()) return real_finalize()(stmt);
    use = std::move(it->second);
    g_sqlite_in_use.erase(it);
  }
  // Kept only if it is still the statement recorded: the same connection and text (a pointer freed by SQLite
  // itself and reused for another statement is not).
  const char* own = sqlite3_sql(stmt);
  if (!g_enabled.load(std::memory_order_relaxed) || sqlite3_db_handle(stmt) != use.db || !own ||
      std::string_view(own) != std::string_view(use.text).substr(0, use.tail))
    return real_finalize()(stmt);
  // What finalize would have returned: the error of the last step, if it failed.
  int rc = sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  std::vector<sqlite3_stmt*> finalized;
  {
    std::lock_guard lock(g_sqlite_mutex);
    auto& c = g_sqlite[use.db];
    if (c.schema != use.schema) {  // compiled before a change of schema: not kept
      finalized.push_back(stmt);
    } else {
      if (c.kept >= kStatementsPerConnection) {
        finalized = c.take_idle();
        g_flushed.fetch_add(1, std::memory_order_relaxed);
      }
      auto it = c.idle.find(std::string_view(use.text));
      if (it == c.idle.end()) it = c.idle.emplace(std::move(use.text), std::vector<KeptStatement>{}).first;
      it->second.push_back(KeptStatement{stmt, use.tail, use.schema});
      ++c.kept;
    }
  }
  for (auto* st : finalized) real_finalize()(st);
  return rc;
}

// A connection's idle statements, finalized before it closes (SQLite refuses to close with statements alive).
void sqlite_forget(sqlite3* db) {
  std::vector<sqlite3_stmt*> idle;
  {
    std::lock_guard lock(g_sqlite_mutex);
    auto c = g_sqlite.find(db);
    if (c != g_sqlite.end()) {
      idle = c->second.take_idle();
      g_sqlite.erase(c);
    }
    for (auto it = g_sqlite_in_use.begin(); it != g_sqlite_in_use.end();)
      it = it->second.db == db ? g_sqlite_in_use.erase(it) : std::next(it);
  }
  for (auto* st : idle) real_finalize()(st);
}

// --- PostgreSQL --------------------------------------------------------------------------------------------
struct PgConnection {
  TextMap<std::string> prepared;                         // statement text -> our name for it on the server
  std::unordered_map<std::string, std::string> aliases;  // SOCI's statement name -> ours
  std::unordered_set<std::size_t> seen_once;             // one-time texts seen once (hashes)
  unsigned next = 0;
};
std::mutex g_pg_mutex;
std::unordered_map<PGconn*, PgConnection> g_pg;

using PgPrepare = PGresult* (*)(PGconn*, const char*, const char*, int, const Oid*);
using PgExecPrepared = PGresult* (*)(PGconn*, const char*, int, const char* const*, const int*, const int*, int);
using PgExecParams = PGresult* (*)(PGconn*, const char*, int, const Oid*, const char* const*, const int*, const int*, int);
using PgExec = PGresult* (*)(PGconn*, const char*);
using PgFinish = void (*)(PGconn*);
PgPrepare real_pq_prepare() { static auto f = real<PgPrepare>("PQprepare"); return f; }
PgExecPrepared real_pq_exec_prepared() { static auto f = real<PgExecPrepared>("PQexecPrepared"); return f; }
PgExec real_pq_exec() { static auto f = real<PgExec>("PQexec"); return f; }

// When the connection's cache is full, its statements are released on the server (one round trip) and it
// starts again empty. Only outside a transaction (a failed DEALLOCATE must never abort one of the caller's) and
// while SOCI holds none of our names.
void pg_flush_if_full(PGconn* conn) {
  std::string release;
  {
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    if (c.prepared.size() < kStatementsPerConnection || !c.aliases.empty() ||
        PQtransactionStatus(conn) != PQTRANS_IDLE)
      return;
    for (auto& [text, name] : c.prepared) release += "DEALLOCATE " + name + ";";
    c.prepared.clear();
    c.seen_once.clear();
    g_flushed.fetch_add(1, std::memory_order_relaxed);
  }
  PQclear(real_pq_exec()(conn, release.c_str()));
}

// A name of ours for `text` on the connection, prepared now if needed: "" when it cannot be (the cache is full
// and cannot be emptied now, or the server refused the text: the caller then does what it would have done
// without the cache).
std::string pg_prepared_name(PGconn* conn, const char* text, int params) {
  std::string name;
  {
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    if (auto it = c.prepared.find(std::string_view(text)); it != c.prepared.end()) {
      g_reused.fetch_add(1, std::memory_order_relaxed);
      return it->second;
    }
  }
  pg_flush_if_full(conn);
  {
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    if (c.prepared.size() >= kStatementsPerConnection) return "";  // full, and could not be emptied now
    name = "maillage_" + std::to_string(++c.next);
  }
  PGresult* r = real_pq_prepare()(conn, name.c_str(), text, params, nullptr);
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  if (!ok) return "";
  std::lock_guard lock(g_pg_mutex);
  g_pg[conn].prepared.emplace(text, name);
  g_prepared.fetch_add(1, std::memory_order_relaxed);
  return name;
}

PGresult* pg_prepare(PGconn* conn, const char* name, const char* text, int params, const Oid* types) {
  if (!g_enabled.load(std::memory_order_relaxed) || !conn || !name || !*name || !text || types)
    return real_pq_prepare()(conn, name, text, params, types);
  std::string ours = pg_prepared_name(conn, text, params);
  if (ours.empty()) return real_pq_prepare()(conn, name, text, params, types);
  {
    std::lock_guard lock(g_pg_mutex);
    g_pg[conn].aliases[name] = ours;
  }
  return PQmakeEmptyPGresult(conn, PGRES_COMMAND_OK);
}

std::string pg_alias(PGconn* conn, const char* name) {
  std::lock_guard lock(g_pg_mutex);
  auto c = g_pg.find(conn);
  if (c == g_pg.end()) return "";
  auto it = c->second.aliases.find(name);
  return it == c->second.aliases.end() ? "" : it->second;
}

// A statement of ours whose result columns changed since it was prepared (a column added to a table it reads
// with *) fails with "cached plan must not change result type". Outside a transaction it is prepared again under
// a new name and run once more; inside one, the transaction has failed and the error stands.
bool pg_result_type_changed(PGconn* conn, PGresult* r) {
  if (PQresultStatus(r) != PGRES_FATAL_ERROR || PQtransactionStatus(conn) != PQTRANS_IDLE) return false;
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  return state && std::strcmp(state, "0A000") == 0;
}
std::string pg_prepare_again(PGconn* conn, const std::string& stale, int params) {
  std::string text;
  {
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    for (auto it = c.prepared.begin(); it != c.prepared.end(); ++it)
      if (it->second == stale) {
        text = it->first;
        c.prepared.erase(it);
        break;
      }
  }
  if (text.empty()) return "";
  PQclear(real_pq_exec()(conn, ("DEALLOCATE " + stale).c_str()));
  std::string fresh = pg_prepared_name(conn, text.c_str(), params);
  std::lock_guard lock(g_pg_mutex);
  for (auto& [soci_name, ours] : g_pg[conn].aliases)
    if (ours == stale) ours = fresh;
  return fresh;
}

PGresult* pg_exec_ours(PGconn* conn, const std::string& ours, int n, const char* const* values, const int* lengths,
                       const int* formats, int result_format) {
  PGresult* r = real_pq_exec_prepared()(conn, ours.c_str(), n, values, lengths, formats, result_format);
  if (!pg_result_type_changed(conn, r)) return r;
  std::string fresh = pg_prepare_again(conn, ours, n);
  if (fresh.empty()) return r;
  PQclear(r);
  return real_pq_exec_prepared()(conn, fresh.c_str(), n, values, lengths, formats, result_format);
}

PGresult* pg_exec_prepared(PGconn* conn, const char* name, int n, const char* const* values, const int* lengths,
                           const int* formats, int result_format) {
  std::string ours = conn && name ? pg_alias(conn, name) : "";
  if (ours.empty()) return real_pq_exec_prepared()(conn, name, n, values, lengths, formats, result_format);
  return pg_exec_ours(conn, ours, n, values, lengths, formats, result_format);
}

PGresult* pg_exec_params(PGconn* conn, const char* text, int n, const Oid* types, const char* const* values,
                         const int* lengths, const int* formats, int result_format) {
  static auto exec_params = real<PgExecParams>("PQexecParams");
  if (!g_enabled.load(std::memory_order_relaxed) || !conn || !text || types)
    return exec_params(conn, text, n, types, values, lengths, formats, result_format);
  std::string ours;
  bool second_time = false;
  {
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    if (auto it = c.prepared.find(std::string_view(text)); it != c.prepared.end()) {
      ours = it->second;
      g_reused.fetch_add(1, std::memory_order_relaxed);
    } else {
      // A text seen once may be one built with literal values: it is prepared the second time it comes.
      second_time = !c.seen_once.insert(std::hash<std::string_view>{}(text)).second;
    }
  }
  if (second_time) ours = pg_prepared_name(conn, text, n);
  if (!ours.empty()) return pg_exec_ours(conn, ours, n, values, lengths, formats, result_format);
  return exec_params(conn, text, n, types, values, lengths, formats, result_format);
}

PGresult* pg_exec(PGconn* conn, const char* text) {
  constexpr std::string_view kDeallocate = "DEALLOCATE ";
  if (conn && text && std::strncmp(text, kDeallocate.data(), kDeallocate.size()) == 0) {
    std::lock_guard lock(g_pg_mutex);
    auto c = g_pg.find(conn);
    if (c != g_pg.end() && c->second.aliases.erase(text + kDeallocate.size()))
      return PQmakeEmptyPGresult(conn, PGRES_COMMAND_OK);  // the statement is ours and stays prepared
  }
  PGresult* r = real_pq_exec()(conn, text);
  if (conn && text && changes_schema(text)) {
    // Kept statements may describe columns that changed: prepared anew from now on (the old names stay on the
    // server until the connection ends, since SOCI may still be running one of them).
    std::lock_guard lock(g_pg_mutex);
    auto& c = g_pg[conn];
    c.prepared.clear();
    c.seen_once.clear();
  }
  return r;
}

void pg_forget(PGconn* conn) {
  std::lock_guard lock(g_pg_mutex);
  g_pg.erase(conn);
}

}  // namespace

StatementCacheCounts statement_cache_counts() {
  return StatementCacheCounts{g_reused.load(), g_prepared.load(), g_flushed.load()};
}
bool statement_cache_enabled() { return g_enabled.load(); }
void set_statement_cache_enabled(bool on) { g_enabled.store(on); }

std::string pg_statement_name(pg_conn* conn, const char* text, int params) {
  if (!g_enabled.load(std::memory_order_relaxed) || !conn || !text) return "";
  return pg_prepared_name(conn, text, params);
}

}  // namespace maillage

// --- The engines' functions the binary defines in place of theirs ----------------------------------------
extern "C" {

int sqlite3_prepare_v2(sqlite3* db, const char* sql, int bytes, sqlite3_stmt** out, const char** tail) {
  return maillage::sqlite_prepare(db, sql, bytes, out, tail);
}
int sqlite3_finalize(sqlite3_stmt* stmt) { return maillage::sqlite_finalize(stmt); }
int sqlite3_exec(sqlite3* db, const char* sql, int (*callback)(void*, int, char**, char**), void* arg, char** error) {
  using Exec = int (*)(sqlite3*, const char*, int (*)(void*, int, char**, char**), void*, char**);
  static auto f = maillage::real<Exec>("sqlite3_exec");
  ++maillage::t_in_sqlite_exec;
  int rc = f(db, sql, callback, arg, error);
  --maillage::t_in_sqlite_exec;
  if (db && sql && maillage::changes_schema(sql)) {
    std::lock_guard lock(maillage::g_sqlite_mutex);
    ++maillage::g_sqlite[db].schema;
  }
  return rc;
}
int sqlite3_close(sqlite3* db) {
  static auto f = maillage::real<maillage::SqliteClose>("sqlite3_close");
  if (db) maillage::sqlite_forget(db);
  return f(db);
}
int sqlite3_close_v2(sqlite3* db) {
  static auto f = maillage::real<maillage::SqliteClose>("sqlite3_close_v2");
  if (db) maillage::sqlite_forget(db);
  return f(db);
}

PGresult* PQprepare(PGconn* conn, const char* name, const char* text, int params, const Oid* types) {
  return maillage::pg_prepare(conn, name, text, params, types);
}
PGresult* PQexecPrepared(PGconn* conn, const char* name, int n, const char* const* values, const int* lengths,
                         const int* formats, int result_format) {
  return maillage::pg_exec_prepared(conn, name, n, values, lengths, formats, result_format);
}
PGresult* PQexecParams(PGconn* conn, const char* text, int n, const Oid* types, const char* const* values,
                       const int* lengths, const int* formats, int result_format) {
  return maillage::pg_exec_params(conn, text, n, types, values, lengths, formats, result_format);
}
PGresult* PQexec(PGconn* conn, const char* text) { return maillage::pg_exec(conn, text); }
void PQfinish(PGconn* conn) {
  static auto f = maillage::real<maillage::PgFinish>("PQfinish");
  if (conn) maillage::pg_forget(conn);
  f(conn);
}
void PQreset(PGconn* conn) {
  static auto f = maillage::real<maillage::PgFinish>("PQreset");
  if (conn) maillage::pg_forget(conn);
  f(conn);
}

}  // extern "C"
