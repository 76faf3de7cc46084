// Test fixtures of the offers: an organisation, a published offer with one session, and logged-in callers made
// without a password hash (a session opened directly), so that hundreds of people cost nothing.
#pragma once
#include <string>

#include "offers/model.hpp"
#include "platform/testing/test_server.hpp"

namespace maillage::offers::testing {

struct Fixture {
  std::int64_t organisation = 0, offer = 0, session = 0;
};

struct FixtureOptions {
  int capacity = 20;
  Policy policy;
  std::string type = "information_session";
  std::int64_t starts_in = 7 * 86400;
  std::string visibility = "public";
  std::string audience = "professionals";
};
Fixture published_offer(maillage::testing::TestServer& server, const FixtureOptions& options = {});

// A user with an open session: the Cookie and X-CSRF-Token headers to send.
struct Caller {
  std::int64_t user_id = 0;
  std::string email;
  std::vector<std::string> headers;
};
Caller logged_in_caller(maillage::testing::TestServer& server, const std::string& email, std::int64_t organisation = 0);

}  // namespace maillage::offers::testing
