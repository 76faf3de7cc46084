// The helpdesk's retention rule run by the platform's daily job: a closed request's free text (question,
// contact, feedback, the notes of its history, the reasons of its orientations and transfers) is blanked after
// its line's retention period, its coded fields stay, and a legal hold stops the purge.
#include <gtest/gtest.h>

#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/protection.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/jobs.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;

namespace {
constexpr std::int64_t kDay = 86400;

std::int64_t closed_request(soci::session& sql, std::int64_t line, std::int64_t closed_at, bool hold) {
  OrientationRequest r;
  r.line_id = line;
  r.channel = "email";
  r.person_age_band = "18_25";
  r.person_postal_code = "1000";
  r.themes = {"housing", "migration"};
  r.complexity = "complex";
  r.question = "Free text of the question";
  r.requester_contact = "as@cpas.example";
  r.received_at = closed_at - 10 * kDay;
  std::int64_t id = create_request(sql, r, r.received_at);
  auto req = *find_request(sql, id);
  add_note(sql, req, "contact", "A note of the call", 0, r.received_at);
  give_feedback(sql, req, "Feedback text", 0, r.received_at);
  sql << "INSERT INTO helpdesk_transfers (request_id, from_line_id, to_line_id, reason, status, proposed_at, "
         "answer_note) VALUES (:r, :l, :l2, 'Reason text', 'declined', :t, 'Answer text')",
      soci::use(id), soci::use(line), soci::use(line), soci::use(r.received_at);
  close_request(sql, req, "no_solution", 0, closed_at);
  if (hold) set_legal_hold(sql, *find_request(sql, id), true, "Court order", 0, closed_at);
  return id;
}

// Every figure of the statistics as one text, to compare before and after a purge.
std::string figures(soci::session& sql, const Period& period) {
  auto s = compute_statistics(sql, {}, period);
  std::string out = "total " + std::to_string(s.total);
  auto counts = [&](const char* name, const std::vector<Count>& list) {
    out += std::string("\n") + name;
    for (auto& c : list) out += " " + c.code + "=" + std::to_string(c.count);
  };
  for (auto& r : s.by_line_reached) out += " line" + std::to_string(r.line_id) + "=" + std::to_string(r.channels.total());
  counts("theme", s.by_theme);
  counts("complexity", s.by_complexity);
  counts("sector", s.by_sector);
  counts("bassin", s.by_person_bassin);
  counts("age", s.by_age_band);
  counts("status", s.by_status);
  counts("outcome", s.by_outcome);
  counts("orientation", s.by_orientation_outcome);
  for (auto& m : s.by_month) out += " " + std::to_string(m);
  for (auto& t : s.transfers) out += " " + t.status + "=" + std::to_string(t.count);
  out += " feedback " + std::to_string(s.to_feedback.requests) + "/" + std::to_string(s.to_feedback.median_hours);
  return out;
}

std::string text_of(soci::session& sql, const std::string& query, std::int64_t id) {
  std::string out;
  soci::rowset<soci::row> rs = (sql.prepare << query, soci::use(id));
  for (auto& r : rs) out += r.get<std::string>(0);
  return out;
}
}  // namespace

TEST(DbHelpdeskRetention, TheJobBlanksFreeTextAfterTheLinesPeriodKeepsCodedFieldsAndStopsAtALegalHold) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  std::int64_t now = now_seconds();
  std::int64_t old_id = 0, recent_id = 0, held_id = 0, short_id = 0;
  db.transact([&](soci::session& sql) {
    ensure_default_lines(sql, now);
    auto region = *find_line_by_code(sql, "region");
    auto sud = *find_line_by_code(sql, "sud");
    sud.retention_months = 3;
    save_line(sql, sud, now);
    old_id = closed_request(sql, region.id, now - 400 * kDay, false);
    recent_id = closed_request(sql, region.id, now - 200 * kDay, false);
    held_id = closed_request(sql, region.id, now - 400 * kDay, true);
    short_id = closed_request(sql, sud.id, now - 100 * kDay, false);
  });
  // The job as it runs every day.
  db.transact([&](soci::session& sql) { Jobs::enqueue(sql, "retention.purge", "{}"); });
  server.run_jobs();
  soci::session sql(db.pool());
  for (auto id : {old_id, short_id}) {
    auto r = *find_request(sql, id);
    EXPECT_EQ(r.question, "");
    EXPECT_EQ(r.requester_contact, "");
    EXPECT_EQ(r.feedback, "");
    EXPECT_GT(r.purged_at, 0);
    EXPECT_EQ(text_of(sql, "SELECT note FROM helpdesk_events WHERE request_id = :id", id), "");
    EXPECT_EQ(text_of(sql, "SELECT reason || answer_note FROM helpdesk_transfers WHERE request_id = :id", id), "");
    // Coded fields stay: the statistics do not move.
    EXPECT_EQ(r.channel, "email");
    EXPECT_EQ(r.person_age_band, "18_25");
    EXPECT_EQ(r.person_bassin_slug, "centre-ouest") << "1000 Bruxelles";
    EXPECT_EQ(r.themes, (std::vector<std::string>{"housing", "migration"}));
    EXPECT_EQ(r.complexity, "complex");
    EXPECT_EQ(r.outcome, "no_solution");
    EXPECT_GT(r.feedback_at, 0);
    EXPECT_EQ(history(sql, id).size(), 4u) << "the events stay, without their notes";
  }
  auto recent = *find_request(sql, recent_id);
  EXPECT_EQ(recent.question, "Free text of the question") << "200 days is within the region's 12 months";
  EXPECT_EQ(recent.purged_at, 0);
  auto held = *find_request(sql, held_id);
  EXPECT_EQ(held.question, "Free text of the question") << "a legal hold stops the purge";
  EXPECT_EQ(text_of(sql, "SELECT note FROM helpdesk_events WHERE request_id = :id", held_id), "A note of the callCourt order")
      << "the note and the hold's reason in the history";
}

TEST(DbHelpdeskRetention, AHeldRequestsTextSurvivesThePurgeWhileTheOthersArePurgedAndTheFiguresStayTheSame) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  std::int64_t now = now_seconds();
  std::int64_t held_id = 0;
  std::vector<std::int64_t> others;
  db.transact([&](soci::session& sql) {
    ensure_default_lines(sql, now);
    auto region = *find_line_by_code(sql, "region");
    for (int i = 0; i < 3; ++i) others.push_back(closed_request(sql, region.id, now - (400 + i) * kDay, false));
    held_id = closed_request(sql, region.id, now - 400 * kDay, true);
  });
  Period period{now - 800 * kDay, now + kDay};
  std::string before;
  {
    soci::session sql(db.pool());
    before = figures(sql, period);
    EXPECT_EQ(find_request(sql, held_id)->legal_hold_reason, "Court order");
  }
  db.transact([&](soci::session& sql) { Jobs::enqueue(sql, "retention.purge", "{}"); });
  server.run_jobs();
  soci::session sql(db.pool());
  for (auto id : others) {
    auto r = *find_request(sql, id);
    EXPECT_EQ(r.question, "") << "purged";
    EXPECT_GT(r.purged_at, 0);
  }
  auto held = *find_request(sql, held_id);
  EXPECT_EQ(held.question, "Free text of the question");
  EXPECT_EQ(held.feedback, "Feedback text");
  EXPECT_EQ(held.requester_contact, "as@cpas.example");
  EXPECT_EQ(held.purged_at, 0);
  EXPECT_EQ(text_of(sql, "SELECT reason || answer_note FROM helpdesk_transfers WHERE request_id = :id", held_id),
            "Reason textAnswer text");
  EXPECT_EQ(figures(sql, period), before) << "every figure of the statistics is unchanged";
  EXPECT_NE(before.find("total 4"), std::string::npos);
}

TEST(DbHelpdeskRetention, ALiftedHoldLetsTheNextPurgeBlankTheText) {
  maillage::testing::TestServer server;
  auto& db = server.app().db;
  std::int64_t now = now_seconds();
  std::int64_t id = db.transact([&](soci::session& sql) {
    ensure_default_lines(sql, now);
    auto id = closed_request(sql, find_line_by_code(sql, "region")->id, now - 400 * kDay, true);
    set_legal_hold(sql, *find_request(sql, id), false, "", 0, now);
    return id;
  });
  db.transact([&](soci::session& sql) { Jobs::enqueue(sql, "retention.purge", "{}"); });
  server.run_jobs();
  soci::session sql(db.pool());
  auto r = *find_request(sql, id);
  EXPECT_EQ(r.question, "");
  EXPECT_FALSE(r.legal_hold);
  EXPECT_EQ(r.legal_hold_reason, "");
}
