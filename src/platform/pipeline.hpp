// Statements sent to PostgreSQL together, in one round trip: libpq's pipeline mode (PostgreSQL 14+ clients, as
// Debian 12's libpq 15; any server of the v3 protocol).
//
// The server runs them one after the other, in the caller's transaction, each with its own snapshot as any
// statement of a READ COMMITTED transaction, and their results come back in order. A row lock and the reads that
// must follow it (so that they see what was committed before the lock was granted) then cost one round trip
// instead of one each, and so do the last writes of a transaction and its COMMIT (Database::transact with
// defer_until_commit). Under a lock other requests queue on, each round trip saved is saved for all of them.
//
// PostgreSQL only: SQLite is in the process and has no round trip to save; callers run the same texts through SOCI
// there. Texts are written as for SOCI, with ":name" placeholders, each occurrence its own parameter; values are
// given as text, in the order of the placeholders, and typed by the server from their context as SOCI's are.
// Statements are sent by the names of the statement cache (platform/statement_cache.hpp) when it is on.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_result;  // libpq's PGresult

namespace maillage {

// The rows one statement of a pipeline returned, in libpq's text format.
class PgRows {
 public:
  class Row {
   public:
    Row(const PgRows* rows, int index) : rows_(rows), index_(index) {}
    bool is_null(std::size_t column) const;
    const char* value(std::size_t column) const;  // "" for NULL

   private:
    const PgRows* rows_;
    int index_;
  };
  class Iterator {
   public:
    Iterator(const PgRows* rows, int index) : rows_(rows), index_(index) {}
    Row operator*() const { return Row(rows_, index_); }
    Iterator& operator++() { ++index_; return *this; }
    bool operator!=(const Iterator& o) const { return index_ != o.index_; }

   private:
    const PgRows* rows_;
    int index_;
  };
  explicit PgRows(pg_result* result);
  std::size_t size() const;
  Row operator[](std::size_t i) const { return Row(this, static_cast<int>(i)); }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, static_cast<int>(size())); }
  // Rows changed by an INSERT, UPDATE or DELETE.
  std::int64_t affected() const;

 private:
  friend class Row;
  std::shared_ptr<pg_result> result_;
};

// As the readers of soci::row (platform/db.hpp): NULL is 0 or "", a boolean 't'/'f' is 1/0.
std::int64_t as_int(const PgRows::Row& r, std::size_t column);
std::string as_text(const PgRows::Row& r, std::size_t column);

class PgPipeline {
 public:
  explicit PgPipeline(soci::session& sql);  // the session must be on PostgreSQL
  // `values`: one per placeholder of `text`, in their order; std::nullopt sends NULL.
  PgPipeline& add(const std::string& text, std::vector<std::optional<std::string>> values = {});
  // Sends every statement, then reads every result. Throws soci::soci_error with the server's message when one
  // failed; those after it were not run, and the transaction has failed (the caller rolls back, as after any
  // failed statement). The connection is out of pipeline mode again either way.
  std::vector<PgRows> run();
  std::size_t size() const { return statements_.size(); }

 private:
  struct Statement {
    std::string text;  // with $1, $2...
    std::vector<std::optional<std::string>> values;
  };
  soci::session& sql_;
  std::vector<Statement> statements_;
};

// ":name" placeholders to $1, $2... in order, outside quotes and "::" casts (as SOCI's PostgreSQL backend does).
std::string numbered_placeholders(const std::string& text, int* count = nullptr);

}  // namespace maillage
