// Who may call a route: the access levels a route table row names, read from a user's grants.
#include <gtest/gtest.h>

#include "platform/http.hpp"

namespace maillage {
namespace {

CurrentUser user_with(std::vector<Grant> grants) {
  CurrentUser u;
  u.id = 1;
  u.grants = std::move(grants);
  return u;
}

TEST(Access, AResponderAnswersOnlyTheLinesOfItsGrants) {
  auto u = user_with({{1, "responder", "line", "3"}, {2, "responder", "line", "5"}, {3, "coordinator", "bassin", "sud"}});
  EXPECT_EQ(u.responder_line_ids(), (std::vector<std::int64_t>{3, 5}));
  EXPECT_TRUE(u.responds_for_line(5));
  EXPECT_FALSE(u.responds_for_line(4));
  EXPECT_TRUE(u.may(Access::Responder));
}

TEST(Access, ACoordinatorOrAMalformedGrantIsNoResponder) {
  EXPECT_FALSE(user_with({{1, "coordinator", "region", ""}}).may(Access::Responder));
  auto odd = user_with({{1, "responder", "line", "3x"}, {2, "responder", "bassin", "3"}, {3, "responder", "line", ""}});
  EXPECT_TRUE(odd.responder_line_ids().empty());
  EXPECT_FALSE(odd.may(Access::Responder));
}

TEST(Access, AnAdministratorPassesTheResponderRouteLevelButAnswersNoLine) {
  auto admin = user_with({{1, "admin", "region", ""}});
  EXPECT_TRUE(admin.may(Access::Responder));
  EXPECT_FALSE(admin.responds_for_line(1)) << "the handler narrows: request texts are for the line's responders";
}

TEST(Access, AGroupOrTeamScopeIsHeldOnlyThroughItsOwnRoleAndScopeType) {
  auto u = user_with({{1, "concertation_member", "group", "7"}, {2, "caseload", "team", "7"}, {3, "admin", "region", ""}});
  EXPECT_EQ(u.scope_ids("concertation_member", "group"), (std::vector<std::int64_t>{7}));
  EXPECT_TRUE(u.holds_scope("caseload", "team", 7));
  EXPECT_FALSE(u.holds_scope("caseload", "group", 7));
  EXPECT_FALSE(u.holds_scope("concertation_member", "group", 8));
  EXPECT_FALSE(user_with({{1, "admin", "region", ""}}).holds_scope("caseload", "team", 7))
      << "administrators hold no confidential scope unless granted one";
}

}  // namespace
}  // namespace maillage
