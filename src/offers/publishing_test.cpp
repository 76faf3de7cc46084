// What the offers publish to the observatory agrees with /offers/reports: the registrations and attendance of
// each type per bassin are those ReportData counts for the care area, the bassins add up to the region, and each
// session is an activity with its participants, organisations and duration.
#include <gtest/gtest.h>

#include "offers/publishing.hpp"
#include "offers/reports.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;

namespace {
struct World {
  std::int64_t sud_org = 0, nord_org = 0, outside_org = 0;
  std::int64_t webinar = 0, sud_week = 0;
  std::vector<std::int64_t> sessions;
};

std::int64_t offer(soci::session& sql, const std::string& type, const std::string& territory, std::int64_t organiser) {
  std::int64_t id = 0, now = 1;
  const std::string title = "Offre " + type;
  sql << "INSERT INTO offers (type, title_fr, territory, status, created_at, updated_at) VALUES (:t, :ti, :te, 'published', :c, "
         ":u) RETURNING id",
      soci::use(type), soci::use(title), soci::use(territory), soci::use(now), soci::use(now), soci::into(id);
  sql << "INSERT INTO offer_organisers (offer_id, organisation_id) VALUES (:o, :g)", soci::use(id), soci::use(organiser);
  return id;
}
std::int64_t session(soci::session& sql, std::int64_t offer_id, const char* date, const char* status = "open",
                     std::int64_t host = 0) {
  std::int64_t starts = *from_brussels(date, "10:00"), ends = starts + 90 * 60, id = 0, now = 1;
  soci::indicator host_ind = host ? soci::i_ok : soci::i_null;
  const std::string state = status;
  sql << "INSERT INTO offer_sessions (offer_id, starts_at, ends_at, place, capacity, status, host_organisation_id, created_at) "
         "VALUES (:o, :s, :e, 'Salle', 30, :st, :h, :c) RETURNING id",
      soci::use(offer_id), soci::use(starts), soci::use(ends), soci::use(state), soci::use(host, host_ind),
      soci::use(now), soci::into(id);
  return id;
}
void registration(soci::session& sql, std::int64_t offer_id, std::int64_t session_id, std::int64_t organisation, int n,
                  const char* attendance = "", const char* status = "confirmed") {
  static int counter = 0;
  for (int i = 0; i < n; ++i) {
    std::string email = "p" + std::to_string(++counter) + "@example.org";
    std::int64_t now = 1;
    soci::indicator org_ind = organisation ? soci::i_ok : soci::i_null;
    const std::string state = status, attended = attendance;
    sql << "INSERT INTO registrations (session_id, offer_id, email, organisation_id, status, attendance, created_at, updated_at) "
           "VALUES (:s, :o, :e, :g, :st, :a, :c, :u)",
        soci::use(session_id), soci::use(offer_id), soci::use(email), soci::use(organisation, org_ind),
        soci::use(state), soci::use(attended), soci::use(now), soci::use(now);
  }
}

double value_of(const std::vector<observatory::DataValue>& values, const std::string& code, const std::string& bassin) {
  double v = 0;
  for (auto& x : values)
    if (x.code == code && x.bassin == bassin) v += x.value;
  return v;
}
double total_of(const std::vector<observatory::DataValue>& values, const std::string& code) {
  double v = 0;
  for (auto& x : values)
    if (x.code == code) v += x.value;
  return v;
}
}  // namespace

TEST(DbOffersPublishing, RegistrationsPerTypeAndBassinAreThoseTheReportsCountForTheCareArea) {
  maillage::testing::TestServer server;
  World w;
  w.sud_org = server.add_organisation("SSM Saint-Gilles", "1060");   // Sud
  w.nord_org = server.add_organisation("Maison médicale Laeken", "1020");  // Nord
  w.outside_org = 0;  // a person of no organisation of the network (the public form): the region only
  server.app().db.transact([&](soci::session& sql) {
    // A region-wide webinar: 3 from Sud (2 present), 2 from Nord (1 present), 1 from outside, 1 cancelled.
    w.webinar = offer(sql, "webinar", "region", w.sud_org);
    auto s1 = session(sql, w.webinar, "2025-03-10");
    registration(sql, w.webinar, s1, w.sud_org, 2, "present");
    registration(sql, w.webinar, s1, w.sud_org, 1, "no_show");
    registration(sql, w.webinar, s1, w.nord_org, 1, "present");
    registration(sql, w.webinar, s1, w.nord_org, 1, "");
    registration(sql, w.webinar, s1, w.outside_org, 1, "");
    registration(sql, w.webinar, s1, w.nord_org, 1, "", "cancelled");
    // The Sud open-door week: two slots hosted by Sud, visitors from Nord count for Sud (the offer's bassin).
    w.sud_week = offer(sql, "open_door", "sud", w.sud_org);
    auto v1 = session(sql, w.sud_week, "2025-10-06", "open", w.sud_org);
    auto v2 = session(sql, w.sud_week, "2025-10-07", "closed", w.sud_org);
    auto proposed = session(sql, w.sud_week, "2025-10-08", "proposed", w.nord_org);
    registration(sql, w.sud_week, v1, w.nord_org, 4, "present");
    registration(sql, w.sud_week, v2, w.sud_org, 3, "present");
    registration(sql, w.sud_week, proposed, w.sud_org, 2, "");
    // Outside 2025.
    auto old = session(sql, w.webinar, "2024-12-31");
    registration(sql, w.webinar, old, w.sud_org, 5, "present");
    w.sessions = {s1, v1, v2};
  });
  auto publisher = offers::publisher();
  soci::session sql(server.app().db.pool());
  auto period = *year_period(2025);
  auto values = publisher.data(sql, period);
  EXPECT_EQ(value_of(values, "offers.registrations.webinar", "sud"), 3);
  EXPECT_EQ(value_of(values, "offers.registrations.webinar", "nord"), 2);
  EXPECT_EQ(value_of(values, "offers.registrations.webinar", ""), 1) << "from outside the region: the region only";
  EXPECT_EQ(total_of(values, "offers.registrations.webinar"), 6);
  EXPECT_EQ(total_of(values, "offers.attendance.webinar"), 3);
  EXPECT_EQ(value_of(values, "offers.registrations.open_door", "sud"), 7);
  EXPECT_EQ(value_of(values, "offers.registrations.open_door", "nord"), 0);
  EXPECT_EQ(value_of(values, "offers.sessions.open_door", "sud"), 2) << "a proposed slot is not held";
  EXPECT_EQ(value_of(values, "offers.open_door.structures", "sud"), 1);
  EXPECT_EQ(value_of(values, "offers.sessions.webinar", ""), 1);
  // The same as the reports' own reading, care area by care area.
  offers::report::ReportData data(sql, {"2025", period.from, period.to}, now_seconds());
  for (std::string bassin : {"sud", "nord", "centre-ouest"})
    for (std::string type : {"webinar", "open_door"}) {
      long counted = 0, present = 0;
      offers::report::Selection sel;
      sel.bassin = bassin;
      for (auto& r : data.registrations) {
        if (data.session_of(r).type != type || !data.matches(r, sel)) continue;
        // A region-wide offer's registration belongs to one care area: its participant's.
        if (data.session_of(r).territory == "region" && r.bassin != bassin) continue;
        ++counted;
        if (r.attendance == "present") ++present;
      }
      EXPECT_EQ(value_of(values, "offers.registrations." + type, bassin), counted) << bassin << " " << type;
      EXPECT_EQ(value_of(values, "offers.attendance." + type, bassin), present) << bassin << " " << type;
    }
  // Each held session is an activity.
  auto activities = publisher.activities(sql, period);
  ASSERT_EQ(activities.size(), 3u);
  auto& webinar = activities[0];
  EXPECT_EQ(webinar.kind, "webinar");
  EXPECT_EQ(webinar.ref, "session:" + std::to_string(w.sessions[0]));
  EXPECT_EQ(webinar.participants, 3) << "attendance is marked: the people present";
  EXPECT_EQ(webinar.duration_minutes, 90);
  EXPECT_EQ(webinar.bassin, "");
  EXPECT_EQ(webinar.organisation_ids.size(), 2u) << "Sud and Nord: the no-show's organisation is there through the others";
  ASSERT_EQ(webinar.staff_hours.size(), 1u);
  EXPECT_DOUBLE_EQ(webinar.staff_hours[0].hours, 1.5);
  EXPECT_EQ(activities[1].kind, "open_door_visit");
  EXPECT_EQ(activities[1].bassin, "sud");
  EXPECT_EQ(activities[1].participants, 4);
}
