// What the helpdesk publishes to the observatory, over the statistics' fixture (nine requests counted by hand in
// statistics_test.cpp): counts only, marked protected; the networks' yearly table with its small cells hidden;
// the unmet needs as observations; the rota's half-days as permanences without the responder.
#include <gtest/gtest.h>

#include "helpdesk/publishing.hpp"
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
