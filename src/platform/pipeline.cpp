#include "platform/pipeline.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "platform/db.hpp"
#include "platform/statement_cache.hpp"

namespace maillage {

PgRows::PgRows(pg_result* result) : result_(result, PQclear) {}
std::size_t PgRows::size() const { return result_ ? static_cast<std::size_t>(PQntuples(result_.get())) : 0; }
std::int64_t PgRows::affected() const {
  const char* n = result_ ? PQcmdTuples(result_.get()) : "";
  return *n ? std::strtoll(n, nullptr, 10) : 0;
}
bool PgRows::Row::is_null(std::size_t column) const {
  return PQgetisnull(rows_->result_.get(), index_, static_cast<int>(column)) != 0;
}
const char* PgRows::Row::value(std::size_t column) const {
  return PQgetvalue(rows_->result_.get(), index_, static_cast<int>(column));
}

std::int64_t as_int(const PgRows::Row& r, std::size_t column) {
  if (r.is_null(column)) return 0;
  const char* v = r.value(column);
  if (v[0] == 't' && !v[1]) return 1;
  if (v[0] == 'f' && !v[1]) return 0;
  return std::strtoll(v, nullptr, 10);
}
std::string as_text(const PgRows::Row& r, std::size_t column) { return r.is_null(column) ? "" : r.value(column); }

std::string numbered_placeholders(const std::string& text, int* count) {
  std::string out;
  out.reserve(text.size() + 16);
  int n = 0;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == ':' && i + 1 < text.size() && text[i + 1] == ':') {
      out += "::";
      ++i;
    } else if (c == ':' && i + 1 < text.size() &&
               (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
      ++i;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
      --i;
      out += '$' + std::to_string(++n);
    } else {
      out += c;
    }
  }
  if (count) *count = n;
  return out;
}

PgPipeline::PgPipeline(soci::session& sql) : sql_(sql) {}

PgPipeline& PgPipeline::add(const std::string& text, std::vector<std::optional<std::string>> values) {
  int n = 0;
  std::string numbered = numbered_placeholders(text, &n);
  if (static_cast<std::size_t>(n) != values.size())
    throw soci::soci_error("pipeline: " + std::to_string(values.size()) + " value(s) for " + std::to_string(n) +
                           " placeholder(s) in: " + text);
  statements_.push_back(Statement{std::move(numbered), std::move(values)});
  return *this;
}

namespace {
PGconn* connection_of(soci::session& sql) {
  // Checked by name: SOCI's library does not export the backend's type information for a dynamic_cast.
  if (!is_postgres(sql)) throw soci::soci_error("pipeline: not a PostgreSQL session");
  return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}
}  // namespace

std::vector<PgRows> PgPipeline::run() {
  PGconn* conn = connection_of(sql_);
  // Names first, outside pipeline mode: a text the cache has not prepared on this connection yet is prepared now.
  std::vector<std::string> names;
  names.reserve(statements_.size());
  for (auto& s : statements_) names.push_back(pg_statement_name(conn, s.text.c_str(), static_cast<int>(s.values.size())));
  if (!PQenterPipelineMode(conn)) throw soci::soci_error(std::string("pipeline: ") + PQerrorMessage(conn));
  std::string error;
  std::size_t sent = 0;
  for (std::size_t i = 0; i < statements_.size(); ++i) {
    auto& s = statements_[i];
    std::vector<const char*> values;
    values.reserve(s.values.size());
    for (auto& v : s.values) values.push_back(v ? v->c_str() : nullptr);
    int n = static_cast<int>(values.size());
    int ok = names[i].empty() ? PQsendQueryParams(conn, s.text.c_str(), n, nullptr, values.data(), nullptr, nullptr, 0)
                              : PQsendQueryPrepared(conn, names[i].c_str(), n, values.data(), nullptr, nullptr, 0);
    if (!ok) {
      error = PQerrorMessage(conn);
      break;
    }
    ++sent;
  }
  if (!PQpipelineSync(conn) && error.empty()) error = PQerrorMessage(conn);
  std::vector<PgRows> out;
  out.reserve(sent);
  // Every result is read, even after a failure: the connection leaves pipeline mode only once they all are.
  for (std::size_t i = 0; i < sent; ++i) {
    PGresult* first = nullptr;
    while (PGresult* r = PQgetResult(conn)) {
      if (!first) first = r;
      else PQclear(r);
    }
    auto status = first ? PQresultStatus(first) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && error.empty())
      error = first ? (status == PGRES_PIPELINE_ABORTED ? "pipeline aborted" : PQresultErrorMessage(first))
                    : PQerrorMessage(conn);
    out.emplace_back(first);
  }
  // Then the end of the pipeline (PGRES_PIPELINE_SYNC).
  for (int guard = 0; PQpipelineStatus(conn) != PQ_PIPELINE_OFF && guard < 1000; ++guard) {
    PGresult* r = PQgetResult(conn);
    if (r) {
      PQclear(r);
      continue;
    }
    if (PQexitPipelineMode(conn)) break;
    if (PQstatus(conn) != CONNECTION_OK) break;  // the connection is gone: nothing more will come
  }
  if (!error.empty()) throw soci::soci_error(error);
  return out;
}

}  // namespace maillage
