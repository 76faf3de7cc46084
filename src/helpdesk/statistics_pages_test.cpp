// The statistics page and CSV over HTTP: the CSV's exact format, who counts what (a Sud responder its line, a
// Sud coordinator Sud, the region everything, a professional nothing), small cells hidden from coordinators.
#include <gtest/gtest.h>

#include "directory/model.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/protection.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics_fixture.hpp"
#include "platform/brussels_time.hpp"
#include "platform/retention.hpp"
#include "territory/model.hpp"
#include "platform/testing/test_server.hpp"
#include "platform/testing/sector_labels.hpp"

using namespace maillage;
using namespace maillage::testing;
using maillage::helpdesk::testing::StatisticsFixture;

namespace {
const char* kPassword = "a long enough password";

struct HttpHelpdeskStatistics : ::testing::Test {
  TestServer server;
  StatisticsFixture fixture{server.app().db};
  HttpClient client{server.url("")};

  void login_as(const std::string& email, const std::string& role = "", const std::string& scope = "region",
                const std::string& scope_id = "") {
    server.add_user(email, kPassword, role, scope, scope_id);
    ASSERT_TRUE(client.login(email, kPassword));
  }
  void login_sud_responder() {
    login_as("repondant.sud@example.org", "responder", "line", std::to_string(fixture.line("sud")));
  }
};
}  // namespace

TEST_F(HttpHelpdeskStatistics, TheCsvOfTheRegionIsTheNetworksTableLineByLine) {
  login_as("region@example.org", "coordinator", "region");
  auto r = client.get("/helpdesk/statistics.csv?year=2025");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.body,
            "line,phone,email,web_form,in_person,total\r\n"
            "Ligne régionale,1,1,0,0,2\r\n"
            "Bassin Nord,1,0,0,0,1\r\n"
            "Bassin Nord-Est,0,0,0,0,0\r\n"
            "Bassin Centre-Ouest,0,0,0,0,0\r\n"
            "Bassin Sud,1,0,0,1,2\r\n"
            "Bassin Sud-Est,0,0,0,0,0\r\n"
            "non notifié,1,0,1,0,2\r\n"
            "total,4,1,1,1,7\r\n");
  auto en = client.get("/helpdesk/statistics.csv?year=2025&lang=en");
  EXPECT_NE(en.body.find("\r\nRegional line,1,1,0,0,2\r\n"), std::string::npos) << "the lines are named as in the page";
  EXPECT_NE(en.body.find("\r\nnot notified,1,0,1,0,2\r\n"), std::string::npos);
}

TEST_F(HttpHelpdeskStatistics, ASudResponderCountsOnlyItsLine) {
  login_sud_responder();
  auto csv = client.get("/helpdesk/statistics.csv?year=2025");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body,
            "line,phone,email,web_form,in_person,total\r\n"
            "Bassin Sud,1,0,0,1,2\r\n"
            "non notifié,1,0,0,0,1\r\n"
            "total,2,0,0,1,3\r\n");
  auto page = client.get("/helpdesk/statistics?year=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Bassin Sud 2, non notifié 1."), std::string::npos) << "the networks' sentence";
  EXPECT_EQ(page.body.find("Ligne régionale"), std::string::npos) << "no other line is named";
  EXPECT_EQ(client.get("/helpdesk/statistics.csv?year=2025&bassin=nord").status, 403);
}

TEST_F(HttpHelpdeskStatistics, ASudCoordinatorSeesSudAndNotNord) {
  login_as("coord.sud@example.org", "coordinator", "bassin", "sud");
  auto csv = client.get("/helpdesk/statistics.csv?year=2025");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body,
            "line,phone,email,web_form,in_person,total\r\n"
            "Bassin Sud,1,0,0,1,2\r\n"
            "non notifié,1,0,0,0,1\r\n"
            "total,2,0,0,1,3\r\n");
  EXPECT_EQ(client.get("/helpdesk/statistics?year=2025&bassin=sud").status, 200);
  EXPECT_EQ(client.get("/helpdesk/statistics?year=2025&bassin=nord").status, 403);
}

TEST_F(HttpHelpdeskStatistics, ARegionalCoordinatorNarrowsToABassin) {
  login_as("region@example.org", "coordinator", "region");
  auto csv = client.get("/helpdesk/statistics.csv?year=2025&bassin=sud");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("\r\ntotal,2,0,0,1,3\r\n"), std::string::npos);
  auto page = client.get("/helpdesk/statistics?year=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Ligne régionale 2, Bassin Nord 1, Bassin Nord-Est 0, Bassin Centre-Ouest 0, Bassin Sud 2, "
                           "Bassin Sud-Est 0, non notifié 2."),
            std::string::npos);
}

TEST_F(HttpHelpdeskStatistics, AProfessionalWithoutRoleCountsNothing) {
  login_as("pro@example.org");
  EXPECT_EQ(client.get("/helpdesk/statistics").status, 403);
  EXPECT_EQ(client.get("/helpdesk/statistics.csv?year=2025").status, 403);
}

TEST_F(HttpHelpdeskStatistics, ABadYearIsRefusedWithAMessage) {
  login_as("region@example.org", "coordinator", "region");
  auto r = client.get("/helpdesk/statistics?year=banana");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("class=\"errors\""), std::string::npos);
  EXPECT_EQ(client.get("/helpdesk/statistics.csv?year=1850").status, 422);
}

TEST_F(HttpHelpdeskStatistics, SmallCellsAreHiddenFromCoordinatorsButNotFromTheLinesResponders) {
  // Sud's requests: two persons of Sud aged 26 to 39, one of 65 and over.
  login_as("coord.sud@example.org", "coordinator", "bassin", "sud");
  auto coordinator = client.get("/helpdesk/statistics?year=2025");
  EXPECT_NE(coordinator.body.find("<abbr"), std::string::npos);
  HttpClient responder(server.url(""));
  server.add_user("repondant.sud@example.org", kPassword, "responder", "line", std::to_string(fixture.line("sud")));
  ASSERT_TRUE(responder.login("repondant.sud@example.org", kPassword));
  auto own = responder.get("/helpdesk/statistics?year=2025");
  EXPECT_EQ(own.body.find("<abbr"), std::string::npos);
}

TEST_F(HttpHelpdeskStatistics, ARequestRecordedAfterAPageIsCountedOnTheNextOne) {
  login_as("region@example.org", "coordinator", "region");
  EXPECT_NE(client.get("/helpdesk/statistics.csv?year=2025").body.find("\r\ntotal,4,1,1,1,7\r\n"), std::string::npos);
  auto before = client.get("/helpdesk/statistics?year=2025").body;
  EXPECT_NE(before.find("non notifié 2."), std::string::npos);
  server.app().db.transact([&](soci::session& sql) {
    helpdesk::OrientationRequest r;
    r.line_id = fixture.line("region");
    r.channel = "email";
    r.received_at = *from_brussels("2025-09-01", "10:00");
    r.question = "Question";
    helpdesk::create_request(sql, r, now_seconds());
  });
  auto after = client.get("/helpdesk/statistics?year=2025").body;
  EXPECT_NE(after.find("non notifié 3."), std::string::npos) << "the figures kept in memory are not stale";
}

TEST(I18nPseudoLocale, EveryVisibleStringOfTheHelpdeskStatisticsComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  StatisticsFixture fixture(server.app().db);
  server.add_user("admin@example.org", kPassword, "admin");
  server.add_user("repondant.sud@example.org", kPassword, "responder", "line", std::to_string(fixture.line("sud")));
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "admin@example.org",
                                   "repondant.sud@example.org", "Test admin", "Test repondant.sud", "CSV"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& l : helpdesk::list_lines(sql, true)) data.insert(data.end(), {l.name_en, l.name_fr, l.name_nl});
    for (auto& t : directory::list_terms(sql))
      for (auto& [lang, label] : t.label) data.push_back(label);
  }
  for (const char* who : {"admin@example.org", "repondant.sud@example.org"}) {
    HttpClient client(server.url(""));
    ASSERT_TRUE(client.login(who, kPassword));
    for (const char* path : {"/helpdesk/statistics?year=2025&lang=qps", "/helpdesk/statistics?year=last12&lang=qps",
                             "/helpdesk/statistics?year=2025&bassin=sud&lang=qps", "/helpdesk/statistics?year=x&lang=qps"}) {
      auto r = client.get(path);
      EXPECT_EQ(catalogue_leak(r.body, data), "") << who << " " << path << " shows text outside the catalogue";
    }
  }
}

TEST_F(HttpHelpdeskStatistics, AfterTheRetentionPurgeEveryFigureOfTheStatisticsPageIsUnchanged) {
  login_as("region@example.org", "coordinator", "region");
  const std::vector<std::string> pages = {"/helpdesk/statistics?year=2025", "/helpdesk/statistics.csv?year=2025",
                                          "/helpdesk/statistics?year=2025&bassin=sud"};
  std::vector<std::string> before;
  for (auto& p : pages) before.push_back(client.get(p).body);
  // Years later every closed request is past its line's retention period.
  std::int64_t later = *from_brussels("2030-01-01", "12:00");
  int purged = server.app().db.transact(
      [&](soci::session& sql) { return run_retention_rule(sql, helpdesk::retention_rule(), later); });
  EXPECT_EQ(purged, 2) << "the two closed requests not purged yet";
  {
    soci::session sql(server.app().db.pool());
    int with_text = 0;
    sql << "SELECT COUNT(*) FROM helpdesk_requests WHERE closed_at IS NOT NULL AND question <> ''", soci::into(with_text);
    EXPECT_EQ(with_text, 0);
  }
  for (std::size_t i = 0; i < pages.size(); ++i) EXPECT_EQ(client.get(pages[i]).body, before[i]) << pages[i];
}
