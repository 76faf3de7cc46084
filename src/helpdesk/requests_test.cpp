// Requests as intake saves them: the coded person, the place from the postal code, the line from the bassin,
// the reference, the themes and the first event of the history.
#include <gtest/gtest.h>

#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;

namespace {
OrientationRequest phone_request() {
  OrientationRequest r;
  r.channel = "phone";
  r.received_at = 1780000000;
  r.requester_organisation_text = "CPAS";
  r.requester_sector = "social";
  r.person_age_band = "40_64";
  r.person_gender = "female";
  r.person_postal_code = "1190";
  r.person_languages = {"fr", "ar"};
  r.person_status = "asylum_seeker";
  r.themes = {"housing", "mental-health"};
  r.question = "Looking for emergency housing";
  return r;
}
}  // namespace

TEST(HelpdeskRequests, EveryCodeListHasLabelsAndNoRepeatedCode) {
  for (CodeList list : {channels(), age_bands(), genders(), person_statuses(), complexities(), orientation_outcomes(),
                        closing_outcomes(), levels(), request_statuses(), event_kinds(), transfer_statuses()}) {
    ASSERT_FALSE(list.empty());
    for (std::size_t i = 0; i < list.size(); ++i) {
      EXPECT_NE(std::string(list[i].label), "");
      for (std::size_t j = i + 1; j < list.size(); ++j) EXPECT_NE(std::string(list[i].code), list[j].code);
    }
  }
  EXPECT_TRUE(is_code(channels(), "web_form"));
  EXPECT_TRUE(is_code(closing_outcomes(), "no_solution"));
}

TEST(HelpdeskRequests, ARequestNeedsAQuestionAndKnownCodes) {
  EXPECT_TRUE(check_request(phone_request()).empty());
  auto r = phone_request();
  r.question = "  ";
  r.channel = "fax";
  r.person_languages = {"klingon"};
  auto errors = check_request(r);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].first, "channel");
}

TEST(HelpdeskRequests, CodeListsAreStoredAsCommaSeparatedText) {
  EXPECT_EQ(join_codes({"fr", "", "ar"}), "fr,ar");
  EXPECT_EQ(split_codes("fr,ar"), (std::vector<std::string>{"fr", "ar"}));
  EXPECT_TRUE(split_codes("").empty());
}

TEST(DbHelpdeskRequests, ARequestGetsItsBassinAndLineFromThePostalCodeAndAReference) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  auto id = db.transact([](soci::session& sql) {
    ensure_default_lines(sql, now_seconds());
    return create_request(sql, phone_request(), now_seconds());
  });
  soci::session sql(db.pool());
  auto r = find_request(sql, id);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->person_bassin_slug, "sud") << "1190 Forest is in the Sud care area";
  EXPECT_FALSE(r->person_commune_nis.empty());
  EXPECT_EQ(find_line(sql, r->line_id)->code, "sud");
  EXPECT_EQ(r->line_reached_id, 0) << "not recorded: non notifié";
  EXPECT_EQ(r->reference.rfind("HD-2026-", 0), 0u) << r->reference;
  EXPECT_EQ(r->themes, (std::vector<std::string>{"housing", "mental-health"}));
  EXPECT_EQ(r->person_languages, (std::vector<std::string>{"fr", "ar"}));
  EXPECT_EQ(r->status, "open");
  EXPECT_EQ(find_request_by_reference(sql, r->reference)->id, id);
  int events = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_events WHERE request_id = :id AND kind = 'created'", soci::use(id), soci::into(events);
  EXPECT_EQ(events, 1);
  auto open = open_requests(sql, {r->line_id});
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].requester, "CPAS");
  EXPECT_TRUE(open_requests(sql, {r->line_id + 1}).empty());
}
