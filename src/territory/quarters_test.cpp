// Quarters: point-in-polygon on drawn outlines (inside, outside, in a hole, on the border), the grid index,
// the GeoJSON import with its refusals, and a location of Bruxelles-Ville placed in the bassin of its quarter
// rather than its postal code's.
#include <gtest/gtest.h>

#include <random>

#include "directory/hsds.hpp"
#include "platform/db.hpp"
#include "platform/resources.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/quarters.hpp"

using namespace maillage;
using namespace maillage::territory;

namespace {
// A square of 1 x 1 (in degrees around 50 N, 4 E) with a square hole in its middle.
const char* kSquareWithHole =
    R"({"type":"Polygon","coordinates":[[[4,50],[5,50],[5,51],[4,51],[4,50]],[[4.4,50.4],[4.6,50.4],[4.6,50.6],[4.4,50.6],[4.4,50.4]]]})";
}  // namespace

TEST(TerritoryQuarters, APointIsInsideOutsideOrInAHole) {
  Area a = area_from_geojson(kSquareWithHole);
  EXPECT_TRUE(contains(a, {50.2, 4.2}));
  EXPECT_FALSE(contains(a, {51.5, 4.2})) << "outside";
  EXPECT_FALSE(contains(a, {50.5, 4.5})) << "in the hole";
  EXPECT_TRUE(contains(a, {50.0, 4.5})) << "on the outer border";
  EXPECT_TRUE(contains(a, {50.4, 4.5})) << "on the hole's border, which is the quarter's border too";
  EXPECT_TRUE(contains(a, {51, 5})) << "on a corner";
}

TEST(TerritoryQuarters, AMultiPolygonHoldsEachOfItsParts) {
  Area a = area_from_geojson(
      R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[3,3],[4,3],[4,4],[3,4],[3,3]]]]})");
  EXPECT_TRUE(contains(a, {0.5, 0.5}));
  EXPECT_TRUE(contains(a, {3.5, 3.5}));
  EXPECT_FALSE(contains(a, {2, 2}));
}

TEST(TerritoryQuarters, AGeometryThatIsNotAnAreaIsRefusedWithItsReason) {
  EXPECT_THROW(area_from_geojson(R"({"type":"Point","coordinates":[4,50]})"), std::invalid_argument);
  EXPECT_THROW(area_from_geojson(R"({"type":"Polygon","coordinates":[[[4,50],[5,50]]]})"), std::invalid_argument);
  EXPECT_THROW(area_from_geojson(R"({"type":"Polygon","coordinates":[[[4,50],[5,"x"],[5,51],[4,50]]]})"), std::invalid_argument);
  EXPECT_THROW(area_from_geojson("not json"), std::invalid_argument);
}

TEST(TerritoryQuarters, TheIndexFindsTheSameQuarterAsTestingEveryOutline) {
  // A 12 x 12 grid of square quarters, some with holes: the index agrees with the brute force everywhere.
  std::vector<Quarter> quarters;
  std::vector<Area> areas;
  for (int r = 0; r < 12; ++r)
    for (int c = 0; c < 12; ++c) {
      double lat = 50.75 + r * 0.01, lng = 4.25 + c * 0.02;
      std::string ring = "[[" + std::to_string(lng) + "," + std::to_string(lat) + "],[" + std::to_string(lng + 0.02) + "," +
                         std::to_string(lat) + "],[" + std::to_string(lng + 0.02) + "," + std::to_string(lat + 0.01) + "],[" +
                         std::to_string(lng) + "," + std::to_string(lat + 0.01) + "],[" + std::to_string(lng) + "," +
                         std::to_string(lat) + "]]";
      areas.push_back(area_from_geojson(R"({"type":"Polygon","coordinates":[)" + ring + "]}"));
      quarters.push_back({"q" + std::to_string(r * 12 + c), "Q", "Q", "21004", "sud"});
    }
  auto brute = areas;
  QuarterIndex index(quarters, areas, 16);
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> lat(50.70, 50.92), lng(4.20, 4.55);
  for (int i = 0; i < 5000; ++i) {
    Point p{lat(rng), lng(rng)};
    const Quarter* found = index.at(p);
    bool any = false;
    for (auto& a : brute) any = any || contains(a, p);
    EXPECT_EQ(found != nullptr, any) << p.lat << "," << p.lng;
    if (found) EXPECT_TRUE(contains(brute[std::stoi(found->code.substr(1))], p));
  }
}

TEST(DbTerritoryQuarters, TheDemoQuartersImportWithTheirCommuneAndBassin) {
  maillage::testing::TestServer server;
  auto report = server.app().db.transact([](soci::session& sql) {
    return import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", now_seconds());
  });
  EXPECT_EQ(report.created, 3);
  EXPECT_TRUE(report.refused.empty());
  soci::session sql(server.app().db.pool());
  auto sud = list_quarters(sql, "sud");
  ASSERT_EQ(sud.size(), 2u) << "Louise (given) and the Parvis de Saint-Gilles (from its commune)";
  auto parvis = quarter_at(sql, {50.8275, 4.3455});
  ASSERT_TRUE(parvis);
  EXPECT_EQ(parvis->commune_nis, "21013") << "the commune whose outline holds the quarter's centre";
  auto again = server.app().db.transact([](soci::session& sql) {
    return import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", now_seconds());
  });
  EXPECT_EQ(again.updated, 3) << "same codes: updated, not duplicated";
}

TEST(DbTerritoryQuarters, ABadFeatureIsRefusedWithItsReasonAndTheOthersGoIn) {
  maillage::testing::TestServer server;
  std::string file = R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"code":"ok","name_fr":"Marolles","commune_nis":"21004","bassin":"centre-ouest"},
     "geometry":{"type":"Polygon","coordinates":[[[4.34,50.838],[4.349,50.838],[4.349,50.845],[4.34,50.838]]]}},
    {"type":"Feature","properties":{"name_fr":"Sans code"},"geometry":{"type":"Polygon","coordinates":[[[4.34,50.838],[4.349,50.838],[4.349,50.845],[4.34,50.838]]]}},
    {"type":"Feature","properties":{"code":"ville","name_fr":"Bruxelles sans bassin","commune_nis":"21004"},
     "geometry":{"type":"Polygon","coordinates":[[[4.34,50.838],[4.349,50.838],[4.349,50.845],[4.34,50.838]]]}},
    {"type":"Feature","properties":{"code":"pt","name_fr":"Un point"},"geometry":{"type":"Point","coordinates":[4.3,50.8]}}]})";
  auto r = server.app().db.transact([&](soci::session& sql) { return import_quarters(sql, file, "test", now_seconds()); });
  EXPECT_EQ(r.created, 1);
  ASSERT_EQ(r.refused.size(), 3u);
  EXPECT_NE(r.refused[1].second.find("several bassins"), std::string::npos) << "Bruxelles-Ville is shared between bassins";
  auto none = server.app().db.transact([](soci::session& sql) { return import_quarters(sql, "[]", "x", 0); });
  EXPECT_FALSE(none.fatal.empty());
}

TEST(DbTerritoryQuarters, ALocationInTheLouiseQuarterBelongsToItsBassinNotItsPostalCodes) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  nlohmann::json s = {
      {"id", "louise-1"},
      {"name", "Permanence sociale avenue Louise"},
      {"organization", {{"id", "org-louise"}, {"name", "Asbl de quartier"}}},
      {"service_at_locations",
       {{{"id", "sal-1"},
         {"location",
          {{"id", "loc-louise"},
           {"name", "Avenue Louise"},
           {"latitude", 50.828},
           {"longitude", 4.362},
           {"addresses", {{{"id", "a1"}, {"address_1", "Avenue Louise 200"}, {"city", "Bruxelles"}, {"postal_code", "1000"},
                           {"country", "BE"}, {"address_type", "physical"}}}}}}}}}};
  directory::import_json(db, s, {});
  auto bassin_of = [&] {
    soci::session sql(db.pool());
    std::string b, q;
    sql << "SELECT bassin_slug, quarter_code FROM directory_locations WHERE hsds_id = 'loc-louise'", soci::into(b), soci::into(q);
    return b + "/" + q;
  };
  EXPECT_EQ(bassin_of(), "centre-ouest/") << "without outlines, today's postal-code rule";
  int moved = db.transact([](soci::session& sql) {
    import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", now_seconds());
    return reindex_locations(sql, load_quarter_index(sql), now_seconds());
  });
  EXPECT_EQ(moved, 1);
  EXPECT_EQ(bassin_of(), "sud/demo-louise") << "the quarter's bassin overrides the postal code's";
  s["name"] = "Permanence sociale avenue Louise (mardi)";
  directory::import_json(db, s, {});
  EXPECT_EQ(bassin_of(), "sud/demo-louise") << "an import places the location in its quarter too";
}
