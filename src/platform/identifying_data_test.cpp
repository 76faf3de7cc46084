// The identifying-data check run on free text before it is saved: what a national register number, an e-mail
// address, a phone number and a date of birth look like as people type them, and what must not be flagged.
#include <gtest/gtest.h>

#include "platform/identifying_data.hpp"

using namespace maillage;

namespace {
std::vector<std::string> kinds(const std::string& text) {
  std::vector<std::string> out;
  for (auto& f : find_identifying_data(text, 2026)) out.push_back(f.kind);
  return out;
}
using K = std::vector<std::string>;
}  // namespace

TEST(IdentifyingData, TheNationalNumberCheckFollowsModulo97AndTheRuleForPeopleBornFrom2000) {
  // 85.07.30-033.28: 97 - (850730033 mod 97) = 28
  EXPECT_TRUE(valid_national_number("85073003328"));
  EXPECT_FALSE(valid_national_number("85073003329"));
  // 17.07.30-033.84: born in 2017, the check is on 2170730033
  EXPECT_TRUE(valid_national_number("17073003384"));
  EXPECT_FALSE(valid_national_number("1707300338"));
  EXPECT_FALSE(valid_national_number("1707300338x"));
}

TEST(IdentifyingData, AValidNationalNumberIsFlaggedWithOrWithoutSeparators) {
  EXPECT_EQ(kinds("NN 85.07.30-033.28 suivi CPAS"), K{"national_number"});
  EXPECT_EQ(kinds("85073003328"), K{"national_number"});
  EXPECT_EQ(kinds("rrn: 850730 033 28."), K{"national_number"});
  EXPECT_EQ(kinds("17.07.30-033.84"), K{"national_number"});
  auto f = find_identifying_data("NN 85.07.30-033.28 suivi", 2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].offset, 3u);
  EXPECT_EQ(f[0].text, "85.07.30-033.28");
  EXPECT_STREQ(f[0].label, "a national register number");
}

TEST(IdentifyingData, ANationalNumberWithAnInvalidCheckIsNotFlagged) {
  EXPECT_EQ(kinds("85.07.30-033.29"), K{});
  EXPECT_EQ(kinds("dossier 85073003329"), K{});
}

TEST(IdentifyingData, EmailAddressesAreFlagged) {
  EXPECT_EQ(kinds("écrire à Jean.Dupont+cpas@exemple.be merci"), K{"email"});
  EXPECT_EQ(kinds("le service @Home de Forest"), K{});
}

TEST(IdentifyingData, BelgianAndInternationalPhoneNumbersAreFlagged) {
  EXPECT_EQ(kinds("tél 02/512 34 56"), K{"phone"});
  EXPECT_EQ(kinds("gsm 0470 12 34 56 le matin"), K{"phone"});
  EXPECT_EQ(kinds("0470.12.34.56"), K{"phone"});
  EXPECT_EQ(kinds("+32 470 12 34 56"), K{"phone"});
  EXPECT_EQ(kinds("+32 (0)2 512 34 56"), K{"phone"});
  EXPECT_EQ(kinds("0032 2 512 34 56"), K{"phone"});
  EXPECT_EQ(kinds("+33 6 12 34 56 78"), K{"phone"});
  EXPECT_EQ(kinds("appeler le 02 512 34 56 12 fois"), K{"phone"}) << "figures after the number do not hide it";
}

TEST(IdentifyingData, OrdinaryFiguresAreNotPhoneNumbers) {
  EXPECT_EQ(kinds("1190 Forest, 3 enfants, loyer de 850 euros"), K{});
  EXPECT_EQ(kinds("rue Haute 123, 1000 Bruxelles"), K{});
  EXPECT_EQ(kinds("ticket A0470123456"), K{});
}

TEST(IdentifyingData, DatesOfBirthAreFlaggedInTheUsualFormats) {
  EXPECT_EQ(kinds("12/03/1987"), K{"birth_date"});
  EXPECT_EQ(kinds("12-03-1987"), K{"birth_date"});
  EXPECT_EQ(kinds("1987-03-12"), K{"birth_date"});
  EXPECT_EQ(kinds("né le 12 mars 1987 à Liège"), K{"birth_date"});
  EXPECT_EQ(kinds("geboren op 1 februari 1950"), K{"birth_date"});
  EXPECT_EQ(kinds("Née le 3 Août 1962"), K{"birth_date"});
  auto f = find_identifying_data("né le 12 mars 1987", 2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "12 mars 1987");
}

TEST(IdentifyingData, ARecentDateIsAnAppointmentUnlessABirthWordIsNear) {
  EXPECT_EQ(kinds("rendez-vous le 12/03/2026 au CPAS"), K{});
  EXPECT_EQ(kinds("bébé née le 02/01/2026"), K{"birth_date"});
  EXPECT_EQ(kinds("le 45/13/1987"), K{});
}

TEST(IdentifyingData, SeveralFindingsComeInTextOrder) {
  auto f = find_identifying_data("mail a@b.be, tél 0470 12 34 56, NN 85073003328, ° 12/03/1987", 2026);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_STREQ(f[0].kind, "email");
  EXPECT_STREQ(f[1].kind, "phone");
  EXPECT_STREQ(f[2].kind, "national_number");
  EXPECT_STREQ(f[3].kind, "birth_date");
}
