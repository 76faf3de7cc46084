// The helpdesk's figures on a small fixture, against counts made by hand: the networks' yearly table with
// "non notifié", a transferred request counted under the line reached, a purged request still counted, the
// Brussels year's bounds, the delays, and the scopes of a responder and a coordinator.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "helpdesk/statistics.hpp"
#include "helpdesk/statistics_fixture.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using maillage::helpdesk::testing::StatisticsFixture;

namespace {
std::int64_t count_of(const std::vector<Count>& v, const std::string& code) {
  for (auto& c : v)
    if (c.code == code) return c.count;
  return 0;
}
const LineReachedRow* row_of(const Statistics& s, std::int64_t line_id) {
  for (auto& r : s.by_line_reached)
    if (r.line_id == line_id) return &r;
  return nullptr;
}
}  // namespace

TEST(HelpdeskStatistics, AYearIsTheBrusselsCalendarYear) {
  auto p = year_period(2025);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->from, 1735686000);  // 2025-01-01 00:00 in Brussels (UTC+1)
  EXPECT_EQ(p->to, 1767222000);    // 2026-01-01 00:00 in Brussels
  EXPECT_FALSE(year_period(1999));
  auto months = month_starts(*p);
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months[0], p->from);
  EXPECT_EQ(months[6], *from_brussels("2025-07-01", "00:00"));
}

TEST(DbHelpdeskStatistics, TheFiguresOfTheRegionEqualTheCountsByHand) {
  maillage::testing::TestServer server;
  StatisticsFixture f(server.app().db);
  soci::session sql(server.app().db.pool());
  auto s = compute_statistics(sql, {}, *year_period(2025));

  // Seven requests in 2025 (Brussels time): the ones of 31 December 2024 23:30 and 1 January 2026 00:30 are out.
  EXPECT_EQ(s.total, 7);
  EXPECT_EQ(s.channels.phone, 4);
  EXPECT_EQ(s.channels.email, 1);
  EXPECT_EQ(s.channels.web_form, 1);
  EXPECT_EQ(s.channels.in_person, 1);
  // Line reached: the region 2 (phone, e-mail), Nord 1, Sud 2 (the transferred one counts for Sud, the line its
  // requester called; the purged one still counts), the three other bassins 0, non notifié 2.
  ASSERT_EQ(s.by_line_reached.size(), 7u) << "six lines and non notifié";
  EXPECT_EQ(s.by_line_reached[0].line_id, f.line("region"));
  EXPECT_EQ(row_of(s, f.line("region"))->channels.total(), 2);
  EXPECT_EQ(row_of(s, f.line("region"))->channels.email, 1);
  EXPECT_EQ(row_of(s, f.line("nord"))->channels.phone, 1);
  EXPECT_EQ(row_of(s, f.line("sud"))->channels.phone, 1);
  EXPECT_EQ(row_of(s, f.line("sud"))->channels.in_person, 1);
  EXPECT_EQ(row_of(s, f.line("nord-est"))->channels.total(), 0);
  EXPECT_EQ(s.by_line_reached.back().line_id, 0);
  EXPECT_EQ(s.by_line_reached.back().channels.phone, 1);
  EXPECT_EQ(s.by_line_reached.back().channels.web_form, 1);
  // The line handling now: the region 4 (with the transferred one and a non notifié), Sud 2, Nord 1.
  ASSERT_EQ(s.by_line_handling.size(), 3u);
  EXPECT_EQ(s.by_line_handling[0].line_id, f.line("region"));
  EXPECT_EQ(s.by_line_handling[0].count, 4);
  EXPECT_EQ(s.by_line_handling[1].count, 2);
  // Months: January (00:30 on the 1st), February, March, June twice, July, December (23:30 on the 31st).
  ASSERT_EQ(s.by_month.size(), 12u);
  EXPECT_EQ(s.by_month[0], 1);
  EXPECT_EQ(s.by_month[1], 1);
  EXPECT_EQ(s.by_month[2], 1);
  EXPECT_EQ(s.by_month[5], 2);
  EXPECT_EQ(s.by_month[6], 1);
  EXPECT_EQ(s.by_month[11], 1);
  EXPECT_EQ(count_of(s.by_theme, "housing"), 3);
  EXPECT_EQ(count_of(s.by_theme, "mental-health"), 1);
  EXPECT_EQ(count_of(s.by_complexity, "information"), 6);
  EXPECT_EQ(count_of(s.by_complexity, "complex"), 1);
  EXPECT_EQ(count_of(s.by_sector, "social"), 4);
  EXPECT_EQ(count_of(s.by_sector, "mental_health"), 1);
  EXPECT_EQ(count_of(s.by_sector, ""), 2);
  EXPECT_EQ(count_of(s.by_person_bassin, "sud"), 4);
  EXPECT_EQ(count_of(s.by_person_bassin, "nord"), 2);
  EXPECT_EQ(count_of(s.by_age_band, "26_39"), 3);
  EXPECT_EQ(count_of(s.by_status, "closed"), 3);
  EXPECT_EQ(count_of(s.by_status, "open"), 4);
  EXPECT_EQ(count_of(s.by_outcome, "information"), 1);
  EXPECT_EQ(count_of(s.by_outcome, "oriented"), 1);
  EXPECT_EQ(count_of(s.by_outcome, "no_solution"), 1);
  EXPECT_EQ(s.orientations, 3);
  EXPECT_EQ(count_of(s.by_orientation_outcome, "accepted"), 2);
  EXPECT_EQ(count_of(s.by_orientation_outcome, "refused"), 1);
  // First orientation after 1, 2 and 10 hours; feedback after 4 and 20 hours.
  EXPECT_EQ(s.to_first_orientation.requests, 3);
  EXPECT_DOUBLE_EQ(s.to_first_orientation.median_hours, 2.0);
  EXPECT_NEAR(s.to_first_orientation.mean_hours, 13.0 / 3, 1e-9);
  EXPECT_EQ(s.to_feedback.requests, 2);
  EXPECT_DOUBLE_EQ(s.to_feedback.median_hours, 12.0);
  EXPECT_DOUBLE_EQ(s.to_feedback.mean_hours, 12.0);
  ASSERT_EQ(s.transfers.size(), 1u);
  EXPECT_EQ(s.transfers[0].status, "accepted");
  EXPECT_EQ(s.transfers[0].count, 1);
  EXPECT_EQ(s.unmet_needs, 1);
}

TEST(DbHelpdeskStatistics, ASudResponderCountsOnlyTheRequestsOfSud) {
  maillage::testing::TestServer server;
  StatisticsFixture f(server.app().db);
  soci::session sql(server.app().db.pool());
  auto s = compute_statistics(sql, {false, {f.line("sud")}}, *year_period(2025));
  // Reached Sud: the transferred one (phone) and the purged one (in person); not notified but handled by Sud: one.
  EXPECT_EQ(s.total, 3);
  ASSERT_EQ(s.by_line_reached.size(), 2u) << "Sud and non notifié only";
  EXPECT_EQ(s.by_line_reached[0].line_id, f.line("sud"));
  EXPECT_EQ(s.by_line_reached[0].channels.total(), 2);
  EXPECT_EQ(s.by_line_reached[1].line_id, 0);
  EXPECT_EQ(s.by_line_reached[1].channels.phone, 1);
  ASSERT_EQ(s.transfers.size(), 1u);
  EXPECT_EQ(s.transfers[0].sent, 1);
  EXPECT_EQ(s.transfers[0].received, 0);
  EXPECT_EQ(s.unmet_needs, 1);
  EXPECT_EQ(count_of(s.by_theme, "housing"), 1);
  EXPECT_EQ(s.orientations, 2);
}

TEST(DbHelpdeskStatistics, ANordResponderSeesNoneOfSud) {
  maillage::testing::TestServer server;
  StatisticsFixture f(server.app().db);
  soci::session sql(server.app().db.pool());
  auto s = compute_statistics(sql, {false, {f.line("nord")}}, *year_period(2025));
  EXPECT_EQ(s.total, 1);
  EXPECT_EQ(s.unmet_needs, 0);
  EXPECT_TRUE(s.transfers.empty());
  EXPECT_EQ(compute_statistics(sql, {false, {}}, *year_period(2025)).total, 0) << "an empty scope counts nothing";
}
