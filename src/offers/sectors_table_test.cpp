// The participants of one offer by sector over a year, as the networks' reports write "33 participants from 11
// sectors": over HTTP and in the database, on both engines.
#include <gtest/gtest.h>

#include "offers/model.hpp"
#include "offers/rules.hpp"
#include "offers/sectors_table.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

// 33 people of 11 sectors (3 each) in two sessions of this year; one of them came twice, one more was absent.
Period populate(TestServer& server, const Fixture& f) {
  auto period = *year_period(to_brussels(now_seconds()).year);
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t first = f.session, second = 0;
    Session s;
    s.offer_id = f.offer;
    s.starts_at = period.from + 40 * 86400;
    s.ends_at = s.starts_at + 7200;
    s.capacity = 40;
    second = save_session(sql, s);
    sql << "UPDATE offer_sessions SET starts_at = :s, ends_at = :e WHERE id = :id", soci::use(period.from + 20 * 86400),
        soci::use(period.from + 20 * 86400 + 7200), soci::use(first);
    auto add = [&](std::int64_t session, const std::string& email, const std::string& sector, const std::string& attendance) {
      std::int64_t now = now_seconds();
      sql << "INSERT INTO registrations (session_id, offer_id, email, name, sector, status, attendance, created_at, "
             "updated_at) VALUES (:s, :o, :e, 'P', :sec, 'confirmed', :a, :c, :u)",
          soci::use(session), soci::use(f.offer), soci::use(email), soci::use(sector), soci::use(attendance),
          soci::use(now), soci::use(now);
    };
    auto& codes = sectors();
    for (int i = 0; i < 33; ++i)
      add(i % 2 ? first : second, "p" + std::to_string(i) + "@example.org", codes[i % 11], "present");
    add(first, "p0@example.org", codes[0], "present");  // came twice: counted once
    add(first, "absent@example.org", codes[12], "no_show");
  });
  return period;
}
}  // namespace

TEST(DbOffersSectors, ThirtyThreeParticipantsFromElevenSectorsAreCountedOnceEach) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 40});
  auto period = populate(server, f);
  soci::session sql(server.app().db.pool());
  auto counts = participants_by_sector(sql, f.offer, period);
  EXPECT_EQ(counts.participants, 33);
  EXPECT_EQ(counts.sectors, 11);
  ASSERT_EQ(counts.by_sector.size(), 11u);
  EXPECT_EQ(counts.by_sector.front().second, 3);
}

TEST(HttpOffersSectors, TheOrganiserReadsParticipantsBySectorOfAYear) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 40});
  populate(server, f);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  auto stranger = server.add_user("other@example.org", kPassword);
  server.add_membership(stranger, server.add_organisation("Autre", "1000"), "coordinator");
  HttpClient org(server.url("")), other(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  ASSERT_TRUE(other.login("other@example.org", kPassword));
  std::string path = "/offers/" + std::to_string(f.offer) + "/sectors";
  auto page = org.get(path + "?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("33 participants from 11 sectors"), std::string::npos) << page.body.substr(page.body.find("<main"), 1500);
  EXPECT_NE(page.body.find("<td>33</td>"), std::string::npos) << "the total";
  EXPECT_NE(org.get(path + "?year=2001&lang=en").body.find("No participant in this period."), std::string::npos);
  EXPECT_EQ(other.get(path).status, 403) << "another organisation's coordinator";
}

TEST(I18nPseudoLocale, TheParticipantsBySectorComeFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto f = published_offer(server, {.capacity = 40});
  populate(server, f);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  org.get("/?lang=qps");
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Séance d'information sur le réseau",
                                   "org@example.org", "Test org"};
  auto page = org.get("/offers/" + std::to_string(f.offer) + "/sectors?lang=qps");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(catalogue_leak(page.body, data), "");
}
