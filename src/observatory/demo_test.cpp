// The demo's report is full of real figures at the first click: plans of the region, Sud and Sud-Est for the demo
// year, their indicators computed from the demo offers and helpdesk, the workshops entered by hand attached.
#include <gtest/gtest.h>

#include "observatory/demo.hpp"
#include "observatory/indicators.hpp"
#include "observatory/model.hpp"
#include "observatory/report.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::observatory;

TEST(DbObservatoryDemo, TheDemoPlansHaveIndicatorsWithRealFigures) {
  maillage::testing::TestServer server({.seed_demo = true});
  soci::session sql(server.app().db.pool());
  int year = demo_year();
  for (const char* t : {"region", "sud", "sud-est"}) EXPECT_TRUE(find_plan_for(sql, t, year)) << t;
  Evaluator ev(sql);
  int computed = 0, with_value = 0;
  for (const char* t : {"region", "sud", "sud-est"}) {
    auto plan = *find_plan_for(sql, t, year);
    for (auto& a : actions_of(sql, plan.id))
      for (auto& i : a.indicators) {
        auto v = ev.value(i, plan);
        ++computed;
        if (v.available && v.value > 0) ++with_value;
      }
  }
  EXPECT_GE(computed, 15);
  EXPECT_GE(with_value, computed - 3) << "nearly every demo indicator finds data";
  auto region = *find_plan_for(sql, "region", year);
  auto actions = actions_of(sql, region.id);
  ASSERT_FALSE(actions.empty());
  EXPECT_GT(ev.value(actions[0].indicators[0], region).value, 100) << "the helpdesk's contacts of the demo year";
  auto report = build_report(server.app(), sql, "all", year, "fr");
  int annexes = 0;
  for (auto& c : report.chapters) annexes += c.annex;
  EXPECT_EQ(annexes, 3);
  const Table* key = report.table("t1");
  ASSERT_NE(key, nullptr);
  EXPECT_GE(key->rows.size(), 10u);
}

TEST(DbObservatoryDemo, RezonesZoneHasFiguresAndItsReportIsNotEmpty) {
  maillage::testing::TestServer server({.seed_demo = true});
  soci::session sql(server.app().db.pool());
  int year = demo_year();
  int placed = 0;
  sql << "SELECT COUNT(*) FROM offer_sessions WHERE quarter_code <> ''", soci::into(placed);
  EXPECT_GT(placed, 0) << "demo sessions at a point in a demo quarter have it";
  Evaluator ev(sql);
  Indicator contacts;
  contacts.element_code = "helpdesk.contacts";
  Plan plan{0, "zone:rezone", year, "", 0};
  EXPECT_GT(ev.value(contacts, plan).value, 0) << "the contacts of the people of Rézone's zone";
  auto report = build_report(server.app(), sql, "zone:rezone", year, "fr");
  EXPECT_EQ(report.territory_name, "Rézone");
  ASSERT_FALSE(report.chapters.empty());
  EXPECT_NE(report.chapters[0].intro.find("Habitant·es de la zone"), std::string::npos) << report.chapters[0].intro;
  const Table* key = report.table("t1");
  ASSERT_NE(key, nullptr);
  EXPECT_GE(key->rows.size(), 3u);
  const Table* kinds = report.table("t2");
  ASSERT_NE(kinds, nullptr);
  EXPECT_GE(kinds->rows.size(), 2u) << "some activity of the year in the zone, and the total";
}
