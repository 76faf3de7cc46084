// Bounds on unconfirmed seat holds, on SQLite and PostgreSQL: one e-mail address holds unconfirmed seats in a few
// offers at most, one client address makes a few unconfirmed holds per session and hour at most; beyond, a
// clear refusal and nothing saved, even when the attempts come at once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "offers/model.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::offers;
using namespace maillage::offers::testing;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;
using nlohmann::json;

namespace {
RegistrationOutcome hold(TestServer& server, std::int64_t session, const std::string& email, const std::string& ip,
                         HoldLimits limits, std::int64_t at = 0) {
  return server.app().db.transact([&](soci::session& sql) {
    RegistrationRequest r;
    r.session_id = session;
    r.email = email;
    r.name = email;
    r.organisation_name = email;
    r.client_ip = ip;
    r.holds = limits;
    return register_for(sql, r, at ? at : now_seconds());
  });
}

int rows_of(TestServer& server, const std::string& email) {
  soci::session sql(server.app().db.pool());
  int n = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE LOWER(email) = :e", soci::use(email), soci::into(n);
  return n;
}

std::int64_t second_session(TestServer& server, const Fixture& f) {
  return server.app().db.transact([&](soci::session& sql) {
    auto s = *find_session(sql, f.session, now_seconds());
    s.id = 0;
    s.starts_at += 7 * 86400;
    s.ends_at += 7 * 86400;
    return save_session(sql, s);
  });
}
}  // namespace

TEST(DbOffersHolds, TooManyUnconfirmedHoldsForOneAddressAreRefused) {
  TestServer server;
  HoldLimits limits{.per_address = 2, .per_client = 0};
  auto a = published_offer(server), b = published_offer(server), c = published_offer(server);
  auto a2 = second_session(server, a);
  EXPECT_EQ(hold(server, a.session, "Anne@example.org", "", limits).status, Status::AwaitingEmail);
  EXPECT_EQ(hold(server, a2, "anne@example.org", "", limits).status, Status::AwaitingEmail)
      << "another session of the same offer (a cycle) counts once";
  EXPECT_EQ(hold(server, b.session, "anne@example.org", "", limits).status, Status::AwaitingEmail);
  auto third = hold(server, c.session, "ANNE@example.org", "", limits);
  EXPECT_EQ(third.status, Status::Refused);
  EXPECT_TRUE(third.too_many_holds);
  ASSERT_NE(third.reason, nullptr);
  EXPECT_EQ(rows_of(server, "anne@example.org"), 3) << "nothing saved for the refused one";
  // Once a hold is confirmed, or has ended, it no longer counts.
  server.app().db.transact([&](soci::session& sql) {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM registrations WHERE session_id = :s", soci::use(b.session));
    std::vector<std::int64_t> ids;
    for (auto& r : rs) ids.push_back(as_int(r, 0));
    for (auto id : ids) EXPECT_EQ(confirm_email(sql, id, now_seconds()), nullptr);
  });
  EXPECT_EQ(hold(server, c.session, "anne@example.org", "", limits).status, Status::AwaitingEmail);
  EXPECT_EQ(hold(server, published_offer(server).session, "anne@example.org", "", limits, now_seconds() + 25 * 3600).status,
            Status::AwaitingEmail)
      << "after 24 hours the earlier holds have ended";
}

TEST(DbOffersHolds, TooManyUnconfirmedHoldsFromOneClientAddressAreRefused) {
  TestServer server;
  HoldLimits limits{.per_address = 0, .per_client = 2};
  auto f = published_offer(server);
  auto other = second_session(server, f);
  EXPECT_EQ(hold(server, f.session, "a@example.org", "198.51.100.7", limits).status, Status::AwaitingEmail);
  EXPECT_EQ(hold(server, f.session, "b@example.org", "198.51.100.7", limits).status, Status::AwaitingEmail);
  auto third = hold(server, f.session, "c@example.org", "198.51.100.7", limits);
  EXPECT_EQ(third.status, Status::Refused);
  EXPECT_TRUE(third.too_many_holds);
  EXPECT_EQ(rows_of(server, "c@example.org"), 0);
  EXPECT_EQ(hold(server, f.session, "c@example.org", "203.0.113.9", limits).status, Status::AwaitingEmail)
      << "another client address";
  EXPECT_EQ(hold(server, other, "d@example.org", "198.51.100.7", limits).status, Status::AwaitingEmail)
      << "another session";
  EXPECT_EQ(hold(server, f.session, "e@example.org", "198.51.100.7", limits, now_seconds() + 3601).status,
            Status::AwaitingEmail)
      << "an hour later";
  // A verified address is not a hold waiting for confirmation: it is not bounded.
  auto verified = server.app().db.transact([&](soci::session& sql) {
    RegistrationRequest r;
    r.session_id = f.session;
    r.email = r.name = r.organisation_name = "v@example.org";
    r.client_ip = "198.51.100.7";
    r.email_verified = true;
    r.holds = limits;
    return register_for(sql, r, now_seconds());
  });
  EXPECT_EQ(verified.status, Status::Confirmed);
}

// Many attempts at once from one client address, each under a different e-mail address: never past the bound.
TEST(HttpOffersHolds, ConcurrentAttemptsFromOneClientNeverPassTheBound) {
  TestServer server({.threads = 8});
  auto f = published_offer(server, {.capacity = 100});
  std::vector<std::unique_ptr<HttpClient>> clients;
  for (int i = 0; i < 30; ++i) clients.push_back(std::make_unique<HttpClient>(server.url("")));
  std::vector<long> codes(30);
  std::vector<std::string> bodies(30);
  std::vector<std::thread> threads;
  for (int i = 0; i < 30; ++i)
    threads.emplace_back([&, i] {
      json body = {{"name", "Anne"}, {"email", "a" + std::to_string(i) + "@example.org"}, {"organisation", "CPAS"},
                   {"sector", "social"}};
      auto r = clients[i]->post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations?lang=en", body.dump(),
                                    "application/json");
      codes[i] = r.status;
      bodies[i] = r.body;
    });
  for (auto& t : threads) t.join();
  HoldLimits defaults;
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 201), defaults.per_client);
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 409), 30 - defaults.per_client);
  for (int i = 0; i < 30; ++i)
    if (codes[i] == 409) {
      auto j = json::parse(bodies[i]);
      EXPECT_EQ(j["status"], "too_many_holds");
      EXPECT_NE(j["reason"].get<std::string>().find("from your connection"), std::string::npos);
      break;
    }
  soci::session sql(server.app().db.pool());
  int held = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s", soci::use(f.session), soci::into(held);
  EXPECT_EQ(held, defaults.per_client) << "nothing saved beyond the bound";
}

TEST(HttpOffersHolds, TheFormRefusesOneHoldTooManyInTheVisitorsLanguage) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 100});
  HttpClient client(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  HoldLimits defaults;
  for (int i = 0; i <= defaults.per_client; ++i) {
    auto r = client.submit(offer + "?lang=fr", offer + "/register",
                           {{"session_id", std::to_string(f.session)}, {"name", "Anne"},
                            {"email", "f" + std::to_string(i) + "@example.org"}, {"organisation", "CPAS"}, {"sector", "social"}});
    if (i < defaults.per_client) {
      EXPECT_EQ(r.status, 303) << i;
    } else {
      EXPECT_EQ(r.status, 409);
      EXPECT_NE(r.body.find("depuis votre connexion"), std::string::npos) << "the message, in French";
      EXPECT_NE(r.body.find("value=\"f" + std::to_string(i) + "@example.org\""), std::string::npos) << "what was typed is kept";
    }
  }
  EXPECT_EQ(rows_of(server, "f" + std::to_string(defaults.per_client) + "@example.org"), 0);
}

// Behind a reverse proxy every visitor arrives from the proxy's address: with --trusted-proxy, the bound is per
// visitor (X-Forwarded-For), not shared by everyone behind the proxy.
TEST(HttpOffersHolds, BehindATrustedProxyEachVisitorHasABoundOfItsOwn) {
  TestServer server;
  server.app().config.trusted_proxies = {"127.0.0.1"};
  auto f = published_offer(server, {.capacity = 100});
  HttpClient client(server.url(""));
  HoldLimits defaults;
  auto attempt = [&](int i, const std::string& visitor) {
    json body = {{"name", "Anne"}, {"email", "x" + std::to_string(i) + "@example.org"}, {"organisation", "CPAS"},
                 {"sector", "social"}};
    return client
        .post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations", body.dump(), "application/json",
                  {"X-Forwarded-For: " + visitor})
        .status;
  };
  int i = 0;
  for (; i < defaults.per_client; ++i) EXPECT_EQ(attempt(i, "203.0.113.7"), 201) << i;
  EXPECT_EQ(attempt(i++, "203.0.113.7"), 409) << "this visitor's bound";
  EXPECT_EQ(attempt(i++, "203.0.113.8"), 201) << "another visitor behind the same proxy";
}
