// A cache of prepared statements per database connection, under SOCI, for both engines.
//
// SOCI 4.0 prepares every statement anew: on SQLite each `sql << ...` and each rowset compiles its SQL
// (sqlite3_prepare_v2, about a third of a registration's time), and on PostgreSQL each rowset is three round
// trips (Parse, Execute, DEALLOCATE) and each statement with parameters is parsed and planned again by the server.
// SOCI has no cache of its own and no hook for one, so this one sits where SOCI meets the engines' C libraries:
// the binary defines the few functions of libsqlite3 and libpq that SOCI's backends call to prepare and release a
// statement, and forwards to the real ones (found with dlsym(RTLD_NEXT)):
// - SQLite: sqlite3_prepare_v2 hands back an idle statement compiled earlier from the same text on the same
//   connection; sqlite3_finalize resets such a statement and keeps it idle instead of destroying it;
//   sqlite3_close / sqlite3_close_v2 finalize a connection's idle statements first. SQLite recompiles a kept
//   statement by itself when the schema changed.
// - PostgreSQL: a statement text is prepared once per connection under a name of ours; SOCI's own PQprepare of
//   the same text then costs no round trip, its PQexecPrepared runs ours, and its DEALLOCATE is answered here.
//   A one-time statement with parameters (PQexecParams) seen a second time on a connection is prepared too and
//   then executed by name, so the server no longer parses it each time. PQfinish and PQreset forget the
//   connection's statements. Prepared statements are not transactional: a rollback keeps them.
// Nothing changes for the code above SOCI. Bounded per connection (kStatementsPerConnection); statement texts
// built with literal values (an IN list, say) fill it and it then starts again empty. MAILLAGE_STATEMENT_CACHE=off
// in the environment turns it off (to measure what it brings: `make bench` runs both).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

struct pg_conn;  // libpq's PGconn

namespace maillage {

inline constexpr std::size_t kStatementsPerConnection = 400;

struct StatementCacheCounts {
  std::uint64_t reused = 0;    // statements handed back from the cache (no compile, no Parse round trip)
  std::uint64_t prepared = 0;  // statements compiled or prepared and then kept
  std::uint64_t flushed = 0;   // times a connection's cache was full and started again empty
};

StatementCacheCounts statement_cache_counts();
bool statement_cache_enabled();
// For tests and benchmarks in one process: on or off from now on (statements already kept stay valid).
void set_statement_cache_enabled(bool on);

// For statements sent without SOCI (platform/pipeline.hpp): the name under which `text` (with $1... placeholders,
// `params` of them) is prepared on the PostgreSQL connection, prepared now if it is not yet (one round trip, once
// per connection); "" when the cache is off or cannot keep it (the caller then sends the text itself).
std::string pg_statement_name(pg_conn* conn, const char* text, int params);

}  // namespace maillage
