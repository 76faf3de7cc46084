// The registration rules, as pure functions: each test is one behaviour an organiser or a participant relies on.
#include <gtest/gtest.h>

#include "offers/rules.hpp"

using namespace maillage::offers;

namespace {
constexpr std::int64_t kNow = 1'800'000'000;
SessionState future_session(int capacity) { return {capacity, kNow + 7 * 86400, true}; }
Seat seat(std::int64_t id, Status st, std::string institution = "", std::string sector = "", std::int64_t at = 0) {
  return {id, st, std::move(institution), std::move(sector), at ? at : kNow - 1000 + id, true};
}
}  // namespace

TEST(OffersRules, AFreeSeatConfirmsALoggedInPersonAndHoldsOneForAnUnconfirmedEmail) {
  EXPECT_EQ(decide({}, future_session(2), {"1", "social", true}, {}, kNow).status, Status::Confirmed);
  EXPECT_EQ(decide({}, future_session(2), {"x", "social", false}, {}, kNow).status, Status::AwaitingEmail);
}

TEST(OffersRules, RegistrationBeyondCapacityGoesToWaitingList) {
  std::vector<Seat> others{seat(1, Status::Confirmed), seat(2, Status::AwaitingEmail)};
  auto v = decide({}, future_session(2), {"3", "", true}, others, kNow);
  EXPECT_EQ(v.status, Status::WaitingList);
  Policy no_list;
  no_list.waiting_list = false;
  auto refused = decide(no_list, future_session(2), {"3", "", true}, others, kNow);
  EXPECT_EQ(refused.status, Status::Refused);
  ASSERT_NE(refused.reason, nullptr);
}

TEST(OffersRules, OnePerInstitutionRefusesASecondColleague) {
  Policy p;
  p.one_per_institution = true;
  std::vector<Seat> others{seat(1, Status::Confirmed, "42")};
  auto v = decide(p, future_session(10), {"42", "", true}, others, kNow);
  EXPECT_EQ(v.status, Status::Refused);
  EXPECT_NE(std::string(v.reason).find("one person per institution"), std::string::npos);
  EXPECT_EQ(decide(p, future_session(10), {"43", "", true}, others, kNow).status, Status::Confirmed);
  others[0].status = Status::Cancelled;
  EXPECT_EQ(decide(p, future_session(10), {"42", "", true}, others, kNow).status, Status::Confirmed)
      << "a cancelled colleague frees the institution's place";
}

TEST(OffersRules, SectorQuotaSendsTheNextOneToWaitingListWhileOtherSectorsStillGetSeats) {
  Policy p;
  p.sector_quota = 2;
  std::vector<Seat> others{seat(1, Status::Confirmed, "a", "mental_health"), seat(2, Status::Confirmed, "b", "mental_health")};
  auto third = decide(p, future_session(10), {"c", "mental_health", true}, others, kNow);
  EXPECT_EQ(third.status, Status::WaitingList);
  EXPECT_NE(std::string(third.reason).find("sector"), std::string::npos);
  others.push_back(seat(3, Status::WaitingList, "c", "mental_health"));
  EXPECT_EQ(decide(p, future_session(10), {"d", "housing", true}, others, kNow).status, Status::Confirmed)
      << "a waiting person blocked by their sector's quota does not block other sectors";
}

TEST(OffersRules, ApprovalRequiredLeavesTheRegistrationPending) {
  Policy p;
  p.approval_required = true;
  EXPECT_EQ(decide(p, future_session(10), {"1", "", true}, {}, kNow).status, Status::PendingApproval);
}

TEST(OffersRules, SessionInThePastIsRefused) {
  SessionState past{10, kNow - 3600, true};
  EXPECT_EQ(decide({}, past, {"1", "", true}, {}, kNow).status, Status::Refused);
  SessionDraft d{kNow - 3600, kNow, 10, false, "Rue Haute 1", ""};
  EXPECT_NE(check_session(d, 0, kNow, true), nullptr);
  d.starts_at = kNow + 3600;
  d.ends_at = kNow + 7200;
  EXPECT_EQ(check_session(d, 0, kNow, true), nullptr);
}

TEST(OffersRules, ClosedRegistrationIsRefused) {
  SessionState closed{10, kNow + 3600, false};
  EXPECT_EQ(decide({}, closed, {"1", "", true}, {}, kNow).status, Status::Refused);
}

TEST(OffersRules, CapacityBelowConfirmedCountIsRefused) {
  SessionDraft d{kNow + 3600, kNow + 7200, 5, false, "Rue Haute 1", ""};
  EXPECT_NE(check_session(d, 6, kNow, false), nullptr);
  EXPECT_EQ(check_session(d, 5, kNow, false), nullptr);
  d.capacity = 0;
  EXPECT_NE(check_session(d, 0, kNow, false), nullptr);
}

TEST(OffersRules, AnOnlineSessionNeedsAnHttpsLink) {
  SessionDraft d{kNow + 3600, kNow + 7200, 5, true, "", "javascript:alert(1)"};
  EXPECT_NE(check_session(d, 0, kNow, true), nullptr);
  d.online_url = "https://meet.example.org/abc";
  EXPECT_EQ(check_session(d, 0, kNow, true), nullptr);
}

TEST(OffersRules, WaitingListPromotionFillsAFreedSeat) {
  Policy p;
  std::vector<Seat> seats{seat(1, Status::Confirmed), seat(2, Status::Cancelled), seat(4, Status::WaitingList, "", "", kNow - 10),
                          seat(3, Status::WaitingList, "", "", kNow - 50)};
  auto promoted = to_promote(p, 2, seats);
  ASSERT_EQ(promoted.size(), 1u);
  EXPECT_EQ(promoted[0], 3) << "the longest-waiting person first";
  EXPECT_TRUE(to_promote(p, 1, seats).empty()) << "no free seat, nobody promoted";
}

TEST(OffersRules, PromotionSkipsAWaitingPersonWhoseSectorIsFull) {
  Policy p;
  p.sector_quota = 1;
  std::vector<Seat> seats{seat(1, Status::Confirmed, "a", "housing"), seat(2, Status::WaitingList, "b", "housing", kNow - 50),
                          seat(3, Status::WaitingList, "c", "youth", kNow - 10)};
  auto promoted = to_promote(p, 5, seats);
  ASSERT_EQ(promoted.size(), 1u);
  EXPECT_EQ(promoted[0], 3);
}

TEST(OffersRules, CancellationIsPossibleUntilTheDeadline) {
  Policy p;
  p.cancellation_hours = 24;
  EXPECT_TRUE(may_cancel(p, kNow + 25 * 3600, kNow));
  EXPECT_FALSE(may_cancel(p, kNow + 23 * 3600, kNow));
}

TEST(OffersRules, OpenDoorWeeksOfTwoBassinsCannotOverlap) {
  std::vector<CampaignWeek> existing{{1, "sud", kNow}};
  EXPECT_TRUE(overlapping_week({0, "nord", kNow + 3 * 86400}, existing));
  EXPECT_TRUE(overlapping_week({0, "nord", kNow - 6 * 86400}, existing));
  EXPECT_FALSE(overlapping_week({0, "nord", kNow + 7 * 86400}, existing)) << "the next week is free";
  EXPECT_FALSE(overlapping_week({0, "nord", kNow - 7 * 86400}, existing));
  EXPECT_FALSE(overlapping_week({1, "sud", kNow + 86400}, existing)) << "a campaign does not overlap itself";
}

TEST(OffersRules, ReciprocityShowsMembersWhoHaveNotHosted) {
  auto next = not_yet_hosted({10, 11, 12, 13, 11}, {11, 13});
  EXPECT_EQ(next, (std::vector<std::int64_t>{10, 12}));
  EXPECT_TRUE(not_yet_hosted({10}, {10}).empty());
}

TEST(OffersRules, NoShowMarkingCountsRepeatedAbsences) {
  std::vector<Attendance> marks{{"a@x.be", "no_show"}, {"a@x.be", "no_show"}, {"a@x.be", "present"},
                                {"b@x.be", "no_show"}, {"c@x.be", "no_show"}, {"c@x.be", "no_show"}, {"c@x.be", "no_show"}};
  auto repeated = repeated_absences(marks, 2);
  ASSERT_EQ(repeated.size(), 2u);
  EXPECT_EQ(repeated[0].email, "c@x.be");
  EXPECT_EQ(repeated[0].absences, 3);
  EXPECT_EQ(repeated[1].email, "a@x.be");
}

TEST(OffersRules, CertifiedHoursAddTheSessionsAttended) {
  EXPECT_DOUBLE_EQ(certified_hours({{0, 5400}, {10000, 10000 + 3 * 3600}}), 4.5);
  EXPECT_DOUBLE_EQ(certified_hours({}), 0.0);
}

TEST(OffersRules, EveryTypeAndStatusHasALabel) {
  EXPECT_EQ(offer_types().size(), 8u);
  for (auto& t : offer_types()) EXPECT_STRNE(offer_type_label(t), "Offer") << t;
  for (auto s : {"confirmed", "awaiting_email", "waiting_list", "pending_approval", "refused", "expired", "cancelled"})
    EXPECT_EQ(status_code(*parse_status(s)), std::string(s));
}
