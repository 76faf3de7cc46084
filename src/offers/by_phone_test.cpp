// Registrations by phone for service users and their relatives, over HTTP (so also on PostgreSQL): a name or a
// pseudonym and a phone number, no account, no address, no mail; one per number and day; never past capacity.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <thread>

#include "offers/model.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

struct ClientBound {  // MAILLAGE_HOLDS_PER_CLIENT for one test, restored after
  explicit ClientBound(const char* value) { setenv("MAILLAGE_HOLDS_PER_CLIENT", value, 1); }
  ~ClientBound() { unsetenv("MAILLAGE_HOLDS_PER_CLIENT"); }
};

int count(TestServer& s, const std::string& query, std::int64_t session) {
  soci::session sql(s.app().db.pool());
  int n = 0;
  sql << query, soci::use(session), soci::into(n);
  return n;
}

// The session's one registration was made by phone: the number is its contact and its SMS number, its seat given.
void expect_confirmed_by_phone(TestServer& s, std::int64_t session, const std::string& e164) {
  soci::session sql(s.app().db.pool());
  std::string email, phone, status;
  sql << "SELECT email, phone, status FROM registrations WHERE session_id = :s", soci::use(session), soci::into(email),
      soci::into(phone), soci::into(status);
  EXPECT_EQ(email, "tel:" + e164);
  EXPECT_EQ(phone, e164);
  EXPECT_EQ(status, "confirmed");
}
}  // namespace

TEST(HttpOffersByPhone, AServiceUserRegistersWithAPseudonymAndAPhoneAndReadsAConfirmation) {
  TestServer server;
  auto f = published_offer(server, {.audience = "service_users"});
  HttpClient anon(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  auto page = anon.get(offer + "?lang=fr");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("action=\"" + offer + "/register-by-phone\""), std::string::npos);
  EXPECT_EQ(page.body.find("type=\"email\""), std::string::npos) << "no e-mail asked of a service user";
  auto done = anon.submit(offer, offer + "/register-by-phone?lang=fr",
                          {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "0470/12.34.56"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_NE(done.body.find("Mimi"), std::string::npos);
  EXPECT_NE(done.body.find("+32 470 12 34 56"), std::string::npos) << "the number as it will be called";
  EXPECT_NE(done.body.find("Votre place est gardée"), std::string::npos);
  expect_confirmed_by_phone(server, f.session, "+32470123456");
  int mails = 0;
  soci::session sql(server.app().db.pool());
  sql << "SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'tel:%'", soci::into(mails);
  EXPECT_EQ(mails, 0) << "nothing is mailed to a registration without an address";
}

TEST(HttpOffersByPhone, ANumberThatCannotBeCalledIsRefusedWithWhatWasTypedKept) {
  TestServer server;
  auto f = published_offer(server, {.audience = "service_users"});
  HttpClient anon(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  auto bad = anon.submit(offer, offer + "/register-by-phone?lang=en",
                         {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "12 34"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"Mimi\""), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"12 34\""), std::string::npos);
  EXPECT_NE(bad.body.find("Write a phone number we can call"), std::string::npos);
  auto nameless = anon.submit(offer, offer + "/register-by-phone?lang=en",
                              {{"session_id", std::to_string(f.session)}, {"caller_phone", "+32 2 511 22 33"}});
  EXPECT_EQ(nameless.status, 422);
  EXPECT_NE(nameless.body.find("value=\"+32 2 511 22 33\""), std::string::npos);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), 0);
}

TEST(HttpOffersByPhone, TheSameNumberTypedAnotherWayIsAlreadyRegistered) {
  TestServer server;
  auto f = published_offer(server, {.audience = "everyone"});
  HttpClient anon(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  auto page = anon.get(offer);
  EXPECT_NE(page.body.find("/register-by-phone"), std::string::npos);
  EXPECT_NE(page.body.find("action=\"" + offer + "/register\""), std::string::npos) << "everyone: both ways";
  EXPECT_EQ(anon.submit(offer, offer + "/register-by-phone",
                        {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "0470 12 34 56"}}).status, 200);
  auto again = anon.submit(offer, offer + "/register-by-phone?lang=en",
                           {{"session_id", std::to_string(f.session)}, {"caller_name", "Michèle"}, {"caller_phone", "+32470123456"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("already registered for this day"), std::string::npos);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), 1);
}

TEST(HttpOffersByPhone, AnOfferForProfessionalsTakesNoRegistrationByPhone) {
  TestServer server;
  auto f = published_offer(server);
  HttpClient anon(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  EXPECT_EQ(anon.get(offer).body.find("/register-by-phone"), std::string::npos);
  EXPECT_EQ(anon.submit(offer, offer + "/register-by-phone",
                        {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "0470123456"}}).status, 404);
}

TEST(HttpOffersByPhone, TheOrganiserSeesTheNumberOnTheParticipantsList) {
  TestServer server;
  auto f = published_offer(server, {.audience = "service_users"});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient anon(server.url("")), org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string offer = "/offers/" + std::to_string(f.offer);
  ASSERT_EQ(anon.submit(offer, offer + "/register-by-phone",
                        {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "0032 2 511 22 33"}}).status, 200);
  auto list = org.get("/offers/sessions/" + std::to_string(f.session) + "/registrations?lang=en");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Mimi"), std::string::npos);
  EXPECT_NE(list.body.find("+32 2 511 22 33"), std::string::npos);
  EXPECT_NE(list.body.find("registered by phone"), std::string::npos);
  EXPECT_EQ(list.body.find("tel:+3225112233<"), std::string::npos) << "the key is not shown as an address";
  auto csv = org.get(offer + "/report.csv");
  EXPECT_NE(csv.body.find("+3225112233"), std::string::npos);
}

// Many service users at once for a small group: never more seated than seats, the rest on the waiting list.
TEST(HttpOffersByPhone, ConcurrentRegistrationsByPhoneNeverOversell) {
  ClientBound unbounded("0");
  TestServer server({.threads = 8});
  auto f = published_offer(server, {.capacity = 4, .audience = "service_users"});
  std::string offer = "/offers/" + std::to_string(f.offer);
  std::vector<std::unique_ptr<HttpClient>> clients;
  for (int i = 0; i < 16; ++i) clients.push_back(std::make_unique<HttpClient>(server.url("")));
  std::vector<long> codes(16);
  std::vector<std::thread> threads;
  for (int i = 0; i < 16; ++i)
    threads.emplace_back([&, i] {
      char phone[32];
      std::snprintf(phone, sizeof phone, "0470 00 %02d %02d", i, i);
      codes[i] = clients[i]->submit(offer, offer + "/register-by-phone",
                                    {{"session_id", std::to_string(f.session)}, {"caller_name", "P" + std::to_string(i)},
                                     {"caller_phone", phone}}).status;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), 200), 16);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'confirmed'", f.session), 4);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'waiting_list'", f.session), 12);
}

TEST(HttpOffersByPhone, OneConnectionCannotFillAGroupWithMadeUpNumbers) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 100, .audience = "service_users"});
  HttpClient anon(server.url(""));
  std::string offer = "/offers/" + std::to_string(f.offer);
  HoldLimits defaults;
  long last = 0;
  for (int i = 0; i <= defaults.per_client; ++i)
    last = anon.submit(offer, offer + "/register-by-phone?lang=en",
                       {{"session_id", std::to_string(f.session)}, {"caller_name", "P"},
                        {"caller_phone", "047000000" + std::to_string(i)}}).status;
  EXPECT_EQ(last, 409);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), defaults.per_client);
}

TEST(I18nPseudoLocale, TheRegistrationByPhoneAndItsConfirmationComeFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto f = published_offer(server, {.audience = "everyone"});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Mimi", "+32 470 12 34 56",
                                   "Séance d'information sur le réseau", "Rue de la Victoire 26, 1060 Saint-Gilles",
                                   "Service de santé mentale Le Méridien", "org@example.org", "Test org", "12 34"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
  }
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  HttpClient anon(server.url(""));
  anon.get("/?lang=qps");
  std::string offer = "/offers/" + std::to_string(f.offer);
  auto page = anon.get(offer + "?lang=qps");
  EXPECT_EQ(catalogue_leak(page.body, data), "");
  auto bad = anon.submit(offer, offer + "/register-by-phone?lang=qps",
                         {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "12 34"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(catalogue_leak(bad.body, data), "");
  auto done = anon.submit(offer, offer + "/register-by-phone?lang=qps",
                          {{"session_id", std::to_string(f.session)}, {"caller_name", "Mimi"}, {"caller_phone", "0470123456"}});
  EXPECT_EQ(done.status, 200);
  EXPECT_EQ(catalogue_leak(done.body, data), "");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  auto list = org.get("/offers/sessions/" + std::to_string(f.session) + "/registrations?lang=qps");
  EXPECT_EQ(catalogue_leak(list.body, data), "");
}

TEST(HttpOffersByPhone, AnOrganiserAddsAPersonWithoutAnAddressByPseudonymAndPhoneNeverPastCapacityNorTwice) {
  TestServer server;
  auto f = published_offer(server, {.capacity = 1, .audience = "service_users"});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string list = "/offers/sessions/" + std::to_string(f.session) + "/registrations";
  std::string add = "/offers/sessions/" + std::to_string(f.session) + "/add?lang=en";
  auto page = org.get(list + "?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("name=\"phone\""), std::string::npos) << "the form asks for a phone";
  auto added = org.submit(list, add, {{"name", "Mimi"}, {"phone", "0470 12 34 56"}, {"sector", "social"}});
  ASSERT_EQ(added.status, 303);
  EXPECT_NE(org.get(list + "?lang=en").body.find("The person is added."), std::string::npos);
  expect_confirmed_by_phone(server, f.session, "+32470123456");
  // The same number typed another way is the same person: not added twice, and the form keeps what was typed.
  auto twice = org.submit(list, add, {{"name", "Mimi encore"}, {"phone", "+32 470/12.34.56"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_NE(twice.body.find("This phone number is already registered for this day."), std::string::npos);
  EXPECT_NE(twice.body.find("value=\"Mimi encore\""), std::string::npos);
  EXPECT_NE(twice.body.find("value=\"+32 470/12.34.56\""), std::string::npos);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), 1);
  // The only seat is taken: another person goes to the waiting list, not past the capacity.
  org.submit(list, add, {{"name", "Jo"}, {"phone", "02 511 22 33"}});
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'confirmed'", f.session), 1);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), 2);
  // Neither an address nor a number, or a number that cannot be called: nothing is written, the page comes back
  // with the message next to the field and what was typed.
  auto neither = org.submit(list, add, {{"name", "Nobody"}, {"organisation", "Resto du coeur"}});
  EXPECT_EQ(neither.status, 422);
  EXPECT_NE(neither.body.find("their phone number"), std::string::npos);
  EXPECT_NE(neither.body.find("id=\"email-error\""), std::string::npos);
  EXPECT_NE(neither.body.find("value=\"Resto du coeur\""), std::string::npos);
  auto wrong = org.submit(list, add, {{"name", "Nobody"}, {"phone", "12"}, {"sector", "social"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("id=\"phone-error\""), std::string::npos);
  EXPECT_NE(wrong.body.find("value=\"12\""), std::string::npos);
  EXPECT_NE(wrong.body.find("value=\"social\" selected"), std::string::npos) << "the sector chosen stays chosen";
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE session_id = :s", f.session), 2);
  int mails = 0;
  soci::session sql(server.app().db.pool());
  sql << "SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'tel:%' AND channel = 'email'", soci::into(mails);
  EXPECT_EQ(mails, 0) << "nothing is mailed to a person without an address";
  auto shown = org.get(list + "?lang=en");
  EXPECT_NE(shown.body.find("+32 470 12 34 56"), std::string::npos) << "the organiser reads the number to call";
}
