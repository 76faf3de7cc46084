// Indicators are definitions computed from the parts' published data elements: over the helpdesk's fixture of
// nine requests (counted by hand in helpdesk/statistics_test.cpp), per territory and period; ratios; small counts
// of a protected element; a manual indicator keeps who and when; copying a plan to the next year.
#include <gtest/gtest.h>

#include "helpdesk/statistics_fixture.hpp"
#include "observatory/indicators.hpp"
#include "observatory/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/population.hpp"

using namespace maillage;
using namespace maillage::observatory;

namespace {
Indicator element(const std::string& code, const std::string& bassin = "") {
  Indicator i;
  i.name = code;
  i.element_code = code;
  i.bassin = bassin;
  return i;
}
Plan plan_of(const std::string& territory, int year) { return {0, territory, year, "", 0}; }
}  // namespace

TEST(DbObservatoryIndicators, AnIndicatorOverTheHelpdeskFixtureEqualsTheCountsByHandPerTerritoryAndPeriod) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  soci::session sql(server.app().db.pool());
  Evaluator ev(sql);
  // 2025 in Brussels: seven requests (two more fall just outside the year).
  auto region = ev.value(element("helpdesk.contacts"), plan_of("region", 2025));
  ASSERT_TRUE(region.available);
  EXPECT_EQ(region.value, 7);
  EXPECT_FALSE(region.suppressed);
  // Sud: the two requests that reached the Sud line (one transferred to the region since) — a small count.
  auto sud = ev.value(element("helpdesk.contacts"), plan_of("sud", 2025));
  EXPECT_EQ(sud.value, 2);
  EXPECT_TRUE(sud.suppressed);
  EXPECT_EQ(sud.shown, "< 5");
  EXPECT_EQ(ev.value(element("helpdesk.contacts"), plan_of("nord", 2025)).value, 1);
  // A region plan may count one bassin; a bassin plan the whole region.
  EXPECT_EQ(ev.value(element("helpdesk.contacts", "sud"), plan_of("region", 2025)).value, 2);
  EXPECT_EQ(ev.value(element("helpdesk.contacts", "region"), plan_of("sud", 2025)).value, 7);
  // By channel: four by phone in the region, one of them in Sud.
  EXPECT_EQ(ev.value(element("helpdesk.contacts.phone"), plan_of("region", 2025)).value, 4);
  EXPECT_EQ(ev.value(element("helpdesk.contacts.phone"), plan_of("sud", 2025)).value, 1);
  EXPECT_EQ(ev.value(element("helpdesk.contacts.not_notified"), plan_of("region", 2025)).value, 2);
  EXPECT_EQ(ev.value(element("helpdesk.unmet_needs"), plan_of("sud", 2025)).value, 1);
  // The first half of 2025 only: requests 1, 2, 3, 6 and 7.
  auto half = element("helpdesk.contacts");
  half.period_from = *from_brussels("2025-01-01", "00:00");
  half.period_to = *from_brussels("2025-07-01", "00:00");
  EXPECT_EQ(ev.value(half, plan_of("region", 2025)).value, 5);
  EXPECT_EQ(ev.value(half, plan_of("nord", 2025)).value, 1);
  // Another year holds none of them.
  EXPECT_EQ(ev.value(element("helpdesk.contacts"), plan_of("region", 2023)).value, 0);
}

TEST(DbObservatoryIndicators, ARatioDividesByTheDenominatorAndMultiplies) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  soci::session sql(server.app().db.pool());
  Evaluator ev(sql);
  auto per_inhabitants = element("helpdesk.contacts");
  per_inhabitants.kind = "ratio";
  per_inhabitants.denominator_value = 1000000;
  per_inhabitants.multiplier = 10000;
  auto v = ev.value(per_inhabitants, plan_of("region", 2025));
  ASSERT_TRUE(v.available);
  EXPECT_TRUE(v.ratio);
  EXPECT_DOUBLE_EQ(v.value, 0.07);
  // Phone share of the contacts, in %: 4 of 7.
  auto share = element("helpdesk.contacts.phone");
  share.kind = "ratio";
  share.denominator_code = "helpdesk.contacts";
  share.multiplier = 100;
  EXPECT_NEAR(ev.value(share, plan_of("region", 2025)).value, 400.0 / 7, 1e-9);
  // In Sud both counts are small: the ratio would give them away.
  auto sud = ev.value(share, plan_of("sud", 2025));
  EXPECT_TRUE(sud.suppressed);
  // A denominator of zero gives no value rather than infinity.
  EXPECT_FALSE(ev.value(share, plan_of("region", 2023)).available);
}

TEST(DbObservatoryIndicators, AnUnknownElementHasNoValue) {
  maillage::testing::TestServer server;
  soci::session sql(server.app().db.pool());
  Evaluator ev(sql);
  EXPECT_FALSE(ev.value(element("nobody.publishes.this"), plan_of("region", 2025)).available);
}

TEST(DbObservatoryPlans, AManualIndicatorKeepsWhoEnteredItAndWhen) {
  maillage::testing::TestServer server;
  auto sam = server.add_user("sam@example.org", "a long enough password", "coordinator", "bassin", "sud");
  server.app().db.transact([&](soci::session& sql) {
    auto plan = create_plan(sql, "sud", 2025, "", 100);
    Action a;
    a.plan_id = plan;
    a.title_fr = "Ateliers du changement";
    auto action = save_action(sql, a, 100);
    Indicator i;
    i.action_id = action;
    i.name = "Ateliers tenus";
    i.kind = "manual";
    auto id = add_indicator(sql, i);
    EXPECT_FALSE(find_indicator(sql, id)->manual_value);
    set_manual_value(sql, id, 3, "février, juin, octobre", sam, "Sam Sud", 1234567890);
    auto read = find_indicator(sql, id);
    ASSERT_TRUE(read->manual_value);
    EXPECT_EQ(*read->manual_value, 3);
    EXPECT_EQ(read->entered_by, sam);
    EXPECT_EQ(read->entered_by_name, "Sam Sud");
    EXPECT_EQ(read->entered_at, 1234567890);
    EXPECT_EQ(read->manual_note, "février, juin, octobre");
    Evaluator ev(sql);
    EXPECT_EQ(ev.value(*read, *find_plan(sql, plan)).value, 3);
  });
}

TEST(DbObservatoryPlans, CopyingAPlanCarriesItsActionsToTheNextYearWithoutTheYearDone) {
  maillage::testing::TestServer server;
  server.app().db.transact([&](soci::session& sql) {
    auto plan = create_plan(sql, "sud", 2025, "Plan Sud", 100);
    Action a;
    a.plan_id = plan;
    a.reference = "2";
    a.title_fr = "Portes ouvertes";
    a.title_nl = "Opendeurweek";
    a.assessment = "105 structures";
    a.perspectives = "Une semaine à l'automne";
    auto action = save_action(sql, a, 100);
    auto week = element("offers.registrations.open_door");
    week.action_id = action;
    week.period_from = *from_brussels("2025-10-06", "00:00");
    week.period_to = *from_brussels("2025-10-11", "00:00");
    auto visits = add_indicator(sql, week);
    Indicator manual;
    manual.action_id = action;
    manual.name = "Réunions CDP";
    manual.kind = "manual";
    auto typed = add_indicator(sql, manual);
    set_manual_value(sql, typed, 10, "", 0, "Sam", 200);
    a.id = action;
    a.deliverables = {{0, "visites", 200, visits}, {0, "synthèse", std::nullopt, 0}};
    save_action(sql, a, 100);
    auto activity = create_activity(sql, {0, "meeting", "CDP", *from_brussels("2025-03-01", "10:00")}, 0, "", 100);
    link_activity(sql, action, kManualSource, "activity:" + std::to_string(activity), 100);

    auto copy = copy_plan_to_next_year(sql, plan, 300);
    ASSERT_NE(copy, 0);
    auto next = find_plan(sql, copy);
    EXPECT_EQ(next->year, 2026);
    EXPECT_EQ(next->territory, "sud");
    EXPECT_EQ(next->copied_from, plan);
    auto actions = actions_of(sql, copy);
    ASSERT_EQ(actions.size(), 1u);
    auto& c = actions[0];
    EXPECT_EQ(c.reference, "2");
    EXPECT_EQ(c.title_nl, "Opendeurweek");
    EXPECT_EQ(c.perspectives, "Une semaine à l'automne");
    EXPECT_EQ(c.assessment, "") << "the assessment belongs to the year done";
    ASSERT_EQ(c.indicators.size(), 2u);
    EXPECT_EQ(*c.indicators[0].period_from, *from_brussels("2026-10-06", "00:00")) << "the week moves by a year";
    EXPECT_EQ(*c.indicators[0].period_to, *from_brussels("2026-10-11", "00:00"));
    EXPECT_FALSE(c.indicators[1].manual_value) << "a typed value belongs to the year done";
    ASSERT_EQ(c.deliverables.size(), 2u);
    EXPECT_EQ(c.deliverables[0].target, 200);
    EXPECT_EQ(c.deliverables[0].indicator_id, c.indicators[0].id) << "the copy measures its deliverable with its own indicator";
    EXPECT_FALSE(c.deliverables[1].target);
    EXPECT_TRUE(activities_of_action(sql, c.id, *year_period(2026)).empty());
    // The original is untouched, and a second copy finds the next year taken.
    EXPECT_EQ(actions_of(sql, plan)[0].assessment, "105 structures");
    EXPECT_EQ(activities_of_action(sql, action, *year_period(2025)).size(), 1u);
    EXPECT_EQ(copy_plan_to_next_year(sql, plan, 400), 0);
  });
}

TEST(DbObservatoryIndicators, ARatioOverThePopulationDividesByTheInhabitantsOfEachTerritory) {
  maillage::testing::TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  server.app().db.transact([](soci::session& sql) {
    auto r = territory::import_population(sql,
                                          "code,year,source,population\n"
                                          "21013,2024,Test,50000\n"   // Saint-Gilles (Sud)
                                          "21009,2024,Test,50000\n"   // Ixelles (Sud)
                                          "21010,2024,Test,40000\n",  // Jette (Nord)
                                          100);
    ASSERT_EQ(r.created, 3);
  });
  soci::session sql(server.app().db.pool());
  Evaluator ev(sql);
  auto per_inhabitants = element("helpdesk.contacts");
  per_inhabitants.kind = "ratio";
  per_inhabitants.denominator_code = kPopulationDenominator;
  per_inhabitants.multiplier = 10000;
  // The 2025 plan counts the latest figures before it (2024): seven contacts for 140,000 inhabitants.
  int used = 0;
  EXPECT_EQ(ev.population("", 2025, &used), 140000);
  EXPECT_EQ(used, 2024);
  EXPECT_EQ(ev.population("sud", 2025), 100000);
  auto region = ev.value(per_inhabitants, plan_of("region", 2025));
  ASSERT_TRUE(region.available);
  EXPECT_TRUE(region.ratio);
  EXPECT_DOUBLE_EQ(region.value, 0.5);
  // Per territory, the same definition: Sud's two contacts are a small count, so its ratio is not shown; a bassin
  // without population figures has no value rather than a division by zero.
  auto sud = ev.value_in(per_inhabitants, plan_of("region", 2025), "sud");
  EXPECT_TRUE(sud.available);
  EXPECT_TRUE(sud.suppressed);
  EXPECT_EQ(sud.shown, "*");
  EXPECT_DOUBLE_EQ(ev.value_in(per_inhabitants, plan_of("sud", 2025), "").value, 0.5) << "a bassin's plan may count the region";
  EXPECT_FALSE(ev.value_in(per_inhabitants, plan_of("region", 2025), "centre-ouest").available);
  // A bassin's own plan counts its own inhabitants.
  EXPECT_DOUBLE_EQ(ev.value(per_inhabitants, plan_of("sud", 2025)).value, 2.0 / 100000 * 10000);
}

TEST(DbObservatoryPlans, ABreakdownByTerritoryIsKeptAndCopiedToTheNextYear) {
  maillage::testing::TestServer server;
  server.app().db.transact([&](soci::session& sql) {
    auto plan = create_plan(sql, "region", 2025, "", 100);
    Action a;
    a.plan_id = plan;
    a.title_fr = "Helpdesk";
    auto action = save_action(sql, a, 100);
    Indicator i = element("helpdesk.contacts");
    i.action_id = action;
    i.kind = "ratio";
    i.denominator_code = kPopulationDenominator;
    i.multiplier = 10000;
    i.by_territory = true;
    auto id = add_indicator(sql, i);
    auto read = find_indicator(sql, id);
    EXPECT_TRUE(read->by_territory);
    EXPECT_EQ(read->denominator_code, kPopulationDenominator);
    auto next = copy_plan_to_next_year(sql, plan, 200);
    auto copied = actions_of(sql, next);
    ASSERT_EQ(copied.size(), 1u);
    ASSERT_EQ(copied[0].indicators.size(), 1u);
    EXPECT_TRUE(copied[0].indicators[0].by_territory);
  });
}
