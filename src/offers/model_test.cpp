// Seat-changing operations in the database, on SQLite and PostgreSQL: every freed seat goes to the waiting
// list at once, holds expire, moves and approvals respect capacity, a person is never registered twice.
#include <gtest/gtest.h>

#include <tuple>

#include "offers/agreements.hpp"
#include "offers/model.hpp"
#include "offers/service.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::offers;
using namespace maillage::offers::testing;
using maillage::testing::TestServer;

namespace {
struct DbOffers : ::testing::Test {
  TestServer server;

  RegistrationOutcome reg(std::int64_t session, const std::string& email, bool verified = true, std::int64_t at = 0,
                          bool write_at_commit = false) {
    return server.app().db.transact([&](soci::session& sql) {
      RegistrationRequest r;
      r.session_id = session;
      r.email = email;
      r.name = email;
      r.organisation_name = email;  // one institution each
      r.email_verified = verified;
      r.write_at_commit = write_at_commit;
      return register_for(sql, r, at ? at : now_seconds());
    });
  }
  std::string status_of(std::int64_t id) {
    soci::session sql(server.app().db.pool());
    return status_code(find_registration(sql, id)->status);
  }
};
}  // namespace

TEST_F(DbOffers, CancellingAConfirmedSeatPromotesTheFirstWaitingAndMailsThem) {
  auto f = published_offer(server, {.capacity = 1});
  auto a = reg(f.session, "a@example.org");
  auto b = reg(f.session, "b@example.org");
  auto c = reg(f.session, "c@example.org");
  EXPECT_EQ(status_of(b.id), "waiting_list");
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    EXPECT_EQ(cancel_registration(sql, a.id, false, now_seconds(), promoted), nullptr);
    EXPECT_EQ(promoted, std::vector<std::int64_t>{b.id});
    notify_promoted(server.app(), sql, promoted);
  });
  EXPECT_EQ(status_of(a.id), "cancelled");
  EXPECT_EQ(status_of(b.id), "confirmed");
  EXPECT_EQ(status_of(c.id), "waiting_list");
  EXPECT_NE(server.last_mail_to("b@example.org").find("/offers/r/"), std::string::npos) << "the promoted person can decline";
}

TEST_F(DbOffers, AnExpiredHoldFreesItsSeatForTheWaitingList) {
  auto f = published_offer(server, {.capacity = 1});
  std::int64_t now = now_seconds();
  auto held = reg(f.session, "anon@example.org", false, now);
  EXPECT_EQ(status_of(held.id), "awaiting_email");
  auto waiting = reg(f.session, "pro@example.org", true, now + 60);
  EXPECT_EQ(status_of(waiting.id), "waiting_list");
  // 25 hours later the hold (24 h by default) has ended: the job promotes the waiting person.
  EXPECT_EQ(expire_and_promote(server.app(), now + 25 * 3600), 1);
  EXPECT_EQ(status_of(held.id), "expired");
  EXPECT_EQ(status_of(waiting.id), "confirmed");
}

TEST_F(DbOffers, ANewcomerTakesTheSeatOfAnEndedHoldOnlyAfterTheWaitingList) {
  auto f = published_offer(server, {.capacity = 1});
  std::int64_t now = now_seconds();
  auto held = reg(f.session, "anon@example.org", false, now);
  auto waiting = reg(f.session, "first@example.org", true, now + 60);
  auto late = reg(f.session, "late@example.org", true, now + 25 * 3600);
  EXPECT_EQ(status_of(held.id), "expired");
  EXPECT_EQ(status_of(waiting.id), "confirmed") << "freed lazily inside the next registration's transaction";
  EXPECT_EQ(late.status, Status::WaitingList);
  EXPECT_EQ(late.promoted, std::vector<std::int64_t>{waiting.id});
}

TEST_F(DbOffers, ReRegisteringAfterCancellingReusesTheRowAndADuplicateIsRefused) {
  auto f = published_offer(server, {.capacity = 5});
  auto a = reg(f.session, "a@example.org");
  EXPECT_TRUE(reg(f.session, "A@Example.org").duplicate);
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> p;
    cancel_registration(sql, a.id, false, now_seconds(), p);
  });
  auto again = reg(f.session, "a@example.org");
  EXPECT_EQ(again.id, a.id);
  EXPECT_EQ(again.status, Status::Confirmed);
  soci::session sql(server.app().db.pool());
  int rows = 0;
  sql << "SELECT COUNT(*) FROM registrations", soci::into(rows);
  EXPECT_EQ(rows, 1);
}

TEST_F(DbOffers, TheRegistrationReturnedWithItsWriteIsTheOneStored) {
  // On PostgreSQL the write returns the registration with its offer and session, and its mail is written from
  // that: it must be exactly what a read afterwards finds. On SQLite nothing is returned (read when mailing).
  auto f = published_offer(server, {.capacity = 1});
  auto seated = reg(f.session, "Seated@Example.org");
  auto waiting = reg(f.session, "waiting@example.org", false);
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    ASSERT_EQ(cancel_registration(sql, waiting.id, false, now_seconds(), promoted), nullptr);
  });
  auto again = reg(f.session, "waiting@example.org");  // the cancelled row is written again (an UPDATE)
  ASSERT_EQ(again.id, waiting.id);
  // Written with the COMMIT (register_and_notify's way): the row built beforehand is the one stored, under its id
  // taken beforehand, and a cancelled one is written again the same way.
  auto at_commit = reg(f.session, "At.Commit@Example.org", false, 0, true);
  ASSERT_NE(at_commit.id, 0);
  EXPECT_EQ(at_commit.status, Status::WaitingList);
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    ASSERT_EQ(cancel_registration(sql, at_commit.id, false, now_seconds(), promoted), nullptr);
  });
  auto at_commit_again = reg(f.session, "at.commit@example.org", true, 0, true);
  EXPECT_EQ(at_commit_again.id, at_commit.id);
  auto at_commit_verified = reg(f.session, "verified.at.commit@example.org", true, 0, true);
  for (const auto* out : {&seated, &waiting, &again, &at_commit_again, &at_commit_verified}) {
    if (!maillage::testing::on_postgres()) {
      EXPECT_FALSE(out->written);
      continue;
    }
    soci::session sql(server.app().db.pool());
    auto stored = find_registration_in_context(sql, out->id);
    ASSERT_TRUE(stored && out->written);
    if (out == &waiting) continue;  // cancelled and written again since
    const auto &a = out->written->reg, &b = stored->reg;
    EXPECT_EQ(std::tie(a.id, a.session_id, a.offer_id, a.user_id, a.organisation_id, a.email, a.name, a.organisation_name,
                       a.lang, a.refusal_reason, a.attendance, a.email_verified, a.hold_until, a.created_at, a.confirmed_at),
              std::tie(b.id, b.session_id, b.offer_id, b.user_id, b.organisation_id, b.email, b.name, b.organisation_name,
                       b.lang, b.refusal_reason, b.attendance, b.email_verified, b.hold_until, b.created_at, b.confirmed_at));
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.email, out == &seated ? "seated@example.org" : b.email);
    EXPECT_EQ(out->written->offer.id, stored->offer.id);
    EXPECT_EQ(out->written->offer.title_fr, stored->offer.title_fr);
    EXPECT_EQ(out->written->offer.policy.hold_hours, stored->offer.policy.hold_hours);
    EXPECT_EQ(out->written->session.id, stored->session.id);
    EXPECT_EQ(out->written->session.starts_at, stored->session.starts_at);
    EXPECT_EQ(out->written->session.place, stored->session.place);
    EXPECT_EQ(out->written->session.host_name, stored->session.host_name);
  }
  EXPECT_EQ(waiting.status, Status::WaitingList);
  EXPECT_EQ(again.status, Status::WaitingList);
  EXPECT_EQ(at_commit_verified.status, Status::WaitingList);
}

TEST_F(DbOffers, TheUniqueIndexRefusesASecondRowForTheSameAddressWhateverItsCase) {
  auto f = published_offer(server);
  reg(f.session, "a@example.org");
  EXPECT_ANY_THROW(server.app().db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    sql << "INSERT INTO registrations (session_id, offer_id, email, status, created_at, updated_at) VALUES (:s, :o, "
           "'A@EXAMPLE.ORG', 'confirmed', :c, :u)",
        soci::use(f.session), soci::use(f.offer), soci::use(now), soci::use(now);
  }));
}

TEST_F(DbOffers, MovingARegistrationRespectsTheTargetCapacityAndPromotesBehind) {
  auto f = published_offer(server, {.capacity = 1});
  std::int64_t other = server.app().db.transact([&](soci::session& sql) {
    Session s;
    s.offer_id = f.offer;
    s.starts_at = now_seconds() + 10 * 86400;
    s.ends_at = s.starts_at + 3600;
    s.place = "Ailleurs";
    s.capacity = 1;
    return save_session(sql, s);
  });
  auto a = reg(f.session, "a@example.org");
  auto b = reg(f.session, "b@example.org");
  auto c = reg(other, "c@example.org");
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> p;
    EXPECT_NE(move_registration(sql, a.id, other, now_seconds(), p), nullptr) << "the other session is full";
    std::vector<std::int64_t> q;
    cancel_registration(sql, c.id, true, now_seconds(), q);
    EXPECT_EQ(move_registration(sql, a.id, other, now_seconds(), p), nullptr);
    EXPECT_EQ(p, std::vector<std::int64_t>{b.id});
  });
  EXPECT_EQ(status_of(b.id), "confirmed");
}

TEST_F(DbOffers, ApprovalChecksCapacityUnderTheLock) {
  Policy p;
  p.approval_required = true;
  auto f = published_offer(server, {.capacity = 1, .policy = p});
  auto a = reg(f.session, "a@example.org");
  auto b = reg(f.session, "b@example.org");
  EXPECT_EQ(a.status, Status::PendingApproval);
  server.app().db.transact([&](soci::session& sql) {
    EXPECT_EQ(approve_registration(sql, a.id, now_seconds()), nullptr);
    EXPECT_NE(approve_registration(sql, b.id, now_seconds()), nullptr) << "no second seat to approve";
  });
}

TEST_F(DbOffers, RemindersGoOnceToConfirmedPeopleWithAnSmsWhenTheyGaveANumber) {
  auto f = published_offer(server, {.starts_in = 36 * 3600});
  server.app().db.transact([&](soci::session& sql) {
    RegistrationRequest r;
    r.session_id = f.session;
    r.email = "a@example.org";
    r.email_verified = true;
    r.phone = "+32470000000";
    register_for(sql, r, now_seconds());
  });
  EXPECT_EQ(send_reminders(server.app(), now_seconds(), 2), 1);
  EXPECT_EQ(send_reminders(server.app(), now_seconds(), 2), 0) << "once";
  server.run_jobs();
  soci::session sql(server.app().db.pool());
  int sms = 0;
  sql << "SELECT COUNT(*) FROM outbox WHERE channel = 'sms' AND recipient = '+32470000000' AND status = 'sent'", soci::into(sms);
  EXPECT_EQ(sms, 1) << "in development the SMS is written to the outbox";
}

TEST_F(DbOffers, AWholeCycleRegistrationTakesASeatInEveryComingSessionOrNone) {
  Policy p;
  p.waiting_list = false;
  auto f = published_offer(server, {.capacity = 2, .policy = p, .type = "intervision"});
  std::int64_t second = server.app().db.transact([&](soci::session& sql) {
    Session s;
    s.offer_id = f.offer;
    s.starts_at = now_seconds() + 40 * 86400;
    s.ends_at = s.starts_at + 7200;
    s.place = "Chez le suivant";
    s.capacity = 1;
    return save_session(sql, s);
  });
  RegistrationRequest r;
  r.session_id = f.session;
  r.email = "a@example.org";
  r.organisation_name = "A";
  r.email_verified = true;
  auto first = register_cycle_and_notify(server.app(), r);
  EXPECT_EQ(first.status, Status::Confirmed);
  r.email = "b@example.org";
  r.organisation_name = "B";
  auto refused = register_cycle_and_notify(server.app(), r);
  EXPECT_EQ(refused.status, Status::Refused) << "the second session has no seat left and no waiting list";
  soci::session sql(server.app().db.pool());
  int a = 0, b = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE email = 'a@example.org' AND status = 'confirmed'", soci::into(a);
  sql << "SELECT COUNT(*) FROM registrations WHERE email = 'b@example.org'", soci::into(b);
  EXPECT_EQ(a, 2) << "one seat in each session";
  EXPECT_EQ(b, 0) << "all or nothing: no seat kept in the first session";
  std::string ics;
  sql << "SELECT attachment FROM outbox WHERE recipient = 'a@example.org' ORDER BY id DESC LIMIT 1", soci::into(ics);
  std::size_t events = 0;
  for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
  EXPECT_EQ(events, 2u) << "the confirmation's calendar file holds both sessions of the cycle";
  (void)second;
}

TEST_F(DbOffers, ApprovingAnImmersionOpensTheAgreementBetweenTheTwoInstitutions) {
  Policy p;
  p.approval_required = true;
  auto f = published_offer(server, {.capacity = 2, .policy = p, .type = "immersion", .visibility = "members"});
  auto a = reg(f.session, "a@example.org");
  server.app().db.transact([&](soci::session& sql) {
    EXPECT_EQ(agreement_status(sql, a.id), "");
    EXPECT_NE(sign_agreement(sql, a.id, now_seconds()), nullptr) << "nothing to sign before approval";
    EXPECT_EQ(approve_registration(sql, a.id, now_seconds()), nullptr);
    open_agreement(sql, a.id);
    EXPECT_EQ(agreement_status(sql, a.id), "proposed");
    EXPECT_EQ(sign_agreement(sql, a.id, now_seconds()), nullptr);
    EXPECT_EQ(agreement_status(sql, a.id), "signed");
  });
}
