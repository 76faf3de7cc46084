// Small counts leaving a confidential group: nobody recognisable, no cell recomputable from a shown total.
#include "platform/small_counts.hpp"

#include <gtest/gtest.h>

namespace maillage {
namespace {

TEST(SmallCounts, ACountBelowTheThresholdIsHiddenOutsideAndShownInside) {
  EXPECT_EQ(shown_count(3, false).text, "< 5");
  EXPECT_TRUE(shown_count(3, false).suppressed);
  EXPECT_EQ(shown_count(3, true).text, "3");
  EXPECT_EQ(shown_count(5, false).text, "5");
  EXPECT_EQ(shown_count(0, false).text, "0") << "zero reveals nobody";
  EXPECT_EQ(shown_count(9, false, 10).text, "< 10") << "a group may set its own threshold";
}

TEST(SmallCounts, ALoneSuppressedCellTakesTheNextSmallestWithItSoTheTotalGivesNothingAway) {
  auto cells = shown_counts({12, 3, 7, 20}, false);
  EXPECT_EQ(cells[1].text, "< 5");
  EXPECT_TRUE(cells[2].suppressed);
  EXPECT_TRUE(cells[2].secondary);
  EXPECT_EQ(cells[2].text, "*");
  EXPECT_EQ(cells[0].text, "12");
  EXPECT_EQ(cells[3].text, "20");
}

TEST(SmallCounts, TwoSuppressedCellsNeedNoSecondaryAndInsideNothingIsHidden) {
  auto cells = shown_counts({12, 3, 2, 20}, false);
  EXPECT_FALSE(cells[0].suppressed);
  EXPECT_FALSE(cells[3].suppressed);
  for (auto& c : shown_counts({12, 3, 7, 20}, true)) EXPECT_FALSE(c.suppressed);
}

TEST(SmallCounts, AShareOfASuppressedCountIsNotShown) {
  EXPECT_EQ(shown_share(shown_count(3, false), shown_count(19, false)), "");
  EXPECT_EQ(shown_share(shown_count(6, false), shown_count(24, false)), "25");
  EXPECT_EQ(shown_share(shown_count(3, true), shown_count(19, true), 1), "15.8");
}

}  // namespace
}  // namespace maillage
