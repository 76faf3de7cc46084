// The offers' pages over HTTP: catalogue, registration by form with e-mail confirmation, the organiser's
// attendance list, certificates and questionnaires, refusals with a clear message, open-door campaigns.
#include <gtest/gtest.h>

#include <regex>

#include "platform/brussels_time.hpp"
#include "offers/model.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"
#include "platform/testing/pdf_text.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

std::string link_in(const std::string& mail) {
  std::smatch m;
  if (std::regex_search(mail, m, std::regex("https?://[^/]+(/offers/r/[0-9]+\\.[A-Za-z0-9_-]+)"))) return m[1];
  return "";
}

std::int64_t only_registration(TestServer& s, std::int64_t session) {
  soci::session sql(s.app().db.pool());
  std::int64_t id = 0;
  sql << "SELECT MAX(id) FROM registrations WHERE session_id = :s", soci::use(session), soci::into(id);
  return id;
}
}  // namespace

TEST(HttpOffersPages, TheCatalogueGroupsOffersByKindAndFilters) {
  TestServer server;
  auto f = published_offer(server);
  HttpClient client(server.url(""));
  auto page = client.get("/offers?lang=fr");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Séance d&#39;information sur le réseau"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/offers/" + std::to_string(f.offer) + "\""), std::string::npos);
  EXPECT_EQ(client.get("/offers?type=webinar").body.find("sur le réseau"), std::string::npos);
  EXPECT_EQ(client.get("/offers?month=2001-01").body.find("sur le réseau"), std::string::npos);
  auto members = published_offer(server, {.type = "immersion", .visibility = "members"});
  auto hidden = client.get("/offers/" + std::to_string(members.offer));
  EXPECT_EQ(hidden.status, 403) << "an immersion is for the immersion network";
  EXPECT_EQ(hidden.body.find("sur le réseau"), std::string::npos) << "its title stays hidden";
}

TEST(HttpOffersPages, AnAnonymousVisitorRegistersByFormAndConfirmsByEmail) {
  TestServer server;
  auto f = published_offer(server);
  HttpClient client(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  auto bad = client.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"name", "Anne"},
                                                        {"email", "nope"}, {"organisation", "CPAS"}, {"sector", "social"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"Anne\""), std::string::npos) << "what was typed is kept";
  auto ok = client.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"name", "Anne"},
                                                       {"email", "anne@example.org"}, {"organisation", "CPAS"}, {"sector", "social"}});
  EXPECT_EQ(ok.status, 303);
  auto dup = client.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"name", "Anne"},
                                                        {"email", "anne@example.org"}, {"organisation", "CPAS"}, {"sector", "social"}});
  EXPECT_EQ(dup.status, 409);
  server.run_jobs();
  auto link = link_in(server.last_mail_to("anne@example.org"));
  ASSERT_FALSE(link.empty());
  auto r = client.submit(link, link + "/confirm", {});
  EXPECT_EQ(r.status, 303);
  auto after = client.get(link + "?lang=en");
  EXPECT_NE(after.body.find("Confirmed"), std::string::npos);
  auto cancel = client.submit(link, link + "/cancel", {});
  EXPECT_EQ(cancel.status, 303);
  EXPECT_NE(client.get(link + "?lang=en").body.find("Cancelled"), std::string::npos);
}

TEST(HttpOffersPages, AnOrganiserMarksAttendanceAndOnlyThePresentGetACertificateAndTheQuestionnaire) {
  TestServer server;
  auto f = published_offer(server, {.starts_in = 3 * 86400});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  server.add_user("came@example.org", kPassword);
  server.add_user("absent@example.org", kPassword);
  HttpClient came(server.url("")), absent(server.url("")), org(server.url(""));
  ASSERT_TRUE(came.login("came@example.org", kPassword));
  ASSERT_TRUE(absent.login("absent@example.org", kPassword));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string offer = "/offers/" + std::to_string(f.offer);
  EXPECT_EQ(came.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"sector", "housing"}}).status, 303);
  auto came_id = only_registration(server, f.session);
  EXPECT_EQ(absent.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"sector", "youth"}}).status, 303);
  auto absent_id = only_registration(server, f.session);
  std::string list = "/offers/sessions/" + std::to_string(f.session) + "/registrations";
  EXPECT_EQ(came.get(list).status, 403) << "a participant does not see the list";
  ASSERT_EQ(org.get(list).status, 200);
  EXPECT_EQ(org.submit(list, "/offers/registrations/" + std::to_string(came_id) + "/present", {}).status, 303);
  EXPECT_EQ(org.submit(list, "/offers/registrations/" + std::to_string(absent_id) + "/no_show", {}).status, 303);
  // The session has taken place.
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t past = now_seconds() - 86400, start = past - 5400;
    sql << "UPDATE offer_sessions SET starts_at = :s, ends_at = :e WHERE id = :id", soci::use(start),
        soci::use(past), soci::use(f.session);
  });
  auto mine = came.get("/offers/mine?lang=en");
  EXPECT_NE(mine.body.find("/certificate.pdf"), std::string::npos);
  auto pdf = came.get("/offers/registrations/" + std::to_string(came_id) + "/certificate.pdf?lang=fr");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  auto text = maillage::testing::pdf_text(pdf.body);
  EXPECT_NE(text.find("Attestation de présence"), std::string::npos) << text;
  EXPECT_NE(text.find("1,5"), std::string::npos) << "one hour and a half, in French: " << text;
  EXPECT_EQ(absent.get("/offers/registrations/" + std::to_string(absent_id) + "/certificate").status, 403);
  EXPECT_EQ(absent.get("/offers/registrations/" + std::to_string(came_id) + "/certificate").status, 404)
      << "nobody reaches someone else's registration";
  auto form = came.get("/offers/registrations/" + std::to_string(came_id) + "/evaluation");
  ASSERT_EQ(form.status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(form.body, m, std::regex("name=\"(q[0-9]+)\" value=\"4\"")));
  EXPECT_EQ(came.post("/offers/registrations/" + std::to_string(came_id) + "/evaluation",
                      {{"_csrf", came.csrf_from(form.body)}, {m[1], "4"}}).status, 303);
  auto results = org.get(offer + "/evaluations?lang=en");
  EXPECT_NE(results.body.find("<td>4.0</td>"), std::string::npos);
  auto list_after = org.get(list + "?lang=en");
  EXPECT_NE(list_after.body.find("1 present, 1 absent"), std::string::npos);
}

TEST(HttpOffersPages, CapacityBelowTheConfirmedCountAndASessionInThePastAreRefusedWithAMessage) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 3});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  HttpClient anon(server.url(""));
  for (auto who : {"a", "b"})
    anon.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations",
                  std::string("{\"name\":\"x\",\"email\":\"") + who + "@example.org\",\"organisation\":\"" + who + "\",\"sector\":\"social\"}",
                  "application/json");
  std::string edit = "/offers/" + std::to_string(f.offer) + "/edit";
  auto low = org.submit(edit + "?lang=en", "/offers/sessions/" + std::to_string(f.session) + "/edit", {{"capacity", "1"}});
  EXPECT_EQ(low.status, 422);
  EXPECT_NE(low.body.find("cannot be lower than the number of people already confirmed"), std::string::npos);
  auto past = org.submit(edit, "/offers/" + std::to_string(f.offer) + "/sessions",
                         {{"date", "2020-01-10"}, {"start", "09:00"}, {"end", "10:00"}, {"place", "Ici"}, {"capacity", "5"}});
  EXPECT_EQ(past.status, 422);
  EXPECT_NE(past.body.find("would be in the past"), std::string::npos) << "English, remembered from ?lang=en";
  auto fine = org.submit(edit, "/offers/" + std::to_string(f.offer) + "/sessions",
                         {{"date", local_date_iso(now_seconds() + 20 * 86400)}, {"start", "09:00"}, {"end", "10:00"},
                          {"place", "Ici"}, {"capacity", "5"}});
  EXPECT_EQ(fine.status, 303);
}

TEST(HttpOffersPages, AnOpenDoorCampaignRefusesAnOverlappingWeekAndPublishesValidatedSlots) {
  TestServer server;
  server.add_user("coord@example.org", kPassword, "coordinator", "region");
  auto org = server.add_organisation("Maison médicale des Marolles", "1000");
  auto host = server.add_user("host@example.org", kPassword);
  server.add_membership(host, org, "coordinator");
  HttpClient coord(server.url("")), h(server.url("")), visitor(server.url(""));
  ASSERT_TRUE(coord.login("coord@example.org", kPassword));
  ASSERT_TRUE(h.login("host@example.org", kPassword));
  std::int64_t now = now_seconds();
  auto day = [&](int d) { return local_date_iso(now + d * 86400); };
  auto r = coord.submit("/offers/campaigns", "/offers/campaigns",
                        {{"bassin", "sud"}, {"name", "Portes ouvertes Sud"}, {"week_start", day(30)},
                         {"slots_deadline", day(20)}, {"registration_opens", day(-1)}});
  ASSERT_EQ(r.status, 303) << r.body;
  std::string campaign = r.header("location");
  auto clash = coord.submit("/offers/campaigns?lang=en", "/offers/campaigns",
                            {{"bassin", "nord"}, {"name", "Portes ouvertes Nord"}, {"week_start", day(33)},
                             {"slots_deadline", day(20)}, {"registration_opens", day(1)}});
  EXPECT_EQ(clash.status, 409);
  EXPECT_NE(clash.body.find("overlaps"), std::string::npos);
  auto slot = h.submit(campaign, campaign + "/slots",
                       {{"organisation_id", std::to_string(org)}, {"date", day(31)}, {"start", "10:45"}, {"capacity", "12"},
                        {"format", "visit"}, {"place", "Rue Haute 1"}, {"postal_code", "1000"}, {"theme", "Santé mentale"}});
  EXPECT_EQ(slot.status, 303) << slot.body;
  auto too_big = h.submit(campaign, campaign + "/slots",
                          {{"organisation_id", std::to_string(org)}, {"date", day(31)}, {"start", "13:30"}, {"capacity", "40"},
                           {"place", "Rue Haute 1"}, {"postal_code", "1000"}});
  EXPECT_EQ(too_big.status, 422);
  std::int64_t slot_id = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT MAX(id) FROM offer_sessions WHERE status = 'proposed'", soci::into(slot_id);
  }
  EXPECT_EQ(h.submit(campaign, "/offers/sessions/" + std::to_string(slot_id) + "/validate", {}).status, 403);
  EXPECT_EQ(coord.submit(campaign, "/offers/sessions/" + std::to_string(slot_id) + "/validate", {}).status, 303);
  EXPECT_EQ(coord.submit(campaign, campaign + "/publish", {}).status, 303);
  std::string id = campaign.substr(campaign.rfind('/') + 1);
  auto programme = visitor.get("/offers/open-door/" + id + "?commune=Bruxelles");
  ASSERT_EQ(programme.status, 200);
  EXPECT_NE(programme.body.find("Maison médicale des Marolles"), std::string::npos);
  auto reg = visitor.post("/offers/open-door/" + id + "/register",
                          {{"_csrf", visitor.csrf_from(programme.body)}, {"session_id", std::to_string(slot_id)},
                           {"name", "Visiteur"}, {"email", "v@example.org"}, {"organisation", "CPAS"}, {"sector", "social"}});
  EXPECT_EQ(reg.status, 200);
  // The week is ahead: the report of its calendar year counts it, its one structure; the visit just made waits
  // for the visitor's e-mail confirmation, so it is not a visit yet.
  auto report = coord.get("/offers/reports.csv?table=opendoor&year=" + local_date_iso(now + 31 * 86400).substr(0, 4));
  EXPECT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("\"Portes ouvertes Sud\",\"1\",\"0\",\"0\""), std::string::npos) << report.body;
}

TEST(HttpOffersPages, ThePersonalCalendarFeedOpensOnlyWithItsToken) {
  TestServer server;
  auto f = published_offer(server);
  server.add_user("pro@example.org", kPassword);
  HttpClient pro(server.url(""));
  ASSERT_TRUE(pro.login("pro@example.org", kPassword));
  std::string offer = "/offers/" + std::to_string(f.offer);
  pro.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"sector", "housing"}});
  auto mine = pro.get("/offers/mine");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(mine.body, m, std::regex("(/offers/calendar/[0-9]+\\.[A-Za-z0-9_-]+\\.ics)")));
  HttpClient other(server.url(""));
  auto feed = other.get(m[1]);
  EXPECT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_EQ(other.get("/offers/calendar/1.forged.ics").status, 404);
  EXPECT_NE(other.get(offer + "/calendar.ics").body.find("SUMMARY:"), std::string::npos);
}

TEST(HttpOffersPages, CancellingASessionTellsEveryoneRegistered) {
  TestServer server;
  auto f = published_offer(server);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url("")), anon(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  anon.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations",
                "{\"name\":\"A\",\"email\":\"a@example.org\",\"organisation\":\"A\",\"sector\":\"social\"}", "application/json");
  auto r = org.submit("/offers/" + std::to_string(f.offer) + "/edit", "/offers/sessions/" + std::to_string(f.session) + "/edit",
                      {{"cancel", "1"}});
  EXPECT_EQ(r.status, 303);
  server.run_jobs();
  soci::session sql(server.app().db.pool());
  std::string subject;
  sql << "SELECT subject FROM outbox WHERE recipient = 'a@example.org' ORDER BY id DESC LIMIT 1", soci::into(subject);
  EXPECT_NE(subject.find("annulée"), std::string::npos) << subject;
  auto again = org.submit("/offers/" + std::to_string(f.offer) + "/edit", "/offers/sessions/" + std::to_string(f.session) + "/edit",
                          {{"capacity", "30"}});
  EXPECT_EQ(again.status, 422) << "a cancelled session is not reopened by a capacity change";
}

TEST(HttpOffersPages, ClosedRegistrationIsRefusedUntilTheOrganiserReopensIt) {
  TestServer server;
  auto f = published_offer(server);
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url("")), anon(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string edit = "/offers/" + std::to_string(f.offer) + "/edit", action = "/offers/sessions/" + std::to_string(f.session) + "/edit";
  auto page = org.get(edit);
  EXPECT_NE(page.body.find("name=\"closed\""), std::string::npos);
  EXPECT_EQ(org.submit(edit, action, {{"capacity", "20"}, {"closed", "1"}}).status, 303);
  std::string body = "{\"name\":\"A\",\"email\":\"a@example.org\",\"organisation\":\"A\",\"sector\":\"social\"}";
  auto closed = anon.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations?lang=nl", body, "application/json");
  EXPECT_EQ(closed.status, 409);
  EXPECT_NE(closed.body.find("gesloten"), std::string::npos) << closed.body;
  EXPECT_EQ(org.submit(edit, action, {{"capacity", "20"}, {"reopen", "1"}}).status, 303);
  EXPECT_EQ(anon.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations", body, "application/json").status, 201);
}

TEST(HttpOffersPages, TheHostOrganisationOfASessionKeepsItsAttendanceButDoesNotApproveOrMove) {
  TestServer server;
  auto f = published_offer(server, {.starts_in = 3 * 86400});
  auto host_org = server.add_organisation("Maison médicale — Forest", "1190");
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE offer_sessions SET host_organisation_id = :h WHERE id = :s", soci::use(host_org), soci::use(f.session);
  });
  auto host = server.add_user("host@example.org", kPassword);
  server.add_membership(host, host_org, "coordinator");
  auto stranger = server.add_user("stranger@example.org", kPassword);
  server.add_membership(stranger, server.add_organisation("Another", "1000"), "coordinator");
  server.add_user("visitor@example.org", kPassword);
  HttpClient visitor(server.url("")), hosting(server.url("")), other(server.url(""));
  ASSERT_TRUE(visitor.login("visitor@example.org", kPassword));
  ASSERT_TRUE(hosting.login("host@example.org", kPassword));
  ASSERT_TRUE(other.login("stranger@example.org", kPassword));
  std::string offer = "/offers/" + std::to_string(f.offer);
  EXPECT_EQ(visitor.submit(offer, offer + "/register", {{"session_id", std::to_string(f.session)}, {"sector", "housing"}}).status, 303);
  auto id = std::to_string(only_registration(server, f.session));
  std::string list = "/offers/sessions/" + std::to_string(f.session) + "/registrations";
  EXPECT_EQ(other.get(list).status, 403) << "another organisation's coordinator sees nothing";
  ASSERT_EQ(hosting.get(list).status, 200) << "the host receives the visitors and keeps the list";
  EXPECT_EQ(hosting.submit(list, "/offers/registrations/" + id + "/present", {}).status, 303);
  EXPECT_EQ(hosting.submit(list, "/offers/registrations/" + id + "/refuse", {{"reason", "no"}}).status, 403)
      << "approving, refusing and moving stay with the organisers";
}

TEST(HttpOffersPages, AnOrganisationSeesTheOpenDoorWeekOfItsCareAreaWhereItCanOpenSlots) {
  TestServer server;
  auto coordinator = server.add_user("ssm@example.org", kPassword);
  server.add_membership(coordinator, server.add_organisation("SSM — Saint-Gilles", "1060"), "coordinator");
  std::int64_t in_a_month = now_seconds() + 30 * 86400;
  server.app().db.transact([&](soci::session& sql) {
    for (std::string bassin : {"sud", "nord"}) {
      std::string name = "Semaine portes ouvertes " + bassin;
      std::int64_t week = in_a_month + (bassin == "nord" ? 14 * 86400 : 0), deadline = in_a_month - 7 * 86400, now = now_seconds();
      sql << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, status, "
             "created_at) VALUES (:b, :n, :w, :d, :r, 'preparing', :c)",
          soci::use(bassin), soci::use(name), soci::use(week), soci::use(deadline), soci::use(deadline), soci::use(now);
    }
  });
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("ssm@example.org", kPassword));
  auto page = client.get("/offers/manage");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Semaine portes ouvertes sud"), std::string::npos) << "its own care area's week";
  EXPECT_EQ(page.body.find("Semaine portes ouvertes nord"), std::string::npos) << "not another care area's";
}
