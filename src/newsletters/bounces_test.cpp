// Mail that comes back, read from the fixtures of tests/fixtures/bounces (Postfix reports, Exim and qmail texts, an
// automatic reply, garbage): a permanent failure marks the subscriber bounced and the next campaign skips them, a
// temporary one only on the third within 30 days, and anything else is reported, never a crash. Db* and Http* run on
// PostgreSQL too.
#include "newsletters/bounces.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::newsletters;

namespace {

std::string fixture(const std::string& name, const std::map<std::string, std::string>& values = {}) {
  std::ifstream in(std::string(MAILLAGE_SOURCE_DIR) + "/tests/fixtures/bounces/" + name, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_FALSE(text.empty()) << name;
  std::map<std::string, std::string> all = {{"MESSAGE_ID", "<outbox-1.unknown@maillage.example>"},
                                            {"UNSUBSCRIBE", "https://maillage.example/"},
                                            {"RECIPIENT", "gone@example.org"},
                                            {"N", "1"}};
  for (auto& [k, v] : values) all[k] = v;
  for (auto& [k, v] : all)
    for (auto at = text.find("{{" + k + "}}"); at != std::string::npos; at = text.find("{{" + k + "}}", at + v.size()))
      text.replace(at, k.size() + 4, v);
  return text;
}

struct World {
  std::int64_t list = 0, gone = 0, here = 0, campaign = 0;
};

void send_everything(TestServer& server, std::int64_t campaign) {
  server.app().db.transact([&](soci::session& sql) { send_campaign(sql, campaign, now_seconds()); });
  for (int round = 0; round < 20; ++round) {
    server.run_jobs();
    int left = 0;
    {
      soci::session sql(server.app().db.pool());
      sql << "SELECT COUNT(*) FROM jobs WHERE kind IN ('newsletters.send', 'mail.send') AND status = 'queued'", soci::into(left);
    }
    if (!left) break;
    server.app().db.transact([](soci::session& sql) {
      sql << "UPDATE jobs SET run_at = 0 WHERE kind IN ('newsletters.send', 'mail.send') AND status = 'queued'";
      sql << "UPDATE newsletter_campaigns SET next_batch_at = 0";
    });
  }
}

std::int64_t new_campaign(TestServer& server, std::int64_t list) {
  return server.app().db.transact([&](soci::session& sql) {
    Campaign c;
    c.list_id = list;
    c.subject = {"Les nouvelles", "Het nieuws", "The news"};
    c.body = {"Bonjour,", "Dag,", "Hello,"};
    c.include_agenda = false;
    return save_campaign(sql, c, now_seconds());
  });
}

// A list of two confirmed subscribers and a campaign sent to both (its messages in the mail folder).
World sent_campaign(TestServer& server) {
  World w;
  w.list = server.app().db.transact([&](soci::session& sql) {
    List l;
    l.scope_type = "bassin";
    l.scope_id = "sud";
    l.name = {"Nouvelles du Sud", "Nieuws uit het Zuiden", "News from the South"};
    l.consent = {"J'accepte.", "Ik ga akkoord.", "I agree."};
    auto id = save_list(sql, l, now_seconds());
    auto list = *find_list(sql, id);
    for (auto* who : {"gone@example.org", "here@example.org"}) {
      auto out = sign_up(sql, list, {who, "", "fr", "127.0.0.1"}, now_seconds());
      confirm(sql, out.subscriber_id, "127.0.0.1", now_seconds());
      (std::string(who) == "gone@example.org" ? w.gone : w.here) = out.subscriber_id;
    }
    return id;
  });
  w.campaign = new_campaign(server, w.list);
  send_everything(server, w.campaign);
  return w;
}

// The Message-ID the outbox sent a subscriber's message of a campaign with.
std::string message_id_of(TestServer& server, std::int64_t campaign, std::int64_t subscriber) {
  soci::session sql(server.app().db.pool());
  std::string id;
  sql << "SELECT o.message_id FROM newsletter_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE d.campaign_id = :c "
         "AND d.subscriber_id = :s",
      soci::use(campaign), soci::use(subscriber), soci::into(id);
  return id;
}

std::string status_of(TestServer& server, std::int64_t subscriber) {
  soci::session sql(server.app().db.pool());
  std::string status;
  sql << "SELECT status FROM newsletter_subscribers WHERE id = :id", soci::use(subscriber), soci::into(status);
  return status;
}

int deliveries_to(TestServer& server, std::int64_t campaign, std::int64_t subscriber) {
  soci::session sql(server.app().db.pool());
  int n = 0;
  sql << "SELECT COUNT(*) FROM newsletter_deliveries WHERE campaign_id = :c AND subscriber_id = :s", soci::use(campaign),
      soci::use(subscriber), soci::into(n);
  return n;
}

}  // namespace

TEST(NewslettersBounces, EachKindOfReturnedMailReadsAsWhatItSays) {
  struct Case {
    const char* file;
    bool readable, standard;
    BounceKind kind;
    const char* status;
  };
  for (auto& c : std::vector<Case>{{"postfix-hard.eml", true, true, BounceKind::Hard, "5.1.1"},
                                   {"postfix-delayed.eml", true, true, BounceKind::Soft, "4.2.2"},
                                   {"exim-hard.eml", true, false, BounceKind::Hard, "5.1.1"},
                                   {"qmail-soft.eml", true, false, BounceKind::Soft, "4.2.2"},
                                   {"out-of-office.eml", true, false, BounceKind::None, ""},
                                   {"delivered.eml", true, true, BounceKind::None, ""},
                                   {"garbage.eml", false, false, BounceKind::None, ""}}) {
    auto r = read_bounce(fixture(c.file, {{"MESSAGE_ID", "<outbox-7.abc@maillage.example>"}}));
    EXPECT_EQ(r.readable, c.readable) << c.file;
    EXPECT_EQ(r.standard, c.standard) << c.file;
    EXPECT_EQ(r.kind, c.kind) << c.file;
    EXPECT_EQ(r.status, c.status) << c.file;
    if (c.kind != BounceKind::None) {
      EXPECT_EQ(r.recipient, "gone@example.org") << c.file;
      if (std::string(c.file) != "exim-hard.eml")
        EXPECT_EQ(r.original_message_ids, std::vector<std::string>{"<outbox-7.abc@maillage.example>"}) << c.file;
    }
  }
  auto exim = read_bounce(fixture("exim-hard.eml", {{"UNSUBSCRIBE", "https://m.example/newsletters/unsubscribe/12.3.SiG-n_"}}));
  EXPECT_EQ(exim.unsubscribe_tokens, std::vector<std::string>{"12.3.SiG-n_"}) << "the quoted List-Unsubscribe";
  EXPECT_TRUE(exim.original_message_ids.empty()) << "the bounce's own Message-ID is not the original's";
  EXPECT_FALSE(read_bounce("").readable);
  EXPECT_FALSE(read_bounce(std::string(5000, '\0')).readable);
  // Hostile sizes: long runs of one character, deep nesting, a huge header. Read, bounded, no crash.
  std::string head = "From: MAILER-DAEMON@x.example\nX-Failed-Recipients: " + std::string(100000, 'a') + "@b\n\n";
  auto runs = read_bounce(head + "550 5.1.1 unknown\n" + std::string(300000, ' ') + std::string(300000, '=') + "\n");
  EXPECT_TRUE(runs.readable);
  EXPECT_EQ(runs.kind, BounceKind::Hard);
  EXPECT_EQ(read_bounce(head + std::string(300000, ' ') + "550 5.1.1\n").kind, BounceKind::None)
      << "only the first 256 KB of text are read";
  std::string nested = "Content-Type: multipart/mixed; boundary=b\n\n";
  for (int i = 0; i < 50; ++i) nested += "--b\nContent-Type: message/rfc822\n\nContent-Type: multipart/mixed; boundary=b\n\n";
  EXPECT_TRUE(read_bounce(nested).readable);
  // A multipart whose closing boundary never comes (a truncated message) is still read.
  auto truncated = fixture("postfix-hard.eml");
  truncated = truncated.substr(0, truncated.find("Content-Description: Undelivered Message Headers"));
  EXPECT_EQ(read_bounce(truncated).kind, BounceKind::Hard);
}

TEST(DbNewslettersBounces, APermanentFailureMarksTheSubscriberBouncedAndTheNextCampaignSkipsThem) {
  TestServer server;
  auto w = sent_campaign(server);
  auto message_id = message_id_of(server, w.campaign, w.gone);
  ASSERT_EQ(message_id.rfind("<outbox-", 0), 0u) << "the outbox recorded the Message-ID it sent";
  auto r = ingest_bounce(server.app(), fixture("postfix-hard.eml", {{"MESSAGE_ID", message_id}}), now_seconds());
  EXPECT_EQ(r.outcome, BounceOutcome::Bounced);
  EXPECT_EQ(r.subscriber_id, w.gone);
  EXPECT_EQ(r.list_id, w.list);
  EXPECT_EQ(status_of(server, w.gone), "bounced");
  EXPECT_EQ(status_of(server, w.here), "confirmed");
  EXPECT_EQ(ingest_bounce(server.app(), fixture("postfix-hard.eml", {{"MESSAGE_ID", message_id}}), now_seconds()).outcome,
            BounceOutcome::AlreadyBounced);
  auto next = new_campaign(server, w.list);
  send_everything(server, next);
  EXPECT_EQ(deliveries_to(server, next, w.gone), 0) << "never mailed again by that list";
  EXPECT_EQ(deliveries_to(server, next, w.here), 1);
}

TEST(DbNewslettersBounces, ATemporaryFailureBouncesOnlyOnTheThirdWithinThirtyDays) {
  TestServer server;
  auto w = sent_campaign(server);
  auto message_id = message_id_of(server, w.campaign, w.gone);
  auto delayed = [&](int n, std::int64_t at) {
    return ingest_bounce(server.app(), fixture("postfix-delayed.eml", {{"MESSAGE_ID", message_id}, {"N", std::to_string(n)}}), at);
  };
  std::int64_t now = now_seconds();
  auto old = delayed(1, now - 40 * 86400);
  EXPECT_EQ(old.outcome, BounceOutcome::SoftCounted);
  auto first = delayed(2, now - 86400);
  EXPECT_EQ(first.outcome, BounceOutcome::SoftCounted);
  EXPECT_EQ(first.soft_in_window, 1) << "the one of 40 days ago is out of the window";
  EXPECT_EQ(delayed(2, now).outcome, BounceOutcome::AlreadyCounted) << "the same notification read twice";
  auto second = delayed(3, now);
  EXPECT_EQ(second.outcome, BounceOutcome::SoftCounted);
  EXPECT_EQ(second.soft_in_window, 2);
  EXPECT_EQ(status_of(server, w.gone), "confirmed");
  // The third: a qmail text quoting the original, another kind of server, counts alike.
  auto third = ingest_bounce(server.app(), fixture("qmail-soft.eml", {{"MESSAGE_ID", message_id}}), now);
  EXPECT_EQ(third.outcome, BounceOutcome::Bounced);
  EXPECT_EQ(status_of(server, w.gone), "bounced");
}

TEST(DbNewslettersBounces, ABounceWithoutTheMessageIdIsMatchedByItsSignedUnsubscribeLink) {
  TestServer server;
  auto w = sent_campaign(server);
  std::string link = server.app().base_url() + "/newsletters/unsubscribe/" + unsubscribe_token(server.app(), w.gone, w.campaign);
  auto r = ingest_bounce(server.app(), fixture("exim-hard.eml", {{"UNSUBSCRIBE", link}}), now_seconds());
  EXPECT_EQ(r.outcome, BounceOutcome::Bounced);
  EXPECT_EQ(r.subscriber_id, w.gone);
  // A forged link names nobody.
  auto forged = ingest_bounce(server.app(), fixture("exim-hard.eml", {{"UNSUBSCRIBE", link + "x"}, {"N", "2"}}), now_seconds());
  EXPECT_EQ(forged.outcome, BounceOutcome::NoMatch);
  // The link of a test send names no subscriber: the list's subscriber with the address that failed.
  std::string test_link = server.app().base_url() + "/newsletters/unsubscribe/" + unsubscribe_token(server.app(), 0, w.campaign);
  auto by_address = ingest_bounce(server.app(), fixture("exim-hard.eml", {{"UNSUBSCRIBE", test_link}, {"RECIPIENT", "here@example.org"}}),
                                  now_seconds());
  EXPECT_EQ(by_address.outcome, BounceOutcome::Bounced);
  EXPECT_EQ(by_address.subscriber_id, w.here);
}

TEST(DbNewslettersBounces, GarbageRepliesAndStrangersAreReportedAndChangeNothing) {
  TestServer server;
  auto w = sent_campaign(server);
  auto message_id = message_id_of(server, w.campaign, w.gone);
  EXPECT_EQ(ingest_bounce(server.app(), fixture("garbage.eml"), now_seconds()).outcome, BounceOutcome::Unreadable);
  EXPECT_EQ(ingest_bounce(server.app(), fixture("out-of-office.eml", {{"MESSAGE_ID", message_id}}), now_seconds()).outcome,
            BounceOutcome::NotABounce);
  EXPECT_EQ(ingest_bounce(server.app(), fixture("delivered.eml", {{"MESSAGE_ID", message_id}}), now_seconds()).outcome,
            BounceOutcome::NotABounce);
  EXPECT_EQ(ingest_bounce(server.app(), fixture("postfix-hard.eml"), now_seconds()).outcome, BounceOutcome::NoMatch)
      << "a message the newsletters did not send";
  EXPECT_EQ(status_of(server, w.gone), "confirmed");
}

TEST(DbNewslettersBounces, AMaildirIsReadWholeAndReadingItAgainCountsNothingTwice) {
  TestServer server;
  auto w = sent_campaign(server);
  auto dir = std::filesystem::temp_directory_path() / ("maillage-bounces-" + std::to_string(now_seconds()) + "-" +
                                                       std::to_string(reinterpret_cast<std::uintptr_t>(&w)));
  for (auto* sub : {"new", "cur", "tmp"}) std::filesystem::create_directories(dir / sub);
  auto write = [&](const std::filesystem::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; };
  write(dir / "new" / "1.eml", fixture("postfix-hard.eml", {{"MESSAGE_ID", message_id_of(server, w.campaign, w.gone)}}));
  write(dir / "new" / "2.eml", fixture("postfix-delayed.eml", {{"MESSAGE_ID", message_id_of(server, w.campaign, w.here)}, {"RECIPIENT", "here@example.org"}}));
  write(dir / "cur" / "3:2,S", fixture("garbage.eml"));
  write(dir / "tmp" / "4.eml", fixture("postfix-hard.eml", {{"MESSAGE_ID", message_id_of(server, w.campaign, w.here)}}));
  auto first = ingest_bounce_path(server.app(), dir.string(), now_seconds());
  ASSERT_EQ(first.size(), 3u) << "new/ and cur/, not tmp/ (still being written)";
  EXPECT_EQ(first[0].result.outcome, BounceOutcome::Unreadable) << first[0].path;
  EXPECT_EQ(first[1].result.outcome, BounceOutcome::Bounced) << first[1].path;
  EXPECT_EQ(first[2].result.outcome, BounceOutcome::SoftCounted) << first[2].path;
  auto again = ingest_bounce_path(server.app(), dir.string(), now_seconds());
  EXPECT_EQ(again[1].result.outcome, BounceOutcome::AlreadyBounced);
  EXPECT_EQ(again[2].result.outcome, BounceOutcome::AlreadyCounted);
  EXPECT_EQ(status_of(server, w.here), "confirmed");
  auto one = ingest_bounce_path(server.app(), (dir / "new" / "1.eml").string(), now_seconds());
  ASSERT_EQ(one.size(), 1u);
  std::filesystem::remove_all(dir);
}

TEST(HttpNewslettersBounces, AMailServerPostsANotificationWithItsToken) {
  TestServer server;
  auto w = sent_campaign(server);
  setenv("MAILLAGE_BOUNCE_TOKEN", "a-long-random-bounce-token", 1);
  HttpClient client(server.url(""));
  auto dsn = fixture("postfix-hard.eml", {{"MESSAGE_ID", message_id_of(server, w.campaign, w.gone)}});
  EXPECT_EQ(client.post_raw("/api/newsletters/bounces", dsn, "message/rfc822").status, 401);
  EXPECT_EQ(client.post_raw("/api/newsletters/bounces", dsn, "message/rfc822", {"Authorization: Bearer wrong"}).status, 401);
  EXPECT_EQ(status_of(server, w.gone), "confirmed");
  auto ok = client.post_raw("/api/newsletters/bounces", dsn, "message/rfc822", {"Authorization: Bearer a-long-random-bounce-token"});
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_NE(ok.body.find("\"outcome\":\"bounced\""), std::string::npos) << ok.body;
  EXPECT_NE(ok.body.find("\"status\":\"5.1.1\""), std::string::npos);
  EXPECT_EQ(status_of(server, w.gone), "bounced");
  auto garbage = client.post_raw("/api/newsletters/bounces", fixture("garbage.eml"), "message/rfc822",
                                 {"Authorization: Bearer a-long-random-bounce-token"});
  EXPECT_EQ(garbage.status, 422);
  EXPECT_NE(garbage.body.find("unreadable"), std::string::npos);
  unsetenv("MAILLAGE_BOUNCE_TOKEN");
  EXPECT_EQ(client.post_raw("/api/newsletters/bounces", dsn, "message/rfc822", {"Authorization: Bearer a-long-random-bounce-token"}).status,
            401) << "no token configured: every call refused";
}
