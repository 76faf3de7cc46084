// Brussels local time for forms and pages.
#include <gtest/gtest.h>

#include "platform/brussels_time.hpp"

using namespace maillage;

TEST(BrusselsTime, BrusselsIsOneHourAheadInWinterAndTwoInSummer) {
  auto winter = from_brussels("2026-12-03", "09:30");
  auto summer = from_brussels("2026-07-03", "09:30");
  ASSERT_TRUE(winter && summer);
  EXPECT_EQ(*winter, 1796286600);  // 2026-12-03T08:30:00Z
  EXPECT_EQ(*summer, 1783063800);  // 2026-07-03T07:30:00Z
  EXPECT_EQ(local_time_hm(*winter), "09:30");
  EXPECT_EQ(local_date_iso(*summer), "2026-07-03");
}

TEST(BrusselsTime, SummerTimeStartsAndEndsOnTheLastSundays) {
  // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
  EXPECT_EQ(brussels_offset(1774745999), 3600);
  EXPECT_EQ(brussels_offset(1774746000), 7200);
  EXPECT_EQ(brussels_offset(1792889999), 7200);
  EXPECT_EQ(brussels_offset(1792890000), 3600);
}

TEST(BrusselsTime, InvalidDatesAreRefused) {
  EXPECT_FALSE(from_brussels("2026-02-31", "10:00"));
  EXPECT_FALSE(from_brussels("tomorrow", "10:00"));
  EXPECT_FALSE(from_brussels("2026-02-10", "25:00"));
  EXPECT_FALSE(month_range("2026-13"));
  auto dec = month_range("2026-12");
  ASSERT_TRUE(dec);
  EXPECT_EQ(dec->second - dec->first, 31 * 86400);
}
