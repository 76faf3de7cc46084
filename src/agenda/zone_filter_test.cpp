// Any list filtered by bassin can be filtered by zone (issue 14): the agenda, its feeds and the offers' catalogue
// with `zone=`, over HTTP on both engines.
#include <gtest/gtest.h>

#include "offers/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
// Two published sessions ahead, one in Saint-Gilles (1060), one in Ixelles (1050), and a zone of Saint-Gilles.
void two_places_and_a_zone(TestServer& server) {
  server.app().db.transact([&](soci::session& sql) {
    for (auto [title, postal] : {std::pair{"Groupe de Saint-Gilles", "1060"}, {"Groupe d'Ixelles", "1050"}}) {
      offers::Offer o;
      o.title_fr = o.title_en = title;
      o.status = "published";
      offers::save_offer(sql, o);
      offers::Session s;
      s.offer_id = o.id;
      s.starts_at = now_seconds() + 5 * 86400;
      s.ends_at = s.starts_at + 3600;
      s.place = std::string("Salle, ") + postal;
      s.postal_code = postal;
      s.capacity = 10;
      offers::save_session(sql, s);
    }
    territory::Zone z;
    z.slug = "saint-gilles-zone";
    z.name_fr = "Zone Saint-Gilles";
    z.name_nl = "Zone Sint-Gillis";
    z.kind = "pilot";
    z.communes = {"21013"};
    territory::create_zone(sql, z, 0, now_seconds());
  });
  offers::catalogue_changed();
}
bool has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }
}  // namespace

TEST(HttpZoneFilter, TheAgendaAndItsFeedsShowOnlyTheSessionsHeldInTheZone) {
  TestServer server;
  two_places_and_a_zone(server);
  HttpClient client(server.url(""));
  auto all = client.get("/agenda?lang=fr");
  EXPECT_TRUE(has(all.body, "Groupe de Saint-Gilles") && has(all.body, "Groupe d&#39;Ixelles"));
  EXPECT_TRUE(has(all.body, "value=\"saint-gilles-zone\"")) << "the zones are a filter of the form";
  auto zoned = client.get("/agenda?zone=saint-gilles-zone&lang=fr");
  EXPECT_TRUE(has(zoned.body, "Groupe de Saint-Gilles"));
  EXPECT_FALSE(has(zoned.body, "Groupe d&#39;Ixelles"));
  auto ics = client.get("/agenda.ics?zone=saint-gilles-zone");
  EXPECT_TRUE(has(ics.body, "Groupe de Saint-Gilles"));
  EXPECT_FALSE(has(ics.body, "Ixelles"));
  auto json = client.get("/agenda.json?zone=saint-gilles-zone");
  EXPECT_FALSE(has(json.body, "Ixelles"));
  auto atom = client.get("/agenda.atom?zone=saint-gilles-zone");
  EXPECT_FALSE(has(atom.body, "Ixelles"));
  EXPECT_TRUE(has(client.get("/agenda?zone=no-such-zone").body, "Ixelles")) << "an unknown zone is dropped, not an error";
}

TEST(HttpZoneFilter, TheOffersCatalogueFiltersByZoneAsByBassin) {
  TestServer server;
  two_places_and_a_zone(server);
  HttpClient client(server.url(""));
  auto zoned = client.get("/offers?zone=saint-gilles-zone&lang=fr");
  ASSERT_EQ(zoned.status, 200);
  EXPECT_TRUE(has(zoned.body, "Groupe de Saint-Gilles"));
  EXPECT_FALSE(has(zoned.body, "Groupe d&#39;Ixelles"));
  EXPECT_TRUE(has(zoned.body, "value=\"saint-gilles-zone\" selected"));
  EXPECT_TRUE(has(client.get("/offers?lang=fr").body, "Groupe d&#39;Ixelles"));
}
