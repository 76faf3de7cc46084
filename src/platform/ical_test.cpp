// iCalendar output: checked line by line against RFC 5545 here, and parsed by ical.js (the parser of calendar
// web apps) when node and the npm package are installed.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "platform/ical.hpp"

using namespace maillage;

namespace {
std::vector<CalendarEvent> sample_events() {
  CalendarEvent e;
  e.uid = "session-1-registration-2@maillage";
  e.starts_at = 1'800'000'000;
  e.ends_at = e.starts_at + 5400;
  e.stamp = 1'799'000'000;
  e.summary = "Semaine portes ouvertes; visite, échange \\ et café — Saint-Gilles";
  e.description = "Première ligne\nDeuxième ligne avec des accents éèàçô et un texte assez long pour être plié plusieurs "
                  "fois au-delà de soixante-quinze octets, sans couper un caractère UTF-8 en deux: ééééééééééééééééé";
  e.location = "Rue de la Victoire 26, 1060 Saint-Gilles";
  e.url = "http://127.0.0.1:8080/offers/1";
  return {e, e};
}
}  // namespace

TEST(PlatformIcal, TextValuesAreEscaped) {
  EXPECT_EQ(ical_escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
}

TEST(PlatformIcal, LongLinesAreFoldedAt75OctetsWithoutSplittingACharacter) {
  std::string line = "DESCRIPTION:";
  for (int i = 0; i < 100; ++i) line += "é";
  auto folded = ical_fold(line);
  std::size_t start = 0;
  while (start < folded.size()) {
    auto end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    EXPECT_NE(static_cast<unsigned char>(folded[start + (start ? 1 : 0)]) & 0xC0, 0x80u) << "a fold splits é";
    start = end + 2;
  }
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) { i += 2; continue; }
    if (folded.compare(i, 2, "\r\n") == 0) break;
    unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, line);
}

TEST(PlatformIcal, ACalendarPassesTheLineLevelChecks) {
  auto text = ical_calendar("Maillage", sample_events());
  EXPECT_TRUE(ical_problems(text).empty()) << ical_problems(text).front();
  EXPECT_EQ(text.find("\n\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTART:20270115T080000Z"), std::string::npos) << text;
  EXPECT_FALSE(ical_problems("BEGIN:VCALENDAR\nEND:VCALENDAR\n").empty()) << "bare LF is caught";
  EXPECT_FALSE(ical_problems("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n").empty()) << "no END is caught";
  EXPECT_FALSE(ical_problems("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + std::string(80, 'x') + "\r\nEND:VCALENDAR\r\n").empty());
}

TEST(PlatformIcal, IcalJsReadsOurCalendarBack) {
  std::string root = MAILLAGE_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/node_modules/ical.js/package.json"))
    GTEST_SKIP() << "npm package ical.js not installed: run `npm ci` (it is a devDependency) to run this check";
  if (std::system("node --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "node is not installed";
  auto file = std::filesystem::temp_directory_path() / ("maillage-ical-" + std::to_string(getpid()) + ".ics");
  std::ofstream(file, std::ios::binary) << ical_calendar("Maillage — Sud", sample_events());
  std::string cmd = "cd '" + root + "' && node tests/offers/ical-check.mjs '" + file.string() + "'";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  while (auto n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  int rc = pclose(p);
  std::filesystem::remove(file);
  ASSERT_EQ(rc, 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["name"], "Maillage — Sud");
  ASSERT_EQ(j["events"].size(), 2u);
  auto& e = j["events"][0];
  EXPECT_EQ(e["summary"], sample_events()[0].summary) << "escaping and folding survive a real parser";
  EXPECT_EQ(e["description"], sample_events()[0].description);
  EXPECT_EQ(e["location"], sample_events()[0].location);
  EXPECT_EQ(e["start"], 1'800'000'000);
  EXPECT_EQ(e["end"], 1'800'005'400);
}
