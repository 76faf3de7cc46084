// An offer's session is placed on the map and in its quarter (issue 14): at the directory location of its host or
// organiser at that address, else at a point the organiser typed; it then counts in the zones holding its quarter,
// and `reindex-territory` places the sessions again after an import of quarters.
#include "offers/places.hpp"

#include <gtest/gtest.h>

#include "observatory/publishing.hpp"
#include "offers/publishing.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/resources.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::offers;

namespace {
void import_demo_quarters(soci::session& sql) {
  auto r = territory::import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", 1);
  ASSERT_EQ(r.created, 3);
}

// A directory location of the organisation, with its street address and point.
std::int64_t location(soci::session& sql, std::int64_t organisation, const std::string& hsds, const std::string& street,
                      const std::string& postal_code, double lat, double lng) {
  std::int64_t id = 0;
  sql << "INSERT INTO directory_locations (hsds_id, organisation_id, latitude, longitude, postal_code) VALUES (:h, :o, :a, :g, :p) "
         "RETURNING id",
      soci::use(hsds), soci::use(organisation), soci::use(lat), soci::use(lng), soci::use(postal_code), soci::into(id);
  const std::string address = hsds + "-address";
  sql << "INSERT INTO directory_addresses (hsds_id, location_id, address_1, postal_code) VALUES (:h, :l, :a, :p)", soci::use(address),
      soci::use(id), soci::use(street), soci::use(postal_code);
  return id;
}

std::int64_t offer_of(soci::session& sql, std::int64_t organiser) {
  std::int64_t id = 0;
  sql << "INSERT INTO offers (type, title_fr, territory, status, created_at, updated_at) VALUES ('intervision', 'Intervision', "
         "'sud', 'published', 1, 1) RETURNING id",
      soci::into(id);
  sql << "INSERT INTO offer_organisers (offer_id, organisation_id) VALUES (:o, :g)", soci::use(id), soci::use(organiser);
  return id;
}

Session at(std::int64_t offer, const std::string& place, const std::string& postal_code) {
  Session s;
  s.offer_id = offer;
  s.starts_at = *from_brussels("2025-04-03", "10:00");
  s.ends_at = s.starts_at + 7200;
  s.place = place;
  s.postal_code = postal_code;
  s.capacity = 20;
  return s;
}
}  // namespace

TEST(DbOffersPlaces, ASessionAtADirectoryAddressInTheLouiseQuarterLandsInThatQuarterAndInAZoneHoldingIt) {
  maillage::testing::TestServer server;
  auto org = server.add_organisation("Asbl de quartier", "1000");
  std::int64_t louise = 0, session_id = 0;
  server.app().db.transact([&](soci::session& sql) {
    import_demo_quarters(sql);
    louise = location(sql, org, "loc-louise", "Avenue Louise 200", "1000", 50.828, 4.362);
    location(sql, org, "loc-haute", "Rue Haute 10", "1000", 50.8390, 4.3480);  // the same postal code, elsewhere
    auto offer = offer_of(sql, org);
    auto s = at(offer, "Salle du 1er, avenue Louise 200", "1000");
    session_id = save_session(sql, s);
    EXPECT_EQ(s.location_id, louise) << "the street the place names, among the organiser's two locations in 1000";
    EXPECT_EQ(s.quarter_code, "demo-louise");
  });
  soci::session sql(server.app().db.pool());
  auto read = find_session(sql, session_id, 0);
  ASSERT_TRUE(read && read->latitude);
  EXPECT_DOUBLE_EQ(*read->latitude, 50.828);
  EXPECT_EQ(read->quarter_code, "demo-louise");
  // In a zone holding the quarter (Rézone's: five communes and the Louise quarter), not in one of Bruxelles-Ville's
  // other quarters.
  territory::Zone rezone;
  rezone.communes = {"21007", "21013", "21009", "21016", "21017"};
  rezone.quarters = {"demo-louise"};
  EXPECT_TRUE(territory::in_zone(rezone, {"", "", read->quarter_code}));
  territory::Zone marolles;
  marolles.quarters = {"demo-marolles"};
  EXPECT_FALSE(territory::in_zone(marolles, {"", "", read->quarter_code}));
  // The observatory receives the quarter and the quarter's commune (Bruxelles-Ville).
  auto activities = offers::publisher().activities(sql, *year_period(2025));
  ASSERT_EQ(activities.size(), 1u);
  EXPECT_EQ(activities[0].quarter_code, "demo-louise");
  EXPECT_EQ(activities[0].commune_nis, "21004");
  EXPECT_EQ(activities[0].bassin, "sud") << "the offer's bassin, as before";
}

TEST(DbOffersPlaces, APointTypedIsKeptAndAPlaceTheDirectoryDoesNotKnowHasNone) {
  maillage::testing::TestServer server;
  auto org = server.add_organisation("Asbl de quartier", "1060");
  server.app().db.transact([&](soci::session& sql) {
    import_demo_quarters(sql);
    location(sql, org, "loc-a", "Rue A 1", "1060", 50.8300, 4.3450);
    location(sql, org, "loc-b", "Rue B 2", "1060", 50.8200, 4.3300);
    auto offer = offer_of(sql, org);
    // Two locations in 1060, neither named: no guess.
    auto unknown = at(offer, "Salle communale", "1060");
    save_session(sql, unknown);
    EXPECT_FALSE(unknown.latitude);
    EXPECT_EQ(unknown.quarter_code, "");
    // Typed: kept, and placed in the Parvis de Saint-Gilles.
    auto typed = at(offer, "Salle communale", "1060");
    typed.latitude = 50.8290;
    typed.longitude = 4.3460;
    save_session(sql, typed);
    EXPECT_EQ(typed.location_id, 0);
    EXPECT_EQ(typed.quarter_code, "demo-parvis-saint-gilles");
    auto again = *find_session(sql, typed.id, 0);
    save_session(sql, again);  // saved again (a capacity changed): the typed point stays
    EXPECT_DOUBLE_EQ(*again.latitude, 50.8290);
    // Online: no point.
    auto online = at(offer, "", "");
    online.format = "online";
    online.latitude = 50.8290;
    online.longitude = 4.3460;
    save_session(sql, online);
    EXPECT_FALSE(online.latitude);
  });
  const char* problem = nullptr;
  EXPECT_FALSE(typed_point("", "", problem));
  EXPECT_EQ(problem, nullptr) << "no point is not an error";
  auto p = typed_point(" 50,8280 ", "4.3620", problem);
  ASSERT_TRUE(p);
  EXPECT_DOUBLE_EQ(p->lat, 50.828);
  EXPECT_FALSE(typed_point("50.828", "", problem));
  EXPECT_NE(problem, nullptr) << "one without the other";
  EXPECT_FALSE(typed_point("4.362", "50.828", problem));
  EXPECT_NE(problem, nullptr) << "swapped: outside the region";
}

TEST(DbOffersPlaces, ReindexingPlacesTheSessionsInTheQuartersImportedSince) {
  maillage::testing::TestServer server;
  auto org = server.add_organisation("Asbl de quartier", "1000");
  std::int64_t id = 0;
  server.app().db.transact([&](soci::session& sql) {
    location(sql, org, "loc-louise", "Avenue Louise 200", "1000", 50.828, 4.362);
    auto s = at(offer_of(sql, org), "Avenue Louise 200", "1000");
    id = save_session(sql, s);
    EXPECT_TRUE(s.latitude) << "the point is known without outlines";
    EXPECT_EQ(s.quarter_code, "") << "no quarters loaded yet";
  });
  int changed = server.app().db.transact([&](soci::session& sql) {
    import_demo_quarters(sql);
    return reindex_session_places(sql, territory::load_quarter_index(sql));
  });
  EXPECT_EQ(changed, 1);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_session(sql, id, 0)->quarter_code, "demo-louise");
  EXPECT_EQ(reindex_session_places(sql, territory::load_quarter_index(sql)), 0) << "nothing moves the second time";
}

TEST(HttpOffersPlaces, TheSessionFormTakesAPointAndRefusesOneOutsideTheRegion) {
  maillage::testing::TestServer server;
  auto org = server.add_organisation("Asbl de quartier", "1060");
  auto user = server.add_user("orga@example.org", "a long enough password");
  server.add_membership(user, org, "coordinator");
  std::int64_t offer = 0;
  server.app().db.transact([&](soci::session& sql) {
    import_demo_quarters(sql);
    offer = offer_of(sql, org);
  });
  maillage::testing::HttpClient c(server.url(""));
  ASSERT_TRUE(c.login("orga@example.org", "a long enough password"));
  std::string edit = "/offers/" + std::to_string(offer) + "/edit", add = "/offers/" + std::to_string(offer) + "/sessions";
  std::map<std::string, std::string> form{{"date", "2030-04-03"}, {"start", "10:00"}, {"end", "12:00"}, {"format", "on_site"},
                                          {"place", "Salle communale"}, {"postal_code", "1060"}, {"capacity", "20"},
                                          {"latitude", "4.3460"}, {"longitude", "50.8290"}};
  auto refused = c.submit(edit, add, form);
  ASSERT_EQ(refused.status, 422) << refused.body.substr(0, 500);
  EXPECT_NE(refused.body.find("href=\"#latitude\""), std::string::npos);
  form["latitude"] = "50.8290";
  form["longitude"] = "4.3460";
  EXPECT_EQ(c.submit(edit, add, form).status, 303);
  soci::session sql(server.app().db.pool());
  auto sessions = sessions_of(sql, offer, 0);
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].quarter_code, "demo-parvis-saint-gilles");
}
