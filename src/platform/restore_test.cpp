// maillage backup then maillage restore: the same rows in every table, and no restore onto a database in use.
// SQLite only (PostgreSQL is restored with pg_restore, see docs/operations.md), so the suite is not a Db* one.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "app/demo.hpp"
#include "app/setup.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
// Every table's rows, each row as its columns joined, sorted: two databases with equal snapshots hold the same rows.
std::map<std::string, std::vector<std::string>> snapshot(Database& db) {
  soci::session sql(db.pool());
  std::vector<std::string> tables;
  soci::rowset<std::string> names =
      (sql.prepare << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  for (auto& n : names) tables.push_back(n);
  std::map<std::string, std::vector<std::string>> out;
  for (auto& t : tables) {
    auto& rows = out[t];
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT * FROM \"" + t + "\"");
    for (auto& r : rs) {
      std::string line;
      for (std::size_t i = 0; i != r.size(); ++i) line += as_text(r, i) + '\x1f';
      rows.push_back(line);
    }
    std::sort(rows.begin(), rows.end());
  }
  return out;
}

std::size_t row_count(const std::map<std::string, std::vector<std::string>>& s) {
  std::size_t n = 0;
  for (auto& [_, rows] : s) n += rows.size();
  return n;
}

struct SqliteRestore : ::testing::Test {
  void SetUp() override {
    if (on_postgres()) GTEST_SKIP() << "PostgreSQL is restored with pg_restore";
    url = fresh_database_url();
    path = parse_db_url(url).path;
    backup = (std::filesystem::path(path).parent_path() / "backup.db").string();
  }
  std::unique_ptr<App> open() {
    Config c;
    c.db_url = url;
    c.access_log = false;
    c.run_jobs = false;
    c.index_dir = ":memory:";
    c.mail_dir = (std::filesystem::path(path).parent_path() / "mail").string();
    auto app = std::make_unique<App>(c);
    wire(*app);
    prepare_database(*app);
    return app;
  }
  std::string url, path, backup;
};
}  // namespace

TEST_F(SqliteRestore, EveryTableHasTheSameRowsAfterBackupAndRestore) {
  std::map<std::string, std::vector<std::string>> before;
  {
    auto app = open();
    ASSERT_TRUE(seed_demo(*app));
    before = snapshot(app->db);
    app->db.backup_to(backup);
    // Life goes on after the backup: rows added, changed and removed, all of which the restore must undo.
    app->db.transact([](soci::session& sql) {
      sql << "DELETE FROM audit_log";
      sql << "UPDATE users SET name = 'changed'";
      sql << "INSERT INTO settings (name, value) VALUES ('after-backup', 'x')";
    });
    ASSERT_NE(snapshot(app->db), before);
  }
  auto report = restore_sqlite(parse_db_url(url), backup);
  EXPECT_EQ(report.previous_copy, path + ".before-restore");
  EXPECT_TRUE(std::filesystem::exists(report.previous_copy));
  auto app = open();
  auto after = snapshot(app->db);
  EXPECT_GT(before.size(), 20u);
  EXPECT_GT(row_count(before), 500u) << "the demo data fills many tables";
  EXPECT_EQ(report.tables, before.size());
  EXPECT_EQ(static_cast<std::size_t>(report.rows), row_count(before));
  for (auto& [table, rows] : before) EXPECT_EQ(after[table], rows) << table;
  EXPECT_EQ(after.size(), before.size());
}

TEST_F(SqliteRestore, RestoringOntoADatabaseInUseIsRefusedAndChangesNothing) {
  std::map<std::string, std::vector<std::string>> live;
  {
    auto app = open();
    app->db.backup_to(backup);
    app->db.transact([](soci::session& sql) { sql << "INSERT INTO settings (name, value) VALUES ('live', 'x')"; });
    live = snapshot(app->db);
  }
  {
    InUseLock server(parse_db_url(url), InUseLock::Mode::Shared, true);  // what `maillage serve` holds
    EXPECT_THROW(restore_sqlite(parse_db_url(url), backup), DatabaseInUse);
  }
  auto app = open();
  EXPECT_EQ(snapshot(app->db), live);
  EXPECT_FALSE(std::filesystem::exists(path + ".before-restore"));
}

TEST_F(SqliteRestore, TheLockOfAServerKilledByKillNineIsReleased) {
  auto db = parse_db_url(url);
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  pid_t child = fork();
  if (child == 0) {  // a "server": takes the lock, says so, waits to be killed
    InUseLock held(db, InUseLock::Mode::Shared, true);
    char c = 'x';
    if (write(ready[1], &c, 1) != 1) _exit(1);
    for (;;) pause();
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  EXPECT_THROW(InUseLock(db, InUseLock::Mode::Exclusive, false), DatabaseInUse);
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  EXPECT_NO_THROW(InUseLock(db, InUseLock::Mode::Exclusive, false));
  close(ready[0]);
  close(ready[1]);
}

TEST_F(SqliteRestore, ABackupThatIsNotASoundMaillageDatabaseIsRefused) {
  { auto app = open(); }
  auto original = std::filesystem::file_size(path);
  std::ofstream(backup) << "not a database at all, just some words that are long enough to look like a header";
  EXPECT_THROW(restore_sqlite(parse_db_url(url), backup), std::runtime_error);
  std::filesystem::remove(backup);
  Database other("sqlite://" + backup, 1);  // a SQLite database, but not Maillage's
  { soci::session sql(other.pool()); sql << "CREATE TABLE t (x INTEGER)"; }
  EXPECT_THROW(restore_sqlite(parse_db_url(url), backup), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(path + ".before-restore"));
  EXPECT_EQ(std::filesystem::file_size(path), original);
}
