// The caseload over HTTP: team isolation (another team and an administrator get 403 on every record route,
// walked over the route table), every read in the audit log, a request accepted into follow-up with its entry
// score, the re-score typed without the entry score in view, a contact and a missed appointment logged and
// counted, a week entered from a list, identifying data in a note, and the figures read from outside.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "caseload/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::caseload;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
constexpr const char* kPassword = "a long enough password";

struct HttpCaseload : ::testing::Test {
  TestServer server;
  std::int64_t org = 0, team = 0, other_team = 0, request = 0, episode = 0, term = 0, network = 0;
  std::int64_t worker = 0;

  void SetUp() override {
    org = server.add_organisation("Housing First ASBL", "1000");
    auto& db = server.app().db;
    db.transact([&](soci::session& sql) {
      std::int64_t now = now_seconds();
      Team t;
      t.name = "Housing First";
      t.kind = "housing_first";
      t.organisation_id = org;
      t.fte = 2;
      team = create_team(sql, t, now);
      t.name = "Équipe mobile";
      t.kind = "mobile_team";
      other_team = create_team(sql, t, now);
      Request r;
      r.team_id = team;
      r.received_at = now - 86400;
      r.person_code = "HF-001";
      r.note = "Secret note of the request";
      request = create_request(sql, r, now);
      Episode e;
      e.team_id = team;
      e.person_code = "HF-002";
      e.started_at = now - 200 * 86400;
      episode = create_episode(sql, e, EntryScore{"gaf", 37, e.started_at}, 0, now);
      add_network_member(sql, episode, org, "housing");
      sql << "SELECT MIN(id) FROM caseload_network", soci::into(network);
      term = terms(sql, team, kReasons).front().id;
    });
    worker = server.add_user("worker@hf.example", kPassword, "caseload", "team", std::to_string(team));
    server.add_user("coord@hf.example", kPassword, "caseload_coordinator", "team", std::to_string(team));
    server.add_user("other@mobile.example", kPassword, "caseload", "team", std::to_string(other_team));
    server.add_user("admin@example.org", kPassword, "admin", "region", "");
    server.add_user("region@example.org", kPassword, "coordinator", "region", "");
    server.add_user("pro@example.org", kPassword);
  }

  std::unique_ptr<HttpClient> logged_in(const std::string& email) {
    auto c = std::make_unique<HttpClient>(server.url(""));
    EXPECT_TRUE(c->login(email, kPassword));
    return c;
  }

  std::string path_of(const std::string& pattern) {
    std::string p = pattern;
    std::string id = pattern.rfind("/caseload/requests/", 0) == 0 ? std::to_string(request)
                     : pattern.rfind("/caseload/people/", 0) == 0 ? std::to_string(episode)
                                                                   : std::to_string(team);
    p = std::regex_replace(p, std::regex(R"(\{id\})"), id);
    p = std::regex_replace(p, std::regex(R"(\{tid\})"), std::to_string(term));
    p = std::regex_replace(p, std::regex(R"(\{nid\})"), std::to_string(network));
    return p;
  }

  int count(const std::string& sql_text) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << sql_text, soci::into(n);
    return n;
  }
};

bool is_figures(const std::string& pattern) { return pattern.find("/figures") != std::string::npos; }
}  // namespace

TEST_F(HttpCaseload, AnotherTeamAndAnAdministratorGet403OnEveryRecordRoute) {
  auto other = logged_in("other@mobile.example");
  auto admin = logged_in("admin@example.org");
  auto pro = logged_in("pro@example.org");
  std::string other_csrf = other->csrf_from(other->get("/profile").body);
  std::string admin_csrf = admin->csrf_from(admin->get("/profile").body);
  std::string pro_csrf = pro->csrf_from(pro->get("/profile").body);
  int checked = 0;
  for (const auto& route : route_table()) {
    if (route.pattern.rfind("/caseload/", 0) != 0) continue;
    std::string path = path_of(route.pattern);
    auto call = [&](HttpClient& c, const std::string& csrf) {
      return route.method == Method::Get ? c.get(path) : c.post(path, {{"_csrf", csrf}});
    };
    EXPECT_EQ(call(*other, other_csrf).status, 403) << path << " let another team's member in";
    EXPECT_EQ(call(*pro, pro_csrf).status, 403) << path << " let a professional without a team in";
    if (!is_figures(route.pattern)) {
      auto r = call(*admin, admin_csrf);
      EXPECT_EQ(r.status, 403) << path << " let an administrator without the team's grant in";
      EXPECT_EQ(r.body.find("HF-00"), std::string::npos) << path;
    }
    ++checked;
  }
  EXPECT_GE(checked, 25);
  // The team's own member reads them.
  auto member = logged_in("worker@hf.example");
  EXPECT_EQ(member->get("/caseload/requests/" + std::to_string(request)).status, 200);
  EXPECT_EQ(member->get("/caseload/people/" + std::to_string(episode)).status, 200);
  // Nothing was changed by the refused calls.
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_contacts"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_requests WHERE decision = 'pending'"), 1);
}

TEST_F(HttpCaseload, EveryReadIsAuditedAndTheTeamSeesWhoRead) {
  auto member = logged_in("worker@hf.example");
  auto other = logged_in("other@mobile.example");
  std::string r = "/caseload/requests/" + std::to_string(request);
  std::string p = "/caseload/people/" + std::to_string(episode);
  EXPECT_EQ(member->get(r).status, 200);
  EXPECT_EQ(member->get(p).status, 200);
  EXPECT_EQ(member->get(p).status, 200);
  EXPECT_EQ(other->get(p).status, 403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'caseload.request.read' AND target = 'caseload_request:" +
                  std::to_string(request) + "'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'caseload.episode.read' AND target = 'caseload_episode:" +
                  std::to_string(episode) + "'"),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'caseload.episode.read.refused' AND detail = '403'"), 1);
  EXPECT_EQ(member->get("/caseload/teams/" + std::to_string(team)).status, 200);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'caseload.team.read'"), 1);
  EXPECT_NE(member->get(p).body.find("Test worker"), std::string::npos) << "the access log names the reader";
}

TEST_F(HttpCaseload, ARequestAcceptedBecomesAPersonFollowedWithItsEntryScore) {
  auto member = logged_in("worker@hf.example");
  std::string page = "/caseload/requests/" + std::to_string(request);
  auto r = member->submit(page, page + "/accept",
                          {{"started_date", local_date_iso(now_seconds())}, {"profile", "addiction"}, {"instrument", "gaf"},
                           {"entry_score", "140"}, {"worker", std::to_string(worker)}});
  EXPECT_EQ(r.status, 422) << "a GAF score above 100";
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_episodes"), 1);
  r = member->submit(page, page + "/accept",
                     {{"started_date", local_date_iso(now_seconds())}, {"profile", "addiction"}, {"instrument", "gaf"},
                      {"entry_score", "33"}, {"worker", std::to_string(worker)}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_requests WHERE decision = 'accepted' AND episode_id IS NOT NULL"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_scores WHERE is_entry = 1 AND score = 33"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_episode_profiles WHERE code = 'addiction'"), 1);
  EXPECT_EQ(member->submit(page, page + "/refuse", {{"refusal_reason", "caseload_full"}}).status, 409)
      << "a decided request is not decided again";
}

TEST_F(HttpCaseload, TheReScoreIsTypedWithoutTheEntryScoreAndWaitsTheInterval) {
  auto member = logged_in("worker@hf.example");
  std::string form = "/caseload/people/" + std::to_string(episode) + "/scores/new";
  auto page = member->get(form);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("37"), std::string::npos) << "the entry score is not on screen";
  EXPECT_EQ(member->get("/caseload/people/" + std::to_string(episode)).body.find(">37<"), std::string::npos);
  auto r = member->submit(form, form, {{"rated_date", local_date_iso(now_seconds())}, {"score", "52"}});
  EXPECT_EQ(r.status, 303);
  r = member->submit(form, form, {{"rated_date", local_date_iso(now_seconds())}, {"score", "55"}});
  EXPECT_EQ(r.status, 422) << "a second score the same day is before the minimum interval";
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_scores WHERE is_entry = 0 AND instrument = 'gaf'"), 1);
}

TEST_F(HttpCaseload, AWorkerLogsAHomeVisitThenAMissedAppointmentAndTheFiguresCountBoth) {
  auto member = logged_in("worker@hf.example");
  std::string form = "/caseload/teams/" + std::to_string(team) + "/contacts/new";
  std::string today = local_date_iso(now_seconds());
  auto r = member->submit(form + "?episode=" + std::to_string(episode), form,
                          {{"episode", std::to_string(episode)}, {"date", today}, {"time", "09:00"}, {"type", "home_visit"},
                           {"duration", "50"}, {"workers", "2"}, {"missed", ""}, {"reasons", "housing"}});
  ASSERT_EQ(r.status, 303);
  r = member->submit(form, form,
                     {{"episode", std::to_string(episode)}, {"date", today}, {"time", "11:00"}, {"type", "home_visit"},
                      {"duration", "0"}, {"workers", "1"}, {"missed", "absent"}});
  ASSERT_EQ(r.status, 303);
  r = member->submit(form, form, {{"episode", std::to_string(episode)}, {"date", today}, {"type", "teleportation"}, {"duration", "5"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_contacts"), 2);
  std::string year = std::to_string(to_brussels(now_seconds()).year);
  auto csv = member->get("/caseload/teams/" + std::to_string(team) + "/figures.csv?year=" + year + "&lang=en");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("contacts,Home visit,Contacts,2"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("how,of which the person was absent,Value,1"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("how,Share in pair of the face-to-face contacts held (%),Value,100.0"), std::string::npos);
  auto page = member->get("/caseload/teams/" + std::to_string(team) + "/figures?lang=en");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("chart.umd.min.js"), std::string::npos);
  EXPECT_NE(page.body.find("HF-002"), std::string::npos) << "the team sees its people's scores";
  // The worker's home shows this week's contacts.
  auto home = member->get("/caseload/teams/" + std::to_string(team));
  EXPECT_NE(home.body.find("HF-002"), std::string::npos);
}

TEST_F(HttpCaseload, AWeekOfContactsIsEnteredFromAList) {
  auto member = logged_in("worker@hf.example");
  std::string form = "/caseload/teams/" + std::to_string(team) + "/week";
  std::string day = local_date_iso(now_seconds() - 2 * 86400);
  std::string e = std::to_string(episode);
  auto r = member->submit(form, form,
                          {{"episode_1", e}, {"date_1", day}, {"type_1", "phone"}, {"duration_1", "15"},
                           {"episode_2", e}, {"date_2", day}, {"type_2", "accompaniment"}, {"duration_2", "abc"},
                           {"episode_3", ""}});
  EXPECT_EQ(r.status, 422) << "a bad row keeps the whole week on screen";
  EXPECT_NE(r.body.find("value=\"abc\""), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_contacts"), 0);
  r = member->submit(form, form,
                     {{"episode_1", e}, {"date_1", day}, {"type_1", "phone"}, {"duration_1", "15"},
                      {"episode_2", e}, {"date_2", day}, {"type_2", "accompaniment"}, {"duration_2", "90"}, {"workers_2", "2"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_contacts"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_contacts WHERE workers = 2"), 1);
}

TEST_F(HttpCaseload, ANoteWithIdentifyingDataIsShownAgainUntilConfirmed) {
  auto member = logged_in("worker@hf.example");
  std::string form = "/caseload/teams/" + std::to_string(team) + "/requests/new";
  std::map<std::string, std::string> fields = {{"received_date", local_date_iso(now_seconds())},
                                               {"person_code", "HF-003"},
                                               {"note", "Joignable au 0471 12 34 56"}};
  auto r = member->submit(form, form, fields);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("0471 12 34 56"), std::string::npos) << "what was typed stays";
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_requests"), 1);
  fields["person_code"] = "Jean Dupont";
  fields["note"] = "";
  EXPECT_EQ(member->submit(form, form, fields).status, 422) << "a name is not a code";
  fields["person_code"] = "HF-003";
  fields["note"] = "Joignable au 0471 12 34 56";
  fields["confirm_not_person"] = "1";
  EXPECT_EQ(member->submit(form, form, fields).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM caseload_requests"), 2);
}

TEST_F(HttpCaseload, TheFiguresReadFromOutsideHideSmallCountsAndNoPerson) {
  auto member = logged_in("worker@hf.example");
  std::string form = "/caseload/teams/" + std::to_string(team) + "/contacts/new";
  member->submit(form, form,
                 {{"episode", std::to_string(episode)}, {"date", local_date_iso(now_seconds())}, {"type", "phone"},
                  {"duration", "10"}});
  std::string year = std::to_string(to_brussels(now_seconds()).year);
  for (auto email : {"admin@example.org", "region@example.org"}) {
    auto c = logged_in(email);
    auto page = c->get("/caseload/teams/" + std::to_string(team) + "/figures?year=" + year + "&lang=en");
    ASSERT_EQ(page.status, 200) << email;
    EXPECT_EQ(page.body.find("HF-002"), std::string::npos) << "no person's line outside the team";
    EXPECT_NE(page.body.find("&lt; 5"), std::string::npos);
    auto csv = c->get("/caseload/teams/" + std::to_string(team) + "/figures.csv?year=" + year + "&lang=en");
    EXPECT_NE(csv.body.find("contacts,Phone,Contacts,< 5"), std::string::npos) << csv.body;
  }
  auto pro = logged_in("pro@example.org");
  EXPECT_EQ(pro->get("/caseload/teams/" + std::to_string(team) + "/figures").status, 403);
  EXPECT_EQ(pro->get("/caseload").status, 200);
}
