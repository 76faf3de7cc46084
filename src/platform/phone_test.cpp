#include "platform/phone.hpp"

#include <gtest/gtest.h>

namespace maillage {

TEST(Phone, BelgianMobileTypedInEveryUsualWayIsOneNumber) {
  for (const char* typed : {"0470 12 34 56", "0470/12.34.56", "+32 470 12 34 56", "0032470123456", "+32 (0)470 12-34-56",
                            "0470123456"})
    EXPECT_EQ(normalise_phone(typed).value_or("?"), "+32470123456") << typed;
}

TEST(Phone, BrusselsLandlineIsAccepted) {
  EXPECT_EQ(normalise_phone("02 511 22 33").value_or("?"), "+3225112233");
  EXPECT_EQ(normalise_phone("+32 2 511 22 33").value_or("?"), "+3225112233");
}

TEST(Phone, ForeignNumberWithCountryCodeIsAccepted) {
  EXPECT_EQ(normalise_phone("+33 6 12 34 56 78").value_or("?"), "+33612345678");
}

TEST(Phone, TextTooShortOrWithLettersIsRefused) {
  for (const char* typed : {"", "123", "0470 12 34", "call me", "04701234567", "+32 12", "0212345678", "++32470123456"})
    EXPECT_FALSE(normalise_phone(typed).has_value()) << typed;
}

TEST(Phone, DisplayGroupsDigitsForReadingAloud) {
  EXPECT_EQ(phone_for_display("+32470123456"), "+32 470 12 34 56");
  EXPECT_EQ(phone_for_display("+3225112233"), "+32 2 511 22 33");
  EXPECT_EQ(phone_for_display("+33612345678"), "+33612345678");
}

}  // namespace maillage
