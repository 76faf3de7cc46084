// The orientation lines: the six default lines of the Brussels territory, checks on what an administrator
// types, and the line that answers for a bassin.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;

TEST(HelpdeskLines, ALineNeedsACodeThreeNamesAndABoundedRetention) {
  Line l;
  l.code = "sud";
  l.name_fr = "Ligne Sud";
  l.name_nl = "Lijn Zuid";
  l.name_en = "South line";
  EXPECT_EQ(check_line(l), nullptr);
  Line bad = l;
  bad.code = "Sud line";
  EXPECT_NE(check_line(bad), nullptr);
  bad = l;
  bad.name_nl.clear();
  EXPECT_NE(check_line(bad), nullptr);
  bad = l;
  bad.retention_months = 0;
  EXPECT_NE(check_line(bad), nullptr);
}

TEST(HelpdeskLines, ANameFallsBackToFrench) {
  Line l;
  l.name_fr = "Ligne régionale";
  EXPECT_EQ(l.name("nl"), "Ligne régionale");
  l.name_nl = "Gewestelijke lijn";
  EXPECT_EQ(l.name("nl"), "Gewestelijke lijn");
}

TEST(DbHelpdeskLines, TheDefaultLinesAreTheRegionAndTheFiveBassinsCreatedOnce) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  int created = db.transact([](soci::session& sql) { return ensure_default_lines(sql, now_seconds()); });
  EXPECT_EQ(created, 6);
  EXPECT_EQ(db.transact([](soci::session& sql) { return ensure_default_lines(sql, now_seconds()); }), 0);
  soci::session sql(db.pool());
  auto lines = list_lines(sql);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].code, "region");
  EXPECT_TRUE(lines[0].regional());
  auto sud = line_for_bassin(sql, "sud");
  ASSERT_TRUE(sud);
  EXPECT_EQ(sud->code, "sud");
  EXPECT_EQ(line_for_bassin(sql, "")->code, "region");
  EXPECT_EQ(find_line_by_code(sql, "nord-est")->bassin_slug, "nord-est");
}

TEST(DbHelpdeskLines, AnEditedLineIsReadBackAsSaved) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  auto id = db.transact([](soci::session& sql) {
    ensure_default_lines(sql, now_seconds());
    auto l = *find_line_by_code(sql, "nord");
    l.phone = "02 123 45 67";
    l.email = "nord@helpdesk.example";
    l.retention_months = 6;
    l.active = false;
    return save_line(sql, l, now_seconds());
  });
  soci::session sql(db.pool());
  auto l = find_line(sql, id);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->phone, "02 123 45 67");
  EXPECT_EQ(l->retention_months, 6);
  EXPECT_FALSE(l->active);
  EXPECT_EQ(list_lines(sql).size(), 5u) << "an inactive line leaves the lists";
  EXPECT_EQ(list_lines(sql, true).size(), 6u);
  EXPECT_EQ(line_for_bassin(sql, "nord")->code, "region") << "a bassin without its line falls back to the region";
}
