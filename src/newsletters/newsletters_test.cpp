// Newsletters over HTTP and in the database, on SQLite and PostgreSQL: double opt-in with the evidence of
// consent, one-click unsubscribe (RFC 8058), addresses that bounced or left never mailed again, and a campaign
// to a thousand subscribers sent at its rate with nobody mailed twice.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::newsletters;

namespace {
std::int64_t make_list(TestServer& server, const std::string& bassin = "sud") {
  return server.app().db.transact([&](soci::session& sql) {
    List l;
    l.scope_type = "bassin";
    l.scope_id = bassin;
    l.name = {"Nouvelles du Sud", "Nieuws uit het Zuiden", "News from the South"};
    l.consent = {"J'accepte de recevoir une lettre par mois.", "Ik ga akkoord.", "I agree."};
    return save_list(sql, l, now_seconds());
  });
}

std::int64_t add_confirmed(TestServer& server, std::int64_t list_id, const std::string& email, const std::string& lang = "fr") {
  return server.app().db.transact([&](soci::session& sql) {
    auto l = *find_list(sql, list_id);
    auto out = sign_up(sql, l, {email, "", lang, "127.0.0.1"}, now_seconds());
    confirm(sql, out.subscriber_id, "127.0.0.1", now_seconds());
    return out.subscriber_id;
  });
}

std::int64_t make_campaign(TestServer& server, std::int64_t list_id) {
  return server.app().db.transact([&](soci::session& sql) {
    Campaign c;
    c.list_id = list_id;
    c.subject = {"Les nouvelles de décembre", "Het nieuws van december", ""};
    c.body = {"Bonjour à toutes et à tous,\n\n**Trois** nouveautés ce mois-ci.", "Dag iedereen,", ""};
    return save_campaign(sql, c, now_seconds());
  });
}

std::string link_in(const std::string& mail, const std::string& prefix) {
  std::smatch m;
  std::regex re(prefix + R"([0-9A-Za-z._-]+)");
  return std::regex_search(mail, m, re) ? m.str() : "";
}

std::string path_of(const std::string& url) {
  auto p = url.find("/newsletters/");
  return p == std::string::npos ? url : url.substr(p);
}

void send_everything(TestServer& server, std::int64_t campaign) {
  server.app().db.transact([&](soci::session& sql) { send_campaign(sql, campaign, now_seconds()); });
  for (int round = 0; round < 2000; ++round) {
    server.run_jobs();
    int left = 0;
    {
      soci::session sql(server.app().db.pool());
      sql << "SELECT COUNT(*) FROM jobs WHERE kind = 'newsletters.send' AND status = 'queued'", soci::into(left);
    }
    if (!left) break;
    // The next batch waits a minute: the test brings it forward instead of waiting.
    server.app().db.transact([](soci::session& sql) {
      sql << "UPDATE jobs SET run_at = 0 WHERE kind = 'newsletters.send' AND status = 'queued'";
      sql << "UPDATE newsletter_campaigns SET next_batch_at = 0";
    });
  }
}

int count_all(TestServer& server, const std::string& query) {
  soci::session sql(server.app().db.pool());
  int n = 0;
  sql << query, soci::into(n);
  return n;
}

int count(TestServer& server, const std::string& query, std::int64_t id) {
  soci::session sql(server.app().db.pool());
  int n = 0;
  sql << query, soci::use(id), soci::into(n);
  return n;
}
}  // namespace

TEST(HttpNewsletters, ASignUpIsConfirmedByTheLinkOfItsMailWithTheEvidenceKept) {
  TestServer server;
  auto list = make_list(server);
  HttpClient client(server.url(""));
  std::string page = "/newsletters/" + std::to_string(list);
  auto r = client.submit(page, page + "/subscribe",
                         {{"email", "Lea.Martin@Example.org"}, {"name", "Léa"}, {"consent", "1"}, {"consent_version", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  {
    soci::session sql(server.app().db.pool());
    std::string status;
    sql << "SELECT status FROM newsletter_subscribers WHERE email = 'lea.martin@example.org'", soci::into(status);
    EXPECT_EQ(status, "pending") << "nothing is mailed before the address is confirmed";
  }
  server.run_jobs();
  auto mail = server.last_mail_to("lea.martin@example.org");
  ASSERT_FALSE(mail.empty());
  EXPECT_NE(mail.find("J'accepte de recevoir une lettre par mois."), std::string::npos) << "the consent text is in the mail";
  auto link = path_of(link_in(mail, "http://[^ ]*/newsletters/confirm/"));
  ASSERT_FALSE(link.empty()) << mail;
  auto confirmed = client.submit(link, link, {});
  EXPECT_EQ(confirmed.status, 200);
  soci::session sql(server.app().db.pool());
  std::string status;
  int version = 0;
  std::int64_t signed_up = 0, confirmed_at = 0;
  sql << "SELECT status, consent_version, signed_up_at, confirmed_at FROM newsletter_subscribers WHERE email = "
         "'lea.martin@example.org'",
      soci::into(status), soci::into(version), soci::into(signed_up), soci::into(confirmed_at);
  EXPECT_EQ(status, "confirmed");
  EXPECT_EQ(version, 1);
  EXPECT_GT(signed_up, 0);
  EXPECT_GE(confirmed_at, signed_up);
}

TEST(HttpNewsletters, ASignUpWithoutConsentIsRefusedAndKeepsWhatWasTyped) {
  TestServer server;
  auto list = make_list(server);
  HttpClient client(server.url(""));
  std::string page = "/newsletters/" + std::to_string(list);
  auto r = client.submit(page, page + "/subscribe", {{"email", "lea@example.org"}, {"name", "Léa"}, {"consent_version", "1"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"lea@example.org\""), std::string::npos);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM newsletter_subscribers WHERE list_id = :l", list), 0);
}

TEST(HttpNewsletters, AChangedConsentTextIsANewVersionAndTheOldOneIsKept) {
  TestServer server;
  auto list = make_list(server);
  server.app().db.transact([&](soci::session& sql) {
    auto l = *find_list(sql, list);
    l.consent.fr = "J'accepte de recevoir deux lettres par mois.";
    save_list(sql, l, now_seconds());
  });
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_list(sql, list)->consent_version, 2);
  EXPECT_EQ(consent_text(sql, list, 1).fr, "J'accepte de recevoir une lettre par mois.");
  HttpClient client(server.url(""));
  std::string page = "/newsletters/" + std::to_string(list);
  auto stale = client.submit(page, page + "/subscribe", {{"email", "a@example.org"}, {"consent", "1"}, {"consent_version", "1"}});
  EXPECT_EQ(stale.status, 422) << "consent given to an older text is asked again";
}

TEST(HttpNewsletters, OneClickUnsubscribeWorksWithoutCookieAndTheListMailsThemNoMore) {
  TestServer server;
  auto list = make_list(server);
  auto sub = add_confirmed(server, list, "paul@example.org");
  add_confirmed(server, list, "anna@example.org", "nl");
  auto first = make_campaign(server, list);
  send_everything(server, first);
  std::string headers;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT headers FROM outbox WHERE recipient = 'paul@example.org'", soci::into(headers);
  }
  EXPECT_NE(headers.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos) << headers;
  auto url = link_in(headers, "http://[^>]*/newsletters/unsubscribe/");
  ASSERT_FALSE(url.empty());
  auto mail = server.last_mail_to("paul@example.org");
  EXPECT_NE(mail.find(path_of(url)), std::string::npos) << "the same link is in the message";
  EXPECT_NE(server.last_mail_to("anna@example.org").find("Dag iedereen"), std::string::npos) << "in Dutch";
  // The message as sent (the development mail folder holds it whole): the headers, a text and an HTML part.
  std::string sent;
  for (auto& f : std::filesystem::directory_iterator(server.mail_dir())) {
    std::ifstream in(f.path());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.find("To: paul@example.org") != std::string::npos) sent = text;
  }
  EXPECT_NE(sent.find("\r\nList-Unsubscribe: <http"), std::string::npos) << sent;
  EXPECT_NE(sent.find("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);
  EXPECT_NE(sent.find("Content-Type: multipart/alternative"), std::string::npos);
  EXPECT_NE(sent.find("<strong>Trois</strong>"), std::string::npos) << "the Markdown, rendered";
  // RFC 8058: the mail client POSTs this body, with no cookie and no form token.
  HttpClient mail_client(server.url(""));
  auto r = mail_client.post_raw(path_of(url), "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 200) << r.body;
  {
    soci::session sql(server.app().db.pool());
    EXPECT_EQ(find_subscriber(sql, sub)->status, "unsubscribed");
    EXPECT_EQ(figures_of(sql, first).unsubscribed, 1);
  }
  EXPECT_EQ(mail_client.get(path_of(url)).status, 200) << "the link still answers";
  auto second = make_campaign(server, list);
  send_everything(server, second);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM newsletter_deliveries WHERE campaign_id = :c", second), 1);
  EXPECT_EQ(count_all(server, "SELECT COUNT(*) FROM outbox WHERE recipient = 'paul@example.org'"), 1);
}

TEST(HttpNewsletters, AForgedUnsubscribeLinkIsNotFound) {
  TestServer server;
  HttpClient client(server.url(""));
  EXPECT_EQ(client.post_raw("/newsletters/unsubscribe/1.0.abc", "List-Unsubscribe=One-Click",
                            "application/x-www-form-urlencoded").status, 404);
  EXPECT_EQ(client.get("/newsletters/confirm/1.deadbeef").status, 404);
}

TEST(DbNewsletters, AnAddressThatBouncedIsNeverMailedAgainByThatList) {
  TestServer server;
  auto list = make_list(server);
  auto sub = add_confirmed(server, list, "gone@example.org");
  add_confirmed(server, list, "here@example.org");
  auto first = make_campaign(server, list);
  send_everything(server, first);
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE outbox SET status = 'failed' WHERE recipient = 'gone@example.org'";
    EXPECT_EQ(record_bounces(sql, now_seconds()), 1);
    EXPECT_EQ(figures_of(sql, first).failed, 1);
    auto l = *find_list(sql, list);
    EXPECT_FALSE(sign_up(sql, l, {"gone@example.org", "", "fr", ""}, now_seconds()).send_confirmation)
        << "signing up again does not mail a bounced address";
  });
  auto second = make_campaign(server, list);
  send_everything(server, second);
  EXPECT_EQ(count(server, "SELECT COUNT(*) FROM newsletter_deliveries WHERE subscriber_id = :s", sub), 1);
}

TEST(DbNewsletters, ACampaignToAThousandSubscribersGoesAtItsRateAndNobodyTwice) {
  TestServer server;
  auto list = make_list(server);
  server.app().db.transact([&](soci::session& sql) {
    auto l = *find_list(sql, list);
    for (int i = 0; i < 1000; ++i) {
      auto out = sign_up(sql, l, {"person" + std::to_string(i) + "@example.org", "", i % 3 ? "fr" : "nl", ""}, now_seconds());
      confirm(sql, out.subscriber_id, "", now_seconds());
    }
  });
  auto campaign = make_campaign(server, list);
  setenv("MAILLAGE_NEWSLETTER_RATE", "150", 1);
  server.app().db.transact([&](soci::session& sql) { ASSERT_TRUE(send_campaign(sql, campaign, now_seconds())); });
  unsetenv("MAILLAGE_NEWSLETTER_RATE");
  // A second job for the same campaign, as a retry or another server would run: it must not mail anyone again.
  server.app().db.transact([&](soci::session& sql) { Jobs::enqueue(sql, "newsletters.send", std::to_string(campaign)); });
  std::vector<int> per_round;
  for (int round = 0; round < 20; ++round) {
    int before = count(server, "SELECT COUNT(*) FROM newsletter_deliveries WHERE campaign_id = :c", campaign);
    server.run_jobs();
    int after = count(server, "SELECT COUNT(*) FROM newsletter_deliveries WHERE campaign_id = :c", campaign);
    per_round.push_back(after - before);
    server.app().db.transact([](soci::session& sql) {
      sql << "UPDATE jobs SET run_at = 0 WHERE kind = 'newsletters.send' AND status = 'queued'";
      sql << "UPDATE newsletter_campaigns SET next_batch_at = 0";
    });
    if (after == 1000 &&
        count_all(server, "SELECT COUNT(*) FROM jobs WHERE kind = 'newsletters.send' AND status = 'queued'") == 0)
      break;
  }
  // One batch of the rate a minute, the duplicate job included; the last one has what is left.
  ASSERT_GE(per_round.size(), 7u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(per_round[i], 150) << "minute " << i;
  EXPECT_EQ(per_round[6], 100);
  soci::session sql(server.app().db.pool());
  int messages = 0, recipients = 0;
  sql << "SELECT COUNT(*), COUNT(DISTINCT o.recipient) FROM newsletter_deliveries d JOIN outbox o ON o.id = d.outbox_id "
         "WHERE d.campaign_id = :c",
      soci::use(campaign), soci::into(messages), soci::into(recipients);
  EXPECT_EQ(messages, 1000);
  EXPECT_EQ(recipients, 1000) << "nobody mailed twice";
  auto c = *find_campaign(sql, campaign);
  EXPECT_EQ(c.status, "sent");
  EXPECT_EQ(c.rate_per_minute, 150);
  auto f = figures_of(sql, campaign);
  EXPECT_EQ(f.recipients, 1000);
  EXPECT_EQ(f.sent, 1000);
}
