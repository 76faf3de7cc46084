// Numbers typed in forms: a decimal point or a decimal comma, spaces around ignored, anything else refused.
#include "platform/decimal.hpp"

#include <gtest/gtest.h>

using maillage::parse_decimal;

TEST(PlatformDecimal, ADecimalCommaOrPointIsReadAndAnythingElseIsRefused) {
  EXPECT_EQ(parse_decimal("3"), 3.0);
  EXPECT_EQ(parse_decimal("3,5"), 3.5);
  EXPECT_EQ(parse_decimal(" 50.8280 "), 50.828);
  EXPECT_EQ(parse_decimal("-4.25"), -4.25);
  EXPECT_FALSE(parse_decimal(""));
  EXPECT_FALSE(parse_decimal("   "));
  EXPECT_FALSE(parse_decimal("3 km"));
  EXPECT_FALSE(parse_decimal("abc"));
  EXPECT_FALSE(parse_decimal("1,000,000")) << "two commas are not a number";
  EXPECT_FALSE(parse_decimal(std::string(21, '1'))) << "at most 20 characters";
}
