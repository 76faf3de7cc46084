// The responders' home: bounded, paged working lists with their counts, links that work without JavaScript.
// Db/Http suites: they also run on PostgreSQL.
#include <gtest/gtest.h>

#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
constexpr const char* kPassword = "a long enough password";

int occurrences(const std::string& body, const std::string& what) {
  int n = 0;
  for (auto p = body.find(what); p != std::string::npos; p = body.find(what, p + 1)) ++n;
  return n;
}

struct HttpHelpdeskHome : ::testing::Test {
  TestServer server;
  std::int64_t nord = 0, responder = 0, colleague = 0;

  void SetUp() override {
    server.app().db.transact([&](soci::session& sql) {
      ensure_default_lines(sql, now_seconds());
      nord = find_line_by_code(sql, "nord")->id;
    });
    responder = server.add_user("nord@helpdesk.example", kPassword, "responder", "line", std::to_string(nord));
    colleague = server.add_user("nord2@helpdesk.example", kPassword, "responder", "line", std::to_string(nord));
  }

  // `n` open requests of Nord, received one minute apart; call-backs due an hour ago for `callback_user` if set.
  std::vector<std::string> requests(int n, std::int64_t callback_user = 0) {
    std::vector<std::string> refs;
    server.app().db.transact([&](soci::session& sql) {
      std::int64_t now = now_seconds();
      for (int i = 0; i < n; ++i) {
        OrientationRequest r;
        r.line_id = nord;
        r.line_reached_id = nord;
        r.channel = "phone";
        r.person_postal_code = "1030";
        r.question = "Question";
        r.received_at = r.created_at = now - 3600 - i * 60;
        if (callback_user) {
          r.callback_at = now - 3600 + i;
          r.callback_user_id = callback_user;
        }
        refs.push_back(find_request(sql, create_request(sql, r, now))->reference);
      }
    });
    return refs;
  }

  std::unique_ptr<HttpClient> logged_in() {
    auto c = std::make_unique<HttpClient>(server.url(""));
    EXPECT_TRUE(c->login("nord@helpdesk.example", kPassword));
    return c;
  }
};
}  // namespace

TEST_F(HttpHelpdeskHome, OpenRequestsAreShownTwentyAtATimeWithTheirCountAndPlainLinksToTheOtherPages) {
  auto refs = requests(45);  // newest first: refs[0] is the newest
  auto client = logged_in();
  auto first = client->get("/helpdesk");
  ASSERT_EQ(first.status, 200);
  EXPECT_NE(first.body.find("(45)"), std::string::npos) << "the count of the whole list";
  EXPECT_NE(first.body.find(refs[0]), std::string::npos);
  EXPECT_NE(first.body.find(refs[19]), std::string::npos);
  EXPECT_EQ(first.body.find(refs[20]), std::string::npos) << "one page only";
  EXPECT_NE(first.body.find("Page 1 sur 3"), std::string::npos) << "French is the default language";
  EXPECT_NE(first.body.find("href=\"/helpdesk?mine=1&amp;line=1&amp;open=2#open-title\""), std::string::npos);
  auto second = client->get("/helpdesk?mine=1&line=1&open=2");
  EXPECT_EQ(second.body.find(refs[19]), std::string::npos);
  EXPECT_NE(second.body.find(refs[20]), std::string::npos);
  EXPECT_NE(second.body.find("rel=\"prev\""), std::string::npos);
  auto beyond = client->get("/helpdesk?open=99");
  EXPECT_NE(beyond.body.find("Page 3 sur 3"), std::string::npos) << "past the end shows the last page";
  EXPECT_NE(beyond.body.find(refs[44]), std::string::npos);
  EXPECT_EQ(client->get("/helpdesk?open=abc").status, 200);
}

TEST_F(HttpHelpdeskHome, CallBacksDueAreSplitBetweenMineAndTheLinesWithACountEach) {
  auto mine = requests(3, responder);
  auto theirs = requests(25, colleague);
  auto client = logged_in();
  auto page = client->get("/helpdesk");
  ASSERT_EQ(page.status, 200);
  auto line_list = page.body.substr(page.body.find("id=\"line-callbacks-title\""));
  auto my_list = page.body.substr(page.body.find("id=\"my-callbacks-title\""), page.body.size() - line_list.size());
  EXPECT_NE(my_list.find("(3)"), std::string::npos);
  for (auto& r : mine) EXPECT_NE(my_list.find(r), std::string::npos);
  EXPECT_NE(line_list.find("(25)"), std::string::npos);
  auto line_part = line_list.substr(0, line_list.find("id=\"open-title\""));
  EXPECT_EQ(occurrences(line_part, "<li>"), 20) << "one page of the line's call-backs";
  EXPECT_NE(line_part.find("line=2&amp;open=1#line-callbacks-title"), std::string::npos);
}

TEST_F(HttpHelpdeskHome, TheModelCountsAndPagesOnTheDatabase) {
  requests(3, responder);
  requests(4);
  soci::session sql(server.app().db.pool());
  std::int64_t day_end = now_seconds() + 86400;
  auto lists = working_lists(sql, {nord}, responder, day_end, 0, {0, 0, 6}, 2);
  EXPECT_EQ(lists[0].total, 3);
  EXPECT_EQ(lists[0].rows.size(), 2u);
  EXPECT_LE(lists[0].rows[0].callback_at, lists[0].rows[1].callback_at) << "soonest first";
  EXPECT_EQ(lists[1].total, 0) << "requests without a call-back are not on the list";
  EXPECT_EQ(lists[2].total, 7);
  EXPECT_EQ(lists[2].rows.size(), 1u) << "the fourth page of two: the seventh";
  EXPECT_EQ(working_lists(sql, {nord}, responder, day_end, 0, {0, 0, 40}, 2)[2].rows.size(), 1u) << "past the end: the last page";
  lists = working_lists(sql, {nord}, responder, day_end, 0, {0, 0, 4}, 2);
  EXPECT_EQ(lists[2].rows.size(), 2u);
  EXPECT_GE(lists[2].rows[0].received_at, lists[2].rows[1].received_at) << "newest first";
}
