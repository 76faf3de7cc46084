// The helpdesk's figures filtered by a territory zone (issue 14): where the person lives decides (the zone's
// whole communes, from the commune or the postal code recorded), on fixture data counted by hand.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
const char* kPassword = "a long enough password";

struct HttpHelpdeskStatisticsZone : ::testing::Test {
  TestServer server;
  HttpClient client{server.url("")};
  std::int64_t zone_id = 0;

  void SetUp() override {
    server.app().db.transact([&](soci::session& sql) {
      std::int64_t now = now_seconds();
      ensure_default_lines(sql, now);
      auto region = find_line_by_code(sql, "region")->id;
      auto sud = find_line_by_code(sql, "sud")->id;
      // By hand: in the zone (Saint-Gilles 21013 and Forest 21007): 1060 phone, 1060 e-mail, 1190 phone = 3
      // (2 phone, 1 e-mail); outside: 1000 Bruxelles, 1030 Schaerbeek, and one without a place.
      struct R { const char* pc; const char* channel; std::int64_t line; std::vector<std::string> themes; };
      std::vector<R> rows = {{"1060", "phone", region, {"housing"}},  {"1060", "email", sud, {"housing", "health"}},
                             {"1190", "phone", sud, {"health"}},     {"1000", "phone", region, {"housing"}},
                             {"1030", "email", region, {"housing"}}, {"", "phone", region, {}}};
      std::int64_t at = *from_brussels("2025-05-12", "10:00");
      for (auto& x : rows) {
        OrientationRequest r;
        r.line_id = x.line;
        r.line_reached_id = x.line;
        r.channel = x.channel;
        r.person_postal_code = x.pc;
        r.themes = x.themes;
        r.question = "Question";
        r.received_at = r.created_at = at;
        create_request(sql, r, at);
      }
      territory::Zone z;
      z.slug = "zone-sud-test";
      z.name_fr = "Zone de test";
      z.name_nl = "Testzone";
      z.kind = "network";
      z.communes = {"21013", "21007"};
      z.quarters = {"demo-louise"};  // only the requests placed in the quarter itself
      zone_id = territory::create_zone(sql, z, 0, now);
    });
    server.add_user("region@example.org", kPassword, "coordinator", "region", "");
    EXPECT_TRUE(client.login("region@example.org", kPassword));
  }
};
}  // namespace

TEST_F(HttpHelpdeskStatisticsZone, TheCsvOfAZoneCountsTheRequestsOfPeopleLivingInItsCommunes) {
  auto all = client.get("/helpdesk/statistics.csv?year=2025");
  ASSERT_EQ(all.status, 200);
  EXPECT_NE(all.body.find("\r\ntotal,4,2,0,0,6\r\n"), std::string::npos) << all.body;
  auto r = client.get("/helpdesk/statistics.csv?year=2025&zone=zone-sud-test");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("\r\nLigne régionale,1,0,0,0,1\r\n"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\r\nBassin Sud,1,1,0,0,2\r\n"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\r\ntotal,2,1,0,0,3\r\n"), std::string::npos) << r.body;
  EXPECT_NE(r.header("content-disposition").find("zone-sud-test"), std::string::npos);
  EXPECT_EQ(client.get("/helpdesk/statistics.csv?year=2025&zone=nowhere").status, 404);
}

TEST_F(HttpHelpdeskStatisticsZone, ThePageOfAZoneShowsItsFiguresAndOffersTheZoneFilter) {
  auto r = client.get("/helpdesk/statistics?year=2025&zone=zone-sud-test");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<option value=\"zone-sud-test\" selected>"), std::string::npos);
  EXPECT_NE(r.body.find("Zone de test"), std::string::npos);
  EXPECT_NE(r.body.find("zone=zone-sud-test"), std::string::npos) << "the CSV link keeps the zone";
  soci::session sql(server.app().db.pool());
  StatsScope scope;
  scope.zone_id = zone_id;
  auto s = compute_statistics(sql, scope, *year_period(2025));
  EXPECT_EQ(s.total, 3);
  std::map<std::string, std::int64_t> themes;
  for (auto& c : s.by_theme) themes[c.code] = c.count;
  EXPECT_EQ(themes["housing"], 2) << "through the requests, not the themes' own copy of the time";
  EXPECT_EQ(themes["health"], 2);
  EXPECT_EQ(compute_statistics(sql, {}, *year_period(2025)).total, 6);
}

TEST_F(HttpHelpdeskStatisticsZone, ARequestPlacedInAQuarterOfTheZoneCountsThoughItsCommuneIsOutside) {
  soci::session sql(server.app().db.pool());
  StatsScope scope;
  scope.zone_id = zone_id;
  ASSERT_EQ(compute_statistics(sql, scope, *year_period(2025)).total, 3);
  OrientationRequest r;
  r.line_id = r.line_reached_id = find_line_by_code(sql, "sud")->id;
  r.channel = "phone";
  r.person_commune_nis = "21004";  // Bruxelles-Ville is not in the zone, its Louise quarter is
  r.person_quarter_code = "demo-louise";
  r.person_bassin_slug = "sud";
  r.question = "Question";
  r.received_at = r.created_at = *from_brussels("2025-06-02", "11:00");
  create_request(sql, r, r.received_at);
  auto s = compute_statistics(sql, scope, *year_period(2025));
  EXPECT_EQ(s.total, 4);
  auto csv = client.get("/helpdesk/statistics.csv?year=2025&zone=zone-sud-test");
  EXPECT_NE(csv.body.find("\r\nBassin Sud,2,1,0,0,3\r\n"), std::string::npos) << csv.body;
  EXPECT_EQ(compute_statistics(sql, {}, *year_period(2025)).total, 7);
}
