// Zones: what falls in a zone (a quarter, a commune, a postal code), the zone filter of the directory's API and
// search page (a service in the Louise quarter counts in Rézone's zone, one in the Marolles does not), and the
// coordinators' form with its refusals, rights and audit.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "directory/hsds.hpp"
#include "directory/search_service.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/demo.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::territory;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;
using nlohmann::json;

namespace {

constexpr const char* kPassword = "a long enough password";

json located_service(const std::string& id, const std::string& name, const std::string& postal_code,
                     std::optional<std::pair<double, double>> at = std::nullopt) {
  json location = {{"id", "loc-" + id},
                   {"name", name},
                   {"addresses", {{{"id", "a-" + id}, {"address_1", "Rue 1"}, {"city", "Bruxelles"}, {"postal_code", postal_code},
                                   {"country", "BE"}, {"address_type", "physical"}}}}};
  if (at) location["latitude"] = at->first, location["longitude"] = at->second;
  return {{"id", id},
          {"name", name},
          {"status", "active"},
          {"organization", {{"id", "org-" + id}, {"name", "ASBL " + name}}},
          {"service_at_locations", {{{"id", "sal-" + id}, {"location", location}}}}};
}

std::set<std::string> ids_of(const json& page) {
  std::set<std::string> out;
  for (auto& s : page["contents"]) out.insert(s["id"].get<std::string>());
  return out;
}

// The demo territory (quarters drawn by hand, Rézone's and the canal mobile team's zones) and three services:
// one in the Louise quarter (1000 Bruxelles, counted in Sud), one in the Marolles (1000 too), one in Ixelles.
struct HttpTerritoryZones : ::testing::Test {
  TestServer server;
  HttpClient client{server.url("")};
  void SetUp() override {
    auto& db = server.app().db;
    db.transact([](soci::session& sql) { seed_demo(sql, now_seconds()); });
    directory::import_json(db, located_service("louise-1", "Permanence sociale Louise", "1000", std::make_pair(50.828, 4.362)), {});
    directory::import_json(db, located_service("marolles-1", "Restaurant social des Marolles", "1000", std::make_pair(50.841, 4.345)), {});
    directory::import_json(db, located_service("ixelles-1", "Maison médicale d'Ixelles", "1050"), {});
    directory::search_service(server.app()).catch_up();
  }
  json api(const std::string& path) { return json::parse(client.get(path).body); }
};

}  // namespace

TEST(TerritoryZones, AQuarterOrACommuneOfTheZoneIsInItAndAPostalCodeTellsOnlyItsCommune) {
  Zone z;
  z.slug = "z";
  z.communes = {"21013"};
  z.quarters = {"demo-louise"};
  EXPECT_TRUE(in_zone(z, {"", "21004", "demo-louise"})) << "a quarter of the zone, in a commune that is not";
  EXPECT_FALSE(in_zone(z, {"", "21004", "demo-marolles"}));
  EXPECT_TRUE(in_zone(z, {"", "21013", ""})) << "a whole commune of the zone";
  Snapshot facts;
  Place saint_gilles, bruxelles;
  saint_gilles.postal_code = "1060";
  saint_gilles.commune = {"21013", "Saint-Gilles", "Sint-Gillis"};
  bruxelles.postal_code = "1000";
  bruxelles.commune = {"21004", "Bruxelles", "Brussel"};
  facts.places = {saint_gilles, bruxelles};
  EXPECT_TRUE(in_zone(z, {"1060", "", ""}, &facts)) << "a postal code tells its commune";
  EXPECT_FALSE(in_zone(z, {"1000", "", ""}, &facts)) << "without coordinates, 1000 is not the Louise quarter";
  EXPECT_EQ(zones_of({z}, {"", "21004", "demo-louise"}), std::vector<std::string>{"z"});
}

namespace {
// A square of side 1 at (x, y), as one GeoJSON polygon; clockwise when asked (sources use both turns).
json square(double x, double y, bool clockwise = false) {
  json ring = clockwise ? json::array({{x, y}, {x, y + 1}, {x + 1, y + 1}, {x + 1, y}, {x, y}})
                        : json::array({{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}, {x, y}});
  return json::array({ring});
}
}  // namespace

TEST(TerritoryZoneOutlines, NeighboursSharingABorderBecomeOneOutline) {
  auto merged = merge_outlines(json::array({square(0, 0), square(1, 0, true)}));
  ASSERT_EQ(merged.size(), 1u);
  ASSERT_EQ(merged[0].size(), 1u) << "no hole";
  EXPECT_EQ(merged[0][0].size(), 7u) << "six corners (two on the old border's ends) and the closing point";
  for (auto& p : merged[0][0]) EXPECT_FALSE(p[0] == 1.0 && p[1] > 0.0 && p[1] < 1.0);
}

TEST(TerritoryZoneOutlines, ARingOfNeighboursKeepsTheHoleInItsMiddle) {
  auto ring = json::array();
  for (int x = 0; x < 3; ++x)
    for (int y = 0; y < 3; ++y)
      if (x != 1 || y != 1) ring.push_back(square(x, y));
  auto merged = merge_outlines(ring);
  ASSERT_EQ(merged.size(), 1u);
  ASSERT_EQ(merged[0].size(), 2u) << "the outer ring and the middle square as a hole";
  EXPECT_EQ(merged[0][1].size(), 5u);
}

TEST(TerritoryZoneOutlines, PolygonsApartOrDrawnByHandKeepTheirOwnOutlines) {
  auto merged = merge_outlines(json::array({square(0, 0), square(5, 5), square(0.5, 0.5)}));
  EXPECT_EQ(merged.size(), 3u) << "no shared vertices, nothing merged";
}

TEST_F(HttpTerritoryZones, APointInTheLouiseQuarterIsCountedInRezonesZone) {
  soci::session sql(server.app().db.pool());
  auto rezone = find_zone(sql, "rezone");
  ASSERT_TRUE(rezone);
  std::int64_t louise = 0, marolles = 0;
  sql << "SELECT id FROM directory_locations WHERE hsds_id = 'loc-louise-1'", soci::into(louise);
  sql << "SELECT id FROM directory_locations WHERE hsds_id = 'loc-marolles-1'", soci::into(marolles);
  EXPECT_TRUE(location_in_zone(sql, *rezone, louise)) << "its quarter is in the zone, its commune (Bruxelles) is not";
  EXPECT_FALSE(location_in_zone(sql, *rezone, marolles));
  EXPECT_TRUE(quarter_in_zone(sql, *rezone, "demo-parvis-saint-gilles")) << "a quarter of a whole commune of the zone";
  EXPECT_FALSE(quarter_in_zone(sql, *rezone, "demo-marolles"));
}

TEST_F(HttpTerritoryZones, TheZoneFilterOfTheApiAndTheSearchPageFindsWhatLiesInTheZone) {
  EXPECT_EQ(ids_of(api("/api/hsds/services?zone=rezone")), (std::set<std::string>{"louise-1", "ixelles-1"}));
  EXPECT_EQ(ids_of(api("/api/hsds/services?zone=equipe-mobile-canal")), (std::set<std::string>{"marolles-1"}));
  EXPECT_EQ(api("/api/hsds/services?zone=rezone,equipe-mobile-canal")["total_items"], 3) << "OR within one filter";
  EXPECT_EQ(ids_of(api("/api/hsds/services?zone=rezone&commune=21004")), (std::set<std::string>{"louise-1"}))
      << "AND between filters: Rézone's part of Bruxelles-Ville";
  auto bad = client.get("/api/hsds/services?zone=atlantis");
  EXPECT_EQ(bad.status, 400) << "an unknown zone is not an empty territory";
  EXPECT_NE(json::parse(bad.body)["error"].get<std::string>().find("zone"), std::string::npos);
  EXPECT_EQ(ids_of(api("/api/hsds/organizations?zone=rezone")), (std::set<std::string>{"org-louise-1", "org-ixelles-1"}));
  auto described = api("/api/hsds/openapi.json");
  EXPECT_TRUE(described["components"]["parameters"]["zone"]["x-maillage-extension"].get<bool>());
  bool listed = false;
  for (auto& p : described["paths"]["/services"]["get"]["parameters"]) listed = listed || p.value("$ref", "") == "#/components/parameters/zone";
  EXPECT_TRUE(listed);
  auto page = client.get("/directory?zone=rezone&lang=en");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Permanence sociale Louise"), std::string::npos);
  EXPECT_EQ(page.body.find("Restaurant social des Marolles"), std::string::npos);
  EXPECT_NE(client.get("/directory?lang=en").body.find("Rézone"), std::string::npos) << "zones are a facet of the search page";
}

TEST_F(HttpTerritoryZones, ACoordinatorDefinesAZoneAndABadFormComesBackWithWhatWasTyped) {
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  server.add_user("nord@example.org", kPassword, "coordinator", "bassin", "nord");
  ASSERT_TRUE(client.login("sud@example.org", kPassword));
  EXPECT_EQ(client.get("/territory/zones/new").status, 200);
  auto bad = client.submit("/territory/zones/new", "/territory/zones/new",
                           {{"slug", "Pas Un Code!"}, {"name_fr", "Périmètre pilote Saint-Gilles"}, {"kind", "pilot"}, {"kept_by", "sud"},
                            {"commune", "21013"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Périmètre pilote Saint-Gilles"), std::string::npos) << "what was typed is kept";
  EXPECT_NE(bad.body.find("value=\"21013\" checked"), std::string::npos);
  EXPECT_EQ(client.submit("/territory/zones/new", "/territory/zones/new",
                          {{"slug", "pilote-nord"}, {"name_fr", "Pilote"}, {"kind", "pilot"}, {"kept_by", "nord"}, {"commune", "21010"}})
                .status,
            422)
      << "a bassin's coordinator keeps zones for their own bassin only";
  EXPECT_EQ(client.submit("/territory/zones/new", "/territory/zones/new", {{"slug", "vide"}, {"name_fr", "Vide"}, {"kind", "pilot"}, {"kept_by", "sud"}}).status,
            422)
      << "a zone holds at least one commune or quarter";
  auto created = client.submit("/territory/zones/new", "/territory/zones/new",
                               {{"slug", "pilote-sud"}, {"name_fr", "Périmètre pilote Saint-Gilles"}, {"kind", "pilot"},
                                {"kept_by", "sud"}, {"commune", "21009"}});
  EXPECT_EQ(created.status, 303);
  directory::search_service(server.app()).catch_up();
  EXPECT_EQ(ids_of(api("/api/hsds/services?zone=pilote-sud")), (std::set<std::string>{"ixelles-1"}));
  // Another bassin's coordinator may read it, not edit it.
  HttpClient nord(server.url(""));
  ASSERT_TRUE(nord.login("nord@example.org", kPassword));
  EXPECT_EQ(nord.get("/territory/zones/pilote-sud").status, 200);
  EXPECT_EQ(nord.get("/territory/zones/pilote-sud/edit").status, 403);
  // Edited: the filter follows (the search re-indexes the services of the zone before and after).
  auto edited = client.submit("/territory/zones/pilote-sud/edit", "/territory/zones/pilote-sud/edit",
                              {{"name_fr", "Périmètre pilote"}, {"kind", "pilot"}, {"kept_by", "sud"}, {"quarter", "demo-louise"}});
  EXPECT_EQ(edited.status, 303);
  directory::search_service(server.app()).catch_up();
  EXPECT_EQ(ids_of(api("/api/hsds/services?zone=pilote-sud")), (std::set<std::string>{"louise-1"}));
  EXPECT_EQ(client.submit("/territory/zones/pilote-sud/edit", "/territory/zones/pilote-sud/delete", {}).status, 303);
  EXPECT_EQ(client.get("/territory/zones/pilote-sud").status, 404);
  directory::search_service(server.app()).catch_up();
  EXPECT_EQ(client.get("/api/hsds/services?zone=pilote-sud").status, 400);
  soci::session sql(server.app().db.pool());
  int audited = 0;
  sql << "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'territory.zone.%' AND target = 'zone:pilote-sud'", soci::into(audited);
  EXPECT_EQ(audited, 3) << "created, updated, deleted";
}

TEST_F(HttpTerritoryZones, EachBassinsPageListsItsQuartersTheZonesThatTouchItAndItsPopulation) {
  auto sud = client.get("/territory/bassins/sud?lang=en");
  EXPECT_EQ(sud.status, 200);
  EXPECT_NE(sud.body.find("Quartier Louise"), std::string::npos);
  EXPECT_NE(sud.body.find("Parvis de Saint-Gilles"), std::string::npos);
  EXPECT_EQ(sud.body.find("Marolles"), std::string::npos) << "a quarter of Centre-Ouest";
  EXPECT_NE(sud.body.find("/territory/zones/rezone"), std::string::npos);
  EXPECT_NE(sud.body.find("315\u202f300 inhabitants in 2024"), std::string::npos) << "five communes and the Louise quarter";
  EXPECT_NE(sud.body.find("data-quarters=\"/territory/quarters.geojson?bassin=sud"), std::string::npos);
  EXPECT_EQ(client.get("/territory/bassins/atlantis").status, 404);
  auto quarters = api("/territory/quarters.geojson?bassin=sud");
  EXPECT_EQ(quarters["features"].size(), 2u);
  auto zones = api("/territory/zones.geojson?zone=rezone");
  ASSERT_EQ(zones["features"].size(), 1u);
  EXPECT_EQ(zones["features"][0]["geometry"]["type"], "MultiPolygon");
  // Rézone's five communes share their borders: one outline for them, and the Louise quarter (drawn by hand,
  // no vertex in common) its own.
  EXPECT_EQ(zones["features"][0]["geometry"]["coordinates"].size(), 2u);
  EXPECT_EQ(api("/territory/zones.geojson")["features"].size(), 2u);
  auto list = client.get("/territory/zones?lang=en");
  EXPECT_NE(list.body.find("Équipe mobile du Canal"), std::string::npos);
}
