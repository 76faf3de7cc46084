// The demo's last full year has the shape of the teams' reports: Housing First as Smes 2020 (56 tenants,
// 907 home visits, 288 accompaniments, 2,515 calls, 3,710 contacts up 7 %, 268 absent and 53 cancelled,
// GAF 35 at entry and 48 now over the valid pairs, "no news" left out), the mobile team as MOVEOplus 2021
// (107 requests, 64 accompaniments, its profile shares).
#include <gtest/gtest.h>

#include <cmath>

#include "caseload/figures.hpp"
#include "caseload/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::caseload;

TEST(DbCaseloadDemo, TheDemoYearHasTheShapeOfTheTeamsReports) {
  maillage::testing::TestServer server({.seed_demo = true});
  soci::session sql(server.app().db.pool());
  auto teams = list_teams(sql);
  ASSERT_EQ(teams.size(), 2u);
  auto last = *year_period(to_brussels(now_seconds()).year - 1);
  const Team* hf = nullptr;
  const Team* mobile = nullptr;
  for (auto& t : teams) (t.kind == "housing_first" ? hf : mobile) = &t;
  ASSERT_TRUE(hf && mobile);

  auto f = compute_figures(sql, hf->id, last, now_seconds());
  EXPECT_EQ(f.people_followed, 56);
  EXPECT_EQ(f.contacts, 3710);
  long home = 0, accompaniments = 0, phone = 0;
  for (auto& t : f.by_type) {
    if (t.code == "home_visit") home = t.count;
    if (t.code == "accompaniment") accompaniments = t.count;
    if (t.code == "phone") phone = t.count;
  }
  EXPECT_EQ(home, 907);
  EXPECT_EQ(accompaniments, 288);
  EXPECT_EQ(phone, 2515);
  EXPECT_EQ(f.face_to_face, 1195);
  EXPECT_EQ(std::lround(change_percent(f.contacts_previous, f.contacts)), 7);
  EXPECT_EQ(f.absent, 268);
  EXPECT_EQ(f.cancelled, 53);
  EXPECT_EQ(std::lround(percent(f.absent + f.cancelled, f.appointments)), 27);
  EXPECT_NEAR(f.average_minutes(), 44, 2);
  EXPECT_NEAR(percent(f.in_pair, f.face_to_face_held), 39, 4);
  EXPECT_NEAR(f.people_per_fte(), 8, 0.01);
  for (auto& r : f.reasons) {
    if (r.code != "daily_life") continue;
    EXPECT_NEAR(percent(r.count, f.reason_mentions), 29, 3);
  }
  ASSERT_FALSE(f.scores.empty());
  auto& gaf = f.scores.front();
  EXPECT_EQ(gaf.instrument, "gaf");
  EXPECT_EQ(gaf.people, 56);
  EXPECT_EQ(gaf.no_news, 6);
  EXPECT_EQ(gaf.valid_pairs, 50);
  EXPECT_NEAR(gaf.entry_average, 35, 0.01);
  EXPECT_NEAR(gaf.now_average, 48, 0.01);
  EXPECT_NEAR(gaf.improvement_average, 13, 0.01);

  auto m = compute_figures(sql, mobile->id, last, now_seconds());
  EXPECT_EQ(m.requests, 107);
  EXPECT_EQ(m.accepted, 64);
  EXPECT_EQ(m.oriented, 13);
  EXPECT_EQ(m.refused, 30);
  EXPECT_EQ(m.people_followed, 64);
  auto share = [&](const char* code) {
    for (auto& p : m.profiles)
      if (p.code == code) return percent(p.count, m.people_followed);
    return 0.0;
  };
  EXPECT_NEAR(share("housing_instability"), 33, 2);
  EXPECT_NEAR(share("domestic_violence"), 27, 2);
  EXPECT_NEAR(share("care_avoidance"), 25, 2);
  EXPECT_NEAR(share("addiction_comorbidity"), 70, 2);
}
