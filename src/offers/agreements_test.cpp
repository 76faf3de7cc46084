// Participation agreements of communities of practice (and immersions on the same model): opened when a member
// is confirmed, agreed by the participant (private link or account), the employer's coordinators and the
// organiser, complete once the three agreed. On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "offers/agreements.hpp"
#include "offers/service.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

// A community of practice organised by the fixture's organisation, and an employer with a coordinator and an editor.
struct DbOffersAgreements : ::testing::Test {
  TestServer server;
  Fixture f = published_offer(server, {.capacity = 12, .type = "community_of_practice"});
  std::int64_t employer = server.add_organisation("CPAS de Forest", "1190");
  std::int64_t coordinator = server.add_user("coord@forest.example.org", kPassword);
  std::int64_t editor = server.add_user("editor@forest.example.org", kPassword);

  void SetUp() override {
    server.add_membership(coordinator, employer, "coordinator");
    server.add_membership(editor, employer, "editor");
  }

  RegistrationRequest member(const std::string& email) {
    RegistrationRequest r;
    r.session_id = f.session;
    r.email = email;
    r.name = "Anne Dupont";
    r.organisation_id = employer;
    r.organisation_name = "CPAS de Forest";
    r.sector = "social";
    r.email_verified = true;
    return r;
  }

  std::optional<Agreement> agreement_of(std::int64_t registration) {
    soci::session sql(server.app().db.pool());
    return agreement_of_registration(sql, registration);
  }

  int agreements() {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM agreements", soci::into(n);
    return n;
  }
};
}  // namespace

TEST_F(DbOffersAgreements, ConfirmingAMemberOfACommunityOfPracticeOpensItsAgreement) {
  auto out = register_and_notify(server.app(), member("anne@example.org"));
  ASSERT_EQ(out.status, Status::Confirmed);
  auto a = agreement_of(out.id);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->kind, "community_of_practice");
  EXPECT_EQ(a->waiting_for(), (std::vector<std::string>{"organiser", "participant", "employer"}));
  EXPECT_EQ(a->party("organiser")->organisation_id, f.organisation);
  EXPECT_EQ(a->party("employer")->organisation_id, employer);
  auto to_participant = server.last_mail_to("anne@example.org");
  EXPECT_NE(to_participant.find("/offers/r/" + registration_token(server.app(), out.id) + "/agreement"), std::string::npos)
      << to_participant;
  auto to_coordinator = server.last_mail_to("coord@forest.example.org");
  EXPECT_NE(to_coordinator.find("/offers/agreements/" + std::to_string(a->id)), std::string::npos) << to_coordinator;
  EXPECT_NE(to_coordinator.find("Anne Dupont"), std::string::npos);
  EXPECT_EQ(server.last_mail_to("editor@forest.example.org"), "") << "only coordinators commit the employer";
}

TEST_F(DbOffersAgreements, AWholeCycleHasOneAgreementPerMember) {
  server.app().db.transact([&](soci::session& sql) {
    Session s;
    s.offer_id = f.offer;
    s.starts_at = now_seconds() + 40 * 86400;
    s.ends_at = s.starts_at + 7200;
    s.place = "Rue de la Victoire 26, 1060 Saint-Gilles";
    s.capacity = 12;
    save_session(sql, s);
  });
  auto out = register_cycle_and_notify(server.app(), member("anne@example.org"));
  ASSERT_EQ(out.status, Status::Confirmed);
  EXPECT_EQ(agreements(), 1);
  soci::session sql(server.app().db.pool());
  std::int64_t second = 0;
  sql << "SELECT MAX(id) FROM registrations WHERE email = 'anne@example.org'", soci::into(second);
  ASSERT_NE(second, out.id);
  EXPECT_EQ(agreement_of(second)->id, agreement_of(out.id)->id) << "every session of the cycle reads the same agreement";
}

TEST_F(DbOffersAgreements, AMemberOnTheWaitingListGetsTheirAgreementWhenPromoted) {
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE offer_sessions SET capacity = 1 WHERE id = :s", soci::use(f.session);
  });
  auto first = register_and_notify(server.app(), member("first@example.org"));
  auto waiting = register_and_notify(server.app(), member("anne@example.org"));
  ASSERT_EQ(waiting.status, Status::WaitingList);
  EXPECT_FALSE(agreement_of(waiting.id)) << "no agreement before a seat";
  server.app().db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    ASSERT_EQ(cancel_registration(sql, first.id, false, now_seconds(), promoted), nullptr);
    notify_promoted(server.app(), sql, promoted);
  });
  EXPECT_TRUE(agreement_of(waiting.id));
}

TEST_F(DbOffersAgreements, TheAgreementIsCompleteOnceTheThreePartiesAgreed) {
  auto out = register_and_notify(server.app(), member("anne@example.org"));
  auto id = agreement_of(out.id)->id;
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    EXPECT_EQ(agree(sql, id, {"participant", 0, "Anne Dupont"}, now), nullptr);
    EXPECT_NE(agree(sql, id, {"participant", 0, "Anne Dupont"}, now), nullptr) << "given once";
    EXPECT_NE(agree(sql, id, {"host", 0, "Someone"}, now), nullptr) << "no such party";
    EXPECT_EQ(agree(sql, id, {"employer", coordinator, "Coordination Forest"}, now + 60), nullptr);
    EXPECT_FALSE(find_agreement(sql, id)->complete());
    EXPECT_EQ(find_agreement(sql, id)->waiting_for(), std::vector<std::string>{"organiser"});
    EXPECT_EQ(agree(sql, id, {"organiser", 0, "Organiser"}, now + 120), nullptr);
    auto a = find_agreement(sql, id);
    EXPECT_TRUE(a->complete());
    EXPECT_EQ(a->completed_at, now + 120);
    EXPECT_EQ(a->party("employer")->agreed_by, coordinator);
    EXPECT_EQ(a->party("employer")->agreed_by_name, "Coordination Forest");
    EXPECT_EQ(a->party("employer")->agreed_at, now + 60);
  });
}

TEST_F(DbOffersAgreements, OtherOffersOpenNoParticipationAgreement) {
  auto info = published_offer(server);
  auto r = member("anne@example.org");
  r.session_id = info.session;
  auto out = register_and_notify(server.app(), r);
  ASSERT_EQ(out.status, Status::Confirmed);
  EXPECT_FALSE(agreement_of(out.id));
}

// --- Over HTTP -------------------------------------------------------------------------------------------

namespace {
struct HttpOffersAgreements : DbOffersAgreements {
  std::string list = "/offers/sessions/" + std::to_string(f.session) + "/registrations";
  HttpClient organiser{server.url("")};

  void SetUp() override {
    DbOffersAgreements::SetUp();
    auto user = server.add_user("org@example.org", kPassword);
    server.add_membership(user, f.organisation, "coordinator");
    ASSERT_TRUE(organiser.login("org@example.org", kPassword));
  }
  std::string link_of(std::int64_t registration) {
    return "/offers/r/" + registration_token(server.app(), registration);
  }
};
}  // namespace

TEST_F(HttpOffersAgreements, AParticipantAgreesFromTheirPrivateLink) {
  // Without an account: registered by the API, the seat held until the address is confirmed from the e-mail.
  HttpClient anne(server.url(""));
  auto r = anne.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations?lang=en",
                         "{\"name\":\"Anne Dupont\",\"email\":\"anne@example.org\",\"organisation\":\"CPAS de Forest\","
                         "\"sector\":\"social\"}",
                         "application/json");
  ASSERT_EQ(r.status, 201) << r.body;
  std::int64_t id = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT id FROM registrations WHERE email = 'anne@example.org'", soci::into(id);
  }
  EXPECT_FALSE(agreement_of(id)) << "not before the seat is confirmed";
  EXPECT_EQ(anne.submit(link_of(id), link_of(id) + "/confirm", {}).status, 303);
  ASSERT_TRUE(agreement_of(id));
  EXPECT_NE(server.last_mail_to("anne@example.org").find(link_of(id) + "/agreement"), std::string::npos);
  auto mine = anne.get(link_of(id) + "?lang=en");
  EXPECT_NE(mine.body.find("href=\"" + link_of(id) + "/agreement\""), std::string::npos) << mine.body;
  auto page = anne.get(link_of(id) + "/agreement?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("confidential"), std::string::npos) << "the text of the agreement";
  EXPECT_NE(page.body.find("September to June"), std::string::npos);
  EXPECT_NE(page.body.find("I agree to this participation agreement"), std::string::npos);
  auto agreed = anne.submit(link_of(id) + "/agreement", link_of(id) + "/agreement", {});
  EXPECT_EQ(agreed.status, 303);
  EXPECT_EQ(agreed.header("location"), link_of(id) + "/agreement");
  auto after = anne.get(link_of(id) + "/agreement?lang=en");
  EXPECT_NE(after.body.find("Agreed by Anne Dupont"), std::string::npos);
  EXPECT_EQ(after.body.find("I agree to this participation agreement"), std::string::npos);
  EXPECT_EQ(agreement_of(id)->party("participant")->agreed_by, 0) << "by the link, no account";
  EXPECT_EQ(anne.get("/offers/r/" + std::to_string(id) + ".forged/agreement").status, 404);
  // Registered without an organisation of the network: the employer is the name typed, and nobody is mailed.
  EXPECT_EQ(agreement_of(id)->party("employer")->organisation_id, 0);
}

TEST_F(HttpOffersAgreements, OnlyTheEmployersCoordinatorAgreesForTheEmployer) {
  auto out = register_and_notify(server.app(), member("anne@example.org"));
  auto id = agreement_of(out.id)->id;
  std::string page = "/offers/agreements/" + std::to_string(id);
  HttpClient coord(server.url("")), edit(server.url("")), other(server.url("")), admin(server.url(""));
  ASSERT_TRUE(coord.login("coord@forest.example.org", kPassword));
  ASSERT_TRUE(edit.login("editor@forest.example.org", kPassword));
  auto stranger = server.add_user("coord@elsewhere.example.org", kPassword);
  server.add_membership(stranger, server.add_organisation("Ailleurs", "1000"), "coordinator");
  ASSERT_TRUE(other.login("coord@elsewhere.example.org", kPassword));
  server.add_user("admin@example.org", kPassword, "admin");
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));

  auto listed = coord.get("/offers/agreements?lang=en");
  ASSERT_EQ(listed.status, 200);
  EXPECT_NE(listed.body.find("href=\"" + page + "\""), std::string::npos) << listed.body;
  EXPECT_NE(listed.body.find("Anne Dupont"), std::string::npos);
  EXPECT_EQ(other.get("/offers/agreements?lang=en").body.find("Anne Dupont"), std::string::npos);

  EXPECT_EQ(edit.get(page).status, 403) << "an editor of the employer";
  EXPECT_EQ(other.get(page).status, 403) << "a coordinator of another organisation";
  EXPECT_EQ(organiser.get(page).status, 200) << "the organiser reads it";
  EXPECT_EQ(organiser.submit(page, page + "/agree", {}).status, 403) << "but does not agree for the employer";
  EXPECT_EQ(admin.submit("/offers/agreements", page + "/agree", {}).status, 403) << "nor does an administrator";
  EXPECT_EQ(other.submit("/offers/agreements", page + "/agree", {}).status, 403);
  EXPECT_FALSE(agreement_of(out.id)->party("employer")->agreed());

  auto form = coord.get(page + "?lang=en");
  EXPECT_NE(form.body.find("I agree on behalf of CPAS de Forest"), std::string::npos) << form.body;
  EXPECT_EQ(coord.submit(page, page + "/agree", {}).status, 303);
  auto given = *agreement_of(out.id)->party("employer");
  EXPECT_TRUE(given.agreed());
  EXPECT_EQ(given.agreed_by, coordinator);
  EXPECT_EQ(coord.submit(page, page + "/agree", {}).status, 303) << "a second time: refused with a message, nothing changes";
  EXPECT_EQ(agreement_of(out.id)->party("employer")->agreed_at, given.agreed_at);
}

TEST_F(HttpOffersAgreements, AMemberAgreesFromMyRegistrationsAndTheOrganiserFromTheRegistrationsList) {
  auto pro = server.add_user("anne@example.org", kPassword);
  server.add_membership(pro, employer, "member");
  HttpClient anne(server.url(""));
  ASSERT_TRUE(anne.login("anne@example.org", kPassword));
  auto registered = anne.submit("/offers/" + std::to_string(f.offer), "/offers/" + std::to_string(f.offer) + "/register",
                                {{"session_id", std::to_string(f.session)}, {"sector", "social"}});
  ASSERT_EQ(registered.status, 303) << registered.body;
  std::int64_t id = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT id FROM registrations WHERE email = 'anne@example.org'", soci::into(id);
  }
  ASSERT_TRUE(agreement_of(id));
  std::string mine = "/offers/registrations/" + std::to_string(id) + "/agreement";
  EXPECT_NE(anne.get("/offers/mine?lang=en").body.find("href=\"" + mine + "\""), std::string::npos);
  EXPECT_EQ(anne.get(mine).status, 200);
  HttpClient someone(server.url(""));
  server.add_user("someone@example.org", kPassword);
  ASSERT_TRUE(someone.login("someone@example.org", kPassword));
  EXPECT_EQ(someone.get(mine).status, 404) << "nobody reaches another person's agreement";
  EXPECT_EQ(someone.submit("/offers/mine", "/offers/registrations/" + std::to_string(id) + "/agree", {}).status, 404);
  EXPECT_EQ(anne.submit(mine, "/offers/registrations/" + std::to_string(id) + "/agree", {}).status, 303);
  EXPECT_TRUE(agreement_of(id)->party("participant")->agreed());

  auto status = organiser.get(list + "?lang=en");
  EXPECT_NE(status.body.find("waiting for the employer"), std::string::npos) << status.body;
  EXPECT_NE(status.body.find("waiting for the organiser"), std::string::npos);
  EXPECT_EQ(status.body.find("waiting for the participant"), std::string::npos);
  EXPECT_EQ(organiser.submit(list, "/offers/registrations/" + std::to_string(id) + "/agreement", {}).status, 303);
  server.app().db.transact([&](soci::session& sql) {
    agree(sql, agreement_of_registration(sql, id)->id, {"employer", coordinator, "Coordination Forest"}, now_seconds());
  });
  auto complete = organiser.get(list + "?lang=en");
  EXPECT_NE(complete.body.find("Agreement complete"), std::string::npos);
  EXPECT_EQ(complete.body.find("waiting for the"), std::string::npos);
}

TEST_F(HttpOffersAgreements, ImmersionAgreementsStillWork) {
  Policy p;
  p.approval_required = true;
  auto im = published_offer(server, {.capacity = 2, .policy = p, .type = "immersion", .visibility = "members"});
  auto user = server.add_user("host@example.org", kPassword);
  server.add_membership(user, im.organisation, "coordinator");
  HttpClient host(server.url(""));
  ASSERT_TRUE(host.login("host@example.org", kPassword));
  auto r = member("anne@example.org");
  r.session_id = im.session;
  auto out = register_and_notify(server.app(), r);
  ASSERT_EQ(out.status, Status::PendingApproval);
  std::string registrations = "/offers/sessions/" + std::to_string(im.session) + "/registrations";
  std::string action = "/offers/registrations/" + std::to_string(out.id);
  EXPECT_EQ(host.submit(registrations, action + "/approve", {}).status, 303);
  EXPECT_NE(host.get(registrations + "?lang=en").body.find("Mark the immersion agreement signed"), std::string::npos);
  {
    soci::session sql(server.app().db.pool());
    EXPECT_EQ(agreement_status(sql, out.id), "proposed");
    auto a = agreement_of_registration(sql, out.id);
    EXPECT_EQ(a->kind, "immersion");
    EXPECT_EQ(a->party("organiser")->organisation_id, im.organisation) << "the host institution";
    EXPECT_EQ(a->party("employer")->organisation_id, employer) << "the sending institution";
    EXPECT_FALSE(a->party("participant"));
  }
  EXPECT_EQ(host.submit(registrations, action + "/agreement", {}).status, 303);
  EXPECT_NE(host.get(registrations + "?lang=en").body.find("Agreement signed"), std::string::npos);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(agreement_status(sql, out.id), "signed");
  EXPECT_EQ(agreement_of_registration(sql, out.id)->party("employer")->agreed_by_name, "Test host") << "who recorded it";
  EXPECT_EQ(server.last_mail_to("coord@forest.example.org"), "") << "no participation-agreement mail for an immersion";
}

// --- Consents given on paper, recorded by the organiser ----------------------------------------------------

TEST_F(DbOffersAgreements, APaperConsentIsKeptOnlyWithWhoSignedAndNeverForTheOrganiser) {
  auto out = register_and_notify(server.app(), member("anne@example.org"));
  auto id = agreement_of(out.id)->id;
  std::string long_name(kPaperFieldMax + 1, 'x');
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    EXPECT_NE(agree(sql, id, {"employer", 0, "Organiser", true, "", "Directrice"}, now), nullptr) << "nobody signed";
    EXPECT_NE(agree(sql, id, {"employer", 0, "Organiser", true, "Marie Lambert", ""}, now), nullptr) << "no function";
    EXPECT_NE(agree(sql, id, {"employer", 0, "Organiser", true, long_name, "Directrice"}, now), nullptr);
    EXPECT_NE(agree(sql, id, {"organiser", 0, "Organiser", true, "Marie Lambert", "Directrice"}, now), nullptr)
        << "the organiser agrees for itself on the platform";
    EXPECT_EQ(find_agreement(sql, id)->waiting_for(), (std::vector<std::string>{"organiser", "participant", "employer"}));
    EXPECT_EQ(agree(sql, id, {"participant", 0, "Organiser", true, "Anne Dupont", "ignored"}, now), nullptr)
        << "a participant signs for themselves: no function needed";
    auto participant = *find_agreement(sql, id)->party("participant");
    EXPECT_TRUE(participant.on_paper());
    EXPECT_EQ(participant.paper_signatory, "Anne Dupont");
    EXPECT_EQ(participant.paper_function, "");
  });
  auto checked = check_paper_consent({"employer", 0, "", true, "", std::string(kPaperFieldMax + 1, 'y')});
  ASSERT_EQ(checked.size(), 2u);
  EXPECT_STREQ(checked[0].field, "signatory");
  EXPECT_STREQ(checked[1].field, "function");
  // Characters, not bytes: 200 letters with accents are within the bound.
  std::string accents;
  for (std::size_t i = 0; i < kPaperFieldMax; ++i) accents += "é";
  EXPECT_TRUE(check_paper_consent({"employer", 0, "", true, accents, accents}).empty());
}

namespace {
// A member who registered with an organisation the platform does not know: a typed name, nobody to agree for it.
struct HttpOffersPaperConsent : HttpOffersAgreements {
  std::int64_t reg = 0;
  std::string paper, agreement_page;

  void SetUp() override {
    HttpOffersAgreements::SetUp();
    auto r = member("anne@example.org");
    r.organisation_id = 0;
    r.organisation_name = "Maison médicale du Midi";
    reg = register_and_notify(server.app(), r).id;
    paper = "/offers/registrations/" + std::to_string(reg) + "/paper";
    agreement_page = "/offers/agreements/" + std::to_string(agreement_of(reg)->id);
  }
};
}  // namespace

TEST_F(HttpOffersPaperConsent, TheOrganiserRecordsTheEmployersConsentOnPaper) {
  auto before = organiser.get(list + "?lang=en");
  EXPECT_NE(before.body.find("Record the employer"), std::string::npos) << before.body;
  EXPECT_NE(before.body.find("action=\"" + paper + "\""), std::string::npos);
  auto recorded = organiser.submit(list, paper, {{"party", "employer"}, {"signatory", "  Marie Lambert "},
                                                 {"function", "Directrice"}});
  ASSERT_EQ(recorded.status, 303) << recorded.body;
  EXPECT_EQ(recorded.header("location"), list + "#r" + std::to_string(reg));
  auto employer = *agreement_of(reg)->party("employer");
  EXPECT_TRUE(employer.agreed());
  EXPECT_TRUE(employer.on_paper());
  EXPECT_EQ(employer.paper_signatory, "Marie Lambert");
  EXPECT_EQ(employer.paper_function, "Directrice");
  EXPECT_EQ(employer.agreed_by_name, "Test org") << "who recorded it: the organiser's account";
  EXPECT_NE(employer.agreed_by, 0);

  auto shown = organiser.get(agreement_page + "?lang=en");
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Agreed on paper, signed by Marie Lambert (Directrice); recorded by Test org on"),
            std::string::npos)
      << shown.body;
  auto after = organiser.get(list + "?lang=en");
  EXPECT_NE(after.body.find("the employer agreed on paper"), std::string::npos);
  EXPECT_EQ(after.body.find("waiting for the employer"), std::string::npos);
  EXPECT_EQ(after.body.find("Record the employer"), std::string::npos) << "given once";
  EXPECT_EQ(organiser.submit(list, paper, {{"party", "employer"}, {"signatory", "Someone else"}, {"function", "Chef"}})
                .status,
            303);
  EXPECT_EQ(agreement_of(reg)->party("employer")->paper_signatory, "Marie Lambert") << "a second time changes nothing";
  EXPECT_EQ(organiser.submit(list, paper, {{"party", "organiser"}, {"signatory", "Me"}, {"function", "Chef"}}).status, 303);
  EXPECT_FALSE(agreement_of(reg)->party("organiser")->agreed()) << "the organiser agrees on the platform";
}

TEST_F(HttpOffersPaperConsent, AParticipantWhoCannotUseTheLinkAgreesOnPaper) {
  auto before = organiser.get(list + "?lang=en");
  EXPECT_NE(before.body.find("Record the participant"), std::string::npos);
  ASSERT_EQ(organiser.submit(list, paper, {{"party", "participant"}, {"signatory", "Anne Dupont"}}).status, 303);
  auto participant = *agreement_of(reg)->party("participant");
  EXPECT_TRUE(participant.on_paper());
  auto shown = organiser.get(agreement_page + "?lang=en");
  EXPECT_NE(shown.body.find("Agreed on paper, signed by Anne Dupont; recorded by Test org on"), std::string::npos);
  auto by_link = HttpClient(server.url("")).get(link_of(reg) + "/agreement?lang=en");
  EXPECT_EQ(by_link.body.find("I agree to this participation agreement"), std::string::npos) << "already given";
}

TEST_F(HttpOffersPaperConsent, APaperConsentNeedsTheSignatorysName) {
  // The organiser's account is in French: the refusal is in French, what was typed stays in the form.
  auto empty = organiser.submit(list, paper, {{"party", "employer"}, {"signatory", "  "}, {"function", "Directrice"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Indiquez le nom de la personne qui a signé."), std::string::npos) << empty.body;
  EXPECT_NE(empty.body.find("value=\"Directrice\""), std::string::npos) << "what was typed is kept";
  EXPECT_NE(empty.body.find(" open>"), std::string::npos) << "the form stays open";

  std::string too_long(kPaperFieldMax + 1, 'n');
  auto refused = organiser.submit(list, paper + "?lang=en",
                                  {{"party", "employer"}, {"signatory", too_long}, {"function", ""}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("The name of the person who signed is too long: at most 200 characters."),
            std::string::npos);
  EXPECT_NE(refused.body.find("Enter the function of the person who signed for the employer."), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"" + too_long + "\""), std::string::npos);
  EXPECT_NE(refused.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_FALSE(agreement_of(reg)->party("employer")->agreed()) << "nothing is recorded";
}

TEST_F(HttpOffersPaperConsent, SomeoneWhoIsNotTheOrganiserCannotRecordAPaperConsent) {
  std::map<std::string, std::string> form{{"party", "employer"}, {"signatory", "Marie Lambert"}, {"function", "Directrice"}};
  HttpClient coord(server.url("")), other(server.url("")), anne(server.url(""));
  ASSERT_TRUE(coord.login("coord@forest.example.org", kPassword));
  auto stranger = server.add_user("coord@elsewhere.example.org", kPassword);
  server.add_membership(stranger, server.add_organisation("Ailleurs", "1000"), "coordinator");
  ASSERT_TRUE(other.login("coord@elsewhere.example.org", kPassword));
  server.add_user("anne@example.org", kPassword);
  ASSERT_TRUE(anne.login("anne@example.org", kPassword));
  EXPECT_EQ(coord.submit("/offers/agreements", paper, form).status, 403) << "a coordinator of another organisation";
  EXPECT_EQ(other.submit("/offers/agreements", paper, form).status, 403);
  EXPECT_EQ(anne.submit("/offers/mine", paper, form).status, 403) << "the participant";
  EXPECT_FALSE(agreement_of(reg)->party("employer")->agreed());
  EXPECT_EQ(other.get(list).status, 403) << "nor see the forms";
}
