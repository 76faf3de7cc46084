// The concertation's rules on the database (SQLite, and PostgreSQL in the Db suites): the retention purge keeps
// every count, the agenda's generated feedback list, the meetings table and its hours, the decision tree, what
// the observatory receives, and the demo's year as the activity report tells it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "concertation/concertation_fixture.hpp"
#include "concertation/counts.hpp"
#include "concertation/demo.hpp"
#include "concertation/protection.hpp"
#include "platform/retention.hpp"

using namespace maillage;
using namespace maillage::concertation;
using namespace maillage::concertation::testing;
using maillage::testing::TestServer;

namespace {
constexpr std::int64_t kDay = 86400;

struct DbConcertation : ::testing::Test {
  TestServer server;
  GroupFixture f{server};
  Period all{0, now_seconds() + 400 * kDay};
};
}  // namespace

TEST(Concertation, TheDecisionTreeSharesOnConsentOrVitalInterestAndNeverAgainstAConflictOfInterests) {
  EXPECT_EQ(decide_sharing(false, true, false), "share");
  EXPECT_EQ(decide_sharing(true, false, false), "share");
  EXPECT_EQ(decide_sharing(false, false, false), "do_not_share");
  EXPECT_EQ(decide_sharing(true, true, true), "do_not_share");
  EXPECT_EQ(hours_text(720), "12:00");
  EXPECT_EQ(hours_text(90), "1:30");
}

TEST_F(DbConcertation, ThePurgeRemovesTheFreeTextOfAClosedSituationAndKeepsEveryCount) {
  f.everyone_accepts();
  std::int64_t now = now_seconds();
  auto old = f.situation("Q-01", "Texte libre à purger");
  auto recent = f.situation("Q-02", "Texte récent");
  auto open = f.situation("Q-03", "Texte ouvert");
  server.app().db.transact([&](soci::session& sql) {
    Meeting m;
    m.group_id = f.group;
    m.starts_at = now - 400 * kDay;
    auto mid = create_meeting(sql, m, f.organiser, now);
    for (auto id : {old, recent, open}) {
      save_minutes(sql, mid, id, "Procès-verbal", now);
      Agreement a;
      a.situation_id = id;
      a.group_id = f.group;
      a.what = "Accord à purger";
      a.who_user_id = f.member;
      add_agreement(sql, a, f.member, now);
    }
    close_situation(sql, old, "admission_avoided", now - 13 * 30 * kDay);
    close_situation(sql, recent, "oriented", now - 30 * kDay);
  });
  auto before = server.app().db.transact([&](soci::session& sql) { return group_counts(sql, f.group, all); });
  int purged = server.app().db.transact([&](soci::session& sql) { return run_retention_rule(sql, retention_rule(), now); });
  EXPECT_EQ(purged, 1);
  auto after = server.app().db.transact([&](soci::session& sql) { return group_counts(sql, f.group, all); });
  EXPECT_EQ(after.situations_treated, before.situations_treated);
  EXPECT_EQ(after.by_outcome, before.by_outcome);
  EXPECT_EQ(after.by_theme, before.by_theme);
  EXPECT_EQ(after.meetings, before.meetings);
  soci::session sql(server.app().db.pool());
  auto s = find_situation(sql, old);
  EXPECT_EQ(s->summary, "");
  EXPECT_NE(s->purged_at, 0);
  EXPECT_EQ(s->outcome, "admission_avoided") << "codes stay";
  EXPECT_EQ(s->themes, std::vector<std::string>{"housing"});
  EXPECT_EQ(agreements_of(sql, old).front().what, "");
  EXPECT_EQ(find_situation(sql, recent)->summary, "Texte récent");
  EXPECT_EQ(find_situation(sql, open)->summary, "Texte ouvert");
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_meeting_items WHERE minutes = ''"), 1);
  // The purge date each situation shows: closing plus the group's retention.
  EXPECT_EQ(purge_date(*find_situation(sql, recent), 12), find_situation(sql, recent)->closed_at + 12 * kRetentionMonthSeconds);
}

TEST_F(DbConcertation, AGroupWithALongerRetentionKeepsTheTextLonger) {
  f.everyone_accepts();
  std::int64_t now = now_seconds();
  auto id = f.situation();
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE concertation_groups SET retention_months = 24 WHERE id = :g", soci::use(f.group);
    close_situation(sql, id, "oriented", now - 13 * 30 * kDay);
  });
  int purged = server.app().db.transact([&](soci::session& sql) { return run_retention_rule(sql, retention_rule(), now); });
  EXPECT_EQ(purged, 0);
}

TEST_F(DbConcertation, TheAgendaListsTheNewSituationsThenThoseDiscussedBeforeWithOpenAgreements) {
  f.everyone_accepts();
  std::int64_t now = now_seconds();
  auto discussed = f.situation("Q-01");
  auto done = f.situation("Q-02");
  auto fresh = f.situation("Q-03");
  server.app().db.transact([&](soci::session& sql) {
    Meeting before;
    before.group_id = f.group;
    before.starts_at = now - 30 * kDay;
    auto b = create_meeting(sql, before, f.organiser, now);
    put_on_agenda(sql, b, discussed, true, now);
    put_on_agenda(sql, b, done, true, now);
    Agreement a;
    a.group_id = f.group;
    a.what = "Accord";
    a.who_user_id = f.member;
    a.situation_id = discussed;
    a.due_at = now - kDay;
    add_agreement(sql, a, f.member, now);
    a.situation_id = done;
    auto finished = add_agreement(sql, a, f.member, now);
    set_agreement_status(sql, finished, "done", 0, now);
    Meeting next;
    next.group_id = f.group;
    next.starts_at = now + 7 * kDay;
    auto n = create_meeting(sql, next, f.organiser, now);
    put_on_agenda(sql, n, fresh, true, now);
    auto agenda = agenda_of(sql, *find_meeting(sql, n));
    ASSERT_EQ(agenda.size(), 2u);
    EXPECT_EQ(agenda[0].code, "Q-03");
    EXPECT_TRUE(agenda[0].is_new);
    EXPECT_EQ(agenda[1].code, "Q-01") << "discussed before, with an open agreement";
    EXPECT_FALSE(agenda[1].on_agenda);
    EXPECT_TRUE(agenda[1].person_not_informed);
    auto table = follow_up_table(sql, f.group, now);
    auto row = std::find_if(table.begin(), table.end(), [](auto& r) { return r.code == "Q-01"; });
    EXPECT_EQ(row->overdue_agreements, 1) << "the overdue agreement is highlighted";
  });
}

TEST_F(DbConcertation, TheMeetingsTableTotalsTheHoursOfTheYearAndTheObservatoryReceivesConfidentialActivities) {
  f.everyone_accepts();
  server.app().db.transact([&](soci::session& sql) {
    for (int i = 0; i < 8; ++i) {
      Meeting m;
      m.group_id = f.group;
      m.starts_at = *from_brussels("2025-0" + std::to_string(i + 1) + "-13", "10:00");
      m.duration_minutes = 90;
      m.video = true;
      auto id = create_meeting(sql, m, f.organiser, now_seconds());
      set_participants(sql, id, {f.organiser, f.member, f.police, f.outsider});
    }
    auto t = meetings_table(sql, f.group, *year_period(2025));
    EXPECT_EQ(t.rows.size(), 8u);
    EXPECT_EQ(hours_text(t.total_minutes), "12:00");
    EXPECT_EQ(t.rows[0].participants, 3) << "only members of the group are participants";
    auto p = publisher();
    auto activities = p.activities(sql, *year_period(2025));
    ASSERT_EQ(activities.size(), 8u);
    EXPECT_EQ(activities[0].kind, "concertation_meeting");
    EXPECT_TRUE(activities[0].confidential);
    EXPECT_TRUE(activities[0].online);
    EXPECT_EQ(activities[0].title, "Concertation test");
    for (auto& e : p.elements) EXPECT_TRUE(e.protected_counts) << e.code;
    auto values = p.data(sql, *year_period(2025));
    auto hours = std::find_if(values.begin(), values.end(), [](auto& v) { return v.code == "concertation.hours"; });
    ASSERT_NE(hours, values.end());
    EXPECT_DOUBLE_EQ(hours->value, 12.0);
  });
}

TEST(DbConcertationDemo, TheDemoHoldsTheActivityReportsYearOf1000Bruxelles) {
  TestServer server({.seed_demo = true});
  soci::session sql(server.app().db.pool());
  auto groups = list_groups(sql);
  ASSERT_EQ(groups.size(), 2u);
  auto g = std::find_if(groups.begin(), groups.end(), [](auto& x) { return x.kind == "neighbourhood"; });
  ASSERT_NE(g, groups.end());
  EXPECT_EQ(members_of(sql, g->id).size(), 19u);
  for (auto& m : members_of(sql, g->id)) EXPECT_TRUE(m.active) << m.organisation_name;
  int year = to_brussels(now_seconds()).year - 1;
  auto c = group_counts(sql, g->id, *year_period(year));
  EXPECT_EQ(c.situations_treated, 19);
  EXPECT_EQ(c.meetings, 8);
  EXPECT_EQ(hours_text(static_cast<int>(c.minutes)), "12:00");
  std::map<std::string, long> outcomes(c.by_outcome.begin(), c.by_outcome.end());
  EXPECT_EQ(outcomes["bridge_hospital_home"], 3);
  EXPECT_EQ(outcomes["social_support_reinforced"], 3);
  EXPECT_EQ(outcomes["admission_avoided"], 2);
  auto t = meetings_table(sql, g->id, *year_period(year));
  std::vector<int> participants, fresh;
  for (auto& m : t.rows) participants.push_back(m.participants), fresh.push_back(m.new_situations);
  EXPECT_EQ(participants, (std::vector<int>{4, 5, 6, 8, 5, 7, 4, 5}));
  EXPECT_EQ(fresh, (std::vector<int>{3, 2, 2, 3, 1, 3, 2, 3}));
  auto police = member_of(sql, g->id, [&] {
    std::int64_t id = 0;
    std::string email = kDemoPoliceEmail;
    sql << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(id);
    return id;
  }());
  ASSERT_TRUE(police);
  EXPECT_FALSE(police->bound_by_secrecy);
}

TEST_F(DbConcertation, TheFollowUpTableIsReadPageByPageOpenSituationsFirstWithCountsOverTheWholeTable) {
  f.everyone_accepts();
  std::int64_t now = now_seconds();
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 7; ++i) ids.push_back(f.situation("R-0" + std::to_string(i)));
  server.app().db.transact([&](soci::session& sql) {
    // closed; R-02 informed; the others open and not informed.
    sql << "UPDATE concertation_situations SET status = 'closed', closed_at = :n WHERE id IN (:a, :b)", soci::use(now),
        soci::use(ids[0]), soci::use(ids[1]);
    sql << "UPDATE concertation_situations SET informed = 'yes' WHERE id = :a", soci::use(ids[2]);
    Agreement a;
    a.group_id = f.group;
    a.situation_id = ids[6];
    a.what = "Accord";
    a.who_user_id = f.member;
    a.due_at = now - kDay;
    add_agreement(sql, a, f.member, now);
    a.due_at = now + kDay;
    add_agreement(sql, a, f.member, now);
    auto done = add_agreement(sql, a, f.member, now);
    set_agreement_status(sql, done, "done", 0, now);
    Meeting m;
    m.group_id = f.group;
    m.starts_at = now - 3 * kDay;
    put_on_agenda(sql, create_meeting(sql, m, f.organiser, now), ids[6], false, now);

    auto p1 = follow_up_page(sql, f.group, now, 1, 3);
    EXPECT_EQ(p1.total, 7);
    EXPECT_EQ(p1.pages(), 3);
    EXPECT_EQ(p1.to_inform, 4) << "over every page: R-03 to R-06";
    ASSERT_EQ(p1.rows.size(), 3u);
    EXPECT_EQ(p1.rows[0].code, "R-06") << "open ones first, the most recent first";
    EXPECT_EQ(p1.rows[0].open_agreements, 2);
    EXPECT_EQ(p1.rows[0].overdue_agreements, 1);
    EXPECT_EQ(p1.rows[0].last_meeting_at, m.starts_at);
    EXPECT_EQ(p1.first(), 1);
    EXPECT_EQ(p1.last(), 3);
    auto p3 = follow_up_page(sql, f.group, now, 3, 3);
    ASSERT_EQ(p3.rows.size(), 1u);
    EXPECT_EQ(p3.rows[0].code, "R-00") << "closed ones last";
    EXPECT_EQ(p3.first(), 7);
    auto p2 = follow_up_page(sql, f.group, now, 2, 3);
    ASSERT_EQ(p2.rows.size(), 3u);
    EXPECT_EQ(p2.rows[0].code, "R-03");
    EXPECT_EQ(p2.rows[1].code, "R-02");
    EXPECT_EQ(p2.rows[2].code, "R-01");
    EXPECT_EQ(follow_up_page(sql, f.group, now, 99, 3).page, 3) << "past the end: the last page";
    EXPECT_EQ(follow_up_page(sql, f.group, now, -4, 0).page_size, 1);
    EXPECT_EQ(follow_up_page(sql, f.group, now, 1, 100000).page_size, kFollowUpMaxPageSize);
    auto empty = follow_up_page(sql, f.group + 1000, now, 1);
    EXPECT_EQ(empty.total, 0);
    EXPECT_TRUE(empty.rows.empty());
    EXPECT_EQ(empty.pages(), 1);
  });
}
