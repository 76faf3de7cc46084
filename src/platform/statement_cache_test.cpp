// The cache of prepared statements under SOCI, on the engine under test (SQLite, or PostgreSQL with
// MAILLAGE_TEST_PG): what it keeps must answer exactly as a statement prepared anew would.
#include "platform/statement_cache.hpp"

#include <gtest/gtest.h>

#include <string>

#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
struct DbStatementCache : ::testing::Test {
  void SetUp() override {
    set_statement_cache_enabled(true);
    soci::session sql(db.pool());
    sql << "CREATE TABLE cached_things (id INTEGER PRIMARY KEY, label TEXT NOT NULL)";
    for (int i = 1; i <= 5; ++i)
      sql << "INSERT INTO cached_things (id, label) VALUES (:i, :l)", soci::use(i), soci::use("thing " + std::to_string(i));
  }
  std::string label_of(soci::session& sql, int id) {
    std::string label;
    sql << "SELECT label FROM cached_things WHERE id = :id", soci::use(id), soci::into(label);
    return label;
  }
  std::vector<std::string> labels_from(soci::session& sql, int from) {
    std::vector<std::string> out;
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT label FROM cached_things WHERE id >= :f ORDER BY id", soci::use(from));
    for (auto& r : rs) out.push_back(r.get<std::string>(0));
    return out;
  }
  Database db{fresh_database_url(), 2};
};
}  // namespace

TEST_F(DbStatementCache, ARepeatedStatementIsReusedAndReadsItsNewParameters) {
  soci::session sql(db.pool());
  auto before = statement_cache_counts();
  EXPECT_EQ(label_of(sql, 1), "thing 1");
  EXPECT_EQ(label_of(sql, 4), "thing 4");
  EXPECT_EQ(label_of(sql, 2), "thing 2");
  EXPECT_EQ(labels_from(sql, 4), (std::vector<std::string>{"thing 4", "thing 5"}));
  EXPECT_EQ(labels_from(sql, 2), (std::vector<std::string>{"thing 2", "thing 3", "thing 4", "thing 5"}));
  EXPECT_GE(statement_cache_counts().reused - before.reused, 2u);
}

TEST_F(DbStatementCache, ARowsetLeftHalfReadGivesEveryRowTheNextTime) {
  soci::session sql(db.pool());
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT label FROM cached_things WHERE id >= :f ORDER BY id", soci::use(1));
    auto it = rs.begin();
    EXPECT_EQ(it->get<std::string>(0), "thing 1");
  }  // left after one row of five
  EXPECT_EQ(labels_from(sql, 1).size(), 5u);
  EXPECT_EQ(labels_from(sql, 1).size(), 5u);
}

TEST_F(DbStatementCache, AStatementFirstRunInARolledBackTransactionRunsAfterIt) {
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 EXPECT_EQ(labels_from(sql, 3).size(), 3u);
                 EXPECT_EQ(label_of(sql, 3), "thing 3");
                 EXPECT_EQ(label_of(sql, 3), "thing 3");
                 throw std::runtime_error("rolled back");
               }),
               std::runtime_error);
  soci::session sql(db.pool());
  EXPECT_EQ(labels_from(sql, 3).size(), 3u);
  EXPECT_EQ(label_of(sql, 5), "thing 5");
}

TEST_F(DbStatementCache, AFailedStatementLeavesTheNextOnesRight) {
  EXPECT_THROW(db.transact([&](soci::session& sql) {
                 EXPECT_EQ(label_of(sql, 2), "thing 2");
                 sql << "INSERT INTO cached_things (id, label) VALUES (:i, :l)", soci::use(2), soci::use(std::string("again"));
               }),
               soci::soci_error);
  db.transact([&](soci::session& sql) {
    EXPECT_EQ(label_of(sql, 2), "thing 2");
    EXPECT_EQ(labels_from(sql, 1).size(), 5u);
  });
}

TEST_F(DbStatementCache, AKeptStatementSeesAColumnAddedSinceItsFirstRun) {
  soci::session sql(db.pool());
  auto columns = [&] {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT * FROM cached_things WHERE id = :id", soci::use(1));
    std::size_t n = 0;
    for (auto& r : rs) n = r.size();
    return n;
  };
  EXPECT_EQ(columns(), 2u);
  EXPECT_EQ(columns(), 2u);
  sql << "ALTER TABLE cached_things ADD COLUMN note TEXT";
  EXPECT_EQ(columns(), 3u);
}

TEST_F(DbStatementCache, MoreDistinctStatementsThanItKeepsEmptyItAndStillAnswerRight) {
  soci::session sql(db.pool());
  auto before = statement_cache_counts();
  for (int round = 0; round < 2; ++round)
    for (std::size_t i = 0; i < kStatementsPerConnection + 50; ++i) {
      int id = static_cast<int>(i % 5) + 1;
      // Texts built with a literal, as an IN list is: each one distinct.
      std::vector<std::string> got;
      soci::rowset<soci::row> rs = (sql.prepare << "SELECT label FROM cached_things WHERE id = :id AND " +
                                                       std::to_string(i) + " >= 0",
                                    soci::use(id));
      for (auto& r : rs) got.push_back(r.get<std::string>(0));
      ASSERT_EQ(got, std::vector<std::string>{"thing " + std::to_string(id)}) << i;
    }
  EXPECT_GE(statement_cache_counts().flushed - before.flushed, 1u);
  EXPECT_EQ(label_of(sql, 4), "thing 4");
}

TEST_F(DbStatementCache, TurnedOffItKeepsNothingAndEveryStatementStillAnswers) {
  soci::session sql(db.pool());
  set_statement_cache_enabled(false);
  auto before = statement_cache_counts();
  for (int i = 1; i <= 5; ++i) EXPECT_EQ(label_of(sql, i), "thing " + std::to_string(i));
  EXPECT_EQ(labels_from(sql, 1).size(), 5u);
  EXPECT_EQ(labels_from(sql, 1).size(), 5u);
  EXPECT_EQ(statement_cache_counts().reused, before.reused);
  set_statement_cache_enabled(true);
  EXPECT_EQ(label_of(sql, 3), "thing 3");
}
