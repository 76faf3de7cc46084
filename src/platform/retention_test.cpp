// The retention purge on a table of its own: free text blanked after the time since closing, coded columns
// kept, open records and records under a legal hold untouched, the rows that belong to a record purged with it.
#include <gtest/gtest.h>

#include "platform/db.hpp"
#include "platform/retention.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;

namespace {
RetentionRule notes_rule() {
  RetentionRule rule;
  rule.name = "test.records";
  rule.table = "retention_records";
  rule.text_columns = {"note"};
  rule.hold_column = "hold";
  rule.months_sql = "t.months";
  rule.default_months = 12;
  rule.dependents = {{"retention_lines", "record_id", {"body"}}};
  return rule;
}

struct Record {
  std::string note, code;
  std::int64_t purged = 0;
};
Record record(soci::session& sql, int id) {
  Record r;
  soci::indicator pi;
  sql << "SELECT note, code, purged_at FROM retention_records WHERE id = :id", soci::use(id), soci::into(r.note),
      soci::into(r.code), soci::into(r.purged, pi);
  if (pi != soci::i_ok) r.purged = 0;
  return r;
}
}  // namespace

TEST(DbRetention, FreeTextIsBlankedAfterTheTimeSinceClosingAndCodedColumnsStay) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  const std::int64_t day = 86400, now = 2000000000;
  db.transact([&](soci::session& sql) {
    sql << "CREATE TABLE retention_records (id INTEGER PRIMARY KEY, note TEXT NOT NULL, code TEXT NOT NULL, "
           "closed_at BIGINT, purged_at BIGINT, hold INTEGER NOT NULL DEFAULT 0, months INTEGER)";
    sql << "CREATE TABLE retention_lines (record_id INTEGER NOT NULL, body TEXT NOT NULL)";
    std::int64_t long_ago = now - 400 * day, recent = now - 300 * day, six_months_ago = now - 200 * day;
    // 1: closed 400 days ago; 2: closed 300 days ago; 3: open; 4: on hold; 5: a 6-month line, closed 200 days ago
    sql << "INSERT INTO retention_records (id, note, code, closed_at) VALUES (1, 'Name and story', 'housing', :c)", soci::use(long_ago);
    sql << "INSERT INTO retention_records (id, note, code, closed_at) VALUES (2, 'Recent', 'housing', :c)", soci::use(recent);
    sql << "INSERT INTO retention_records (id, note, code, closed_at) VALUES (3, 'Open', 'housing', NULL)";
    sql << "INSERT INTO retention_records (id, note, code, closed_at, hold) VALUES (4, 'Held', 'housing', :c, 1)", soci::use(long_ago);
    sql << "INSERT INTO retention_records (id, note, code, closed_at, months) VALUES (5, 'Short', 'housing', :c, 6)",
        soci::use(six_months_ago);
    for (int id : {1, 2, 3, 4, 5}) sql << "INSERT INTO retention_lines (record_id, body) VALUES (:id, 'A note')", soci::use(id);
  });
  int purged = db.transact([&](soci::session& sql) { return run_retention_rule(sql, notes_rule(), now); });
  EXPECT_EQ(purged, 2);
  soci::session sql(db.pool());
  EXPECT_EQ(record(sql, 1).note, "");
  EXPECT_EQ(record(sql, 1).code, "housing") << "coded columns stay";
  EXPECT_EQ(record(sql, 1).purged, now);
  EXPECT_EQ(record(sql, 2).note, "Recent") << "300 days after closing is within 12 months";
  EXPECT_EQ(record(sql, 3).note, "Open") << "an open record is never purged";
  EXPECT_EQ(record(sql, 4).note, "Held") << "a legal hold stops the purge";
  EXPECT_EQ(record(sql, 4).purged, 0);
  EXPECT_EQ(record(sql, 5).note, "") << "a record's own retention (6 months) wins over the default";
  for (int id : {1, 5}) {
    std::string body;
    sql << "SELECT body FROM retention_lines WHERE record_id = :id", soci::use(id), soci::into(body);
    EXPECT_EQ(body, "") << "the rows of a purged record are purged with it";
  }
  std::string kept;
  sql << "SELECT body FROM retention_lines WHERE record_id = 4", soci::into(kept);
  EXPECT_EQ(kept, "A note");
  EXPECT_EQ(db.transact([&](soci::session& s) { return run_retention_rule(s, notes_rule(), now); }), 0)
      << "a purged record is not purged again";
}

TEST(DbRetention, TheDailyJobRunsEveryRegisteredRule) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  db.transact([&](soci::session& sql) {
    sql << "CREATE TABLE retention_records (id INTEGER PRIMARY KEY, note TEXT NOT NULL, code TEXT NOT NULL, "
           "closed_at BIGINT, purged_at BIGINT, hold INTEGER NOT NULL DEFAULT 0, months INTEGER)";
    sql << "CREATE TABLE retention_lines (record_id INTEGER NOT NULL, body TEXT NOT NULL)";
    sql << "INSERT INTO retention_records (id, note, code, closed_at) VALUES (1, 'Old', 'x', 1000)";
  });
  register_retention_rule(notes_rule());
  auto counts = db.transact([&](soci::session& sql) { return run_retention(sql, now_seconds()); });
  bool seen = false;
  for (auto& c : counts)
    if (c.rule == "test.records") seen = c.records == 1;
  EXPECT_TRUE(seen);
  unregister_retention_rule("test.records");  // other tests' databases have no such table
}
