// What the helpdesk publishes to the observatory, over the statistics' fixture (nine requests counted by hand in
// statistics_test.cpp): counts only, marked protected; the networks' yearly table with its small cells hidden;
// the unmet needs as observations; the rota's half-days as permanences without the responder.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "helpdesk/publishing.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics_fixture.hpp"
#include "platform/brussels_time.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;

TEST(DbHelpdeskPublishing, TheHelpdeskPublishesProtectedCountsAndItsTableWithSmallCellsHidden) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  auto publisher = helpdesk::publisher();
  for (auto& e : publisher.elements) EXPECT_TRUE(e.protected_counts) << e.code;
  soci::session sql(server.app().db.pool());
  auto period = *year_period(2025);
  double total = 0;
  for (auto& v : publisher.data(sql, period))
    if (v.code == "helpdesk.contacts") total += v.value;
  EXPECT_EQ(total, 7);
  observatory::ReportScope scope{period, "", "en", nullptr};
  auto tables = publisher.report(sql, scope, [](const char* m) { return std::string(m); });
  ASSERT_EQ(tables.size(), 1u);
  auto& t = tables[0];
  ASSERT_FALSE(t.rows.empty());
  EXPECT_EQ(t.rows.back().front(), "Total");
  EXPECT_EQ(t.rows.back().back(), "7");
  bool hidden = false;
  for (auto& row : t.rows)
    for (auto& cell : row) hidden = hidden || cell == "< 5";
  EXPECT_TRUE(hidden) << "every line has fewer than five requests";
  auto needs = publisher.observations(sql, period, "fr");
  ASSERT_EQ(needs.size(), 1u);
  EXPECT_EQ(needs[0].theme, "housing");
  EXPECT_EQ(needs[0].bassin, "sud");
  EXPECT_EQ(needs[0].sentence, "Pas de place");
  EXPECT_FALSE(needs[0].theme_label.empty());
}

TEST(DbHelpdeskPublishing, AHalfDayOfTheRotaIsAPermanenceOfItsLine) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  auto responder = server.add_user("r@example.org", "a long enough password", "responder", "line", std::to_string(fixture.line("sud")));
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t line = fixture.line("sud"), now = 1;
    sql << "INSERT INTO helpdesk_shifts (line_id, day, half, user_id, created_at) VALUES (:l, '2025-03-04', 'pm', :u, :c)",
        soci::use(line), soci::use(responder), soci::use(now);
  });
  soci::session sql(server.app().db.pool());
  auto activities = helpdesk::publisher().activities(sql, *year_period(2025));
  ASSERT_EQ(activities.size(), 1u);
  EXPECT_EQ(activities[0].kind, "permanence");
  EXPECT_EQ(activities[0].bassin, "sud");
  EXPECT_EQ(activities[0].starts_at, *from_brussels("2025-03-04", "13:00"));
  EXPECT_EQ(activities[0].duration_minutes, 240);
  EXPECT_TRUE(activities[0].confidential);
  EXPECT_EQ(activities[0].title.find("r@example.org"), std::string::npos);
}

TEST(DbHelpdeskPublishing, AContactPlacedInAQuarterIsPublishedWithItsQuarterAndCommune) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  auto period = *year_period(2025);
  server.app().db.transact([&](soci::session& sql) {
    helpdesk::OrientationRequest r;
    r.line_id = r.line_reached_id = helpdesk::find_line_by_code(sql, "sud")->id;
    r.channel = "phone";
    r.person_commune_nis = "21004";
    r.person_quarter_code = "demo-louise";
    r.person_bassin_slug = "sud";
    r.question = "Question";
    r.received_at = r.created_at = *from_brussels("2025-06-02", "11:00");
    helpdesk::create_request(sql, r, r.received_at);
  });
  soci::session sql(server.app().db.pool());
  double in_quarter = 0, total = 0;
  for (auto& v : helpdesk::publisher().data(sql, period)) {
    if (v.code != "helpdesk.contacts") continue;
    total += v.value;
    if (v.quarter_code == "demo-louise") {
      EXPECT_EQ(v.commune_nis, "21004");
      EXPECT_EQ(v.bassin, "sud");
      in_quarter += v.value;
    }
  }
  EXPECT_EQ(in_quarter, 1);
  EXPECT_EQ(total, 8) << "the fixture's seven and this one: the sums are unchanged by the split";
}
