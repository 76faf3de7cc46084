// The demo year, as seed-demo builds it on an empty database: the demo world and the shape of the offers'
// year against the networks' own figures.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "accounts/demo_world.hpp"
#include "app/demo.hpp"
#include "offers/network.hpp"
#include "offers/reports.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
// Does this UTF-8 text hold a character beyond Latin-1 (U+00FF)?
bool beyond_latin1(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE0) return true;                        // three or four bytes: U+0800 and beyond
    if (c >= 0xC4 && c < 0xE0) return true;            // two bytes from U+0100 on
  }
  return false;
}

bool within(double value, double target, double tolerance) { return std::fabs(value - target) <= target * tolerance; }


void EveryOrganisationHasACoordinatorAndTheWorldHasDozensOfPeople([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  auto world = accounts::demo::load_world(sql);
  ASSERT_GE(world.organisations.size(), 200u);
  for (auto& o : world.organisations) EXPECT_NE(world.coordinator_of(o.id), nullptr) << o.name;
  EXPECT_GE(world.people.size(), 500u);
  std::set<std::string> bassins, sectors;
  for (auto& p : world.people) {
    bassins.insert(p.bassin);
    sectors.insert(p.sector);
  }
  for (auto* b : {"nord", "nord-est", "centre-ouest", "sud", "sud-est"}) EXPECT_TRUE(bassins.count(b)) << b;
  EXPECT_GE(sectors.size(), 10u);
  int editors = 0;
  for (auto& p : world.people) editors += p.role == "editor";
  EXPECT_GE(editors, 50);
}

void NamesOutsideLatin1AreThereAndEveryAddressIsAscii([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  auto world = accounts::demo::load_world(sql);
  int beyond = 0;
  std::set<std::string> letters;
  for (auto& p : world.people) {
    if (beyond_latin1(p.name)) ++beyond;
    for (auto* l : {"ş", "ł", "ğ", "ë", "ç"})
      if (p.name.find(l) != std::string::npos) letters.insert(l);
    for (char c : p.email) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << p.email;
  }
  EXPECT_GE(beyond, 50);
  EXPECT_EQ(letters.size(), 5u) << "ş, ł, ğ, ë and ç are all in the names";
}

void TheSixDemoLoginsKeepTheirPasswordsAndTheWorldSharesOne([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  for (auto& l : demo_logins()) {
    HttpClient client(server.url(""));
    EXPECT_TRUE(client.login(l.email, l.password)) << l.email;
  }
  auto world = accounts::demo::load_world(sql);
  HttpClient client(server.url(""));
  EXPECT_TRUE(client.login(world.people.back().email, accounts::demo::kWorldPassword));
  // The deterministic look-ups other parts use.
  auto& a = world.person("mental_health", "sud", 3);
  EXPECT_EQ(a.sector, "mental_health");
  EXPECT_EQ(a.bassin, "sud");
  EXPECT_EQ(&world.person("mental_health", "sud", 3), &a);
}

void TheTwoOpenDoorWeeksHaveTheShapeOfTheNetworksFigures([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  offers::report::ReportData data(sql, offers::report::period_of("12m", now), now);
  std::set<std::int64_t> campaigns;
  for (auto& s : data.sessions)
    if (s.campaign_id) campaigns.insert(s.campaign_id);
  ASSERT_EQ(campaigns.size(), 2u) << "Sud and Sud-Est in the past twelve months (Nord is ahead)";
  long structures = 0, visitors = 0, visits = 0, marked = 0, absent = 0;
  for (auto c : campaigns) {
    offers::report::Selection sel;
    sel.campaign = c;
    std::set<std::int64_t> hosts;
    for (auto& s : data.sessions)
      if (data.session_matches(s, sel)) hosts.insert(s.host_id);
    std::set<std::string> people;
    for (auto& r : data.registrations)
      if (data.matches(r, sel)) {
        ++visits;
        people.insert(r.email);
        marked += !r.attendance.empty();
        absent += r.attendance == "no_show";
      }
    structures += static_cast<long>(hosts.size());
    visitors += static_cast<long>(people.size());
  }
  EXPECT_TRUE(within(structures, 105, 0.10)) << structures;
  EXPECT_TRUE(within(visitors, 261, 0.10)) << visitors;
  EXPECT_TRUE(within(visits, 442, 0.10)) << visits;
  EXPECT_GT(absent, 0);
  EXPECT_LT(absent * 5, marked) << "most visitors came";
}

void PastSessionsHaveAttendanceAnswersCertificatesAndAgreements([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  long marked = 0, answers = 0, complete = 0, waiting = 0, paper = 0, cancelled = 0;
  sql << "SELECT COUNT(*) FROM registrations r JOIN offer_sessions s ON s.id = r.session_id WHERE s.ends_at < :n AND "
         "r.attendance = 'present'", soci::use(now), soci::into(marked);
  sql << "SELECT COUNT(*) FROM evaluation_answers", soci::into(answers);
  sql << "SELECT COUNT(*) FROM agreements WHERE completed_at IS NOT NULL", soci::into(complete);
  sql << "SELECT COUNT(*) FROM agreements WHERE completed_at IS NULL", soci::into(waiting);
  sql << "SELECT COUNT(*) FROM agreement_parties WHERE paper_signatory <> ''", soci::into(paper);
  sql << "SELECT COUNT(*) FROM registrations WHERE status = 'cancelled'", soci::into(cancelled);
  EXPECT_GE(marked, 1000);
  EXPECT_GE(answers, 500);
  EXPECT_GE(complete, 30) << "community agreements and signed immersion conventions";
  EXPECT_GE(waiting, 3);
  EXPECT_GE(paper, 3);
  EXPECT_GE(cancelled, 20);
  // Every past session of the year (but a few open-door slots) has its attendance marked.
  long past = 0, unmarked = 0;
  sql << "SELECT COUNT(*) FROM offer_sessions s WHERE s.ends_at < :n AND EXISTS (SELECT 1 FROM registrations r WHERE "
         "r.session_id = s.id AND r.status = 'confirmed')", soci::use(now), soci::into(past);
  sql << "SELECT COUNT(*) FROM offer_sessions s WHERE s.ends_at < :n AND EXISTS (SELECT 1 FROM registrations r WHERE "
         "r.session_id = s.id AND r.status = 'confirmed') AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = "
         "s.id AND r.attendance <> '')", soci::use(now), soci::into(unmarked);
  EXPECT_GE(past, 200);
  EXPECT_LE(unmarked * 20, past);
}

void TheSeasonAheadIsOpenWithAFullSessionAndItsWaitingList([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  long ahead = 0, full_with_waiting = 0, nearly_full = 0;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT s.capacity, (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = "
                      "'confirmed'), (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = "
                      "'waiting_list') FROM offer_sessions s JOIN offers o ON o.id = s.offer_id WHERE s.starts_at > :n AND "
                      "s.starts_at < :t AND s.status = 'open' AND o.status = 'published'",
       soci::use(now), soci::use(now + 92 * 86400));
  for (auto& r : rs) {
    ++ahead;
    auto capacity = as_int(r, 0), confirmed = as_int(r, 1), waiting = as_int(r, 2);
    if (confirmed >= capacity && waiting > 0) ++full_with_waiting;
    else if (confirmed * 10 >= capacity * 8) ++nearly_full;
  }
  EXPECT_GE(ahead, 30);
  EXPECT_GE(full_with_waiting, 1);
  EXPECT_GE(nearly_full, 2);
}

void WebinarsCommunitiesIntervisionsAndImmersionsHaveTheirShape([[maybe_unused]] TestServer& server, soci::session& sql, [[maybe_unused]] std::int64_t now) {
  offers::report::ReportData data(sql, offers::report::period_of("12m", now), now);
  std::map<std::int64_t, long> webinar_registered;
  std::map<std::int64_t, std::set<std::int64_t>> sessions_of, held_of;
  std::map<std::int64_t, std::set<std::string>> people_of;
  std::map<std::int64_t, std::set<std::int64_t>> institutions_of;
  std::map<std::int64_t, std::string> type_of;
  for (auto& s : data.sessions) {
    type_of[s.offer_id] = s.type;
    sessions_of[s.offer_id].insert(s.id);
    if (data.ended(s)) held_of[s.offer_id].insert(s.id);
  }
  for (auto& r : data.registrations) {
    auto& s = data.session_of(r);
    if (s.type == "webinar") ++webinar_registered[s.offer_id];
    people_of[s.offer_id].insert(r.email);
    institutions_of[s.offer_id].insert(r.organisation_id);
  }
  std::multiset<long> counts;
  for (auto& [offer, n] : webinar_registered) counts.insert(n);
  EXPECT_EQ(counts, (std::multiset<long>{141, 150, 158, 188})) << "the four webinars of the year";
  long outsiders = 0;
  for (auto& r : data.registrations) outsiders += data.session_of(r).type == "webinar" && r.bassin.empty();
  EXPECT_GE(outsiders, 40) << "people of hospitals, communes and schools outside the network";
  int communities = 0, intervisions = 0;
  for (auto& [offer, type] : type_of) {
    if (type == "community_of_practice") {
      ++communities;
      EXPECT_GE(held_of[offer].size(), 9u);
      EXPECT_LE(held_of[offer].size(), 11u);
      EXPECT_GE(people_of[offer].size(), 7u);
      EXPECT_LE(people_of[offer].size(), 10u);
    }
    if (type == "intervision" && !held_of[offer].empty()) {
      ++intervisions;
      EXPECT_GE(people_of[offer].size(), 10u);
      EXPECT_LE(people_of[offer].size(), 14u) << "10-12 members and the waiting list";
      EXPECT_EQ(institutions_of[offer].size(), people_of[offer].size()) << "one person per institution";
    }
  }
  EXPECT_EQ(communities, 3);
  EXPECT_GE(intervisions, 2);
  auto members = offers::network_reciprocity(sql, now - 365 * 86400, now, now);
  ASSERT_GE(members.size(), 10u);
  for (auto& m : members) {
    EXPECT_GE(m.hosted, 1) << m.member.organisation_name;
    EXPECT_GE(m.sent, 1) << m.member.organisation_name;
  }
}
}  // namespace

// One seed-demo for every check (it takes seconds, more on PostgreSQL): each check names what it proves.
TEST(DbDemoYear, SeedDemoBuildsTheWorldAndAYearShapedLikeTheNetworksFigures) {
  TestServer server;
  ASSERT_TRUE(seed_demo(server.app()));
  soci::session sql(server.app().db.pool());
  std::int64_t now = now_seconds();
  {
    SCOPED_TRACE("EveryOrganisationHasACoordinatorAndTheWorldHasDozensOfPeople");
    EveryOrganisationHasACoordinatorAndTheWorldHasDozensOfPeople(server, sql, now);
  }
  {
    SCOPED_TRACE("NamesOutsideLatin1AreThereAndEveryAddressIsAscii");
    NamesOutsideLatin1AreThereAndEveryAddressIsAscii(server, sql, now);
  }
  {
    SCOPED_TRACE("TheSixDemoLoginsKeepTheirPasswordsAndTheWorldSharesOne");
    TheSixDemoLoginsKeepTheirPasswordsAndTheWorldSharesOne(server, sql, now);
  }
  {
    SCOPED_TRACE("TheTwoOpenDoorWeeksHaveTheShapeOfTheNetworksFigures");
    TheTwoOpenDoorWeeksHaveTheShapeOfTheNetworksFigures(server, sql, now);
  }
  {
    SCOPED_TRACE("PastSessionsHaveAttendanceAnswersCertificatesAndAgreements");
    PastSessionsHaveAttendanceAnswersCertificatesAndAgreements(server, sql, now);
  }
  {
    SCOPED_TRACE("TheSeasonAheadIsOpenWithAFullSessionAndItsWaitingList");
    TheSeasonAheadIsOpenWithAFullSessionAndItsWaitingList(server, sql, now);
  }
  {
    SCOPED_TRACE("WebinarsCommunitiesIntervisionsAndImmersionsHaveTheirShape");
    WebinarsCommunitiesIntervisionsAndImmersionsHaveTheirShape(server, sql, now);
  }
}
