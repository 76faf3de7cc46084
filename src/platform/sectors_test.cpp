// The sectors' vocabulary: seeded with every code of the former fixed list and its labels, edited by
// administrators only, read through one cache that an edit refreshes. Both engines (Db*, Http* run on PostgreSQL).
#include "platform/sectors.hpp"

#include <gtest/gtest.h>

#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
const std::string kPassword = "a long enough password";
}

TEST(DbSectors, TheSeededVocabularyKeepsEveryFormerCodeWithItsLabelsAndOtherLast) {
  TestServer server;
  auto list = sectors(server.app().db);
  ASSERT_EQ(list->all().size(), 18u);
  for (const char* code : {"social", "mental_health", "homelessness", "home_care", "primary_care", "hospital", "housing",
                           "justice", "youth", "elderly", "addictions", "disability", "migration_reception",
                           "early_childhood", "public_services", "employment_insertion", "prevention_security", "other"})
    EXPECT_TRUE(list->offered(code)) << code;
  EXPECT_EQ(list->all().front().code, "social");
  EXPECT_EQ(list->all().back().code, "other");
  EXPECT_EQ(list->label("addictions", "fr"), "Assuétudes") << "the sector, not the directory's theme";
  EXPECT_EQ(list->label("mental_health", "nl"), "Geestelijke gezondheid");
  EXPECT_EQ(list->label("elderly", "en"), "Elderly care");
  EXPECT_EQ(list->label("elderly", "qps"), "Elderly care");
  EXPECT_EQ(list->label("unknown", "fr"), "");
}

TEST(DbSectors, AnEditIsReadOnTheNextUseAndAMissingLabelShowsTheFrenchOne) {
  TestServer server;
  auto& db = server.app().db;
  auto before = sectors(db);
  EXPECT_EQ(sectors(db), before) << "kept while nothing changed";
  db.transact([](soci::session& sql) {
    ASSERT_TRUE(add_sector(sql, {"culture", "Culture et loisirs", "", "", std::nullopt}, "admin@example.org"));
    EXPECT_FALSE(add_sector(sql, {"culture", "Encore", "", "", std::nullopt}, "admin@example.org")) << "a code once";
    ASSERT_TRUE(set_sector_retired(sql, "hospital", true, "admin@example.org"));
    EXPECT_FALSE(set_sector_retired(sql, "nope", true, "admin@example.org"));
  });
  sectors_changed();
  auto after = sectors(db);
  ASSERT_NE(after->find("culture"), nullptr);
  EXPECT_EQ(after->label("culture", "nl"), "Culture et loisirs");
  EXPECT_EQ(after->all().back().code, "other") << "added before the catch-all";
  EXPECT_FALSE(after->offered("hospital"));
  ASSERT_NE(after->find("hospital"), nullptr) << "retired, still known";
  EXPECT_EQ(after->label("hospital", "fr"), "Hôpital");
}

TEST(DbSectors, ACodeOrLabelThatCannotBeStoredIsRefused) {
  EXPECT_NE(sector_problem({"A", "x", "", "", std::nullopt}, true), nullptr);
  EXPECT_NE(sector_problem({"with space", "x", "", "", std::nullopt}, true), nullptr);
  EXPECT_NE(sector_problem({"ok_code", "", "nl", "en", std::nullopt}, true), nullptr) << "French is required";
  EXPECT_NE(sector_problem({"ok_code", std::string(121, 'x'), "", "", std::nullopt}, true), nullptr);
  EXPECT_NE(sector_problem({"", "Label", "", "", -1}, false), nullptr);
  EXPECT_EQ(sector_problem({"ok_code", "Label", "", "", 15}, true), nullptr);
  EXPECT_EQ(sector_problem({"", "Label", "", "", std::nullopt}, false), nullptr) << "the code is not read on an update";
}

TEST(HttpSectors, OnlyAnAdministratorEditsTheSectors) {
  TestServer server;
  server.add_user("admin@example.org", kPassword, "admin");
  server.add_user("coord@example.org", kPassword, "coordinator");
  HttpClient admin(server.url("")), coordinator(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  ASSERT_TRUE(coordinator.login("coord@example.org", kPassword));
  EXPECT_EQ(coordinator.get("/admin/sectors").status, 403);
  auto token = coordinator.csrf_from(coordinator.get("/").body);
  EXPECT_EQ(coordinator.post("/admin/sectors", {{"_csrf", token}, {"code", "culture"}, {"fr", "Culture"}}).status, 403);
  EXPECT_EQ(coordinator.post("/admin/sectors/justice/retire", {{"_csrf", token}, {"retired", "1"}}).status, 403);
  EXPECT_TRUE(sectors(server.app().db)->offered("justice"));
  EXPECT_EQ(sectors(server.app().db)->find("culture"), nullptr);
  auto page = admin.get("/admin/sectors?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("value=\"Migration and reception\""), std::string::npos);
}

TEST(HttpSectors, ARefusedSectorIsShownAgainWithWhatWasTypedAndTheReason) {
  TestServer server;
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  auto bad = admin.submit("/admin/sectors", "/admin/sectors?lang=en", {{"code", "Bad Code"}, {"fr", "Culture"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"Bad Code\""), std::string::npos);
  EXPECT_NE(bad.body.find("lower-case letters"), std::string::npos);
  auto taken = admin.submit("/admin/sectors", "/admin/sectors?lang=en", {{"code", "justice"}, {"fr", "Encore"}});
  EXPECT_EQ(taken.status, 422) << "a code already used, even by a retired sector";
  auto empty = admin.submit("/admin/sectors", "/admin/sectors/justice?lang=en", {{"fr", ""}, {"en", "Justice"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Enter the French label."), std::string::npos);
  EXPECT_EQ(sectors(server.app().db)->label("justice", "fr"), "Justice");
  EXPECT_EQ(admin.submit("/admin/sectors", "/admin/sectors/nope", {{"fr", "X"}}).status, 404);
}

TEST(I18nPseudoLocale, TheSectorsPageComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  admin.get("/?lang=qps");
  auto page = admin.get("/admin/sectors?lang=qps");
  ASSERT_EQ(page.status, 200);
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "admin@example.org", "Test admin", "0", "18"};
  EXPECT_EQ(catalogue_leak(page.body, data), "");
}
