// The reports of each kind of offer on a small year written by hand, against counts made by hand; the CSVs;
// the lists each figure links to.
#include <gtest/gtest.h>

#include <regex>

#include "offers/agreements.hpp"
#include "offers/model.hpp"
#include "offers/network.hpp"
#include "offers/reports.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
constexpr const char* kPassword = "a long enough password";
constexpr std::int64_t kDay = 86400;

class HttpOffersReports : public ::testing::Test {
 protected:
  void SetUp() override {
    server.add_user("coord@example.org", kPassword, "coordinator");
    a = server.add_organisation("Host A", "1060");      // Sud
    b = server.add_organisation("Guest B", "1000");     // Centre-Ouest
    c = server.add_organisation("Guest C", "1030");     // Nord-Est
    now = now_seconds();
    server.app().db.transact([&](soci::session& sql) {
      // An open-door week of the Sud care area, a month ago: two slots, hosted by A and B.
      const std::int64_t week = now - 30 * kDay, deadline = now - 40 * kDay, opens = now - 60 * kDay, made = now - 90 * kDay;
      sql << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, status, "
             "created_at) VALUES ('sud', 'Portes ouvertes test', :w, :d, :o, 'published', :c) RETURNING id",
          soci::use(week), soci::use(deadline), soci::use(opens), soci::use(made),
          soci::into(campaign);
      auto od = offer(sql, "open_door", "Portes ouvertes test", "sud", a, campaign);
      auto s1 = session(sql, od, now - 29 * kDay, 90, a), s2 = session(sql, od, now - 28 * kDay, 90, b);
      enrol(sql, s1, "p1@example.org", b, "social", "present");
      enrol(sql, s1, "p2@example.org", c, "mental_health", "no_show");
      enrol(sql, s2, "p1@example.org", b, "social", "present");
      enrol(sql, s2, "p3@example.org", 0, "housing", "");
      auto cancelled = enrol(sql, s2, "p4@example.org", c, "social", "");
      std::vector<std::int64_t> promoted;
      offers::cancel_registration(sql, cancelled, true, now - 29 * kDay, promoted);
      // A community of practice of the whole region: two meetings of two hours held, one ahead.
      community = offer(sql, "community_of_practice", "Communauté test", "region", a);
      auto m1 = session(sql, community, now - 20 * kDay, 120, nullptr_org), m2 = session(sql, community, now - 10 * kDay, 120, nullptr_org);
      auto m3 = session(sql, community, now + 10 * kDay, 120, nullptr_org);
      enrol(sql, m1, "p1@example.org", b, "social", "present");
      enrol(sql, m2, "p1@example.org", b, "social", "present");
      enrol(sql, m1, "p2@example.org", c, "mental_health", "present");
      enrol(sql, m2, "p2@example.org", c, "mental_health", "no_show");
      enrol(sql, m3, "p1@example.org", b, "social", "");
      // A webinar of the whole region: one participant of each of B, C and of no organisation of the network.
      webinar = offer(sql, "webinar", "Webinaire test", "region", a);
      auto w = session(sql, webinar, now - 5 * kDay, 60, nullptr_org);
      enrol(sql, w, "p1@example.org", b, "social", "present");
      enrol(sql, w, "p2@example.org", c, "mental_health", "no_show");
      enrol(sql, w, "p3@example.org", 0, "housing", "present");
      // An immersion at A, with a worker of B; A and B are in the network.
      offers::join_network(sql, a, {0, "Test"}, now - 100 * kDay);
      offers::join_network(sql, b, {0, "Test"}, now - 100 * kDay);
      auto im = offer(sql, "immersion", "Immersion test", "sud", a);
      auto i1 = session(sql, im, now - 3 * kDay, 420, a);
      enrol(sql, i1, "p1@example.org", b, "social", "present");
    });
    ASSERT_TRUE(coord.login("coord@example.org", kPassword));
  }

  std::int64_t offer(soci::session& sql, const std::string& type, const std::string& title, const std::string& territory,
                     std::int64_t organiser, std::int64_t campaign_id = 0) {
    offers::Offer o;
    o.type = type;
    o.title_fr = o.title_nl = o.title_en = title;
    o.territory = territory;
    o.status = "published";
    o.organisers = {organiser};
    o.campaign_id = campaign_id;
    return offers::save_offer(sql, o);
  }
  static constexpr std::int64_t nullptr_org = 0;
  std::int64_t session(soci::session& sql, std::int64_t offer_id, std::int64_t starts, int minutes, std::int64_t host) {
    offers::Session s;
    s.offer_id = offer_id;
    s.starts_at = starts;
    s.ends_at = starts + minutes * 60;
    s.capacity = 20;
    s.place = "Place";
    s.host_organisation_id = host;
    return offers::save_session(sql, s);
  }
  std::int64_t enrol(soci::session& sql, std::int64_t session_id, const std::string& email, std::int64_t org,
                     const std::string& sector, const std::string& mark) {
    offers::RegistrationRequest r;
    r.session_id = session_id;
    r.email = email;
    r.name = email.substr(0, 2);
    r.organisation_id = org;
    r.organisation_name = org ? "" : "Asbl sans compte";
    r.sector = sector;
    r.email_verified = true;
    r.by_organiser = true;
    auto out = offers::register_for(sql, r, now - 60 * kDay);
    EXPECT_EQ(out.status, offers::Status::Confirmed) << email;
    if (!mark.empty()) offers::mark_attendance(sql, out.id, mark);
    return out.id;
  }
  // The rows of a CSV table, the header first.
  std::vector<std::string> csv(const std::string& query) {
    auto r = coord.get("/offers/reports.csv?" + query);
    EXPECT_EQ(r.status, 200) << query;
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < r.body.size()) {
      auto end = r.body.find("\r\n", pos);
      if (end == std::string::npos) end = r.body.size();
      lines.push_back(r.body.substr(pos, end - pos));
      pos = end + 2;
    }
    return lines;
  }
  // "N confirmed registrations of P people." of a list page.
  std::pair<int, int> counted(const std::string& link) {
    auto r = coord.get(link + (link.find('?') == std::string::npos ? "?" : "&") + "lang=en");
    EXPECT_EQ(r.status, 200) << link;
    std::smatch m;
    if (!std::regex_search(r.body, m, std::regex("([0-9]+) confirmed registrations of ([0-9]+) people"))) return {-1, -1};
    return {std::stoi(m[1]), std::stoi(m[2])};
  }

  TestServer server;
  HttpClient coord{server.url("")};
  std::int64_t a = 0, b = 0, c = 0, campaign = 0, community = 0, webinar = 0, now = 0;
};
}  // namespace

TEST_F(HttpOffersReports, TheOpenDoorWeekCountsStructuresVisitorsVisitsAbsencesAndSectors) {
  auto rows = csv("table=opendoor");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], "\"open_door_week\",\"structures\",\"visitors\",\"visits\",\"no_show_rate_percent\",\"sectors\"");
  // Two hosts; p1, p2, p3 (p4 cancelled); four visits; one absent of three marked; social, mental health, housing.
  EXPECT_EQ(rows[1], "\"Portes ouvertes test\",\"2\",\"3\",\"4\",\"33.3\",\"3\"");
  auto sectors = csv("table=opendoor_sectors");
  ASSERT_EQ(sectors.size(), 4u);
  EXPECT_EQ(sectors[0], "\"sector\",\"Portes ouvertes test\"");
  EXPECT_EQ(sectors[1], "\"social\",\"2\"");
  EXPECT_EQ(sectors[2], "\"mental_health\",\"1\"");
  EXPECT_EQ(sectors[3], "\"housing\",\"1\"");
  std::string c = std::to_string(campaign);
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=opendoor&campaign=" + c), std::make_pair(4, 3));
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=opendoor&campaign=" + c + "&attendance=no_show"), std::make_pair(1, 1));
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=opendoor&campaign=" + c + "&sector=social"), std::make_pair(2, 1));
  auto sessions = coord.get("/offers/reports/sessions?year=12m&kind=opendoor&campaign=" + c + "&lang=en");
  EXPECT_NE(sessions.body.find("2 sessions, hosted by 2 structures."), std::string::npos);
}

TEST_F(HttpOffersReports, GroupsCountSessionsHeldParticipantsAttendanceAndCertifiedHours) {
  auto rows = csv("table=groups");
  ASSERT_EQ(rows.size(), 2u);
  // Two meetings held (the one ahead is outside the last twelve months); p1 and p2 of B and C; three present
  // marks over two meetings; p1 4 hours, p2 2 hours.
  EXPECT_EQ(rows[1], "\"Communauté test\",\"community_of_practice\",\"2\",\"2\",\"2\",\"2\",\"1.5\",\"6\"");
  // The care area of B only: in a region-wide offer, its participants.
  auto centre = csv("table=groups&bassin=centre-ouest");
  ASSERT_EQ(centre.size(), 2u);
  EXPECT_EQ(centre[1], "\"Communauté test\",\"community_of_practice\",\"2\",\"1\",\"1\",\"1\",\"1.0\",\"4\"");
  EXPECT_EQ(csv("table=groups&bassin=sud-est").size(), 1u) << "nobody of Sud-Est: no row";
  std::string o = std::to_string(community);
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=groups&offer=" + o + "&attendance=present"), std::make_pair(3, 2));
  auto held = coord.get("/offers/reports/sessions?year=12m&kind=groups&offer=" + o + "&when=past&lang=en");
  EXPECT_NE(held.body.find("2 sessions, hosted by 0 structures."), std::string::npos);
}

TEST_F(HttpOffersReports, WebinarsCountRegisteredAttendedAndTheCareAreaOfEachParticipant) {
  auto rows = csv("table=meetings");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], "\"offer\",\"type\",\"registered\",\"attended\",\"registered_nord\",\"registered_nord-est\","
                     "\"registered_centre-ouest\",\"registered_sud\",\"registered_sud-est\",\"registered_outside\"");
  EXPECT_EQ(rows[1], "\"Webinaire test\",\"webinar\",\"3\",\"2\",\"0\",\"1\",\"1\",\"0\",\"0\",\"1\"");
  std::string o = std::to_string(webinar);
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=meetings&offer=" + o + "&participant_bassin=none"), std::make_pair(1, 1));
  EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=meetings&offer=" + o + "&participant_bassin=nord-est"), std::make_pair(1, 1));
  // A calendar year without any session: the header only.
  EXPECT_EQ(csv("table=meetings&year=2001").size(), 1u);
}

TEST_F(HttpOffersReports, ImmersionsCountWhatEachMemberHostedAndSentAsTheNetworkDoes) {
  auto rows = csv("table=immersions");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], "\"Guest B\",\"0\",\"0\",\"1\",\"0\"");
  EXPECT_EQ(rows[2], "\"Host A\",\"1\",\"0\",\"0\",\"0\"");
  soci::session sql(server.app().db.pool());
  for (auto& m : offers::network_reciprocity(sql, now - 365 * kDay, now, now_seconds())) {
    std::string id = std::to_string(m.member.organisation_id);
    EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=immersions&when=past&hosted_by=" + id).first, m.hosted);
    EXPECT_EQ(counted("/offers/reports/registrations?year=12m&kind=immersions&when=past&sent_by=" + id).first, m.sent);
  }
}

TEST_F(HttpOffersReports, EveryFigureOfThePageLinksToTheListItCounts) {
  auto page = coord.get("/offers/reports?lang=en");
  ASSERT_EQ(page.status, 200);
  // Visits and registered figures are registrations; visitors are people. Each link's list has that many.
  std::string c = std::to_string(campaign);
  std::regex link("<a href=\"(/offers/reports/registrations\\?[^\"]+)\">([0-9]+)</a>");
  int checked = 0;
  for (std::sregex_iterator it(page.body.begin(), page.body.end(), link), end; it != end; ++it) {
    std::string href = std::regex_replace((*it)[1].str(), std::regex("&amp;"), "&");
    int figure = std::stoi((*it)[2]);
    auto [registrations, people] = counted(href);
    EXPECT_TRUE(figure == registrations || figure == people || href.find("kind=groups") != std::string::npos)
        << href << " shows " << figure;
    ++checked;
  }
  EXPECT_GE(checked, 15);
  EXPECT_NE(page.body.find("/offers/reports.csv?table=groups&amp;year=12m"), std::string::npos);
  // Only coordinators read the reports and their lists.
  HttpClient anonymous(server.url(""));
  EXPECT_NE(anonymous.get("/offers/reports/registrations").status, 200);
  server.add_user("pro@example.org", kPassword);
  HttpClient pro(server.url(""));
  ASSERT_TRUE(pro.login("pro@example.org", kPassword));
  EXPECT_EQ(pro.get("/offers/reports/registrations").status, 403);
  EXPECT_EQ(pro.get("/offers/reports/sessions").status, 403);
}
