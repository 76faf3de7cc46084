// The cache of resolved sessions: a change to who may do what takes effect on the very next request, on this
// server and on another server over the same database.
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "accounts/model.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
const std::string kPassword = "correct horse battery";

class HttpSessionCache : public ::testing::Test {
 protected:
  TestServer server;
};

std::int64_t grant_id_of(TestServer& s, std::int64_t user_id) {
  soci::session sql(s.app().db.pool());
  std::int64_t id = 0;
  sql << "SELECT id FROM grants WHERE user_id = :u", soci::use(user_id), soci::into(id);
  return id;
}
}  // namespace

TEST_F(HttpSessionCache, ADisabledAccountIsLoggedOutOnItsVeryNextRequest) {
  auto id = server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", kPassword));
  ASSERT_EQ(client.get("/profile").status, 200);
  ASSERT_EQ(client.get("/profile").status, 200) << "the second request is answered from the cache";
  server.app().db.transact([&](soci::session& sql) { accounts::set_disabled(sql, id, true); });
  EXPECT_EQ(client.get("/profile").status, 303) << "sent to the login page";
}

TEST_F(HttpSessionCache, ARemovedGrantIsRefusedOnTheVeryNextRequest) {
  auto id = server.add_user("admin@example.org", kPassword, "admin");
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", kPassword));
  ASSERT_EQ(client.get("/admin/users").status, 200);
  ASSERT_EQ(client.get("/admin/users").status, 200);
  server.app().db.transact([&](soci::session& sql) { accounts::remove_grant(sql, grant_id_of(server, id)); });
  EXPECT_EQ(client.get("/admin/users").status, 403);
  EXPECT_EQ(client.get("/profile").status, 200) << "the account itself is still active";
}

TEST_F(HttpSessionCache, AnAddedGrantIsHonouredOnTheVeryNextRequest) {
  auto id = server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", kPassword));
  ASSERT_EQ(client.get("/admin/users").status, 403);
  server.app().db.transact([&](soci::session& sql) { accounts::add_grant(sql, id, Grant{0, "admin", "region", ""}, 0); });
  EXPECT_EQ(client.get("/admin/users").status, 200);
}

TEST_F(HttpSessionCache, AClosedSessionIsRefusedOnTheVeryNextRequest) {
  auto id = server.add_user("pro@example.org", kPassword);
  std::string token = server.app().db.transact([&](soci::session& sql) { return accounts::open_session(sql, id, "127.0.0.1"); });
  HttpClient client(server.url(""));
  std::vector<std::string> cookie = {"Cookie: maillage_session=" + token};
  ASSERT_EQ(client.get("/profile", cookie).status, 200);
  ASSERT_EQ(client.get("/profile", cookie).status, 200);
  // As logging out does (elsewhere: the cookie is replayed, not dropped by a browser).
  server.app().db.transact([&](soci::session& sql) { accounts::close_session(sql, token); });
  EXPECT_EQ(client.get("/profile", cookie).status, 303);
}

TEST_F(HttpSessionCache, AChangeOnOneServerTakesEffectOnAnotherServerOverTheSameDatabase) {
  auto id = server.add_user("admin@example.org", kPassword, "admin");
  TestServerOptions other_options;
  other_options.db_url = server.app().config.db_url;
  TestServer other(other_options);
  HttpClient a(server.url("")), b(other.url(""));
  ASSERT_TRUE(a.login("admin@example.org", kPassword));
  ASSERT_TRUE(b.login("admin@example.org", kPassword));
  ASSERT_EQ(b.get("/admin/users").status, 200);
  ASSERT_EQ(b.get("/admin/users").status, 200) << "cached on the other server";
  // Removed through the first server's database handle: the other server's cache must not keep it.
  server.app().db.transact([&](soci::session& sql) { accounts::remove_grant(sql, grant_id_of(server, id)); });
  EXPECT_EQ(b.get("/admin/users").status, 403);
  server.app().db.transact([&](soci::session& sql) { accounts::set_disabled(sql, id, true); });
  EXPECT_EQ(b.get("/profile").status, 303);
  EXPECT_EQ(a.get("/profile").status, 303);
}

// Another process (a server elsewhere, a command) writes the change and a new revision but cannot bump this
// process's generation: the revision is read again at most kAccessRecheckMilliseconds after the last read.
TEST_F(HttpSessionCache, AChangeWrittenByAnotherProcessTakesEffectWithinTheRecheckBound) {
  auto id = server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", kPassword));
  ASSERT_EQ(client.get("/profile").status, 200);
  ASSERT_EQ(client.get("/profile").status, 200) << "answered from the cache";
  {
    soci::session sql(server.app().db.pool());
    // What access_changed writes, without this process's generation: as another process's statements would.
    sql << "UPDATE users SET disabled = 1 WHERE id = :id", soci::use(id);
    sql << "INSERT INTO settings (name, value) VALUES ('access_revision', 'written-by-another-process') "
           "ON CONFLICT (name) DO UPDATE SET value = excluded.value";
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(accounts::kAccessRecheckMilliseconds + 50));
  EXPECT_EQ(client.get("/profile").status, 303) << "sent to the login page";
}

// The generation moves once the change is committed, so no request can check the revision before the change
// is visible and then trust its cache: a grant removed in a transaction still open is honoured until the
// commit, and refused on the first request after it.
TEST_F(HttpSessionCache, AChangeInAnOpenTransactionTakesEffectOnTheFirstRequestAfterItsCommit) {
  auto id = server.add_user("admin@example.org", kPassword, "admin");
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", kPassword));
  ASSERT_EQ(client.get("/admin/users").status, 200);
  auto grant = grant_id_of(server, id);
  server.app().db.transact([&](soci::session& sql) {
    accounts::remove_grant(sql, grant);
    // Another connection does not see the uncommitted removal (SQLite: the write lock is held, readers read
    // the last commit): the page is still allowed, and that answer must not outlive the commit.
    EXPECT_EQ(client.get("/admin/users").status, 200);
  });
  EXPECT_EQ(client.get("/admin/users").status, 403);
}

TEST_F(HttpSessionCache, ARolledBackChangeLeavesTheSessionAsItWas) {
  auto id = server.add_user("admin@example.org", kPassword, "admin");
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", kPassword));
  ASSERT_EQ(client.get("/admin/users").status, 200);
  auto grant = grant_id_of(server, id);
  EXPECT_THROW(server.app().db.transact([&](soci::session& sql) {
    accounts::remove_grant(sql, grant);
    throw std::runtime_error("changed my mind");
  }), std::runtime_error);
  EXPECT_EQ(client.get("/admin/users").status, 200);
}

TEST_F(HttpSessionCache, TheProfileShowsTheLastLoginWithoutReadingTheAccountAgain) {
  auto id = server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", kPassword));
  std::int64_t at = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT last_login_at FROM users WHERE id = :id", soci::use(id), soci::into(at);
  }
  ASSERT_GT(at, 0);
  auto first = client.get("/profile"), cached = client.get("/profile");
  const std::string shown = server.app().i18n.datetime("fr", at);
  EXPECT_NE(first.body.find(shown), std::string::npos) << shown << "\n" << first.body.substr(first.body.find("muted"), 300);
  EXPECT_NE(cached.body.find(shown), std::string::npos) << "the same from the cached session";
}
