// The immersion network: an organisation's coordinator joins with its commitment and may leave; immersions are
// seen by the staff of member institutions only (catalogue, offer page, API); the reciprocity page follows the
// membership and this year's immersions.
#include <gtest/gtest.h>

#include "offers/model.hpp"
#include "offers/network.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

bool member(TestServer& server, std::int64_t organisation) {
  soci::session sql(server.app().db.pool());
  return network_membership(sql, organisation).has_value();
}

void join(TestServer& server, std::int64_t organisation) {
  server.app().db.transact([&](soci::session& sql) { join_network(sql, organisation, {0, "Test"}, now_seconds()); });
}

// A confirmed worker of `organisation` in the immersion's session.
void confirmed_worker(TestServer& server, const Fixture& f, const std::string& email, std::int64_t organisation) {
  server.app().db.transact([&](soci::session& sql) {
    RegistrationRequest r;
    r.session_id = f.session;
    r.email = email;
    r.name = email;
    r.organisation_id = organisation;
    r.organisation_name = email;
    r.email_verified = true;
    r.by_organiser = true;
    ASSERT_EQ(register_for(sql, r, now_seconds()).status, Status::Confirmed);
  });
}
}  // namespace

TEST(DbOffersNetwork, JoiningTwiceIsRefusedAndLeavingKeepsTheRecord) {
  TestServer server;
  auto org = server.add_organisation("Maison médicale — Jette", "1090");
  server.app().db.transact([&](soci::session& sql) {
    EXPECT_EQ(join_network(sql, org, {0, "Anne"}, 1000), nullptr);
    EXPECT_NE(join_network(sql, org, {0, "Anne"}, 1001), nullptr) << "already a member";
    EXPECT_EQ(leave_network(sql, org, {0, "Bruno"}, 2000), nullptr);
    EXPECT_NE(leave_network(sql, org, {0, "Bruno"}, 2001), nullptr) << "no longer a member";
    EXPECT_EQ(join_network(sql, org, {0, "Anne"}, 3000), nullptr) << "an organisation may come back";
  });
  soci::session sql(server.app().db.pool());
  int periods = 0;
  std::string left_by;
  sql << "SELECT COUNT(*) FROM immersion_network_members WHERE organisation_id = :o", soci::use(org), soci::into(periods);
  sql << "SELECT left_by_name FROM immersion_network_members WHERE organisation_id = :o AND left_at = 2000", soci::use(org),
      soci::into(left_by);
  EXPECT_EQ(periods, 2);
  EXPECT_EQ(left_by, "Bruno") << "who left and when stay on record";
  EXPECT_EQ(network_membership(sql, org)->joined_at, 3000);
}

TEST(HttpOffersNetwork, AnOrganisationJoinsTheImmersionNetworkWithItsCommitment) {
  TestServer server;
  auto org = server.add_organisation("Maison médicale — Jette", "1090");
  auto coordinator = server.add_user("coord@example.org", kPassword);
  server.add_membership(coordinator, org, "coordinator");
  auto editor = server.add_user("editor@example.org", kPassword);
  server.add_membership(editor, org, "editor");
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE users SET name = 'Claire Coordinatrice' WHERE id = :id", soci::use(coordinator);
  });
  HttpClient as_editor(server.url(""));
  ASSERT_TRUE(as_editor.login("editor@example.org", kPassword));
  auto page = as_editor.get("/offers/immersions/network?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Only a coordinator of your organisation"), std::string::npos);
  EXPECT_EQ(as_editor.submit("/offers/immersions/network", "/offers/immersions/network/join",
                             {{"organisation_id", std::to_string(org)}, {"commitment", "1"}}).status, 403)
      << "an editor does not commit the organisation";
  EXPECT_FALSE(member(server, org));

  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("coord@example.org", kPassword));
  page = client.get("/offers/immersions/network?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("to host at least one worker of another member institution for at least one full day"),
            std::string::npos) << "the commitment is on the page";
  EXPECT_NE(page.body.find("/offers/immersions/network/join"), std::string::npos);
  client.submit("/offers/immersions/network", "/offers/immersions/network/join", {{"organisation_id", std::to_string(org)}});
  EXPECT_FALSE(member(server, org)) << "not without ticking the commitment";
  auto joined = client.submit("/offers/immersions/network", "/offers/immersions/network/join",
                              {{"organisation_id", std::to_string(org)}, {"commitment", "1"}});
  EXPECT_EQ(joined.status, 303);
  ASSERT_TRUE(member(server, org));
  {
    soci::session sql(server.app().db.pool());
    auto m = network_membership(sql, org);
    EXPECT_EQ(m->joined_by_name, "Claire Coordinatrice");
    EXPECT_GT(m->joined_at, now_seconds() - 60);
    int audited = 0;
    sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'immersion_network.join'", soci::into(audited);
    EXPECT_EQ(audited, 1);
  }
  page = client.get("/offers/immersions/network?lang=en");
  EXPECT_NE(page.body.find("by Claire Coordinatrice"), std::string::npos);
  EXPECT_EQ(client.submit("/offers/immersions/network", "/offers/immersions/network/leave",
                          {{"organisation_id", std::to_string(org)}}).status, 303);
  EXPECT_FALSE(member(server, org)) << "an organisation may leave";
  EXPECT_EQ(HttpClient(server.url("")).get("/offers/immersions/network").status, 303) << "anonymous: log in first";
}

TEST(HttpOffersNetwork, ImmersionOffersAreHiddenFromNonMembers) {
  TestServer server;
  auto f = published_offer(server, {.type = "immersion", .visibility = "public"});
  auto outsider_org = server.add_organisation("CPAS de Forest", "1190");
  auto member_org = server.add_organisation("Maison médicale — Jette", "1090");
  join(server, member_org);
  auto outsider = logged_in_caller(server, "outsider@example.org", outsider_org);
  auto insider = logged_in_caller(server, "insider@example.org", member_org);
  std::string offer = "/offers/" + std::to_string(f.offer);
  const std::string title = "sur le réseau";
  HttpClient anonymous(server.url(""));
  for (const auto& h : std::vector<std::vector<std::string>>{{}, outsider.headers}) {
    auto catalogue = anonymous.get("/offers?lang=en", h);
    EXPECT_EQ(catalogue.body.find(title), std::string::npos) << "not in the catalogue, even with visibility public";
    EXPECT_NE(catalogue.body.find("visible only to the staff of the institutions of the immersion network"), std::string::npos);
    auto page = anonymous.get(offer + "?lang=en", h);
    EXPECT_EQ(page.status, 403);
    EXPECT_EQ(page.body.find(title), std::string::npos);
    EXPECT_NE(page.body.find("href=\"/offers/immersions/network\""), std::string::npos) << "the way to join";
    EXPECT_EQ(anonymous.get("/api/offers", h).body.find(title), std::string::npos);
    auto api = anonymous.get("/api/offers/" + std::to_string(f.offer) + "?lang=en", h);
    EXPECT_EQ(api.status, 403);
    EXPECT_NE(api.body.find("network_only"), std::string::npos);
    EXPECT_EQ(api.body.find(title), std::string::npos);
  }
  auto refused = anonymous.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations",
                                    R"({"sector": "mental_health"})", "application/json", outsider.headers);
  EXPECT_EQ(refused.status, 403) << "nor registered for";
  // The staff of a member institution see it everywhere, and so do coordinators of the territory.
  EXPECT_NE(anonymous.get("/offers", insider.headers).body.find(title), std::string::npos);
  EXPECT_EQ(anonymous.get(offer, insider.headers).status, 200);
  EXPECT_NE(anonymous.get("/api/offers", insider.headers).body.find(title), std::string::npos);
  EXPECT_EQ(anonymous.get("/api/offers/" + std::to_string(f.offer), insider.headers).status, 200);
  server.add_user("territory@example.org", kPassword, "coordinator", "region");
  HttpClient coordinator(server.url(""));
  ASSERT_TRUE(coordinator.login("territory@example.org", kPassword));
  EXPECT_NE(coordinator.get("/offers").body.find(title), std::string::npos);
  // An organisation that leaves: its staff no longer see the immersions.
  server.app().db.transact([&](soci::session& sql) { leave_network(sql, member_org, {0, "Test"}, now_seconds()); });
  EXPECT_EQ(anonymous.get(offer, insider.headers).status, 403);
}

TEST(HttpOffersNetwork, TheReciprocityListFollowsTheMembership) {
  TestServer server;
  auto f = published_offer(server, {.type = "immersion", .starts_in = 3600, .visibility = "members"});
  auto host = f.organisation;  // "Service de santé mentale Le Méridien"
  auto jette = server.add_organisation("Maison médicale — Jette", "1090");
  auto outside = server.add_organisation("CPAS de Forest", "1190");
  join(server, host);
  join(server, jette);
  confirmed_worker(server, f, "jette@example.org", jette);
  confirmed_worker(server, f, "forest@example.org", outside);
  // The session has taken place: its day counts as done.
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t start = now_seconds() - 8 * 3600, end = now_seconds() - 3600;
    sql << "UPDATE offer_sessions SET starts_at = :s, ends_at = :e WHERE id = :id", soci::use(start), soci::use(end),
        soci::use(f.session);
  });
  server.add_user("coord@example.org", kPassword, "coordinator", "region");
  HttpClient coordinator(server.url(""));
  ASSERT_TRUE(coordinator.login("coord@example.org", kPassword));
  auto page = coordinator.get("/offers/immersions?lang=en");
  ASSERT_EQ(page.status, 200);
  auto row_of = [&](const std::string& name) {
    auto at = page.body.find("<td>" + name);
    return at == std::string::npos ? std::string() : page.body.substr(at, page.body.find("</tr>", at) - at);
  };
  auto jette_row = row_of("Maison médicale — Jette");
  ASSERT_FALSE(jette_row.empty()) << "a member that sent a worker";
  EXPECT_NE(jette_row.find("has not hosted yet"), std::string::npos);
  EXPECT_EQ(jette_row.find("has not sent anyone yet"), std::string::npos);
  auto host_row = row_of("Service de santé mentale Le Méridien");
  ASSERT_FALSE(host_row.empty());
  EXPECT_EQ(host_row.find("has not hosted yet"), std::string::npos) << "it hosted two workers";
  EXPECT_NE(host_row.find("<td>2"), std::string::npos);
  EXPECT_NE(host_row.find("has not sent anyone yet"), std::string::npos);
  EXPECT_TRUE(row_of("CPAS de Forest").empty()) << "sending a worker does not make an institution a member";
  // A member that leaves leaves the list; one that joins without any immersion yet is listed as missing both.
  server.app().db.transact([&](soci::session& sql) {
    leave_network(sql, jette, {0, "Test"}, now_seconds());
    join_network(sql, outside, {0, "Test"}, now_seconds());
  });
  page = coordinator.get("/offers/immersions?lang=en");
  EXPECT_TRUE(row_of("Maison médicale — Jette").empty());
  auto forest = row_of("CPAS de Forest");
  ASSERT_FALSE(forest.empty());
  EXPECT_NE(forest.find("has not hosted yet"), std::string::npos);
  EXPECT_EQ(forest.find("has not sent anyone yet"), std::string::npos)
      << "its worker went before it joined: this year's immersions count";
  EXPECT_EQ(HttpClient(server.url("")).get("/offers/immersions").status, 303) << "coordinators only";
}
