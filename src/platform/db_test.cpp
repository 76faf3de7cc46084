// The database layer, jobs and mail on the engine under test (SQLite, or PostgreSQL with MAILLAGE_TEST_PG).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/jobs.hpp"
#include "platform/mail.hpp"
#include "platform/resources.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(DbUrls, ParsesSqliteAndPostgresUrls) {
  EXPECT_EQ(parse_db_url("sqlite:///var/lib/m.db").path, "/var/lib/m.db");
  EXPECT_EQ(parse_db_url("sqlite://data/m.db").path, "data/m.db");
  EXPECT_EQ(parse_db_url("data/m.db").kind, DbKind::Sqlite);
  auto pg = parse_db_url("postgresql://maillage:secret@db.local/maillage");
  EXPECT_EQ(pg.kind, DbKind::Postgres);
  EXPECT_EQ(pg.display.find("secret"), std::string::npos) << "passwords never reach logs";
  EXPECT_THROW(parse_db_url("mysql://x"), std::invalid_argument);
}

TEST(DbMigrations, ApplyInOrderOnceAndAreRecorded) {
  Database db(fresh_database_url(), 2);
  int first = db.migrate();
  EXPECT_GE(first, 3);
  EXPECT_EQ(db.migrate(), 0) << "a second run applies nothing";
  // Parts number their migrations in their own ranges (offers 0020-0029, ...): the version is the last file's number.
  auto files = resources::list("migrations/");
  EXPECT_EQ(db.schema_version(), std::stoi(files.back().substr(std::string("migrations/").size(), 4)));
  soci::session sql(db.pool());
  int recorded = 0;
  sql << "SELECT COUNT(*) FROM schema_migrations", soci::into(recorded);
  EXPECT_EQ(recorded, first);
}

TEST(DbTransactions, RollBackEverythingWhenTheUnitOfWorkThrows) {
  Database db(fresh_database_url(), 2);
  db.migrate();
  EXPECT_THROW(db.transact([](soci::session& sql) {
                 sql << "INSERT INTO settings (name, value) VALUES ('a', '1')";
                 throw std::runtime_error("half-way");
               }),
               std::runtime_error);
  soci::session sql(db.pool());
  int n = -1;
  sql << "SELECT COUNT(*) FROM settings WHERE name = 'a'", soci::into(n);
  EXPECT_EQ(n, 0);
}

TEST(DbTransactions, AfterCommitActionsRunOnceCommittedAndNeverOnRollback) {
  Database db(fresh_database_url(), 2);
  db.migrate();
  std::vector<std::string> seen;
  db.transact([&](soci::session& sql) {
    sql << "INSERT INTO settings (name, value) VALUES ('a', '1')";
    after_commit([&] {
      // Run once the transaction is over: another connection already reads what it wrote.
      soci::session other(db.pool());
      std::string v;
      other << "SELECT value FROM settings WHERE name = 'a'", soci::into(v);
      seen.push_back("committed:" + v);
    });
    EXPECT_TRUE(seen.empty()) << "not before the commit";
  });
  EXPECT_EQ(seen, std::vector<std::string>{"committed:1"});
  EXPECT_THROW(db.transact([&](soci::session&) {
                 after_commit([&] { seen.push_back("rolled back"); });
                 throw std::runtime_error("half-way");
               }),
               std::runtime_error);
  EXPECT_EQ(seen.size(), 1u) << "dropped with the rollback";
  after_commit([&] { seen.push_back("outside"); });
  EXPECT_EQ(seen.back(), "outside") << "outside a transaction, at once";
}

TEST(DbTransactions, ConcurrentWritersNeverLoseAnUpdate) {
  Database db(fresh_database_url(), 4);
  db.migrate();
  db.transact([](soci::session& sql) { sql << "INSERT INTO settings (name, value) VALUES ('counter', '0')"; });
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i)
        db.transact([](soci::session& sql) {
          std::string v;
          sql << "SELECT value FROM settings WHERE name = 'counter'" + std::string(is_postgres(sql) ? " FOR UPDATE" : ""),
              soci::into(v);
          std::string next = std::to_string(std::stoi(v) + 1);
          sql << "UPDATE settings SET value = :v WHERE name = 'counter'", soci::use(next);
        });
    });
  for (auto& t : threads) t.join();
  soci::session sql(db.pool());
  std::string v;
  sql << "SELECT value FROM settings WHERE name = 'counter'", soci::into(v);
  EXPECT_EQ(v, "100");
}

TEST(DbBackup, CopiesALiveSqliteDatabase) {
  if (on_postgres()) GTEST_SKIP() << "PostgreSQL is backed up with pg_dump";
  auto url = fresh_database_url();
  Database db(url, 2);
  db.migrate();
  auto copy = std::filesystem::path(parse_db_url(url).path).parent_path() / "copy.db";
  db.backup_to(copy.string());
  Database restored("sqlite://" + copy.string(), 1);
  EXPECT_EQ(restored.schema_version(), db.schema_version());
}

namespace {
struct DbJobs : ::testing::Test {
  TestServer server;
  int count(const std::string& where) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM jobs WHERE " + where, soci::into(n);
    return n;
  }
};
}  // namespace

TEST_F(DbJobs, AJobRunsOnceAndIsMarkedDone) {
  Jobs jobs(server.app());
  int runs = 0;
  jobs.on("test.count", [&](App&, const JobRun&) { ++runs; });
  server.app().db.transact([](soci::session& sql) { Jobs::enqueue(sql, "test.count", "x"); });
  EXPECT_TRUE(jobs.run_one());
  EXPECT_FALSE(jobs.run_one());
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(count("kind = 'test.count' AND status = 'done'"), 1);
}

TEST_F(DbJobs, AFailingJobIsRetriedWithBackOffThenRecordedAsFailed) {
  Jobs jobs(server.app());
  jobs.on("test.fail", [](App&, const JobRun&) { throw std::runtime_error("smtp down"); });
  EnqueueOptions o;
  o.max_attempts = 2;
  server.app().db.transact([&](soci::session& sql) { Jobs::enqueue(sql, "test.fail", "", o); });
  EXPECT_TRUE(jobs.run_one());
  EXPECT_EQ(count("kind = 'test.fail' AND status = 'queued' AND last_error = 'smtp down'"), 1);
  EXPECT_FALSE(jobs.run_one()) << "the retry waits for its back-off";
  server.app().db.transact([](soci::session& sql) { sql << "UPDATE jobs SET run_at = 0 WHERE kind = 'test.fail'"; });
  EXPECT_TRUE(jobs.run_one());
  EXPECT_EQ(count("kind = 'test.fail' AND status = 'failed'"), 1);
  EXPECT_EQ(Jobs::backoff_seconds(1), 30);
  EXPECT_EQ(Jobs::backoff_seconds(3), 120);
  EXPECT_EQ(Jobs::backoff_seconds(20), 3600);
}

TEST_F(DbJobs, TwoSchedulersNeverRunTheSameJobTwice) {
  Jobs a(server.app()), b(server.app());
  std::atomic<int> runs{0};
  auto fn = [&](App&, const JobRun&) { runs++; };
  a.on("test.once", fn);
  b.on("test.once", fn);
  server.app().db.transact([](soci::session& sql) {
    for (int i = 0; i < 40; ++i) Jobs::enqueue(sql, "test.once", std::to_string(i));
  });
  std::thread ta([&] { a.run_due(); }), tb([&] { b.run_due(); });
  ta.join();
  tb.join();
  EXPECT_EQ(runs.load(), 40);
  EXPECT_EQ(count("kind = 'test.once' AND status = 'done'"), 40);
}

TEST_F(DbJobs, UniqueJobsAreCreatedOnce) {
  EnqueueOptions o;
  o.unique_key = "only-one";
  server.app().db.transact([&](soci::session& sql) {
    Jobs::enqueue(sql, "test.unique", "", o);
    Jobs::enqueue(sql, "test.unique", "", o);
  });
  EXPECT_EQ(count("kind = 'test.unique'"), 1);
}

TEST_F(DbJobs, MailGoesThroughTheOutboxIntoTheDevelopmentFolder) {
  Mail m{"person@example.org", "Réunion de quartier", "Bonjour,\nà jeudi.", "", "", ""};
  std::int64_t id = server.app().db.transact([&](soci::session& sql) { return queue_mail(sql, m); });
  server.run_jobs();
  auto file = std::filesystem::path(server.mail_dir()) / (std::to_string(id) + ".eml");
  ASSERT_TRUE(std::filesystem::exists(file));
  soci::session sql(server.app().db.pool());
  std::string status;
  sql << "SELECT status FROM outbox WHERE id = :id", soci::use(id), soci::into(status);
  EXPECT_EQ(status, "sent");
}

TEST(MailFormat, MessagesEncodeNonAsciiSubjectsAndCarryAttachments) {
  Mail m{"a@example.org", "Réunion", "Texte", "invite.ics", "text/calendar", "BEGIN:VCALENDAR"};
  auto text = mime_message(m, "maillage@example.org", 7);
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(text.find("multipart/mixed"), std::string::npos);
  EXPECT_NE(text.find("filename=\"invite.ics\""), std::string::npos);
  EXPECT_TRUE(looks_like_email("marie.dupont@cpas-anderlecht.be"));
  EXPECT_FALSE(looks_like_email("marie dupont@cpas"));
  EXPECT_FALSE(looks_like_email("<script>@x.be"));
}

TEST(MailFormat, AnAddressNeedsOneAtAndADomainWithADotFollowedByTwoCharacters) {
  for (const char* good : {"a@b.be", "marie.dupont@cpas-anderlecht.be", "x+tag@sub.domain.brussels", "a@b.c.de",
                           "a@b..be", "jean-luc@xn--ecole-9ra.be"})
    EXPECT_TRUE(looks_like_email(good)) << good;
  for (const char* bad : {"", "@b.be", "a@", "a@b", "a@.be", "a@b.c", "a@b.", "a@@b.be", "a@b@c.be", "a b@c.be",
                          "a@b.be ", "a\t@b.be", "<a>@b.be", "a@b.be;", "a,b@c.be", "\"a\"@b.be", "a'@b.be"})
    EXPECT_FALSE(looks_like_email(bad)) << bad;
  EXPECT_FALSE(looks_like_email("a@" + std::string(250, 'b') + ".be")) << "over 254 characters";
}
