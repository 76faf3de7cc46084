// Translations: language negotiation, formatting per language, and the pseudo-locale walk that fails on any
// visible text not taken from the catalogue.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include <algorithm>
#include "app/routes.hpp"
#include "directory/http_fixture.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/testing/test_server.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(I18nNegotiation, PicksTheBestOfferedLanguageByQuality) {
  I18n i18n;
  EXPECT_EQ(i18n.negotiate(""), "fr");
  EXPECT_EQ(i18n.negotiate("de-DE,de;q=0.9"), "fr") << "French when nothing matches";
  EXPECT_EQ(i18n.negotiate("nl-BE,nl;q=0.9,fr;q=0.8"), "nl");
  EXPECT_EQ(i18n.negotiate("fr;q=0.4, en;q=0.8"), "en");
  EXPECT_EQ(i18n.negotiate("EN-gb"), "en");
  EXPECT_EQ(i18n.negotiate("qps"), "fr") << "the pseudo-locale is never negotiated";
  EXPECT_FALSE(i18n.normalise("qps")) << "and only exists when enabled";
  EXPECT_TRUE(I18n(true).normalise("qps"));
}

TEST(I18nFormatting, DatesAndNumbersFollowTheLanguage) {
  I18n i18n;
  std::int64_t t = 1790000000;  // 2026-09-21 in Brussels
  EXPECT_NE(i18n.date("fr", t).find("septembre"), std::string::npos) << i18n.date("fr", t);
  EXPECT_NE(i18n.date("nl", t).find("september"), std::string::npos) << i18n.date("nl", t);
  EXPECT_NE(i18n.date("en", t).find("September"), std::string::npos) << i18n.date("en", t);
  std::string fr = i18n.number("fr", 12345.5, 1), en = i18n.number("en", 12345.5, 1);
  EXPECT_NE(fr.find(','), std::string::npos) << fr;
  EXPECT_NE(en.find('.'), std::string::npos) << en;
}

TEST(I18nCatalogues, TranslateInEachLanguage) {
  I18n i18n;
  EXPECT_NE(i18n.tr("fr", "Log in"), "Log in");
  EXPECT_NE(i18n.tr("nl", "Log in"), "Log in");
  EXPECT_NE(i18n.tr("nl", "Log in"), i18n.tr("fr", "Log in"));
  EXPECT_EQ(i18n.tr("en", "a message not in any catalogue"), "a message not in any catalogue");
}

TEST(I18nPseudoLocale, EveryVisibleStringOnEveryPageComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto admin = server.add_user("admin@example.org", "a long enough password", "admin");
  auto org = server.add_organisation("Org", "1060");
  server.add_membership(admin, org, "coordinator");
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE users SET name = 'Admin' WHERE id = :id", soci::use(admin);
    sql << "INSERT INTO grants (user_id, role, scope_type, scope_id, granted_at) VALUES (:u, 'coordinator', 'region', '', 0)",
        soci::use(admin);
  });
  // Data, not interface text: names from the database and fixed symbols.
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "admin@example.org", "Admin", "Org",
                                   server.mail_dir(), "housekeeping", "mail.send"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& p : territory::list_places(sql))
      data.insert(data.end(), {p.label_fr, p.label_nl, p.commune.name_fr, p.commune.name_nl});
    // The directory's vocabularies and synonym table are data the administrators and coordinators edit.
    auto words = directory::fixture::vocabulary_words(sql);
    data.insert(data.end(), words.begin(), words.end());
    // The evaluation questions listed at /admin/questions are data set by administrators, in three languages.
    soci::rowset<soci::row> qs = (sql.prepare << "SELECT text_fr, text_nl, text_en FROM evaluation_questions");
    for (auto& q : qs) data.insert(data.end(), {as_text(q, 0), as_text(q, 1), as_text(q, 2)});
  }
  std::sort(data.begin(), data.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());

  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", "a long enough password"));
  client.get("/?lang=qps");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get || route.pattern.find("static") != std::string::npos) continue;
    std::string path = std::regex_replace(route.pattern, std::regex(R"(\{code\})"), "1000");
    path = std::regex_replace(path, std::regex(R"(\{id\})"), std::to_string(admin));
    path = std::regex_replace(path, std::regex(R"(\{[a-z]+\})"), "1");
    auto r = client.get(path + (path.find('?') == std::string::npos ? "?" : "&") + "lang=qps");
    if (r.header("content-type").find("text/html") == std::string::npos) continue;
    ++pages;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
  }
  EXPECT_GT(pages, 15);
}

TEST(I18nPseudoLocale, TheLeakCheckSeesTextOutsideTheCatalogueAndIgnoresData) {
  EXPECT_EQ(catalogue_leak("<p>⟦Log in⟧ Hello</p>", {}), "Hello");
  EXPECT_EQ(catalogue_leak("<p>⟦Log in⟧ Saint-Gilles, 3 May</p>", {"Saint-Gilles", "May"}), "");
  EXPECT_EQ(catalogue_leak(R"(<input placeholder="Search"><script>var x;</script>)", {}), "Search");
  EXPECT_EQ(catalogue_leak("<p>⟦outer ⟦inner⟧ still outer⟧</p>", {}), "");
}
