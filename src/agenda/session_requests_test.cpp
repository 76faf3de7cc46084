// Sessions on request (Brus'Info) over HTTP, on SQLite and PostgreSQL: anyone asks, the care area's team
// schedules it as an offer session at the premises, the requests count by care area and theme; and a past
// session gets its recording link.
#include <gtest/gtest.h>

#include "agenda/session_requests.hpp"
#include "offers/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
const std::string kPassword = "a long enough password";

std::map<std::string, std::string> a_request(const std::string& postal_code = "1060") {
  return {{"organisation", "Maison médicale du Parvis"}, {"contact", "Léa Martin"}, {"email", "lea@example.org"},
          {"theme", "homelessness"}, {"postal_code", postal_code}, {"place", "Parvis 1"}, {"participants", "12"},
          {"message", "Les services de jour"}};
}

std::int64_t last_request(TestServer& server) {
  soci::session sql(server.app().db.pool());
  std::int64_t id = 0;
  sql << "SELECT COALESCE(MAX(id), 0) FROM session_requests", soci::into(id);
  return id;
}
}  // namespace

TEST(HttpSessionRequests, AnOrganisationAsksWithoutAnAccountAndItsCareAreaIsFoundFromThePostalCode) {
  TestServer server;
  HttpClient visitor(server.url(""));
  auto r = visitor.submit("/agenda/ask", "/agenda/ask", a_request("1060"));
  EXPECT_EQ(r.status, 303) << "back to the agenda with a thank-you";
  soci::session sql(server.app().db.pool());
  auto req = agenda::find_request(sql, last_request(server));
  ASSERT_TRUE(req);
  EXPECT_EQ(req->bassin, "sud") << "Saint-Gilles is in the Sud bassin";
  EXPECT_EQ(req->status, "new");
  EXPECT_EQ(req->participants, 12);
}

TEST(HttpSessionRequests, ARequestWithoutThemeIsRefusedAndKeepsWhatWasTyped) {
  TestServer server;
  HttpClient visitor(server.url(""));
  auto fields = a_request();
  fields["theme"] = "";
  auto r = visitor.submit("/agenda/ask", "/agenda/ask", fields);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"Maison médicale du Parvis\""), std::string::npos);
  EXPECT_EQ(last_request(server), 0);
}

TEST(HttpSessionRequests, TheCareAreasTeamSchedulesItAsAnOfferSessionAtThePremises) {
  TestServer server;
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  server.add_user("nord@example.org", kPassword, "coordinator", "bassin", "nord");
  HttpClient visitor(server.url(""));
  visitor.submit("/agenda/ask", "/agenda/ask", a_request("1060"));
  auto id = std::to_string(last_request(server));
  HttpClient nord(server.url(""));
  ASSERT_TRUE(nord.login("nord@example.org", kPassword));
  EXPECT_EQ(nord.get("/agenda/requests/" + id).status, 403) << "another bassin's request";
  HttpClient sud(server.url(""));
  ASSERT_TRUE(sud.login("sud@example.org", kPassword));
  auto list = sud.get("/agenda/requests");
  EXPECT_NE(list.body.find("Maison médicale du Parvis"), std::string::npos);
  std::string day = local_date_iso(now_seconds() + 20 * 86400);
  auto bad = sud.submit("/agenda/requests/" + id, "/agenda/requests/" + id + "/schedule",
                        {{"title_fr", "Brus'Info"}, {"date", day}, {"start", "10:00"}, {"end", "09:00"}});
  EXPECT_EQ(bad.status, 422);
  auto ok = sud.submit("/agenda/requests/" + id, "/agenda/requests/" + id + "/schedule",
                       {{"title_fr", "Brus'Info : sans-abrisme"}, {"date", day}, {"start", "10:00"}, {"end", "12:00"}});
  EXPECT_EQ(ok.status, 303);
  soci::session sql(server.app().db.pool());
  auto req = agenda::find_request(sql, std::stoll(id));
  ASSERT_EQ(req->status, "scheduled");
  auto s = offers::find_session(sql, req->session_id, now_seconds());
  ASSERT_TRUE(s);
  EXPECT_NE(s->place.find("Maison médicale du Parvis"), std::string::npos);
  auto o = offers::find_offer(sql, s->offer_id);
  EXPECT_EQ(o->territory, "sud");
  EXPECT_EQ(o->theme, "homelessness");
  EXPECT_EQ(o->visibility, "professionals") << "a session for one team is not in the public agenda";
}

TEST(HttpSessionRequests, RequestsCountByCareAreaAndTheme) {
  TestServer server;
  server.add_user("region@example.org", kPassword, "coordinator", "region");
  server.app().db.transact([](soci::session& sql) {
    for (auto [bassin, n] : {std::pair{"region", 4}, {"sud", 2}, {"nord", 1}})
      for (int i = 0; i < n; ++i) {
        agenda::SessionRequest r;
        r.organisation_name = "Org";
        r.contact_name = "C";
        r.email = "c@example.org";
        r.theme = i ? "housing" : "migration";
        r.bassin = bassin;
        r.created_at = now_seconds();
        agenda::insert_request(sql, r);
      }
  });
  soci::session sql(server.app().db.pool());
  auto counts = agenda::requests_by_bassin(sql, now_seconds() - 86400, now_seconds() + 86400);
  std::map<std::string, int> by;
  for (auto& c : counts) by[c.key] = c.count;
  EXPECT_EQ(by["region"], 4);
  EXPECT_EQ(by["sud"], 2);
  EXPECT_EQ(by["nord"], 1);
  HttpClient region(server.url(""));
  ASSERT_TRUE(region.login("region@example.org", kPassword));
  auto page = region.get("/agenda/requests");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<td>7</td>"), std::string::npos) << "the total";
}

TEST(HttpSessionRequests, APastSessionGetsItsRecordingLinkFromItsOrganisers) {
  TestServer server;
  server.add_user("region@example.org", kPassword, "coordinator", "region");
  server.add_user("pro@example.org", kPassword);
  std::int64_t offer = 0, past = 0, ahead = 0;
  server.app().db.transact([&](soci::session& sql) {
    offers::Offer o;
    o.type = "webinar";
    o.title_fr = "Webinaire";
    o.status = "published";
    offer = offers::save_offer(sql, o);
    for (auto* id : {&past, &ahead}) {
      offers::Session s;
      s.offer_id = offer;
      s.starts_at = now_seconds() + (id == &past ? -3 * 86400 : 3 * 86400);
      s.ends_at = s.starts_at + 3600;
      s.capacity = 100;
      *id = offers::save_session(sql, s);
    }
  });
  std::string page = "/offers/" + std::to_string(offer);
  HttpClient region(server.url(""));
  ASSERT_TRUE(region.login("region@example.org", kPassword));
  auto r = region.submit(page, "/agenda/sessions/" + std::to_string(past) + "/recording",
                         {{"recording_url", "https://video.example.org/replay/42"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(HttpClient(server.url("")).get(page).body.find("https://video.example.org/replay/42"), std::string::npos)
      << "anyone who sees the offer sees the replay";
  EXPECT_EQ(region.submit(page, "/agenda/sessions/" + std::to_string(ahead) + "/recording",
                          {{"recording_url", "https://video.example.org/x"}}).status, 422);
  EXPECT_EQ(region.submit(page, "/agenda/sessions/" + std::to_string(past) + "/recording",
                          {{"recording_url", "javascript:alert(1)"}}).status, 422);
  HttpClient pro(server.url(""));
  ASSERT_TRUE(pro.login("pro@example.org", kPassword));
  EXPECT_EQ(pro.submit(page, "/agenda/sessions/" + std::to_string(past) + "/recording",
                       {{"recording_url", "https://evil.example.org"}}).status, 403);
}
