// The concertation over HTTP: the charter gates every read (the person's acceptance, the organisation's, a new
// version), nobody outside the group, not even an administrator, reads a situation, every read is in the audit
// log and the presenter sees it, a member not bound by secrecy sees the agenda and their agreements only, the
// identifying-data check, the decision tree before an agreement outside the group, and what leaves the group.
#include <gtest/gtest.h>

#include "app/routes.hpp"
#include "concertation/concertation_fixture.hpp"
#include "concertation/counts.hpp"

using namespace maillage;
using namespace maillage::concertation;
using namespace maillage::concertation::testing;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
struct HttpConcertation : ::testing::Test {
  TestServer server;
  GroupFixture f{server};
  std::string sit(std::int64_t id) { return "/concertation/situations/" + std::to_string(id); }
  std::string table() { return "/concertation/groups/" + std::to_string(f.group) + "/situations"; }
};
}  // namespace

TEST_F(HttpConcertation, AMemberWhoHasNotAcceptedTheCurrentCharterReadsNothing) {
  int v = f.publish();
  f.organisation_accepts(f.org_b, v);
  auto id = f.situation();
  auto member = f.client("member@example.org");
  EXPECT_EQ(member->get(table()).status, 403);
  EXPECT_EQ(member->get(sit(id)).status, 403);
  auto page = member->get("/concertation/groups/" + std::to_string(f.group));
  EXPECT_EQ(page.status, 200) << "the invited person reads the charter to accept it";
  auto r = member->submit("/concertation/groups/" + std::to_string(f.group),
                          "/concertation/groups/" + std::to_string(f.group) + "/accept",
                          {{"version", std::to_string(v)}, {"accept", "1"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(member->get(sit(id)).status, 200) << "accepted, and the organisation too: a member";
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM grants WHERE role = 'concertation_member' AND scope_type = 'group' AND user_id = " +
                    std::to_string(f.member)),
            1);
}

TEST_F(HttpConcertation, AMemberWhoseOrganisationHasNotAcceptedReadsNothing) {
  int v = f.publish();
  f.accept(f.member, v);
  auto id = f.situation();
  auto member = f.client("member@example.org");
  EXPECT_EQ(member->get(sit(id)).status, 403);
  // The organisation's coordinator accepts online; then the member reads.
  auto coordinator = f.client("coordinator.b@example.org");
  std::string group_page = "/concertation/groups/" + std::to_string(f.group);
  EXPECT_EQ(coordinator->get(group_page).status, 200);
  EXPECT_EQ(coordinator->get(sit(id)).status, 403) << "a coordinator accepts for the organisation but reads nothing";
  auto r = coordinator->submit(group_page, group_page + "/organisations", {{"organisation", std::to_string(f.org_b)}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(member->get(sit(id)).status, 200);
  // Another organisation's coordinator cannot accept for it.
  auto outsider = f.client("outsider@example.org");
  EXPECT_EQ(outsider->post(group_page + "/organisations",
                           {{"_csrf", outsider->csrf_from(outsider->get("/concertation").body)},
                            {"organisation", std::to_string(f.org_a)}})
                .status,
            403);
}

TEST_F(HttpConcertation, AnOrganisationsAcceptanceOnPaperIsRecordedByAnOrganiserWhoNamesWhoSigned) {
  int v = f.publish();
  f.accept(f.member, v);
  f.accept(f.organiser, v);
  f.organisation_accepts(f.org_a, v);
  auto organiser = f.client("organiser@example.org");
  std::string group_page = "/concertation/groups/" + std::to_string(f.group);
  auto r = organiser->submit(group_page, group_page + "/organisations",
                             {{"on_paper", "1"}, {"paper_organisation", std::to_string(f.org_b)}, {"signed_by", ""}});
  EXPECT_EQ(r.status, 422) << "who signed is required";
  r = organiser->submit(group_page, group_page + "/organisations",
                        {{"on_paper", "1"}, {"paper_organisation", std::to_string(f.org_b)}, {"signed_by", "La directrice"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(organiser->get(group_page).body.find("La directrice"), std::string::npos);
  auto id = f.situation();
  EXPECT_EQ(f.client("member@example.org")->get(sit(id)).status, 200);
}

TEST_F(HttpConcertation, ANewCharterVersionShutsEveryMemberOutUntilTheyAndTheirOrganisationAcceptIt) {
  f.everyone_accepts();
  auto id = f.situation();
  auto member = f.client("member@example.org");
  EXPECT_EQ(member->get(sit(id)).status, 200);
  auto organiser = f.client("organiser@example.org");
  std::string group_page = "/concertation/groups/" + std::to_string(f.group);
  auto r = organiser->submit(group_page, group_page + "/charter", {{"charter_fr", "Charte v2"}, {"charter_nl", ""}, {"charter_en", ""}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(member->get(sit(id)).status, 403) << "version 2 not accepted yet";
  EXPECT_EQ(organiser->get(sit(id)).status, 403) << "the organiser too";
  f.accept(f.member, 2);
  EXPECT_EQ(member->get(sit(id)).status, 403) << "the organisation has not accepted version 2";
  f.organisation_accepts(f.org_b, 2);
  EXPECT_EQ(member->get(sit(id)).status, 200);
  // Accepting a version other than the current one is refused.
  r = organiser->submit(group_page, group_page + "/accept", {{"version", "1"}, {"accept", "1"}});
  EXPECT_EQ(r.status, 422);
}

TEST_F(HttpConcertation, ANonMemberAndAnAdministratorGet403OnEverySituationRoute) {
  f.everyone_accepts();
  auto id = f.situation("Q-07", "Texte confidentiel");
  std::int64_t meeting = 0, agreement = 0;
  server.app().db.transact([&](soci::session& sql) {
    Meeting m;
    m.group_id = f.group;
    m.starts_at = now_seconds() + 86400;
    meeting = create_meeting(sql, m, f.organiser, now_seconds());
    put_on_agenda(sql, meeting, id, true, now_seconds());
    Agreement a;
    a.situation_id = id;
    a.group_id = f.group;
    a.what = "Accord confidentiel";
    a.who_user_id = f.member;
    agreement = add_agreement(sql, a, f.member, now_seconds());
  });
  auto with = [&](std::string p) {
    for (auto [k, v] : {std::pair<std::string, std::string>{"{id}", ""}, {"{sid}", std::to_string(id)}}) {
      auto at = p.find(k);
      if (at == std::string::npos) continue;
      std::string value = v;
      if (k == "{id}") {
        value = p.rfind("/concertation/situations/", 0) == 0   ? std::to_string(id)
                : p.rfind("/concertation/meetings/", 0) == 0   ? std::to_string(meeting)
                : p.rfind("/concertation/agreements/", 0) == 0 ? std::to_string(agreement)
                                                                : std::to_string(f.group);
      }
      p.replace(at, k.size(), value);
    }
    return p;
  };
  // Every route that reads or changes a situation, its agreements, the follow-up table, the meetings and minutes.
  std::vector<const Route*> routes;
  auto all = route_table();
  for (auto& r : all) {
    const auto& p = r.pattern;
    if (p.rfind("/concertation/", 0) != 0) continue;  // other parts' meetings (the observatory's) are not the group's
    if (p.rfind("/concertation/situations/", 0) == 0 || p.rfind("/concertation/agreements/", 0) == 0 ||
        p.rfind("/concertation/meetings/", 0) == 0 || p.find("/situations") != std::string::npos ||
        p.find("/meetings") != std::string::npos)
      routes.push_back(&r);
  }
  ASSERT_GE(routes.size(), 15u);
  for (auto* email : {"outsider@example.org", "admin@example.org", "coordinator.b@example.org"}) {
    auto c = f.client(email);
    std::string csrf = c->csrf_from(c->get("/concertation").body);
    for (auto* r : routes) {
      std::string path = with(r->pattern);
      auto res = r->method == Method::Get ? c->get(path) : c->post(path, {{"_csrf", csrf}, {"status", "done"}, {"what", "x"}});
      EXPECT_EQ(res.status, 403) << email << " " << path;
      EXPECT_EQ(res.body.find("confidentiel"), std::string::npos) << email << " " << path;
    }
  }
  // The administrator still manages the group.
  auto admin = f.client("admin@example.org");
  EXPECT_EQ(admin->get("/concertation/groups/" + std::to_string(f.group)).status, 200);
  EXPECT_EQ(admin->get("/admin/concertation").status, 200);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_agreements WHERE status = 'done'"), 0) << "nothing was changed";
}

TEST_F(HttpConcertation, EveryReadOfASituationLeavesAnAuditEntryAndThePresenterSeesWhoRead) {
  f.everyone_accepts();
  auto id = f.situation();
  auto organiser = f.client("organiser@example.org");
  EXPECT_EQ(organiser->get(sit(id)).status, 200);
  EXPECT_EQ(organiser->get(sit(id)).status, 200);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'concertation.situation.read' AND target = "
                    "'concertation_situation:" + std::to_string(id) + "'"),
            2);
  auto outsider = f.client("outsider@example.org");
  EXPECT_EQ(outsider->get(sit(id)).status, 403);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'concertation.situation.read.refused' AND target = "
                    "'concertation_situation:" + std::to_string(id) + "'"),
            1);
  EXPECT_GE(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'concertation.followup.read'"), 0);
  auto member = f.client("member@example.org");
  auto page = member->get(sit(id));
  EXPECT_NE(page.body.find("Test organiser"), std::string::npos) << "the presenter sees who read the situation";
  EXPECT_EQ(organiser->get(sit(id)).body.find("Who read this situation"), std::string::npos)
      << "only the presenter sees the access log";
}

TEST_F(HttpConcertation, AMemberNotBoundBySecrecySeesTheAgendaAndTheirAgreementsButNoSituation) {
  f.everyone_accepts();
  auto id = f.situation("Q-09", "Détail réservé");
  std::int64_t meeting = 0;
  server.app().db.transact([&](soci::session& sql) {
    Meeting m;
    m.group_id = f.group;
    m.starts_at = now_seconds() + 86400;
    meeting = create_meeting(sql, m, f.organiser, now_seconds());
    put_on_agenda(sql, meeting, id, true, now_seconds());
    Agreement a;
    a.situation_id = id;
    a.group_id = f.group;
    a.what = "Passage de l'agent de quartier";
    a.who_user_id = f.police;
    add_agreement(sql, a, f.member, now_seconds());
    a.what = "Autre accord réservé";
    a.who_user_id = f.member;
    add_agreement(sql, a, f.member, now_seconds());
  });
  auto police = f.client("police@example.org");
  EXPECT_EQ(police->get(sit(id)).status, 403);
  EXPECT_EQ(police->get(table()).status, 403);
  auto agenda = police->get("/concertation/meetings/" + std::to_string(meeting));
  EXPECT_EQ(agenda.status, 200);
  EXPECT_NE(agenda.body.find("Q-09"), std::string::npos) << "the agenda shows the code";
  EXPECT_NE(agenda.body.find("Passage de l&#39;agent de quartier"), std::string::npos) << "their own agreement";
  EXPECT_EQ(agenda.body.find("Autre accord"), std::string::npos);
  EXPECT_EQ(agenda.body.find("Détail réservé"), std::string::npos);
  EXPECT_EQ(agenda.body.find("/concertation/situations/"), std::string::npos) << "no link to the situation";
}

TEST_F(HttpConcertation, ASummaryWithIdentifyingDataIsShownAgainUntilRemovedOrConfirmed) {
  f.everyone_accepts();
  auto member = f.client("member@example.org");
  std::map<std::string, std::string> form = {{"code", "Q-11"}, {"age_band", "40_64"}, {"postal_code", "1000"},
                                             {"summary", "Madame née le 12/03/1961, NN 85.07.30-033.28"}};
  auto r = member->submit(table(), table(), form);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("85.07.30-033.28"), std::string::npos) << "the text typed is kept and the finding shown";
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_situations"), 0);
  form["summary"] = "Isolement, dettes";
  r = member->submit(table(), table(), form);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_situations WHERE code = 'Q-11'"), 1);
  // A code that names the person is refused too.
  form["code"] = "jean.dupont@example.org";
  EXPECT_EQ(member->submit(table(), table(), form).status, 422);
}

TEST_F(HttpConcertation, AnAgreementWithAnOrganisationOutsideTheGroupWaitsForTheDecisionTree) {
  f.everyone_accepts();
  auto id = f.situation();
  auto member = f.client("member@example.org");
  std::map<std::string, std::string> agreement = {{"what", "Transmettre au service extérieur"},
                                                  {"who", "organisation:" + std::to_string(f.org_outside)}};
  auto r = member->submit(sit(id), sit(id) + "/agreements", agreement);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_agreements"), 0);
  // No consent, no vital interest: the tree says no, and the agreement stays refused.
  r = member->submit(sit(id), sit(id) + "/share",
                     {{"share_organisation", std::to_string(f.org_outside)}, {"vital_interest", "no"}, {"consent", "no"},
                      {"conflict_of_interests", "no"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(member->submit(sit(id), sit(id) + "/agreements", agreement).status, 422);
  // The person consents: recorded with who answered, and the agreement goes through.
  r = member->submit(sit(id), sit(id) + "/share",
                     {{"share_organisation", std::to_string(f.org_outside)}, {"vital_interest", "no"}, {"consent", "yes"},
                      {"conflict_of_interests", "no"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_sharing_decisions WHERE decision = 'share' AND recorded_by = " +
                    std::to_string(f.member)),
            1);
  EXPECT_EQ(member->submit(sit(id), sit(id) + "/agreements", agreement).status, 303);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_agreements"), 1);
}

TEST_F(HttpConcertation, AnAgreementIsProposedThenConcludedInAMeetingAndTheSituationClosesWithItsOutcome) {
  f.everyone_accepts();
  auto organiser = f.client("organiser@example.org");
  std::string meetings = "/concertation/groups/" + std::to_string(f.group) + "/meetings";
  auto r = organiser->submit(meetings, meetings, {{"date", "2026-03-04"}, {"time", "10:00"}, {"duration_minutes", "90"}, {"video", "1"}});
  ASSERT_EQ(r.status, 303);
  std::string meeting = r.header("location");
  std::string meeting_id = meeting.substr(meeting.rfind('/') + 1);
  auto member = f.client("member@example.org");
  r = member->submit(table() + "?meeting=" + meeting_id, table(),
                     {{"code", "Q-20"}, {"age_band", "26_39"}, {"postal_code", "1000"}, {"summary", "Situation présentée"},
                      {"meeting", meeting_id}});
  ASSERT_EQ(r.status, 303);
  std::string situation = r.header("location");
  std::string sid = situation.substr(situation.rfind('/') + 1);
  EXPECT_NE(member->get(meeting).body.find("Q-20"), std::string::npos) << "announced on the agenda";
  r = member->submit(meeting, "/concertation/situations/" + sid + "/agreements",
                     {{"what", "Visite à domicile"}, {"who", "user:" + std::to_string(f.member)}, {"meeting", meeting_id}});
  ASSERT_EQ(r.status, 303);
  std::string aid;
  {
    soci::session sql(server.app().db.pool());
    std::int64_t a = 0;
    sql << "SELECT id FROM concertation_agreements", soci::into(a);
    aid = std::to_string(a);
  }
  r = member->submit(meeting, "/concertation/agreements/" + aid, {{"status", "concluded"}, {"meeting", meeting_id}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_agreements WHERE status = 'concluded' AND concluded_meeting_id = " + meeting_id), 1);
  r = member->submit(meeting, "/concertation/meetings/" + meeting_id + "/minutes/" + sid, {{"minutes", "Accord conclu en séance"}});
  EXPECT_EQ(r.status, 303);
  r = member->submit(situation, situation + "/close", {{"outcome", "admission_avoided"}});
  EXPECT_EQ(r.status, 303);
  auto counts = member->get("/concertation/groups/" + std::to_string(f.group) + "/counts?year=2026");
  EXPECT_NE(counts.body.find("Admission évitée"), std::string::npos) << counts.body.substr(0, 200);
  auto csv = organiser->get(meetings + ".csv?year=2026");
  EXPECT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("2026-03-04"), std::string::npos);
  EXPECT_NE(csv.body.find("1:30"), std::string::npos);
}

TEST_F(HttpConcertation, SmallCountsAreShownAsFewerThanFiveOutsideTheGroup) {
  f.everyone_accepts();
  for (int i = 0; i < 3; ++i) f.situation("Q-3" + std::to_string(i));
  std::string counts = "/concertation/groups/" + std::to_string(f.group) + "/counts";
  auto outsider = f.client("outsider@example.org")->get(counts);
  EXPECT_EQ(outsider.status, 200);
  EXPECT_NE(outsider.body.find("&lt; 5"), std::string::npos);
  EXPECT_EQ(outsider.body.find("<dd>3</dd>"), std::string::npos);
  auto member = f.client("member@example.org")->get(counts);
  EXPECT_NE(member.body.find("<dd>3</dd>"), std::string::npos) << "inside, the count as it is";
}

TEST_F(HttpConcertation, AMemberExportsTheirOwnDataAndAPersonsErasureRemovesTheSituationWhole) {
  f.everyone_accepts();
  auto id = f.situation("Q-40", "Résumé");
  auto member = f.client("member@example.org");
  auto json = member->get("/concertation/mine/export");
  EXPECT_EQ(json.status, 200);
  EXPECT_NE(json.body.find("Q-40"), std::string::npos);
  EXPECT_NE(json.body.find("charter_version_accepted"), std::string::npos);
  EXPECT_EQ(member->submit(sit(id), sit(id) + "/erase", {{"confirm_code", "wrong"}}).status, 422);
  auto police = f.client("police@example.org");
  EXPECT_EQ(police->post(sit(id) + "/erase", {{"_csrf", police->csrf_from(police->get("/concertation").body)},
                                              {"confirm_code", "Q-40"}})
                .status,
            403);
  EXPECT_EQ(member->submit(sit(id), sit(id) + "/erase", {{"confirm_code", "Q-40"}}).status, 303);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM concertation_situations"), 0);
  EXPECT_EQ(member->get(sit(id)).status, 404);
}

TEST_F(HttpConcertation, TheFollowUpTableIsPagedWithPlainLinksAndEveryPageReadIsAudited) {
  f.everyone_accepts();
  for (int i = 0; i < 60; ++i) f.situation("P-" + std::string(i < 10 ? "0" : "") + std::to_string(i), "Suivi");
  auto member = f.client("member@example.org");
  auto first = member->get(table());
  ASSERT_EQ(first.status, 200);
  std::string second_href = "href=\"" + table() + "?page=2\" rel=\"next\"";
  EXPECT_NE(first.body.find(second_href), std::string::npos) << "a next link that needs no script";
  EXPECT_EQ(first.body.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(first.body.find(">P-59</a>"), std::string::npos) << "the most recent first";
  EXPECT_NE(first.body.find(">P-10</a>"), std::string::npos);
  EXPECT_EQ(first.body.find(">P-09</a>"), std::string::npos) << "50 rows a page";
  auto second = member->get(table() + "?page=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("href=\"" + table() + "?page=1\" rel=\"prev\""), std::string::npos);
  EXPECT_EQ(second.body.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(second.body.find(">P-00</a>"), std::string::npos);
  EXPECT_EQ(second.body.find(">P-10</a>"), std::string::npos);
  EXPECT_NE(member->get(table() + "?page=999").body.find(">P-00</a>"), std::string::npos) << "past the end: the last page";
  auto all = member->get(table() + "?size=500");
  EXPECT_NE(all.body.find(">P-00</a>"), std::string::npos);
  EXPECT_NE(all.body.find(">P-59</a>"), std::string::npos);
  EXPECT_EQ(all.body.find("rel=\"next\""), std::string::npos);
  EXPECT_EQ(member->get(table() + "?size=oops&page=x").status, 200);
  EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'concertation.followup.read' AND target = "
                    "'concertation_group:" + std::to_string(f.group) + "'"),
            5)
      << "every page read is audited";
  auto police = f.client("police@example.org");
  EXPECT_EQ(police->get(table() + "?page=2").status, 403) << "not bound by secrecy: no page of the table";
  auto outsider = f.client("outsider@example.org");
  EXPECT_EQ(outsider->get(table() + "?page=2").status, 403);
}
