// Protected records: a read through audited_read writes who read which record in the read's transaction, a
// refused read is written down too, and the record's access log lists its readers, newest first.
#include <gtest/gtest.h>

#include "platform/db.hpp"
#include "platform/protected_records.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;

TEST(DbProtectedRecords, AReadIsAuditedWithTheRecordAndARefusalToo) {
  maillage::testing::TestServer server;
  auto reader = server.add_user("reader@example.org", "a long enough password");
  RequestContext ctx(server.app());
  ctx.user = CurrentUser{};
  ctx.user->id = reader;
  ctx.remote_ip = "192.0.2.1";
  std::string text = audited_read(ctx, "test.record.read", "record:7", [](soci::session& sql) {
    std::string v;
    sql << "SELECT 'the record'", soci::into(v);
    return v;
  });
  EXPECT_EQ(text, "the record");
  EXPECT_THROW(audited_read(ctx, "test.record.read", "record:8", [](soci::session&) -> int { throw forbidden(); }),
               HttpError);
  soci::session sql(server.app().db.pool());
  auto log = access_log(sql, "record:7", "test.record.");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].user_id, reader);
  EXPECT_EQ(log[0].user_name, "Test reader");
  EXPECT_EQ(log[0].action, "test.record.read");
  EXPECT_EQ(log[0].ip, "192.0.2.1");
  auto refused = access_log(sql, "record:8", "test.record.");
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].action, "test.record.read.refused");
  EXPECT_TRUE(access_log(sql, "record:7", "other.").empty()) << "only the actions asked for";
}

TEST(DbProtectedRecords, AReadThatFailsLeavesNoEntryOfASuccessfulRead) {
  maillage::testing::TestServer server;
  RequestContext ctx(server.app());
  EXPECT_THROW(audited_read(ctx, "test.record.read", "record:9", [](soci::session&) -> int { throw std::runtime_error("db"); }),
               std::runtime_error);
  soci::session sql(server.app().db.pool());
  EXPECT_TRUE(access_log(sql, "record:9", "test.record.").empty());
}
