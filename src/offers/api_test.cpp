// The registration API over HTTP, on SQLite and PostgreSQL: status codes, refusals with a reason, e-mail
// confirmation, and no seat sold twice when hundreds register at once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "offers/model.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers::testing;
using nlohmann::json;

namespace {
std::string path_of(std::int64_t session) { return "/api/sessions/" + std::to_string(session) + "/registrations"; }

json anonymous(const std::string& email, const std::string& sector = "social") {
  return {{"name", "Anne Onyme"}, {"email", email}, {"organisation", "CPAS de Forest"}, {"sector", sector}};
}

int count_status(TestServer& server, std::int64_t session, const std::string& status) {
  soci::session sql(server.app().db.pool());
  int n = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = :st", soci::use(session),
      soci::use(status), soci::into(n);
  return n;
}
}  // namespace

TEST(HttpOffersApi, TheCatalogueListsPublishedOffersWithTheirFreeSeats) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 12});
  HttpClient client(server.url(""));
  auto list = client.get("/api/offers?lang=nl");
  ASSERT_EQ(list.status, 200);
  auto j = json::parse(list.body);
  ASSERT_EQ(j["offers"].size(), 1u);
  EXPECT_EQ(j["offers"][0]["title"], "Infosessie over het netwerk");
  EXPECT_EQ(j["offers"][0]["next_session"]["free_seats"], 12);
  EXPECT_EQ(json::parse(client.get("/api/offers?type=webinar").body)["offers"].size(), 0u);
  EXPECT_EQ(client.get("/api/offers?type=nonsense").status, 422);
  EXPECT_EQ(client.get("/api/offers?date=tomorrow").status, 422);
  auto one = client.get("/api/offers/" + std::to_string(f.offer) + "?lang=en");
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(json::parse(one.body)["title"], "Séance d'information sur le réseau") << "falls back to French";
  EXPECT_EQ(json::parse(one.body)["sessions"][0]["capacity"], 12);
  EXPECT_EQ(client.get("/api/offers/999999").status, 404);
}

TEST(HttpOffersApi, AnAnonymousRegistrationHoldsASeatUntilTheEmailIsConfirmed) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 1});
  HttpClient client(server.url(""));
  auto r = client.post_raw(path_of(f.session), anonymous("anne@example.org").dump(), "application/json");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body)["status"], "awaiting_email");
  auto second = client.post_raw(path_of(f.session), anonymous("bob@example.org").dump(), "application/json");
  EXPECT_EQ(second.status, 202) << "the held seat counts: the next person waits";
  EXPECT_EQ(json::parse(second.body)["status"], "waiting_list");
  server.run_jobs();
  std::smatch m;
  std::string mail = server.last_mail_to("anne@example.org");
  ASSERT_TRUE(std::regex_search(mail, m, std::regex("https?://[^/]+(/offers/r/[0-9]+\\.[A-Za-z0-9_-]+)"))) << mail;
  std::string link = m[1];
  auto page = client.get(link);
  ASSERT_EQ(page.status, 200);
  auto confirmed = client.post(link + "/confirm", {{"_csrf", client.csrf_from(page.body)}});
  EXPECT_EQ(confirmed.status, 303);
  EXPECT_EQ(count_status(server, f.session, "confirmed"), 1);
  EXPECT_EQ(client.get(link.substr(0, link.size() - 3) + "xyz").status, 404) << "a forged link opens nothing";
}

TEST(HttpOffersApi, ADuplicateABadAddressAndAPastSessionGetClearRefusals) {
  TestServer server;
  auto f = published_offer(server);
  HttpClient client(server.url(""));
  EXPECT_EQ(client.post_raw(path_of(f.session), anonymous("anne@example.org").dump(), "application/json").status, 201);
  auto dup = client.post_raw(path_of(f.session), anonymous("ANNE@example.org").dump(), "application/json");
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(json::parse(dup.body)["status"], "duplicate");
  auto bad = client.post_raw(path_of(f.session) + "?lang=fr", anonymous("not-an-address").dump(), "application/json");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(json::parse(bad.body)["errors"].contains("email"));
  EXPECT_EQ(client.post_raw(path_of(f.session), "{not json", "application/json").status, 400);
  auto past = published_offer(server, {.starts_in = -3600});
  auto late = client.post_raw(path_of(past.session) + "?lang=fr", anonymous("anne@example.org").dump(), "application/json");
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(json::parse(late.body)["reason"].get<std::string>().find("séance"), std::string::npos) << late.body;
  EXPECT_EQ(count_status(server, past.session, "refused"), 0) << "a refusal writes nothing";
}

TEST(HttpOffersApi, ALoggedInCallerNeedsTheCsrfHeaderAndIsConfirmedAtOnce) {
  TestServer server;
  auto f = published_offer(server);
  auto caller = logged_in_caller(server, "pro@example.org", f.organisation);
  HttpClient client(server.url(""));
  auto no_header = client.post_raw(path_of(f.session), "{}", "application/json", {caller.headers[0]});
  EXPECT_EQ(no_header.status, 403);
  auto r = client.post_raw(path_of(f.session), json{{"sector", "mental_health"}}.dump(), "application/json", caller.headers);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body)["status"], "confirmed");
  server.run_jobs();
  soci::session sql(server.app().db.pool());
  std::string attachment;
  sql << "SELECT attachment FROM outbox WHERE recipient = 'pro@example.org' ORDER BY id DESC LIMIT 1", soci::into(attachment);
  EXPECT_NE(attachment.find("BEGIN:VEVENT"), std::string::npos) << "the confirmation carries the .ics";
}

TEST(HttpOffersApi, OnePerInstitutionAndAFullSessionWithoutWaitingListAreRefusedWithAReason) {
  TestServer server;
  offers::Policy p;
  p.one_per_institution = true;
  p.waiting_list = false;
  auto f = published_offer(server, {.capacity = 2, .policy = p, .type = "intervision"});
  HttpClient client(server.url(""));
  EXPECT_EQ(client.post_raw(path_of(f.session), anonymous("a@example.org").dump(), "application/json").status, 201);
  auto colleague = client.post_raw(path_of(f.session) + "?lang=en", anonymous("b@example.org").dump(), "application/json");
  EXPECT_EQ(colleague.status, 409);
  EXPECT_NE(json::parse(colleague.body)["reason"].get<std::string>().find("institution"), std::string::npos);
  auto other = anonymous("c@example.org");
  other["organisation"] = "Maison médicale Botanique";
  EXPECT_EQ(client.post_raw(path_of(f.session), other.dump(), "application/json").status, 201);
  other["email"] = "d@example.org";
  other["organisation"] = "CAW Brussel";
  auto full = client.post_raw(path_of(f.session), other.dump(), "application/json");
  EXPECT_EQ(full.status, 409);
  EXPECT_EQ(json::parse(full.body)["status"], "refused");
}

// 200 people register at the same time for 20 seats: exactly 20 get one, the 180 others wait, nobody twice.
TEST(HttpOffersApi, TwoHundredParallelRegistrationsNeverOversellTwentySeats) {
  TestServer server({.threads = 8});
  auto f = published_offer(server, {.capacity = 20});
  std::vector<Caller> callers;
  for (int i = 0; i < 200; ++i) callers.push_back(logged_in_caller(server, "p" + std::to_string(i) + "@example.org"));
  std::vector<std::unique_ptr<HttpClient>> clients;
  for (int i = 0; i < 200; ++i) clients.push_back(std::make_unique<HttpClient>(server.url("")));
  std::vector<long> codes(200);
  std::vector<std::thread> threads;
  std::string body = json{{"sector", "social"}}.dump();
  for (int i = 0; i < 200; ++i)
    threads.emplace_back([&, i] { codes[i] = clients[i]->post_raw(path_of(f.session), body, "application/json", callers[i].headers).status; });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 201), 20);
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 202), 180);
  EXPECT_EQ(count_status(server, f.session, "confirmed"), 20);
  EXPECT_EQ(count_status(server, f.session, "waiting_list"), 180);
  soci::session sql(server.app().db.pool());
  int distinct = 0;
  sql << "SELECT COUNT(DISTINCT email) FROM registrations WHERE session_id = :s", soci::use(f.session), soci::into(distinct);
  EXPECT_EQ(distinct, 200);
  // The same 200 again at once: every one is a duplicate, nothing changes.
  threads.clear();
  for (int i = 0; i < 200; ++i)
    threads.emplace_back([&, i] { codes[i] = clients[i]->post_raw(path_of(f.session), body, "application/json", callers[i].headers).status; });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 409), 200);
  EXPECT_EQ(count_status(server, f.session, "confirmed"), 20);
}
