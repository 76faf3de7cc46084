// The territory: postal code to commune and bassin, distances, the operator's corrections, the public map.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "platform/testing/test_server.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(TerritoryDistance, IsZeroForOnePointAndAboutRightAcrossBrussels) {
  territory::Point anderlecht{50.8365, 4.3082}, woluwe{50.8440, 4.4290};
  EXPECT_DOUBLE_EQ(territory::distance_km(anderlecht, anderlecht), 0.0);
  double d = territory::distance_km(anderlecht, woluwe);
  EXPECT_NEAR(d, 8.5, 0.5);
  EXPECT_DOUBLE_EQ(d, territory::distance_km(woluwe, anderlecht));
}

namespace {
struct DbTerritory : ::testing::Test {
  TestServer server;
};
}  // namespace

TEST_F(DbTerritory, TheRegionHasFiveBassinsNineteenCommunesAndTheirPostalCodes) {
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(territory::list_bassins(sql).size(), 5u);
  EXPECT_EQ(territory::list_communes(sql).size(), 19u);
  EXPECT_EQ(territory::list_places(sql).size(), 22u);
}

TEST_F(DbTerritory, APostalCodeTellsItsCommuneAndBassin) {
  soci::session sql(server.app().db.pool());
  auto p = territory::locate(sql, "1060");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->commune.name("fr"), "Saint-Gilles");
  EXPECT_EQ(p->commune.name("nl"), "Sint-Gillis");
  EXPECT_EQ(p->bassin.slug, "sud");
  auto laeken = territory::locate(sql, "1020");
  auto centre = territory::locate(sql, "1000");
  ASSERT_TRUE(laeken && centre);
  EXPECT_EQ(laeken->commune.nis, centre->commune.nis) << "Bruxelles-Ville spans several postal codes";
  EXPECT_NE(laeken->bassin.slug, centre->bassin.slug) << "... and several bassins";
  EXPECT_FALSE(territory::locate(sql, "4000"));
  EXPECT_FALSE(territory::locate(sql, "'; DROP TABLE communes; --"));
}

TEST_F(DbTerritory, TheOperatorCorrectsTheMapping) {
  server.app().db.transact([](soci::session& sql) {
    EXPECT_TRUE(territory::remap_postal_code(sql, "1040", "21004", "sud-est", 0));
    EXPECT_FALSE(territory::remap_postal_code(sql, "1040", "21004", "atlantis", 0));
    EXPECT_FALSE(territory::remap_postal_code(sql, "9999", "21004", "sud", 0));
  });
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(territory::locate(sql, "1040")->commune.name("fr"), "Bruxelles");
}

TEST_F(DbTerritory, TheGeoJsonHasEveryCommuneWithItsBassins) {
  soci::session sql(server.app().db.pool());
  auto geo = nlohmann::json::parse(territory::communes_geojson(sql, "nl"));
  ASSERT_EQ(geo["features"].size(), 19u);
  for (auto& f : geo["features"]) {
    EXPECT_FALSE(f["properties"]["bassins"].empty()) << f["properties"]["name"];
    if (f["properties"]["nis"] == "21004") {
      EXPECT_EQ(f["properties"]["name"], "Brussel");
      EXPECT_GE(f["properties"]["bassins"].size(), 2u);
    }
  }
}

TEST(HttpTerritory, ThePublicPageListsTheBassinsAndTheAdministratorRemapsACode) {
  TestServer server;
  server.add_user("admin@example.org", "a long enough password", "admin");
  HttpClient anon(server.url(""));
  auto page = anon.get("/territory");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("data-geojson"), std::string::npos);
  EXPECT_NE(page.body.find("Molenbeek-Saint-Jean"), std::string::npos);
  auto json = anon.get("/api/territory/postal-codes/1080?lang=nl");
  EXPECT_EQ(json.status, 200);
  EXPECT_NE(json.body.find("Sint-Jans-Molenbeek"), std::string::npos);
  EXPECT_EQ(anon.get("/api/territory/postal-codes/9999").status, 404);
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", "a long enough password"));
  auto r = admin.submit("/admin/territory", "/admin/territory/postal-codes/1040", {{"commune", "21005"}, {"bassin", "sud"}});
  EXPECT_EQ(r.status, 303);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(territory::locate(sql, "1040")->bassin.slug, "sud");
  int audited = 0;
  sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'territory.remap'", soci::into(audited);
  EXPECT_EQ(audited, 1);
}
