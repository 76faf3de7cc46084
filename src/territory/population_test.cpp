// Population facts: the CSV import (bad lines reported with their number and skipped, a re-import changing
// nothing, semicolons and decimal commas), and the population of a territory summed over its communes and
// quarters for the observatory's denominators.
#include <gtest/gtest.h>

#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/demo.hpp"
#include "territory/population.hpp"

using namespace maillage;
using namespace maillage::territory;
using maillage::testing::TestServer;

namespace {
std::vector<int> line_numbers(const PopulationImport& r) {
  std::vector<int> out;
  for (auto& [line, reason] : r.bad_lines) out.push_back(line);
  return out;
}
}  // namespace

TEST(DbTerritoryPopulation, ACsvImportReportsBadLinesByNumberSkipsThemAndImportsTheRest) {
  TestServer server;
  auto& db = server.app().db;
  const std::string csv =
      "code,year,source,population,age_0_17,age_18_64,age_65_79,age_80_plus,unemployment_rate\n"
      "21013,2024,Statbel 2024,49800,9462,31904,4880,2092,17.5\n"  // 2: fine
      "99999,2024,Statbel 2024,100\n"                              // 3: no such commune or quarter
      "21009,20x4,Statbel 2024,88100\n"                            // 4: the year
      "21009,2024,,88100\n"                                        // 5: no source
      "21009,2024,Statbel 2024,lots\n"                             // 6: the population
      "21016,2024,Statbel 2024,1000,900,900\n"                     // 7: bands above the population
      "21016,2024,Statbel 2024,85400,,,,,140\n"                    // 8: a share above 100
      "\n"                                                         // 9: blank, ignored
      "21016,2024,Statbel 2024,85400\n"                            // 10: fine
      "21016,2024,Statbel 2024,85401\n";                           // 11: the same code and year again
  auto r = db.transact([&](soci::session& sql) { return import_population(sql, csv, now_seconds()); });
  EXPECT_TRUE(r.fatal.empty());
  EXPECT_EQ(r.created, 2);
  EXPECT_EQ(line_numbers(r), (std::vector<int>{3, 4, 5, 6, 7, 8, 11}));
  for (auto& [line, reason] : r.bad_lines) EXPECT_FALSE(reason.empty()) << line;
  auto again = db.transact([&](soci::session& sql) { return import_population(sql, csv, now_seconds()); });
  EXPECT_EQ(again.created, 0);
  EXPECT_EQ(again.updated, 2) << "the same file again replaces, never adds";
  soci::session sql(db.pool());
  int rows = 0;
  sql << "SELECT COUNT(*) FROM population_facts", soci::into(rows);
  EXPECT_EQ(rows, 2);
  auto sg = population_of(sql, {"commune", "21013"}, 2024);
  ASSERT_TRUE(sg);
  EXPECT_EQ(sg->population, 49800);
  EXPECT_EQ(sg->age_bands[0], 9462);
  ASSERT_TRUE(sg->indicators[0]);
  EXPECT_DOUBLE_EQ(*sg->indicators[0], 17.5);
  EXPECT_FALSE(population_of(sql, {"commune", "21013"}, 2019)) << "no figures that year";
}

TEST(DbTerritoryPopulation, ASpreadsheetsSemicolonsAndDecimalCommasAreRead) {
  TestServer server;
  auto r = server.app().db.transact([](soci::session& sql) {
    return import_population(sql, "\xEF\xBB\xBF" "code;year;source;population;unemployment_rate\r\n21007;2024;IBSA;56800;15,5\r\n", now_seconds());
  });
  EXPECT_EQ(r.created, 1);
  EXPECT_TRUE(r.bad_lines.empty());
  soci::session sql(server.app().db.pool());
  auto forest = population_of(sql, {"commune", "21007"}, 2024);
  ASSERT_TRUE(forest && forest->indicators[0]);
  EXPECT_DOUBLE_EQ(*forest->indicators[0], 15.5);
  auto none = server.app().db.transact([](soci::session& sql) { return import_population(sql, "nom,annee\nx,y\n", 0); });
  EXPECT_FALSE(none.fatal.empty()) << "a file without the needed columns is refused whole";
}

TEST(DbTerritoryPopulation, TheDemoFiguresSumOverTheRegionABassinAZoneAndAQuarter) {
  TestServer server;
  server.app().db.transact([](soci::session& sql) { seed_demo(sql, now_seconds()); });
  soci::session sql(server.app().db.pool());
  auto region = population_of(sql, {"region", ""}, 2024);
  ASSERT_TRUE(region);
  EXPECT_EQ(region->population, 1243200) << "the 19 communes, Bruxelles-Ville by its own figure";
  EXPECT_TRUE(region->complete());
  EXPECT_EQ(region->parts.size(), 19u);
  auto sud = population_of(sql, {"bassin", "sud"}, 2024);
  ASSERT_TRUE(sud);
  EXPECT_EQ(sud->population, 88100 + 49800 + 25400 + 85400 + 56800 + 9800) << "five communes and the Louise quarter";
  EXPECT_TRUE(sud->complete());
  auto rezone = population_of(sql, {"zone", "rezone"}, 2024);
  ASSERT_TRUE(rezone);
  EXPECT_EQ(rezone->population, sud->population) << "Rézone's area is the Sud bassin's";
  auto canal = population_of(sql, {"zone", "equipe-mobile-canal"}, 2024);
  ASSERT_TRUE(canal);
  EXPECT_EQ(canal->population, 126300 + 98000 + 22400 + 11300);
  ASSERT_TRUE(canal->indicators[0]);
  EXPECT_GT(*canal->indicators[0], 17.0) << "a share weighted by population lies between its parts'";
  EXPECT_LT(*canal->indicators[0], 24.5);
  auto nord = population_of(sql, {"bassin", "nord"}, 2024);
  ASSERT_TRUE(nord);
  EXPECT_FALSE(nord->complete()) << "Bruxelles-Ville's part of Nord has no quarter with figures in the demo";
  EXPECT_EQ(nord->missing.front(), (std::pair<std::string, std::string>{"commune", "21004"}));
  EXPECT_EQ(population_of(sql, {"quarter", "demo-louise"}, 2024)->population, 9800);
  auto earlier = population_of(sql, {"region", ""}, 2023);
  ASSERT_TRUE(earlier);
  EXPECT_LT(earlier->population, region->population);
  EXPECT_FALSE(earlier->age_bands[0]) << "the 2023 lines give no age bands";
  EXPECT_EQ(population_years(sql), (std::vector<int>{2024, 2023}));
  EXPECT_FALSE(population_of(sql, {"zone", "atlantis"}, 2024));
}
