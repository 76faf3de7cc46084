// The demo year's shape: about 650 requests spread like the networks' yearly table (mostly by phone, mostly the
// regional line, some not notified), and something to show in every figure of the statistics page.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;

TEST(DbHelpdeskDemo, TheDemoYearLooksLikeTheNetworksTableAndFillsEveryFigure) {
  maillage::testing::TestServer server({.seed_demo = true});
  soci::session sql(server.app().db.pool());
  std::int64_t now = now_seconds();
  auto s = compute_statistics(sql, {}, {now - 366 * 86400LL, now + 1});
  EXPECT_GE(s.total, 600);
  EXPECT_LE(s.total, 700);
  EXPECT_GE(s.channels.phone * 100, s.total * 80) << "at least 80% by phone";
  auto region = find_line_by_code(sql, "region");
  std::int64_t largest = 0, largest_line = -1, not_notified = 0;
  for (auto& r : s.by_line_reached) {
    if (r.line_id == 0) not_notified = r.channels.total();
    else if (r.channels.total() > largest) largest = r.channels.total(), largest_line = r.line_id;
  }
  EXPECT_EQ(largest_line, region->id) << "the regional line is reached most";
  EXPECT_GT(not_notified, 0);
  for (auto& r : s.by_line_reached) EXPECT_GT(r.channels.total(), 0) << "line " << r.line_id;
  EXPECT_GT(s.channels.email, 0);
  EXPECT_GT(s.channels.web_form, 0);
  EXPECT_GT(s.channels.in_person, 0);
  for (auto n : s.by_month) EXPECT_GT(n, 0);
  for (auto* v : {&s.by_theme, &s.by_complexity, &s.by_sector, &s.by_person_bassin, &s.by_age_band, &s.by_status,
                  &s.by_outcome, &s.by_orientation_outcome})
    EXPECT_GE(v->size(), 2u);
  EXPECT_GT(s.to_first_orientation.requests, 0);
  EXPECT_GT(s.to_feedback.requests, 0);
  EXPECT_GT(s.unmet_needs, 0);
  EXPECT_GE(s.transfers.size(), 2u) << "accepted, declined and waiting transfers";
  int due_today = 0;
  const std::int64_t tomorrow = now + 86400;
  sql << "SELECT COUNT(*) FROM helpdesk_requests WHERE status = 'open' AND callback_at < :t", soci::use(tomorrow),
      soci::into(due_today);
  EXPECT_GT(due_today, 0) << "call-backs due today";
  // Free text in French (some Dutch), never an e-mail of a person: only the services' generic addresses.
  int questions = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_requests WHERE question <> ''", soci::into(questions);
  EXPECT_EQ(questions, s.total);
}
