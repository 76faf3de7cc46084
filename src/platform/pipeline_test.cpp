// Statements in one round trip to PostgreSQL (platform/pipeline.hpp) and the writes deferred until COMMIT
// (defer_until_commit, platform/db.hpp). The Db tests run on PostgreSQL only (MAILLAGE_TEST_PG): SQLite has no
// pipeline.
#include "platform/pipeline.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "platform/db.hpp"
#include "platform/statement_cache.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(PipelinePlaceholders, NamedPlaceholdersBecomeNumberedOutsideQuotesAndCasts) {
  int n = 0;
  EXPECT_EQ(numbered_placeholders("SELECT :a, CAST(:b AS TEXT), x::int, ':c', \":d\" WHERE y = :a_2", &n),
            "SELECT $1, CAST($2 AS TEXT), x::int, ':c', \":d\" WHERE y = $3");
  EXPECT_EQ(n, 3);
  EXPECT_EQ(numbered_placeholders("COMMIT", &n), "COMMIT");
  EXPECT_EQ(n, 0);
}

namespace {
struct DbPipeline : ::testing::Test {
  void SetUp() override {
    if (!on_postgres()) GTEST_SKIP() << "a PostgreSQL pipeline";
    set_statement_cache_enabled(true);
    soci::session sql(db.pool());
    sql << "CREATE TABLE piped (id INTEGER PRIMARY KEY, label TEXT)";
    sql << "INSERT INTO piped (id, label) VALUES (1, 'first')";
  }
  int count() {
    soci::session sql(db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM piped", soci::into(n);
    return n;
  }
  Database db{fresh_database_url(), 4};
};
}  // namespace

TEST_F(DbPipeline, ResultsComeBackInOrderWithTheirRowsAndNulls) {
  soci::session sql(db.pool());
  auto results = PgPipeline(sql)
                     .add("INSERT INTO piped (id, label) VALUES (:i, :l)", {"2", std::nullopt})
                     .add("SELECT id, label FROM piped WHERE id >= :f ORDER BY id", {"1"})
                     .add("SELECT COUNT(*) = 2 FROM piped")
                     .run();
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].affected(), 1);
  ASSERT_EQ(results[1].size(), 2u);
  EXPECT_EQ(as_int(results[1][0], 0), 1);
  EXPECT_EQ(as_text(results[1][0], 1), "first");
  EXPECT_TRUE(results[1][1].is_null(1));
  EXPECT_EQ(as_text(results[1][1], 1), "");
  EXPECT_EQ(as_int(results[2][0], 0), 1) << "a boolean reads as 1";
}

TEST_F(DbPipeline, AReadAfterALockSeesWhatWasCommittedWhileItWaited) {
  // The guarantee a registration rests on: the count sent in the same round trip as the row lock is taken once
  // the lock is granted, so it sees the row the holder inserted before committing.
  std::atomic<bool> locked{false};
  std::thread holder([&] {
    db.transact([&](soci::session& sql) {
      int id = 0;
      sql << "SELECT id FROM piped WHERE id = 1 FOR UPDATE", soci::into(id);
      sql << "INSERT INTO piped (id, label) VALUES (2, 'inserted by the holder')";
      locked = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  while (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  int seen = db.transact([&](soci::session& sql) {
    auto results = PgPipeline(sql)
                       .add("SELECT id FROM piped WHERE id = :id FOR UPDATE", {"1"})
                       .add("SELECT COUNT(*) FROM piped")
                       .run();
    return static_cast<int>(as_int(results[1][0], 0));
  });
  holder.join();
  EXPECT_EQ(seen, 2);
}

TEST_F(DbPipeline, AFailedStatementStopsTheRestFailsTheTransactionAndLeavesTheConnectionUsable) {
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 PgPipeline(sql)
                     .add("INSERT INTO piped (id, label) VALUES (2, 'kept?')")
                     .add("INSERT INTO piped (id, label) VALUES (1, 'twice')")  // the primary key refuses it
                     .add("INSERT INTO piped (id, label) VALUES (3, 'after')")
                     .run();
               }),
               soci::soci_error);
  EXPECT_EQ(count(), 1) << "rolled back: the first insert is gone too";
  // Every connection of the pool still answers (none was left in pipeline mode).
  for (int i = 0; i < 4; ++i) EXPECT_EQ(count(), 1);
  db.transact([&](soci::session& sql) { PgPipeline(sql).add("INSERT INTO piped (id, label) VALUES (2, 'now')").run(); });
  EXPECT_EQ(count(), 2);
}

TEST_F(DbPipeline, AStatementWithTheWrongNumberOfValuesIsRefusedBeforeAnythingIsSent) {
  soci::session sql(db.pool());
  PgPipeline pipeline(sql);
  EXPECT_THROW(pipeline.add("SELECT :a, :b", {"1"}), soci::soci_error);
  EXPECT_EQ(pipeline.size(), 0u);
}

TEST_F(DbPipeline, WithTheStatementCacheOffTheTextsAreSentAsTheyAre) {
  set_statement_cache_enabled(false);
  soci::session sql(db.pool());
  auto results = PgPipeline(sql).add("SELECT label FROM piped WHERE id = :id", {"1"}).run();
  set_statement_cache_enabled(true);
  ASSERT_EQ(results[0].size(), 1u);
  EXPECT_EQ(as_text(results[0][0], 0), "first");
}

TEST_F(DbPipeline, ADeferredWriteLandsWithTheCommitAndNeverAfterARollback) {
  db.transact([&](soci::session& sql) {
    defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"2", "deferred"});
    int inside = 0;
    sql << "SELECT COUNT(*) FROM piped", soci::into(inside);
    EXPECT_EQ(inside, 1) << "not written before COMMIT";
  });
  EXPECT_EQ(count(), 2);
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"3", "dropped"});
                 throw std::runtime_error("the unit of work fails");
               }),
               std::runtime_error);
  EXPECT_EQ(count(), 2);
}

TEST_F(DbPipeline, ADeferredWriteThatFailsFailsItsTransaction) {
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 sql << "INSERT INTO piped (id, label) VALUES (2, 'written at once')";
                 defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"1", "a duplicate"});
               }),
               soci::soci_error);
  EXPECT_EQ(count(), 1) << "nothing of the failed transaction stays";
}

TEST_F(DbPipeline, ADeferredWriteOutsideATransactionRunsAtOnce) {
  soci::session sql(db.pool());
  defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"2", "at once"});
  EXPECT_EQ(count(), 2);
}

TEST_F(DbPipeline, ANestedTransactionKeepsItsDeferredWritesApartFromTheOuterOne) {
  db.transact([&](soci::session& outer) {
    defer_until_commit(outer, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"2", "outer"});
    db.transact([&](soci::session& inner) {
      defer_until_commit(inner, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"3", "inner"});
    });
    EXPECT_EQ(count(), 2) << "the inner one committed its own; the outer one's waits for its COMMIT";
  });
  EXPECT_EQ(count(), 3);
}

TEST_F(DbPipeline, AFlushSendsTheDeferredWritesSoThatTheTransactionReadsThemAndARollbackStillDropsThem) {
  db.transact([&](soci::session& sql) {
    defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"2", "flushed"});
    flush_deferred(sql);
    int inside = 0;
    sql << "SELECT COUNT(*) FROM piped", soci::into(inside);
    EXPECT_EQ(inside, 2) << "read inside the transaction once flushed";
    flush_deferred(sql);  // nothing left: nothing sent
  });
  EXPECT_EQ(count(), 2);
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 defer_until_commit(sql, "INSERT INTO piped (id, label) VALUES (:i, :l)", {"3", "dropped"});
                 flush_deferred(sql);
                 throw std::runtime_error("the unit of work fails");
               }),
               std::runtime_error);
  EXPECT_EQ(count(), 2) << "a flushed write is still the transaction's";
}
