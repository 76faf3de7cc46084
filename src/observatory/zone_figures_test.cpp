// A zone of the territory (communes and quarters across the bassins) as a territory of the indicators and of the
// yearly report: a zone's value is the sum of the values whose commune or quarter lies in it, a value known only
// by its bassin counts in no zone, a population ratio divides by the zone's inhabitants, small counts are
// suppressed as for a bassin; and the bassins' figures do not move. Counted by hand on a fixture zone: Saint-Gilles
// (Sud) and Anderlecht (Centre-Ouest), whole, and the Louise quarter of Bruxelles-Ville (Sud).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "observatory/indicators.hpp"
#include "observatory/model.hpp"
#include "observatory/publishing.hpp"
#include "observatory/report.hpp"
#include "offers/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/resources.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/population.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::observatory;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
constexpr const char* kPassword = "a long enough password";
constexpr const char* kZone = "zone:fixture-zone";

// The demo quarters, the fixture zone, and population figures for its parts (180,000 inhabitants).
void fixture_territory(Database& db) {
  db.transact([](soci::session& sql) {
    auto q = territory::import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", 1);
    ASSERT_EQ(q.created, 3);
    territory::Zone z;
    z.slug = "fixture-zone";
    z.name_fr = "Zone de test";
    z.name_nl = "Testzone";
    z.kind = "network";
    z.communes = {"21013", "21001"};  // Saint-Gilles (Sud), Anderlecht (Centre-Ouest)
    z.quarters = {"demo-louise"};      // Bruxelles-Ville's, counted in Sud
    territory::create_zone(sql, z, 0, 1);
    auto p = territory::import_population(sql,
                                          "code,year,source,population\n"
                                          "21013,2024,Test,50000\n"
                                          "21001,2024,Test,120000\n"
                                          "demo-louise,2024,Test,10000\n"
                                          "21004,2024,Test,190000\n",
                                          1);
    ASSERT_EQ(p.created, 4);
  });
}

struct Registered {
  explicit Registered(Publisher p) : source(p.source) { register_publisher(std::move(p)); }
  ~Registered() { unregister_publisher(source); }
  std::string source;
};

Indicator element(const std::string& code, const std::string& territory = "") {
  Indicator i;
  i.name = code;
  i.element_code = code;
  i.bassin = territory;
  return i;
}
Plan plan_of(const std::string& territory, int year) { return {0, territory, year, "", 0}; }
}  // namespace

TEST(DbObservatoryZones, AZoneCountsTheValuesOfItsCommunesAndQuartersAcrossTheBassins) {
  TestServer server;
  fixture_territory(server.app().db);
  Registered test({"test.zones", {},
                   {{"test.zones.count", "Count", "test.zones", false, ""}, {"test.zones.people", "People", "test.zones", true, ""}},
                   [](soci::session&, const Period&) {
                     return std::vector<DataValue>{
                         {"test.zones.count", "sud", 5, "21013", ""},                      // Saint-Gilles: in
                         {"test.zones.count", "sud", 3, "21004", "demo-louise"},           // the Louise quarter: in
                         {"test.zones.count", "sud", 7, "21004", ""},                      // elsewhere in Bruxelles-Ville: out
                         {"test.zones.count", "centre-ouest", 4, "21001", ""},             // Anderlecht: in
                         {"test.zones.count", "centre-ouest", 2, "21004", "demo-marolles"},  // the Marolles: out
                         {"test.zones.count", "sud", 6, "", ""},                           // only a bassin: in no zone
                         {"test.zones.count", "", 1, "21013", ""},                         // region-wide, in Saint-Gilles: in
                         {"test.zones.people", "sud", 2, "21013", ""},
                         {"test.zones.people", "centre-ouest", 1, "21001", ""},
                         {"test.zones.people", "sud", 9, "", ""},
                     };
                   },
                   {}});
  soci::session sql(server.app().db.pool());
  Evaluator ev(sql);
  auto year = plan_of("region", 2025);
  // By hand: 5 + 3 + 4 + 1 in the zone; the bassins as before (Sud 5 + 3 + 7 + 6, Centre-Ouest 4 + 2, the region 28).
  EXPECT_EQ(ev.value(element("test.zones.count", kZone), year).value, 13);
  EXPECT_EQ(ev.value(element("test.zones.count", "sud"), year).value, 21);
  EXPECT_EQ(ev.value(element("test.zones.count", "centre-ouest"), year).value, 6);
  EXPECT_EQ(ev.value(element("test.zones.count"), year).value, 28);
  EXPECT_EQ(ev.value_in(element("test.zones.count"), year, kZone).value, 13) << "a breakdown may name the zone";
  // A protected count: three people in the zone is a small count, shown as for a bassin.
  auto people = ev.value(element("test.zones.people", kZone), year);
  EXPECT_EQ(people.value, 3);
  EXPECT_TRUE(people.suppressed);
  EXPECT_EQ(people.shown, "< 5");
  EXPECT_FALSE(ev.value(element("test.zones.people", "sud"), year).suppressed) << "Sud's 11";
  // Per 10,000 inhabitants of the zone: Saint-Gilles, Anderlecht and the Louise quarter (not Bruxelles-Ville).
  EXPECT_EQ(ev.population(kZone, 2025), 180000);
  auto ratio = element("test.zones.count", kZone);
  ratio.kind = "ratio";
  ratio.denominator_code = kPopulationDenominator;
  ratio.multiplier = 10000;
  auto v = ev.value(ratio, year);
  ASSERT_TRUE(v.available);
  EXPECT_DOUBLE_EQ(v.value, 13.0 / 180000 * 10000);
  auto small = element("test.zones.people", kZone);
  small.kind = "ratio";
  small.denominator_code = kPopulationDenominator;
  EXPECT_EQ(ev.value(small, year).shown, "*") << "a ratio of a small count would give it away";
  // An unknown zone has no value rather than 0.
  EXPECT_FALSE(ev.value(element("test.zones.count", "zone:nowhere"), year).available);
  EXPECT_TRUE(valid_report_territory(sql, kZone));
  EXPECT_FALSE(valid_report_territory(sql, "zone:nowhere"));
  EXPECT_EQ(territory_name(sql, kZone, "nl", ""), "Testzone");
}

namespace {
// The real parts over the fixture zone: helpdesk requests by the person's postal code, offers' sessions by their
// place. By hand, in 2025: six contacts of people of the zone (four in 1060 Saint-Gilles, two in 1070 Anderlecht)
// and two outside (1000, 1030); a Sud webinar's session in the Louise quarter (a point typed) with four people
// registered, and one at a Bruxelles-Ville address without a point with three.
void fixture_parts(Database& db) {
  db.transact([](soci::session& sql) {
    std::int64_t now = now_seconds();
    helpdesk::ensure_default_lines(sql, now);
    auto region = helpdesk::find_line_by_code(sql, "region")->id;
    auto sud = helpdesk::find_line_by_code(sql, "sud")->id;
    std::int64_t at = *from_brussels("2025-05-12", "10:00");
    for (auto [pc, line] : std::vector<std::pair<const char*, std::int64_t>>{
             {"1060", sud}, {"1060", sud}, {"1060", region}, {"1060", region}, {"1070", region}, {"1070", region},
             {"1000", region}, {"1030", region}}) {
      helpdesk::OrientationRequest r;
      r.line_id = r.line_reached_id = line;
      r.person_postal_code = pc;
      r.question = "Question";
      r.received_at = r.created_at = at;
      helpdesk::create_request(sql, r, at);
    }
    std::int64_t offer = 0;
    sql << "INSERT INTO offers (type, title_fr, territory, status, created_at, updated_at) VALUES ('webinar', 'Focus', 'sud', "
           "'published', 1, 1) RETURNING id",
        soci::into(offer);
    auto session = [&](const char* place, const char* pc, std::optional<territory::Point> point, int people) {
      offers::Session s;
      s.offer_id = offer;
      s.starts_at = *from_brussels("2025-04-03", "10:00");
      s.ends_at = s.starts_at + 7200;
      s.place = place;
      s.postal_code = pc;
      s.capacity = 30;
      if (point) s.latitude = point->lat, s.longitude = point->lng;
      offers::save_session(sql, s);
      for (int i = 0; i < people; ++i) {
        std::string email = "p" + std::to_string(s.id) + "-" + std::to_string(i) + "@example.org";
        sql << "INSERT INTO registrations (session_id, offer_id, email, status, created_at, updated_at) VALUES (:s, :o, :e, "
               "'confirmed', 1, 1)",
            soci::use(s.id), soci::use(offer), soci::use(email);
      }
    };
    session("Avenue Louise 200", "1000", territory::Point{50.828, 4.362}, 4);
    session("Rue Haute 10", "1000", std::nullopt, 3);
  });
}
}  // namespace

TEST(HttpObservatoryZones, TheReportOfAZoneCountsWhatThePartsRecordInItsCommunesAndQuarters) {
  TestServer server;
  fixture_territory(server.app().db);
  fixture_parts(server.app().db);
  {
    soci::session sql(server.app().db.pool());
    Evaluator ev(sql);
    auto year = plan_of("region", 2025);
    EXPECT_EQ(ev.value(element("helpdesk.contacts", kZone), year).value, 6);
    EXPECT_EQ(ev.value(element("offers.registrations.webinar", kZone), year).value, 4);
    EXPECT_EQ(ev.value(element("offers.sessions.webinar", kZone), year).value, 1);
    // The bassins' figures are those of before: the line reached decides for the helpdesk, the offer's bassin for
    // the offers, wherever they took place.
    EXPECT_EQ(ev.value(element("helpdesk.contacts", "sud"), year).value, 2);
    EXPECT_EQ(ev.value(element("helpdesk.contacts"), year).value, 8);
    EXPECT_EQ(ev.value(element("offers.registrations.webinar", "sud"), year).value, 7);
    EXPECT_EQ(ev.value(element("offers.registrations.webinar", "centre-ouest"), year).value, 0);
  }
  server.add_user("region@example.org", kPassword, "coordinator", "region", "");
  HttpClient c(server.url(""));
  ASSERT_TRUE(c.login("region@example.org", kPassword));
  auto page = c.get("/observatory/report?territory=zone:fixture-zone&year=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Zone de test"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"zone:fixture-zone\" selected"), std::string::npos) << "the zone is offered and chosen";
  EXPECT_EQ(page.body.find("/observatory/report/publish"), std::string::npos) << "a zone's report is not published";
  auto csv = c.get("/observatory/report.csv?territory=zone:fixture-zone&year=2025&table=t1");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Contacts du helpdesk,6"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("Inscrit·es: Webinaire,4"), std::string::npos) << csv.body;
  // The activities chapter counts the one session in the zone.
  auto all = c.get("/observatory/report.csv?territory=zone:fixture-zone&year=2025");
  EXPECT_NE(all.body.find("Webinaire,1,4"), std::string::npos) << all.body;
  // Publishing a zone's report is refused.
  auto refused = c.submit("/observatory/report?territory=region&year=2025", "/observatory/report/publish",
                          {{"territory", "zone:fixture-zone"}, {"year", "2025"}});
  EXPECT_EQ(refused.status, 400);
}

TEST(DbObservatoryZones, TheCommandLineWritesTheReportOfAZone) {
  TestServer server;
  fixture_territory(server.app().db);
  fixture_parts(server.app().db);
  std::string path = ::testing::TempDir() + "zone-report.csv";
  EXPECT_EQ(write_report_file(server.app(), {kZone, 2025, "csv", "fr", path}), "");
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("Contacts du helpdesk,6"), std::string::npos);
  std::remove(path.c_str());
  auto problem = write_report_file(server.app(), {"zone:nowhere", 2025, "csv", "fr", path});
  EXPECT_NE(problem.find("zone:fixture-zone"), std::string::npos) << "the error lists the zones: " << problem;
}
