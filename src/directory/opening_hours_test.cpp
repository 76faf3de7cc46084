// Opening hours as sources and forms write them: times of day and weekly lines (found by the fuzz target).
#include <gtest/gtest.h>

#include "directory/model.hpp"

using namespace maillage::directory;

TEST(DirectoryOpeningHours, ATimeOfDayReadsAsSourcesWriteIt) {
  EXPECT_EQ(minutes_of_day("09:30"), 570);
  EXPECT_EQ(minutes_of_day("9:30"), 570) << "an hour of one digit is not nine minutes early";
  EXPECT_EQ(minutes_of_day("09:30:00"), 570);
  EXPECT_EQ(minutes_of_day("17:00:00+01:00"), 1020);
  EXPECT_EQ(minutes_of_day("08:00Z"), 480);
  EXPECT_EQ(minutes_of_day("24:00"), 1440) << "the end of the day";
}

TEST(DirectoryOpeningHours, AnImpossibleTimeIsRefusedNotGuessed) {
  for (const char* bad : {"", "9", "25:00", "24:01", "12:60", "12:3", "12:30:61", "ab:cd", "12:30 pm", "-1:00", "12:30+1"})
    EXPECT_FALSE(minutes_of_day(bad)) << bad;
}

TEST(DirectoryOpeningHours, AWeeklyLineNeedsADayCodeAndTwoTimes) {
  auto o = parse_opening_line("MO 09:00-12:00");
  ASSERT_TRUE(o);
  EXPECT_EQ(opening_line(*o), "MO 09:00-12:00");
  EXPECT_FALSE(parse_opening_line("XX 09:00-12:00"));
  EXPECT_FALSE(parse_opening_line("MO 9h00-12h00"));
  EXPECT_FALSE(parse_opening_line("MO 29:00-12:00"));
}
