// The participants of one offer by sector over a year, as the networks' reports write "33 participants from 11
// sectors": over HTTP and in the database, on both engines.
#include <gtest/gtest.h>

#include <memory>

#include "offers/model.hpp"
#include "offers/rules.hpp"
#include "offers/sectors_table.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"
#include "platform/testing/sector_labels.hpp"

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
    std::vector<std::string> codes;
    for (auto& sector : maillage::sectors(server.app().db)->all()) codes.push_back(sector.code);
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
  auto counts = participants_by_sector(sql, *maillage::sectors(server.app().db), f.offer, period);
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
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  auto page = org.get("/offers/" + std::to_string(f.offer) + "/sectors?lang=qps");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(catalogue_leak(page.body, data), "");
}

namespace {
// An administrator's client, logged in.
std::unique_ptr<HttpClient> admin_client(TestServer& server) {
  server.add_user("admin@example.org", kPassword, "admin");
  auto admin = std::make_unique<HttpClient>(server.url(""));
  EXPECT_TRUE(admin->login("admin@example.org", kPassword));
  return admin;
}

void confirm_all(TestServer& server) {
  server.app().db.transact([](soci::session& sql) { sql << "UPDATE registrations SET status = 'confirmed'"; });
}
}  // namespace

TEST(HttpOffersSectors, ASectorAnAdministratorAddsIsOfferedByTheFormAndCountedInItsPlace) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 40});
  auto admin = admin_client(server);
  auto added = admin->submit("/admin/sectors", "/admin/sectors",
                             {{"code", "social_economy"}, {"fr", "Économie sociale"}, {"nl", "Sociale economie"}, {"en", "Social economy"}});
  ASSERT_EQ(added.status, 303) << added.body;
  std::string offer = "/offers/" + std::to_string(f.offer);
  HttpClient anon(server.url(""));
  auto form = anon.get(offer + "?lang=en");
  auto at = form.body.find("value=\"social_economy\"");
  ASSERT_NE(at, std::string::npos) << "the registration form offers the new sector";
  EXPECT_LT(at, form.body.find("value=\"other\"")) << "before the catch-all, which stays last";
  auto done = anon.submit(offer, offer + "/register?lang=en",
                          {{"session_id", std::to_string(f.session)}, {"name", "Ana"}, {"email", "ana@example.org"},
                           {"organisation", "Coop"}, {"sector", "social_economy"}});
  ASSERT_LT(done.status, 400) << done.body.substr(0, 2000);
  anon.submit(offer, offer + "/register?lang=en",
              {{"session_id", std::to_string(f.session)}, {"name", "Bo"}, {"email", "bo@example.org"},
               {"organisation", "CPAS"}, {"sector", "social"}});
  confirm_all(server);
  // The organiser's table: the new sector counts, in the vocabulary's order (after "social", position 10).
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  auto table = org.get(offer + "/sectors?lang=en");
  ASSERT_EQ(table.status, 200);
  auto economy = table.body.find("<th scope=\"row\">Social economy</th><td>1</td>");
  ASSERT_NE(economy, std::string::npos) << table.body.substr(table.body.find("<main"), 2000);
  EXPECT_LT(table.body.find("Social action (CPAS, social services)</th><td>1</td>"), economy);
  EXPECT_NE(table.body.find("2 participants from 2 sectors"), std::string::npos);
  // A label renamed shows at once, in each language.
  admin->submit("/admin/sectors", "/admin/sectors/social_economy",
                {{"fr", "Économie sociale et solidaire"}, {"nl", "Sociale economie"}, {"en", "Social and solidarity economy"}, {"position", "5"}});
  auto renamed = org.get(offer + "/sectors?lang=fr");
  auto first = renamed.body.find("Économie sociale et solidaire</th>");
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(first, renamed.body.find("Action sociale (CPAS, services sociaux)</th>")) << "position 5 comes first";
}

TEST(HttpOffersSectors, ARetiredSectorLeavesTheFormsButOldRegistrationsKeepShowingAndCountingIt) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 40});
  auto admin = admin_client(server);
  std::string offer = "/offers/" + std::to_string(f.offer);
  HttpClient anon(server.url(""));
  auto before = anon.submit(offer, offer + "/register?lang=en",
                            {{"session_id", std::to_string(f.session)}, {"name", "Jo"}, {"email", "jo@example.org"},
                             {"organisation", "Parquet"}, {"sector", "justice"}});
  ASSERT_LT(before.status, 400);
  confirm_all(server);
  auto retired = admin->submit("/admin/sectors", "/admin/sectors/justice/retire", {{"retired", "1"}});
  ASSERT_EQ(retired.status, 303);
  auto form = anon.get(offer + "?lang=en");
  EXPECT_EQ(form.body.find("value=\"justice\""), std::string::npos) << "no longer offered";
  EXPECT_NE(form.body.find("value=\"youth\""), std::string::npos);
  auto refused = anon.submit(offer, offer + "/register?lang=en",
                             {{"session_id", std::to_string(f.session)}, {"name", "Al"}, {"email", "al@example.org"},
                              {"organisation", "Parquet"}, {"sector", "justice"}});
  EXPECT_EQ(refused.status, 422) << "a new registration cannot name a retired sector";
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  auto table = org.get(offer + "/sectors?lang=en");
  EXPECT_NE(table.body.find("<th scope=\"row\">Justice</th><td>1</td>"), std::string::npos) << "still counted";
  auto list = org.get("/offers/sessions/" + std::to_string(f.session) + "/registrations?lang=en");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Justice"), std::string::npos) << "the participants list still shows its label";
  auto admin_page = admin->get("/admin/sectors?lang=en");
  EXPECT_NE(admin_page.body.find("Offer again"), std::string::npos);
}
