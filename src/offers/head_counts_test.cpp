// Attendance per session of a recurring group over HTTP (both engines): the organiser records head counts, the
// offer's page shows the series as a table beside a chart, the observatory reads them as participants.
#include <gtest/gtest.h>

#include "offers/head_counts.hpp"
#include "offers/model.hpp"
#include "offers/publishing.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

// A weekly group: four past meetings and one ahead.
std::vector<std::int64_t> weekly_sessions(TestServer& server, const Fixture& f) {
  std::vector<std::int64_t> ids;
  server.app().db.transact([&](soci::session& sql) {
    for (int week = 4; week >= 1; --week) {
      Session s;
      s.offer_id = f.offer;
      s.starts_at = now_seconds() - week * 7 * 86400;
      s.ends_at = s.starts_at + 7200;
      s.place = "Salle";
      s.capacity = 20;
      ids.push_back(save_session(sql, s));
    }
  });
  return ids;
}
}  // namespace

TEST(HttpOffersHeadCounts, TheOrganiserRecordsAHeadCountAndTheOfferShowsTheSeries) {
  TestServer server;
  auto f = published_offer(server, {.audience = "service_users"});
  auto past = weekly_sessions(server, f);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url("")), anon(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  int counts[] = {9, 12, 7, 11};
  for (std::size_t i = 0; i < past.size(); ++i) {
    std::string list = "/offers/sessions/" + std::to_string(past[i]) + "/registrations";
    EXPECT_EQ(org.submit(list, "/offers/sessions/" + std::to_string(past[i]) + "/head-count",
                         {{"head_count", std::to_string(counts[i])}}).status, 303);
  }
  auto page = anon.get("/offers/" + std::to_string(f.offer) + "?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("data-chart=\"line\""), std::string::npos);
  EXPECT_NE(page.body.find("<td data-value=\"12\">12</td>"), std::string::npos) << "the table beside the chart";
  EXPECT_NE(page.body.find("4 sessions counted, 39 attendances: 9.8 people on average, at most 12."), std::string::npos);
  EXPECT_NE(page.body.find("chart.umd.min.js"), std::string::npos);
  // Cleared again: an empty field.
  std::string list = "/offers/sessions/" + std::to_string(past[0]) + "/registrations";
  EXPECT_EQ(org.submit(list, "/offers/sessions/" + std::to_string(past[0]) + "/head-count", {{"head_count", ""}}).status, 303);
  soci::session sql(server.app().db.pool());
  EXPECT_FALSE(head_count_of(sql, past[0]).has_value());
  EXPECT_EQ(head_counts(sql, f.offer).size(), 3u);
}

TEST(HttpOffersHeadCounts, AHeadCountThatIsNotAWholeNumberIsRefusedWithWhatWasTyped) {
  TestServer server;
  auto f = published_offer(server);
  auto past = weekly_sessions(server, f);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string list = "/offers/sessions/" + std::to_string(past[0]) + "/registrations";
  auto bad = org.submit(list, "/offers/sessions/" + std::to_string(past[0]) + "/head-count?lang=en", {{"head_count", "douze"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"douze\""), std::string::npos);
  EXPECT_NE(bad.body.find("a whole number from 0"), std::string::npos);
  EXPECT_EQ(org.submit(list, "/offers/sessions/" + std::to_string(past[0]) + "/head-count", {{"head_count", "-3"}}).status, 422);
  soci::session sql(server.app().db.pool());
  EXPECT_FALSE(head_count_of(sql, past[0]).has_value());
}

TEST(HttpOffersHeadCounts, SomeoneWhoDoesNotOrganiseTheOfferCannotRecordAHeadCount) {
  TestServer server;
  auto f = published_offer(server);
  auto past = weekly_sessions(server, f);
  auto other = server.add_organisation("Autre", "1000");
  auto stranger = server.add_user("other@example.org", kPassword);
  server.add_membership(stranger, other, "coordinator");
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("other@example.org", kPassword));
  auto r = client.post("/offers/sessions/" + std::to_string(past[0]) + "/head-count",
                       {{"_csrf", client.csrf_from(client.get("/offers").body)}, {"head_count", "5"}});
  EXPECT_EQ(r.status, 403);
  soci::session sql(server.app().db.pool());
  EXPECT_FALSE(head_count_of(sql, past[0]).has_value());
}

TEST(DbOffersHeadCounts, TheObservatoryReadsTheHeadCountAsTheSessionsParticipants) {
  TestServer server;
  auto f = published_offer(server);
  auto past = weekly_sessions(server, f);
  server.app().db.transact([&](soci::session& sql) { set_head_count(sql, past[1], 13); });
  soci::session sql(server.app().db.pool());
  Period period{now_seconds() - 60 * 86400, now_seconds()};
  int seen = 0;
  for (auto& a : publisher().activities(sql, period))
    if (a.ref == "session:" + std::to_string(past[1])) {
      EXPECT_EQ(a.participants, 13);
      ++seen;
    }
  EXPECT_EQ(seen, 1);
}

TEST(I18nPseudoLocale, TheHeadCountsOfAnOfferComeFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto f = published_offer(server);
  auto past = weekly_sessions(server, f);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  server.app().db.transact([&](soci::session& sql) { set_head_count(sql, past[0], 9); });
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Séance d'information sur le réseau",
                                   "Rue de la Victoire 26, 1060 Saint-Gilles", "Salle", "Service de santé mentale Le Méridien",
                                   "org@example.org", "Test org", "douze"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
  }
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  org.get("/?lang=qps");
  auto page = org.get("/offers/" + std::to_string(f.offer) + "?lang=qps");
  EXPECT_NE(page.body.find("data-chart"), std::string::npos);
  EXPECT_EQ(catalogue_leak(page.body, data), "");
  std::string list = "/offers/sessions/" + std::to_string(past[0]) + "/registrations";
  auto bad = org.submit(list, "/offers/sessions/" + std::to_string(past[0]) + "/head-count?lang=qps", {{"head_count", "douze"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(catalogue_leak(bad.body, data), "");
}
