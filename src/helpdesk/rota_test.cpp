// The rota: half-day boundaries in Brussels time, Belgian public holidays, gaps and absences as rules; signing
// up under a race, line isolation of assignments, the calendar feed, the gap mail and the responder grant over
// HTTP.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "helpdesk/lines.hpp"
#include "helpdesk/rota.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/ical.hpp"
#include "platform/security.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using namespace maillage::testing;
using namespace std::chrono;

namespace {

Day day_of(const char* iso) { return *parse_day(iso); }

std::int64_t at(const char* date, const char* time) { return *from_brussels(date, time); }

Line weekday_line() {
  Line l;
  l.id = 1;
  l.code = "region";
  return l;
}

Shift shift(Day d, Half h, std::int64_t user) {
  Shift s;
  s.line_id = 1;
  s.day = d;
  s.half = h;
  s.user_id = user;
  return s;
}

// A half-day at least two days ahead on which the regional line expects a shift (a weekday, no holiday).
Day free_weekday_ahead() {
  Day d = brussels_day(now_seconds()) + days{2};
  while (!shift_expected(weekday_line(), d, Half::Morning, {})) d += days{1};
  return d;
}

constexpr const char* kPassword = "a long enough password";

std::string line_id_of(TestServer& server, const char* code) {
  soci::session sql(server.app().db.pool());
  return std::to_string(find_line_by_code(sql, code)->id);
}

void with_lines(TestServer& server) {
  server.app().db.transact([](soci::session& sql) { ensure_default_lines(sql, now_seconds()); });
}

int shifts_on(TestServer& server, const std::string& line_id, Day d) {
  soci::session sql(server.app().db.pool());
  return static_cast<int>(shifts_of_line(sql, std::stoll(line_id), d, d + days{1}).size());
}

}  // namespace

TEST(HelpdeskRota, AMorningRunsFromNineToOneAndAnAfternoonFromOneToFiveBrusselsTime) {
  auto winter = shift_times(day_of("2026-01-12"), Half::Morning);
  EXPECT_EQ(winter.starts_at, at("2026-01-12", "09:00"));
  EXPECT_EQ(winter.ends_at - winter.starts_at, 4 * 3600);
  EXPECT_EQ(winter.starts_at % 86400, 8 * 3600) << "09:00 in winter is 08:00 UTC";
  auto summer = shift_times(day_of("2026-07-13"), Half::Afternoon);
  EXPECT_EQ(summer.starts_at % 86400, 11 * 3600) << "13:00 in summer is 11:00 UTC";
  EXPECT_EQ(summer.ends_at, at("2026-07-13", "17:00"));
  auto slot = slot_at(at("2026-07-13", "12:59"));
  ASSERT_TRUE(slot);
  EXPECT_EQ(slot->half, Half::Morning);
  EXPECT_EQ(slot_at(at("2026-07-13", "13:00"))->half, Half::Afternoon);
  EXPECT_FALSE(slot_at(at("2026-07-13", "08:59")));
  EXPECT_FALSE(slot_at(at("2026-07-13", "17:00")));
  EXPECT_FALSE(slot_at(at("2026-07-11", "10:00"))) << "a Saturday has no shift";
}

TEST(HelpdeskRota, DaysAndWeeksReadBackAsTyped) {
  EXPECT_EQ(day_iso(day_of("2026-03-29")), "2026-03-29");
  EXPECT_FALSE(parse_day("2026-02-30"));
  EXPECT_FALSE(parse_day("yesterday"));
  EXPECT_EQ(day_iso(monday_of(day_of("2026-12-06"))), "2026-11-30") << "a Sunday belongs to the week begun on Monday";
  EXPECT_EQ(day_iso(monday_of(day_of("2026-11-30"))), "2026-11-30");
  EXPECT_EQ(day_iso(brussels_day(at("2026-03-29", "00:30"))), "2026-03-29") << "the Brussels date, not UTC's";
}

TEST(HelpdeskRota, TheEasterBasedHolidaysOf2025To2027FallOnTheirDates) {
  EXPECT_EQ(day_iso(easter_sunday(2025)), "2025-04-20");
  EXPECT_EQ(day_iso(easter_sunday(2026)), "2026-04-05");
  EXPECT_EQ(day_iso(easter_sunday(2027)), "2027-03-28");
  struct Expected {
    const char* easter_monday;
    const char* ascension;
    const char* whit_monday;
  };
  const Expected expected[] = {{"2025-04-21", "2025-05-29", "2025-06-09"},
                               {"2026-04-06", "2026-05-14", "2026-05-25"},
                               {"2027-03-29", "2027-05-06", "2027-05-17"}};
  for (auto& e : expected) {
    EXPECT_STREQ(holiday_on(day_of(e.easter_monday), {}), "Easter Monday");
    EXPECT_STREQ(holiday_on(day_of(e.ascension), {}), "Ascension Day");
    EXPECT_STREQ(holiday_on(day_of(e.whit_monday), {}), "Whit Monday");
  }
}

TEST(HelpdeskRota, BelgiumHasTenLegalHolidaysAndAnInstallationMayAddItsRegionalDays) {
  for (int year : {2025, 2026, 2027}) {
    auto days_off = public_holidays(year, {});
    EXPECT_EQ(days_off.size(), 10u) << year;
  }
  EXPECT_STREQ(holiday_on(day_of("2026-07-21"), {}), "Belgian National Day");
  EXPECT_STREQ(holiday_on(day_of("2025-11-11"), {}), "Armistice Day");
  EXPECT_STREQ(holiday_on(day_of("2027-12-25"), {}), "Christmas Day");
  EXPECT_EQ(holiday_on(day_of("2026-05-08"), {}), nullptr) << "8 May is not a legal holiday";
  EXPECT_EQ(holiday_on(day_of("2026-09-27"), {}), nullptr);
  EXPECT_STREQ(holiday_on(day_of("2026-05-08"), {"05-08"}), "Iris Day (Brussels-Capital Region)");
  EXPECT_STREQ(holiday_on(day_of("2026-09-27"), {"05-08", "09-27"}), "Day of the French-speaking Community");
  EXPECT_EQ(public_holidays(2026, {"01-01", "13-40"}).size(), 10u) << "a duplicate or an invalid day adds nothing";
}

TEST(HelpdeskRota, NoShiftIsExpectedOnAWeekendAHolidayOrOutsideTheLinesHours) {
  Line l = weekday_line();
  EXPECT_TRUE(shift_expected(l, day_of("2026-04-07"), Half::Morning, {}));
  EXPECT_FALSE(shift_expected(l, day_of("2026-04-06"), Half::Morning, {})) << "Easter Monday";
  EXPECT_FALSE(shift_expected(l, day_of("2026-04-11"), Half::Afternoon, {})) << "a Saturday";
  l.opening_hours = "TU 09:00-12:00\nTH 14:00-17:00";
  EXPECT_TRUE(shift_expected(l, day_of("2026-04-07"), Half::Morning, {}));
  EXPECT_FALSE(shift_expected(l, day_of("2026-04-07"), Half::Afternoon, {}));
  EXPECT_TRUE(shift_expected(l, day_of("2026-04-09"), Half::Afternoon, {}));
  EXPECT_FALSE(shift_expected(l, day_of("2026-04-08"), Half::Morning, {}));
}

TEST(HelpdeskRota, AWeekWithoutHoldersHasAGapPerExpectedHalfDay) {
  Line l = weekday_line();
  Day monday = day_of("2026-04-06");  // Easter Monday: no shift expected
  std::vector<Shift> shifts = {shift(monday + days{1}, Half::Morning, 7), shift(monday + days{1}, Half::Afternoon, 8)};
  auto gaps = gaps_between(l, monday, monday + days{7}, shifts, {}, {});
  EXPECT_EQ(gaps.size(), 6u) << "Tuesday is covered, Monday a holiday, Wednesday to Friday open";
  EXPECT_EQ(day_iso(gaps.front().day), "2026-04-08");
  auto slots = slots_between(l, monday, monday + days{1}, shifts, {}, {});
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_STREQ(slots[0].holiday, "Easter Monday");
  EXPECT_FALSE(slots[0].gap());
}

TEST(HelpdeskRota, AnAbsenceUncoversTheShiftsItsResponderHolds) {
  Line l = weekday_line();
  Day tuesday = day_of("2026-04-14");
  std::vector<Shift> shifts = {shift(tuesday, Half::Morning, 7), shift(tuesday + days{1}, Half::Morning, 7)};
  Absence away;
  away.user_id = 7;
  away.starts_on = tuesday;
  away.ends_on = tuesday;  // one day, inclusive
  auto slots = slots_between(l, tuesday, tuesday + days{2}, shifts, {away}, {});
  ASSERT_EQ(slots.size(), 4u);
  EXPECT_TRUE(slots[0].holder && slots[0].holder_absent);
  EXPECT_TRUE(slots[0].gap()) << "the holder is away: uncovered";
  EXPECT_TRUE(slots[2].covered()) << "the day after, the holder is back";
  EXPECT_FALSE(absent_on({away}, 8, tuesday)) << "another responder is not away";
}

TEST(DbHelpdeskRota, ASecondTakerOfAShiftIsToldItIsTaken) {
  TestServer server;
  with_lines(server);
  auto a = server.add_user("a@example.org", kPassword), b = server.add_user("b@example.org", kPassword);
  auto line = std::stoll(line_id_of(server, "region"));
  Day d = free_weekday_ahead();
  EXPECT_TRUE(server.app().db.transact([&](soci::session& sql) { return take_shift(sql, line, d, Half::Morning, a, 0, now_seconds()); }));
  EXPECT_FALSE(server.app().db.transact([&](soci::session& sql) { return take_shift(sql, line, d, Half::Morning, b, 0, now_seconds()); }));
  EXPECT_TRUE(server.app().db.transact([&](soci::session& sql) { return take_shift(sql, line, d, Half::Afternoon, b, 0, now_seconds()); }));
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_shift(sql, line, d, Half::Morning)->user_id, a);
}

class HttpHelpdeskRota : public ::testing::Test {
 protected:
  void SetUp() override {
    with_lines(server);
    region = line_id_of(server, "region");
    nord = line_id_of(server, "nord");
    sud = line_id_of(server, "sud");
  }
  TestServer server;
  std::string region, nord, sud;
};

TEST_F(HttpHelpdeskRota, TwoRespondersTakingTheSameShiftAtOnceLeaveExactlyOneHolder) {
  server.add_user("one@example.org", kPassword, "responder", "line", region);
  server.add_user("two@example.org", kPassword, "responder", "line", region);
  HttpClient one(server.url("")), two(server.url(""));
  ASSERT_TRUE(one.login("one@example.org", kPassword));
  ASSERT_TRUE(two.login("two@example.org", kPassword));
  Day d = free_weekday_ahead();
  std::string rota = "/helpdesk/lines/region/rota?week=" + day_iso(monday_of(d));
  std::string csrf_one = one.csrf_from(one.get(rota).body), csrf_two = two.csrf_from(two.get(rota).body);
  std::map<std::string, std::string> form = {{"day", day_iso(d)}, {"half", "am"}, {"week", day_iso(monday_of(d))}};
  long status_one = 0, status_two = 0;
  std::string body_one, body_two;
  std::atomic<int> ready{0};
  std::thread t1([&] {
    auto f = form;
    f["_csrf"] = csrf_one;
    ++ready;
    while (ready < 2) {}
    auto r = one.post("/helpdesk/lines/region/rota/take", f);
    status_one = r.status;
    body_one = r.body;
  });
  std::thread t2([&] {
    auto f = form;
    f["_csrf"] = csrf_two;
    ++ready;
    while (ready < 2) {}
    auto r = two.post("/helpdesk/lines/region/rota/take", f);
    status_two = r.status;
    body_two = r.body;
  });
  t1.join();
  t2.join();
  EXPECT_EQ(shifts_on(server, region, d), 1);
  std::vector<long> statuses = {status_one, status_two};
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<long>{303, 409})) << "one gets the shift, the other a clear refusal";
  const std::string& refused = status_one == 409 ? body_one : body_two;
  EXPECT_NE(refused.find("role=\"alert\""), std::string::npos);
}

TEST_F(HttpHelpdeskRota, AResponderOfSudCannotTakeAssignOrFreeAShiftOfNord) {
  auto nord_responder = server.add_user("nord@example.org", kPassword, "responder", "line", nord);
  server.add_user("sud.responder@example.org", kPassword, "responder", "line", sud);
  server.add_user("sud.coordinator@example.org", kPassword, "coordinator", "bassin", "sud");
  server.add_user("nord.coordinator@example.org", kPassword, "coordinator", "bassin", "nord");
  Day d = free_weekday_ahead();
  auto line = std::stoll(nord);
  server.app().db.transact([&](soci::session& sql) { take_shift(sql, line, d, Half::Morning, nord_responder, 0, now_seconds()); });
  std::map<std::string, std::string> form = {{"day", day_iso(d)}, {"half", "am"}, {"user_id", std::to_string(nord_responder)}};
  HttpClient sud_responder(server.url("")), sud_coordinator(server.url("")), nord_coordinator(server.url(""));
  ASSERT_TRUE(sud_responder.login("sud.responder@example.org", kPassword));
  ASSERT_TRUE(sud_coordinator.login("sud.coordinator@example.org", kPassword));
  ASSERT_TRUE(nord_coordinator.login("nord.coordinator@example.org", kPassword));
  EXPECT_EQ(sud_responder.get("/helpdesk/lines/nord").status, 403) << "a responder sees its own lines only";
  EXPECT_EQ(sud_responder.submit("/helpdesk/lines/sud/rota", "/helpdesk/lines/nord/rota/leave", form).status, 403);
  EXPECT_EQ(sud_responder.submit("/helpdesk/lines/sud/rota", "/helpdesk/lines/nord/rota/take",
                                 {{"day", day_iso(d)}, {"half", "pm"}}).status, 403);
  EXPECT_EQ(sud_responder.submit("/helpdesk/lines/sud/rota", "/helpdesk/lines/nord/rota/assign", form).status, 403);
  EXPECT_EQ(sud_coordinator.get("/helpdesk/lines/nord").status, 200) << "territory coordinators read every line";
  EXPECT_EQ(sud_coordinator.submit("/helpdesk/lines/nord/rota", "/helpdesk/lines/nord/rota/leave", form).status, 403)
      << "but assign only on the lines of their bassin";
  EXPECT_EQ(shifts_on(server, nord, d), 1);
  EXPECT_EQ(nord_coordinator.submit("/helpdesk/lines/nord/rota", "/helpdesk/lines/nord/rota/leave", form).status, 303);
  EXPECT_EQ(shifts_on(server, nord, d), 0);
  EXPECT_EQ(nord_coordinator.submit("/helpdesk/lines/nord/rota", "/helpdesk/lines/nord/rota/assign", form).status, 303);
  EXPECT_EQ(shifts_on(server, nord, d), 1);
  auto other = form;
  other["user_id"] = "999";
  EXPECT_EQ(nord_coordinator.submit("/helpdesk/lines/nord/rota", "/helpdesk/lines/nord/rota/assign", other).status, 422)
      << "only a responder of the line is assigned";
}

TEST_F(HttpHelpdeskRota, AResponderAwayOnADayCannotTakeItsShiftAndTheGridShowsItUncovered) {
  auto id = server.add_user("r@example.org", kPassword, "responder", "line", region);
  HttpClient r(server.url(""));
  ASSERT_TRUE(r.login("r@example.org", kPassword));
  Day d = free_weekday_ahead();
  std::string week = day_iso(monday_of(d));
  EXPECT_EQ(r.submit("/helpdesk/lines/region/rota?week=" + week, "/helpdesk/lines/region/rota/take",
                     {{"day", day_iso(d)}, {"half", "am"}, {"week", week}}).status, 303);
  EXPECT_EQ(r.submit("/helpdesk/rota/mine", "/helpdesk/rota/mine/absences",
                     {{"starts_on", day_iso(d)}, {"ends_on", day_iso(d)}, {"kind", "holiday"}}).status, 303);
  auto grid = r.get("/helpdesk/lines/region/rota?lang=en&week=" + week);
  EXPECT_NE(grid.body.find("away: uncovered"), std::string::npos);
  EXPECT_EQ(r.submit("/helpdesk/lines/region/rota?week=" + week, "/helpdesk/lines/region/rota/take",
                     {{"day", day_iso(d)}, {"half", "pm"}, {"week", week}}).status, 422);
  auto bad = r.submit("/helpdesk/rota/mine", "/helpdesk/rota/mine/absences",
                      {{"starts_on", day_iso(d)}, {"ends_on", day_iso(d - days{3})}, {"kind", "holiday"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"" + day_iso(d) + "\""), std::string::npos) << "the form keeps what was typed";
  (void)id;
}

TEST_F(HttpHelpdeskRota, AResponderSubscribesToItsShiftsThroughAPrivateCalendarAddress) {
  auto id = server.add_user("r@example.org", kPassword, "responder", "line", region);
  Day d = free_weekday_ahead();
  auto line = std::stoll(region);
  server.app().db.transact([&](soci::session& sql) {
    take_shift(sql, line, d, Half::Morning, id, 0, now_seconds());
    take_shift(sql, line, d, Half::Afternoon, id, 0, now_seconds());
  });
  HttpClient r(server.url(""));
  ASSERT_TRUE(r.login("r@example.org", kPassword));
  auto page = r.submit("/helpdesk/rota/mine", "/helpdesk/rota/feed", {});
  ASSERT_EQ(page.status, 200);
  auto start = page.body.find("/helpdesk/rota/feed/");
  ASSERT_NE(start, std::string::npos);
  auto end = page.body.find(".ics", start);
  std::string path = page.body.substr(start, end + 4 - start);
  auto feed = HttpClient(server.url("")).get(path);
  ASSERT_EQ(feed.status, 200) << "no cookie needed: the address is the key";
  EXPECT_EQ(feed.header("content-type").rfind("text/calendar", 0), 0u);
  EXPECT_TRUE(ical_problems(feed.body).empty()) << feed.body;
  std::size_t events = 0;
  for (auto p = feed.body.find("BEGIN:VEVENT"); p != std::string::npos; p = feed.body.find("BEGIN:VEVENT", p + 1)) ++events;
  EXPECT_EQ(events, 2u);
  EXPECT_NE(feed.body.find("PRODID:-//Maillage//Helpdesk//FR"), std::string::npos);
  auto times = shift_times(d, Half::Morning);
  EXPECT_NE(feed.body.find("DTSTART:"), std::string::npos);
  (void)times;
  EXPECT_EQ(r.get("/helpdesk/rota/mine").body.find("/helpdesk/rota/feed/"), std::string::npos) << "shown once";
  r.submit("/helpdesk/rota/mine", "/helpdesk/rota/feed", {});
  EXPECT_EQ(HttpClient(server.url("")).get(path).status, 404) << "a new address replaces the old one";
  EXPECT_EQ(HttpClient(server.url("")).get("/helpdesk/rota/feed/forged.ics").status, 404);
}

TEST_F(HttpHelpdeskRota, TheGapsOfTheComingWeekAreMailedOnceToTheLinesCoordinators) {
  server.add_user("region.coordinator@example.org", kPassword, "coordinator", "region");
  server.add_user("nord.coordinator@example.org", kPassword, "coordinator", "bassin", "nord");
  server.add_user("sud.coordinator@example.org", kPassword, "coordinator", "bassin", "sud");
  // Only the Nord line is active: its coordinators are the region's and Nord's, not Sud's.
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE helpdesk_lines SET active = 0 WHERE code <> 'nord'";
  });
  int mailed = mail_rota_gaps(server.app(), now_seconds());
  EXPECT_GE(mailed, 6) << "a week of weekdays without any holder (holidays aside)";
  server.run_jobs();
  EXPECT_NE(server.last_mail_to("nord.coordinator@example.org").find("/helpdesk/lines/nord/rota"), std::string::npos);
  EXPECT_FALSE(server.last_mail_to("region.coordinator@example.org").empty());
  EXPECT_TRUE(server.last_mail_to("sud.coordinator@example.org").empty());
  EXPECT_EQ(mail_rota_gaps(server.app(), now_seconds()), 0) << "each gap is mailed once";
}

TEST_F(HttpHelpdeskRota, AnAdministratorGrantsAndRemovesAResponderOfALineShownByItsName) {
  server.add_user("admin@example.org", kPassword, "admin");
  auto pro = server.add_user("pro@example.org", kPassword);
  HttpClient admin(server.url("")), user(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  ASSERT_TRUE(user.login("pro@example.org", kPassword));
  EXPECT_EQ(user.get("/helpdesk/rota/mine").status, 403);
  auto page = "/admin/users/" + std::to_string(pro);
  EXPECT_EQ(admin.submit(page, page + "/grants", {{"role", "responder"}, {"scope", "line:" + sud}}).status, 303);
  EXPECT_EQ(user.get("/helpdesk/rota/mine").status, 200);
  EXPECT_EQ(user.get("/helpdesk/lines/sud").status, 200);
  EXPECT_EQ(user.get("/helpdesk/lines/nord").status, 403);
  auto shown = admin.get(page);
  EXPECT_NE(shown.body.find("Sud"), std::string::npos) << "the grant is shown with the line's name";
  EXPECT_EQ(admin.submit(page, page + "/grants", {{"role", "responder"}, {"scope", "line:9999"}}).status, 303);
  EXPECT_EQ(admin.submit(page, page + "/grants", {{"role", "responder"}, {"scope", "bassin:sud"}}).status, 303);
  std::int64_t gid = 0;
  int n = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT COUNT(*) FROM grants WHERE user_id = :u", soci::use(pro), soci::into(n);
    sql << "SELECT id FROM grants WHERE user_id = :u", soci::use(pro), soci::into(gid);
  }
  EXPECT_EQ(n, 1) << "an unknown line, or a responder of a bassin, is refused";
  EXPECT_EQ(admin.submit(page, page + "/grants/" + std::to_string(gid) + "/delete", {}).status, 303);
  EXPECT_EQ(user.get("/helpdesk/rota/mine").status, 403);
  soci::session sql(server.app().db.pool());
  int added = 0, removed = 0;
  std::string detail = "responder line " + sud;
  sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'grant.add' AND detail = :d", soci::use(detail), soci::into(added);
  sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'grant.remove' AND detail = :d", soci::use(detail), soci::into(removed);
  EXPECT_EQ(added, 1);
  EXPECT_EQ(removed, 1);
}

TEST_F(HttpHelpdeskRota, AnAdministratorEditsALineAndMakesAPhoneTokenShownOnce) {
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  auto page = "/admin/helpdesk/lines/" + sud;
  ASSERT_EQ(admin.get("/admin/helpdesk/lines").status, 200);
  std::map<std::string, std::string> form = {{"name_fr", "Ligne Sud"}, {"name_nl", "Lijn Zuid"}, {"name_en", "South line"},
                                             {"phone", "02 000 00 04"}, {"email", "sud@example.org"}, {"retention_months", "6"},
                                             {"position", "4"}, {"active", "1"}, {"hours-MO-1-from", "09:00"},
                                             {"hours-MO-1-to", "13:00"}, {"hours-WE-1-from", "13:00"}, {"hours-WE-1-to", "17:00"}};
  EXPECT_EQ(admin.submit(page, page, form).status, 303);
  {
    soci::session sql(server.app().db.pool());
    auto l = find_line_by_code(sql, "sud");
    EXPECT_EQ(l->opening_hours, "MO 09:00-13:00\nWE 13:00-17:00");
    EXPECT_EQ(l->retention_months, 6);
    EXPECT_EQ(l->name_en, "South line");
  }
  auto bad = form;
  bad["retention_months"] = "0";
  bad["hours-TU-1-from"] = "12:00";
  bad["hours-TU-1-to"] = "10:00";
  auto refused = admin.submit(page, page, bad);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("value=\"02 000 00 04\""), std::string::npos) << "what was typed stays";
  auto token_page = admin.submit(page, page + "/token", {});
  ASSERT_EQ(token_page.status, 200);
  auto code = token_page.body.find("<code>", token_page.body.find("notice"));
  ASSERT_NE(code, std::string::npos);
  std::string token = token_page.body.substr(code + 6, token_page.body.find("</code>", code) - code - 6);
  EXPECT_GE(token.size(), 40u);
  soci::session sql(server.app().db.pool());
  std::string hash;
  sql << "SELECT call_token_hash FROM helpdesk_lines WHERE code = 'sud'", soci::into(hash);
  EXPECT_EQ(hash, security::sha256_hex(token)) << "only the fingerprint is kept";
  EXPECT_EQ(admin.get(page).body.find(token), std::string::npos) << "the token is shown once";
}
