// The team's figures on a small fixture counted by hand: the funnel, contacts by type with the year before,
// duration, pairs, missed appointments, reasons, profiles, people per FTE; "no news" after three months; score
// averages over valid pairs only, "no news" left out; the purge keeps the figures; small counts hidden outside;
// what the observatory receives.
#include <gtest/gtest.h>

#include "caseload/figure_tables.hpp"
#include "caseload/figures.hpp"
#include "caseload/model.hpp"
#include "caseload/protection.hpp"
#include "caseload/publish.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/retention.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::caseload;

namespace {

std::int64_t at(const char* date, const char* time = "10:00") { return *from_brussels(date, time); }

struct Fixture {
  std::int64_t team = 0, a = 0, b = 0, c = 0, d = 0, e = 0;
  std::int64_t oriented_request = 0;
};

Contact contact(std::int64_t team, std::int64_t episode, const char* date, const char* type, int minutes, int workers = 1,
                const char* missed = "", std::vector<std::string> reasons = {}, const char* note = "") {
  Contact c;
  c.team_id = team;
  c.episode_id = episode;
  c.occurred_at = at(date);
  c.contact_type = type;
  c.duration_minutes = minutes;
  c.workers = workers;
  c.missed = missed;
  c.reasons = std::move(reasons);
  c.note = note;
  return c;
}

Fixture build(soci::session& sql) {
  Fixture f;
  std::int64_t now = now_seconds();
  Team t;
  t.name = "Équipe test";
  t.kind = "mobile_team";
  t.fte = 2;
  t.retention_months = 1;
  f.team = create_team(sql, t, now);
  auto request = [&](const char* date, const char* code) {
    Request r;
    r.team_id = f.team;
    r.received_at = at(date);
    r.person_code = code;
    r.from_sector = "social";
    r.note = "Note of the request";
    return create_request(sql, r, now);
  };
  auto ra = request("2025-01-20", "A-1");
  auto rd = request("2025-03-20", "D-1");
  auto rx = request("2025-05-02", "X-1");
  auto rr = request("2025-06-02", "R-1");
  f.oriented_request = request("2025-07-02", "O-1");
  request("2024-12-30", "OLD-1");  // the year before: not counted
  // rx accepted into follow-up too, from a request of the period, ended the same day (a short episode).
  auto episode = [&](std::int64_t request_id, const char* code, const char* start, std::vector<std::string> profiles,
                     std::optional<EntryScore> entry) {
    Episode e;
    e.team_id = f.team;
    e.request_id = request_id;
    e.person_code = code;
    e.started_at = at(start);
    e.profiles = std::move(profiles);
    if (entry) entry->rated_at = e.started_at;
    return create_episode(sql, e, entry, 0, now);
  };
  f.a = episode(ra, "A-1", "2025-02-01", {"housing_instability", "addiction"}, EntryScore{"gaf", 30, 0});
  f.b = episode(0, "B-1", "2024-06-01", {"addiction"}, EntryScore{"gaf", 40, 0});
  f.c = episode(0, "C-1", "2025-03-01", {}, EntryScore{"whodas", 60, 0});
  f.d = episode(rd, "D-1", "2025-04-01", {"housing_instability"}, std::nullopt);
  end_episode(sql, f.d, at("2025-06-30"));
  auto x = episode(rx, "X-1", "2025-05-03", {}, std::nullopt);
  end_episode(sql, x, at("2025-05-03", "16:00"));
  f.e = episode(0, "E-1", "2026-01-05", {}, EntryScore{"gaf", 20, 0});  // after the period
  add_rescore(sql, f.a, "gaf", 50, at("2025-08-01"), 0, now);
  add_rescore(sql, f.b, "gaf", 44, at("2025-03-01"), 0, now);
  add_rescore(sql, f.c, "whodas", 40, at("2025-10-01"), 0, now);
  refuse_request(sql, *find_request(sql, rr), "caseload_full", at("2025-06-03"));
  orient_request(sql, *find_request(sql, f.oriented_request), {}, at("2025-07-03"));
  for (auto& c : {
           contact(f.team, f.a, "2025-03-10", "home_visit", 60, 2, "", {"housing", "daily_life"}),
           contact(f.team, f.a, "2025-04-10", "home_visit", 0, 1, "absent"),
           contact(f.team, f.a, "2025-12-01", "phone", 20, 1, "", {"admin_justice"}),
           contact(f.team, f.a, "2025-11-05", "accompaniment", 90, 1, "", {"medical"}),
           contact(f.team, f.b, "2025-08-15", "phone", 10, 1, "", {"psychological"}),
           contact(f.team, f.b, "2025-12-20", "office_meeting", 0, 1, "cancelled"),  // missed: no news still
           contact(f.team, f.c, "2025-12-10", "home_visit", 40, 1, "", {"housing"}),
           contact(f.team, f.d, "2025-05-05", "phone", 30, 1, "", {}, "Note of a contact"),
           contact(f.team, f.b, "2024-07-01", "home_visit", 60),
           contact(f.team, f.b, "2024-08-01", "phone", 15),
       })
    add_contact(sql, c, now);
  return f;
}

const ContactTypeRow& type_row(const Figures& f, const std::string& code) {
  for (auto& r : f.by_type)
    if (r.code == code) return r;
  static ContactTypeRow none;
  return none;
}

long count_of(const std::vector<CodeCount>& v, const std::string& code) {
  for (auto& c : v)
    if (c.code == code) return c.count;
  return 0;
}

const ScoreSummary* score_of(const Figures& f, const std::string& instrument) {
  for (auto& s : f.scores)
    if (s.instrument == instrument) return &s;
  return nullptr;
}

struct DbCaseloadFigures : ::testing::Test {
  maillage::testing::TestServer server;
  Fixture fx;
  Period year2025 = *year_period(2025);
  void SetUp() override {
    server.app().db.transact([&](soci::session& sql) { fx = build(sql); });
  }
  Figures figures() {
    soci::session sql(server.app().db.pool());
    return compute_figures(sql, fx.team, year2025, now_seconds());
  }
};

}  // namespace

TEST_F(DbCaseloadFigures, TheFunnelEqualsTheCountsByHand) {
  auto f = figures();
  EXPECT_EQ(f.requests, 5);
  EXPECT_EQ(f.accepted, 3) << "A, D and X";
  EXPECT_EQ(f.refused, 1);
  EXPECT_EQ(f.oriented, 1);
  EXPECT_EQ(f.pending, 0);
  EXPECT_EQ(count_of(f.refusals, "caseload_full"), 1);
  EXPECT_EQ(count_of(f.requests_by_sector, "social"), 5);
  EXPECT_EQ(f.people_followed, 5) << "A, B (since 2024), C, D, X; not E (2026)";
  EXPECT_EQ(f.people_started, 4);
  EXPECT_EQ(f.people_ended, 2);
  EXPECT_EQ(count_of(f.profiles, "housing_instability"), 2);
  EXPECT_EQ(count_of(f.profiles, "addiction"), 2);
  EXPECT_DOUBLE_EQ(f.people_per_fte(), 2.5);
}

TEST_F(DbCaseloadFigures, TheYearlyContactFiguresEqualTheCountsByHand) {
  auto f = figures();
  EXPECT_EQ(f.contacts, 8);
  EXPECT_EQ(f.contacts_previous, 2);
  EXPECT_EQ(type_row(f, "home_visit").count, 3);
  EXPECT_EQ(type_row(f, "home_visit").previous, 1);
  EXPECT_EQ(type_row(f, "phone").count, 3);
  EXPECT_EQ(type_row(f, "phone").previous, 1);
  EXPECT_EQ(type_row(f, "accompaniment").count, 1);
  EXPECT_EQ(type_row(f, "office_meeting").count, 1);
  EXPECT_EQ(type_row(f, "email_video").count, 0) << "every type of the team is listed, zero included";
  EXPECT_EQ(f.appointments, 5);
  EXPECT_EQ(f.absent, 1);
  EXPECT_EQ(f.cancelled, 1);
  EXPECT_DOUBLE_EQ(percent(f.absent + f.cancelled, f.appointments), 40.0);
  EXPECT_EQ(f.held, 6);
  EXPECT_EQ(f.minutes, 250);
  EXPECT_NEAR(f.average_minutes(), 250.0 / 6, 1e-9);
  EXPECT_EQ(f.face_to_face_held, 3);
  EXPECT_EQ(f.in_pair, 1);
  EXPECT_EQ(f.reason_mentions, 6);
  EXPECT_EQ(count_of(f.reasons, "housing"), 2);
  EXPECT_EQ(count_of(f.reasons, "daily_life"), 1);
  EXPECT_DOUBLE_EQ(change_percent(f.contacts_previous, f.contacts), 300.0);
}

TEST_F(DbCaseloadFigures, NoNewsAfterThreeMonthsWithoutAContactHeld) {
  std::int64_t now = now_seconds();
  Episode e;
  e.started_at = now - 400 * 86400;
  e.last_contact_at = now - 92 * 86400;
  EXPECT_TRUE(no_news(e, 91, now));
  e.last_contact_at = now - 80 * 86400;
  EXPECT_FALSE(no_news(e, 91, now));
  e.last_contact_at = 0;
  e.started_at = now - 30 * 86400;
  EXPECT_FALSE(no_news(e, 91, now)) << "a new person without contact yet is not lost";
  e.started_at = now - 100 * 86400;
  EXPECT_TRUE(no_news(e, 91, now));
  e.ended_at = now - 10 * 86400;
  EXPECT_FALSE(no_news(e, 91, now)) << "an ended follow-up is not \"no news\"";
  // In the fixture, B's last contact held is on 15 August: a missed appointment in December is no news.
  auto f = figures();
  for (auto& r : f.score_rows) EXPECT_EQ(r.no_news, r.person_code == "B-1") << r.person_code;
}

TEST_F(DbCaseloadFigures, TheScoreAveragesExcludeNoNewsAsTheReportDoes) {
  auto f = figures();
  auto gaf = score_of(f, "gaf");
  ASSERT_NE(gaf, nullptr);
  EXPECT_EQ(gaf->people, 2) << "A and B (E starts after the period)";
  EXPECT_EQ(gaf->no_news, 1);
  EXPECT_EQ(gaf->valid_pairs, 1);
  EXPECT_DOUBLE_EQ(gaf->entry_average, 30) << "B's pair (40 -> 44) is left out: no news";
  EXPECT_DOUBLE_EQ(gaf->now_average, 50);
  EXPECT_DOUBLE_EQ(gaf->improvement_average, 20);
  auto whodas = score_of(f, "whodas");
  ASSERT_NE(whodas, nullptr);
  EXPECT_EQ(whodas->valid_pairs, 1);
  EXPECT_DOUBLE_EQ(whodas->improvement_average, 20) << "WHODAS improves downwards";
  EXPECT_EQ(f.scores.front().instrument, "gaf") << "in the team's order of instruments";
}

TEST_F(DbCaseloadFigures, AReScoreUsesTheEntryInstrumentAndWaitsTheMinimumInterval) {
  soci::session sql(server.app().db.pool());
  auto e = *find_episode(sql, fx.a);
  auto gaf = find_term(sql, fx.team, kInstruments, "gaf");
  auto whodas = find_term(sql, fx.team, kInstruments, "whodas");
  EXPECT_NE(rescore_refusal(e, &*whodas, 50, at("2026-01-10"), 90), nullptr) << "another instrument";
  EXPECT_NE(rescore_refusal(e, &*gaf, 101, at("2026-01-10"), 90), nullptr) << "out of range";
  EXPECT_NE(rescore_refusal(e, &*gaf, 55, at("2025-09-01"), 90), nullptr) << "a month after the previous score";
  EXPECT_EQ(rescore_refusal(e, &*gaf, 55, at("2026-01-10"), 90), nullptr);
  auto d = *find_episode(sql, fx.d);
  EXPECT_NE(rescore_refusal(d, &*gaf, 55, at("2026-01-10"), 90), nullptr) << "no entry score";
}

TEST_F(DbCaseloadFigures, ThePurgeKeepsTheFigures) {
  auto before = figures();
  int purged = server.app().db.transact([&](soci::session& sql) {
    return run_retention_rule(sql, episodes_retention_rule(), now_seconds()) +
           run_retention_rule(sql, requests_retention_rule(), now_seconds());
  });
  EXPECT_EQ(purged, 2 + 2) << "D and X ended in 2025; the refused and the oriented requests (accepted ones were decided today)";
  soci::session sql(server.app().db.pool());
  std::string note;
  sql << "SELECT note FROM caseload_contacts WHERE episode_id = :e", soci::use(fx.d), soci::into(note);
  EXPECT_EQ(note, "");
  EXPECT_EQ(find_request(sql, fx.oriented_request)->note, "");
  EXPECT_TRUE(find_episode(sql, fx.d)->purged);
  auto after = figures();
  EXPECT_EQ(after.requests, before.requests);
  EXPECT_EQ(after.accepted, before.accepted);
  EXPECT_EQ(after.people_followed, before.people_followed);
  EXPECT_EQ(after.contacts, before.contacts);
  EXPECT_EQ(after.minutes, before.minutes);
  EXPECT_EQ(after.reason_mentions, before.reason_mentions);
  EXPECT_EQ(after.score_rows.size(), before.score_rows.size());
}

TEST_F(DbCaseloadFigures, SmallCountsAreHiddenOutsideTheTeamAndShownInside) {
  soci::session sql(server.app().db.pool());
  auto f = figures();
  auto team = *find_team(sql, fx.team);
  auto tr = [](const char* m) { return std::string(m); };
  auto inside = figure_tables(sql, f, team, false, tr, "en");
  auto outside = figure_tables(sql, f, team, true, tr, "en");
  ASSERT_EQ(inside.front().id, "funnel");
  EXPECT_EQ(inside.front().rows[0][1].text, "5");
  EXPECT_EQ(inside.front().rows[1][1].text, "3");
  EXPECT_EQ(outside.front().rows[0][1].text, "5") << "five is not small";
  EXPECT_EQ(outside.front().rows[1][1].text, "< 5");
  EXPECT_EQ(outside.front().rows[1][1].value, "") << "a chart draws no hidden count";
  auto csv = figures_csv_text(outside);
  EXPECT_NE(csv.find("funnel,Requests received,Count,5"), std::string::npos);
  EXPECT_EQ(csv.find("accepted into follow-up,Count,3"), std::string::npos);
  for (auto& t : outside) {
    if (t.id != "scores") continue;
    for (auto& row : t.rows) EXPECT_EQ(row[4].text, "") << "no average over fewer than 5 pairs outside";
  }
}

TEST_F(DbCaseloadFigures, TheObservatoryReceivesProtectedCountsAndTablesWithSmallCountsHidden) {
  auto p = publisher();
  EXPECT_EQ(p.source, "caseload");
  ASSERT_FALSE(p.elements.empty());
  for (auto& e : p.elements) EXPECT_TRUE(e.protected_counts) << e.code;
  soci::session sql(server.app().db.pool());
  auto values = p.data(sql, year2025);
  bool requests = false;
  for (auto& v : values) {
    if (v.code != "caseload.requests") continue;
    requests = true;
    EXPECT_EQ(v.value, 5);
  }
  EXPECT_TRUE(requests);
  auto tables = p.report(sql, {year2025, "", "en"}, [](const char* m) { return std::string(m); });
  ASSERT_FALSE(tables.empty());
  EXPECT_EQ(tables.front().source, "caseload");
  EXPECT_NE(tables.front().title.find("Équipe test"), std::string::npos);
  EXPECT_EQ(tables.front().rows[1][1], "< 5");
}
