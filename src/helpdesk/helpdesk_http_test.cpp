// The helpdesk over HTTP: line isolation (a responder of Sud cannot read a request of Nord, a coordinator or
// an administrator without the line's grant cannot read its text), intake in one step with the
// identifying-data check, orientation from inside the request, transfer with its history, the professional's
// web form and "My requests", the phone-system hook, and every read in the audit log.
#include <gtest/gtest.h>

#include "directory/http_fixture.hpp"
#include "helpdesk/calls.hpp"
#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/quarters.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

namespace {
constexpr const char* kPassword = "a long enough password";

struct HttpHelpdesk : ::testing::Test {
  TestServer server;
  std::int64_t nord = 0, sud = 0, region = 0;
  std::int64_t nord_responder = 0, sud_responder = 0;

  void SetUp() override {
    server.app().db.transact([&](soci::session& sql) {
      ensure_default_lines(sql, now_seconds());
      nord = find_line_by_code(sql, "nord")->id;
      sud = find_line_by_code(sql, "sud")->id;
      region = find_line_by_code(sql, "region")->id;
    });
    nord_responder = server.add_user("nord@helpdesk.example", kPassword, "responder", "line", std::to_string(nord));
    sud_responder = server.add_user("sud@helpdesk.example", kPassword, "responder", "line", std::to_string(sud));
  }

  std::int64_t nord_request(const std::string& question = "Cherche un logement d'urgence") {
    return server.app().db.transact([&](soci::session& sql) {
      OrientationRequest r;
      r.line_id = nord;
      r.line_reached_id = nord;
      r.channel = "phone";
      r.person_postal_code = "1030";
      r.person_languages = {"fr"};
      r.themes = {"housing"};
      r.question = question;
      r.requester_contact = "02 111 22 33";
      return create_request(sql, r, now_seconds());
    });
  }

  std::unique_ptr<HttpClient> logged_in(const std::string& email) {
    auto c = std::make_unique<HttpClient>(server.url(""));
    EXPECT_TRUE(c->login(email, kPassword));
    return c;
  }

  std::map<std::string, std::string> intake_fields(const std::string& question) {
    return {{"channel", "phone"},           {"line_reached", std::to_string(sud)}, {"received_date", "2026-03-02"},
            {"received_time", "10:15"},     {"requester_organisation", "CPAS de Forest"},
            {"requester_function", "Assistante sociale"}, {"requester_sector", "social"},
            {"requester_contact", "02 222 33 44"},       {"person_age_band", "40_64"},
            {"person_gender", "female"},    {"person_place", "1190"},            {"person_status", "legal_residence"},
            {"complexity", "information"},  {"question", question},             {"action", "save"}};
  }

  int count(const std::string& sql_text) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << sql_text, soci::into(n);
    return n;
  }
};
}  // namespace

TEST_F(HttpHelpdesk, AResponderOfSudCannotReadARequestOfNord) {
  auto id = nord_request();
  auto sud_client = logged_in("sud@helpdesk.example");
  auto r = sud_client->get("/helpdesk/requests/" + std::to_string(id));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.body.find("logement d'urgence"), std::string::npos);
  EXPECT_EQ(sud_client->post("/helpdesk/requests/" + std::to_string(id) + "/notes",
                            {{"_csrf", sud_client->csrf_from(sud_client->get("/helpdesk").body)}, {"note", "Intrusion"}})
                .status,
            403);
  auto nord_client = logged_in("nord@helpdesk.example");
  r = nord_client->get("/helpdesk/requests/" + std::to_string(id));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("logement d&#39;urgence"), std::string::npos);
  EXPECT_EQ(nord_client->get("/helpdesk/requests/999999").status, 404);
  // Every read is in the audit log, the refused one too, and the line sees who read it.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.read' AND target = 'helpdesk_request:" +
                  std::to_string(id) + "'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.read.refused' AND detail = '403'"), 1);
  r = nord_client->get("/helpdesk/requests/" + std::to_string(id));
  EXPECT_NE(r.body.find("Test nord"), std::string::npos) << "the access log names the reader";
}

TEST_F(HttpHelpdesk, ACoordinatorOrAnAdministratorWithoutTheLinesGrantCannotReadARequestsText) {
  auto id = nord_request();
  server.add_user("coord@example.org", kPassword, "coordinator", "region", "");
  server.add_user("admin@example.org", kPassword, "admin", "region", "");
  auto coordinator = logged_in("coord@example.org");
  auto r = coordinator->get("/helpdesk/requests/" + std::to_string(id));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.body.find("logement"), std::string::npos);
  auto admin = logged_in("admin@example.org");
  r = admin->get("/helpdesk/requests/" + std::to_string(id));
  EXPECT_EQ(r.status, 403) << "an administrator passes the route level, not the line's";
  EXPECT_EQ(r.body.find("logement"), std::string::npos);
  EXPECT_EQ(admin->get("/helpdesk").status, 200);
  EXPECT_EQ(admin->get("/helpdesk").body.find("logement"), std::string::npos);
}

TEST_F(HttpHelpdesk, IntakeSavesAPhoneRequestInOneStepWithItsBassinAndLine) {
  auto client = logged_in("sud@helpdesk.example");
  auto form = client->get("/helpdesk/requests/new");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("autofocus"), std::string::npos);
  auto fields = intake_fields("Cherche une aide au logement pour une famille");
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  ASSERT_EQ(r.status, 303) << r.body;
  std::string location = r.header("location");
  ASSERT_EQ(location.rfind("/helpdesk/requests/", 0), 0u);
  std::int64_t id = std::stoll(location.substr(19));
  soci::session sql(server.app().db.pool());
  auto req = find_request(sql, id);
  ASSERT_TRUE(req);
  EXPECT_EQ(req->line_id, sud);
  EXPECT_EQ(req->person_bassin_slug, "sud");
  EXPECT_EQ(req->requester_organisation_text, "CPAS de Forest");
  EXPECT_EQ(req->created_by, sud_responder);
  auto page = client->get(location);
  EXPECT_NE(page.body.find(req->reference), std::string::npos);
}

TEST_F(HttpHelpdesk, IntakeWithAMissingQuestionShowsTheFormAgainWithWhatWasTyped) {
  auto client = logged_in("sud@helpdesk.example");
  auto fields = intake_fields("");
  fields["person_place"] = "Atlantis";
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"Atlantis\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Assistante sociale\""), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests"), 0);
}

TEST_F(HttpHelpdesk, AValidNationalNumberIsFlaggedBeforeSavingAndAnInvalidChecksumIsNot) {
  auto client = logged_in("sud@helpdesk.example");
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new",
                         intake_fields("Dossier de la personne 85.07.30-033.28 au CPAS"));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("85.07.30-033.28"), std::string::npos) << "what was typed is kept";
  EXPECT_NE(r.body.find("confirm_not_person"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests"), 0);
  // The responder confirms: saved, and the confirmation is in the audit log.
  auto fields = intake_fields("Dossier de la personne 85.07.30-033.28 au CPAS");
  fields["confirm_not_person"] = "1";
  EXPECT_EQ(client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.create' AND detail LIKE "
                  "'identifying data confirmed: national_number%'"),
            1);
  // An eleven-digit number with an invalid check is no national number: saved at once.
  r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", intake_fields("Dossier 85.07.30-033.29 au CPAS"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests"), 2);
}

TEST_F(HttpHelpdesk, TheOrganisationTypeAheadWorksWithoutJavaScript) {
  auto org = server.add_organisation("CPAS de Forest", "1190");
  auto client = logged_in("sud@helpdesk.example");
  auto fields = intake_fields("Question");
  fields["requester_organisation"] = "forest";
  fields["action"] = "suggest";
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("value=\"" + std::to_string(org) + "\""), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests"), 0) << "a suggestion saves nothing";
  auto fragment = client->get("/helpdesk/organisations?requester_organisation=CPAS");
  EXPECT_NE(fragment.body.find("CPAS de Forest"), std::string::npos);
  fields["action"] = "save";
  fields["requester_organisation_id"] = std::to_string(org);
  ASSERT_EQ(client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests WHERE requester_organisation_id = " + std::to_string(org)), 1);
}

TEST_F(HttpHelpdesk, ATransferIsAcceptedByTheReceivingLineAndTheHistoryTravelsWithTheRequest) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto nord_client = logged_in("nord@helpdesk.example");
  ASSERT_EQ(nord_client->submit(path, path + "/notes", {{"kind", "contact"}, {"note", "Premier appel, dossier en cours"}}).status, 303);
  auto r = nord_client->submit(path, path + "/transfer", {{"to_line", std::to_string(sud)}, {"reason", "La personne vit à Forest"}});
  ASSERT_EQ(r.status, 303) << r.body;
  server.run_jobs();
  std::string mail = server.last_mail_to("sud@helpdesk.example");
  EXPECT_NE(mail.find(path), std::string::npos) << mail;
  EXPECT_EQ(mail.find("logement"), std::string::npos) << "the mail carries the reference, not the text";
  // The receiving line sees the request to decide, and accepts it.
  auto sud_client = logged_in("sud@helpdesk.example");
  auto page = sud_client->get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Premier appel"), std::string::npos) << "the history travels with the request";
  std::int64_t transfer = 0;
  {
    soci::session sql(server.app().db.pool());
    transfer = pending_transfer(sql, id)->id;
  }
  EXPECT_EQ(sud_client->submit(path, path + "/notes", {{"note", "Too early"}}).status, 403)
      << "the receiving line works on the request once it accepted it";
  r = sud_client->submit(path, "/helpdesk/transfers/" + std::to_string(transfer), {{"answer", "accept"}});
  ASSERT_EQ(r.status, 303);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_request(sql, id)->line_id, sud);
  std::vector<std::string> kinds;
  for (auto& e : history(sql, id)) kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"created", "contact", "transfer_proposed", "transfer_accepted"}));
  EXPECT_EQ(nord_client->get(path).status, 403) << "the proposing line no longer reads it";
  EXPECT_EQ(sud_client->get(path).status, 200);
}

TEST_F(HttpHelpdesk, ATransferDeclinedStaysWithTheProposingLine) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto nord_client = logged_in("nord@helpdesk.example");
  ASSERT_EQ(nord_client->submit(path, path + "/transfer", {{"to_line", std::to_string(region)}, {"reason", "Besoin régional"}}).status, 303);
  auto again = nord_client->submit(path, path + "/transfer", {{"to_line", std::to_string(sud)}, {"reason", "Autre"}});
  EXPECT_EQ(again.status, 422) << "one transfer at a time";
  server.add_user("region@helpdesk.example", kPassword, "responder", "line", std::to_string(region));
  auto region_client = logged_in("region@helpdesk.example");
  std::int64_t transfer = 0;
  {
    soci::session sql(server.app().db.pool());
    transfer = pending_transfer(sql, id)->id;
  }
  EXPECT_EQ(logged_in("sud@helpdesk.example")->submit("/helpdesk", "/helpdesk/transfers/" + std::to_string(transfer), {{"answer", "accept"}}).status,
            403);
  auto flagged = region_client->submit(path, "/helpdesk/transfers/" + std::to_string(transfer),
                                       {{"answer", "decline"}, {"note", "Voir le NN 85073003328"}});
  EXPECT_EQ(flagged.status, 422) << "the answer's note is checked for identifying data too";
  EXPECT_NE(flagged.body.find("Voir le NN 85073003328"), std::string::npos);
  ASSERT_EQ(region_client->submit(path, "/helpdesk/transfers/" + std::to_string(transfer), {{"answer", "decline"}, {"note", "Ligne de bassin"}}).status, 303);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_request(sql, id)->line_id, nord);
  EXPECT_EQ(find_transfer(sql, transfer)->status, "declined");
}

TEST_F(HttpHelpdesk, ClosingNeedsAnOutcomeAndACallBackShowsOnTodaysList) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("nord@helpdesk.example");
  std::string today;
  {
    soci::session sql(server.app().db.pool());
    auto r = find_request(sql, id);
    today = local_date_iso(now_seconds());
  }
  ASSERT_EQ(client->submit(path, path + "/callback", {{"callback_date", today}, {"callback_time", "23:59"},
                                                     {"callback_user", std::to_string(nord_responder)}, {"action", "set"}})
                .status,
            303);
  auto home = client->get("/helpdesk");
  auto mine = home.body.find("id=\"my-callbacks-title\"");
  ASSERT_NE(mine, std::string::npos);
  auto reference_at = home.body.find("HD-", mine);
  EXPECT_LT(reference_at, home.body.find("id=\"line-callbacks-title\"")) << "on my own list";
  EXPECT_EQ(client->submit(path, path + "/close", {{"outcome", ""}}).status, 422);
  ASSERT_EQ(client->submit(path, path + "/feedback", {{"feedback", "Orientée vers le CPAS"}}).status, 303);
  ASSERT_EQ(client->submit(path, path + "/close", {{"outcome", "information"}}).status, 303);
  soci::session sql(server.app().db.pool());
  auto r = find_request(sql, id);
  EXPECT_EQ(r->status, "closed");
  EXPECT_EQ(r->outcome, "information");
  EXPECT_EQ(r->callback_at, 0) << "a closed request leaves the call-back lists";
  EXPECT_GT(r->feedback_at, 0);
}

TEST_F(HttpHelpdesk, AResponderOrientsToServicesFoundWithTheRequestsThemesAndLanguages) {
  using namespace maillage::directory::fixture;
  std::map<std::string, std::string> term_ids;
  {
    soci::session sql(server.app().db.pool());
    for (auto& t : directory::list_terms(sql)) term_ids[t.code] = t.hsds_id;
  }
  for (auto [id, name, themes] : std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>{
           {"svc-housing", "Logement Schaerbeek", {"housing"}}, {"svc-food", "Colis alimentaires", {"food-aid"}}}) {
    auto s = service(id, name, "1030", themes);
    for (auto& a : s["attributes"]) a["taxonomy_term_id"] = term_ids[a["taxonomy_term_id"].get<std::string>()];
    s["languages"] = json::array({{{"id", "l-" + id}, {"code", "fr"}}});
    ASSERT_EQ(directory::import_json(server.app().db, s, {}).skipped, 0);
  }
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("nord@helpdesk.example");
  auto search = client->get(path + "/orient");
  ASSERT_EQ(search.status, 200);
  EXPECT_NE(search.body.find("Logement Schaerbeek"), std::string::npos);
  EXPECT_EQ(search.body.find("Colis alimentaires"), std::string::npos) << "pre-filled with the request's themes";
  auto r = client->submit(path + "/orient", path + "/orientations", {{"service", "svc-housing"}, {"reason", "Accueil logement"}});
  ASSERT_EQ(r.status, 303);
  soci::session sql(server.app().db.pool());
  auto orientations = orientations_of(sql, id, "fr");
  ASSERT_EQ(orientations.size(), 1u);
  EXPECT_EQ(orientations[0].outcome, "proposed");
  EXPECT_GT(find_request(sql, id)->first_orientation_at, 0);
  ASSERT_EQ(client->submit(path, path + "/orientations/" + std::to_string(orientations[0].id), {{"outcome", "accepted"}}).status, 303);
  r = client->submit(path, path + "/sheet", {{"service", "svc-housing"}, {"sheet_lang", "nl"}, {"email", "as@cpas.example"}, {"action", "send"}});
  ASSERT_EQ(r.status, 303) << r.body;
  server.run_jobs();
  EXPECT_NE(server.last_mail_to("as@cpas.example").find("Logement Schaerbeek"), std::string::npos);
}

TEST_F(HttpHelpdesk, AProfessionalsWebFormGoesToTheLineOfThePersonsBassinAndMyRequestsShowsTheFeedbackOnly) {
  auto pro = server.add_user("pro@example.org", kPassword);
  auto client = logged_in("pro@example.org");
  ASSERT_EQ(client->get("/helpdesk/ask").status, 200);
  auto r = client->submit("/helpdesk/ask", "/helpdesk/ask",
                         {{"person_place", "1190"}, {"person_age_band", "26_39"}, {"themes", "housing"},
                          {"question", "Une famille cherche un hébergement"}, {"requester_contact", "pro@example.org"},
                          {"to", "bassin"}});
  ASSERT_EQ(r.status, 303) << r.body;
  std::int64_t id = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT id FROM helpdesk_requests WHERE requester_user_id = :u", soci::use(pro), soci::into(id);
    auto req = find_request(sql, id);
    EXPECT_EQ(req->line_id, sud);
    EXPECT_EQ(req->channel, "web_form");
  }
  server.run_jobs();
  std::string mail = server.last_mail_to("sud@helpdesk.example");
  EXPECT_NE(mail.find("/helpdesk/requests/" + std::to_string(id)), std::string::npos) << "the line is told";
  EXPECT_EQ(mail.find("hébergement"), std::string::npos) << "without the request's text";
  EXPECT_EQ(client->get("/helpdesk/requests/" + std::to_string(id)).status, 403) << "the request page is the line's";
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto responder = logged_in("sud@helpdesk.example");
  ASSERT_EQ(responder->submit(path, path + "/notes", {{"note", "Note interne du répondant"}}).status, 303);
  ASSERT_EQ(responder->submit(path, path + "/feedback", {{"feedback", "Contactez le service logement de Forest"}}).status, 303);
  auto mine = client->get("/helpdesk/mine");
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("Contactez le service logement de Forest"), std::string::npos);
  EXPECT_EQ(mine.body.find("Note interne"), std::string::npos) << "never the responders' notes";
  // To the regional line when asked.
  r = client->submit("/helpdesk/ask", "/helpdesk/ask", {{"person_place", "1190"}, {"question", "Question régionale"}, {"to", "region"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests WHERE line_id = " + std::to_string(region)), 1);
}

TEST_F(HttpHelpdesk, ThePhoneSystemRecordsACallWithItsLinesTokenAndTheIntakeOpensFilled) {
  std::string token = server.app().db.transact([&](soci::session& sql) { return set_call_token(sql, sud); });
  HttpClient phone(server.url(""));
  EXPECT_EQ(phone.post("/api/helpdesk/calls", {{"caller", "0470 12 34 56"}}).status, 401);
  EXPECT_EQ(phone.post("/api/helpdesk/calls", {{"caller", "0470 12 34 56"}}, {"Authorization: Bearer wrong-token-of-some-length"}).status, 401);
  auto r = phone.post("/api/helpdesk/calls", {{"caller", "0470 12 34 56"}}, {"Authorization: Bearer " + token});
  ASSERT_EQ(r.status, 201) << r.body;
  r = phone.post_raw("/api/helpdesk/calls", R"({"caller":"02 555 66 77"})", "application/json", {"Authorization: Bearer " + token});
  ASSERT_EQ(r.status, 201) << r.body;
  auto client = logged_in("sud@helpdesk.example");
  auto home = client->get("/helpdesk");
  EXPECT_NE(home.body.find("0470 12 34 56"), std::string::npos);
  EXPECT_EQ(logged_in("nord@helpdesk.example")->get("/helpdesk").body.find("0470 12 34 56"), std::string::npos);
  std::int64_t call = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT MIN(id) FROM helpdesk_calls", soci::into(call);
  }
  auto form = client->get("/helpdesk/requests/new?call=" + std::to_string(call));
  EXPECT_NE(form.body.find("value=\"0470 12 34 56\""), std::string::npos);
  auto fields = intake_fields("Question du jour");
  fields["call_id"] = std::to_string(call);
  fields["requester_contact"] = "0470 12 34 56";
  ASSERT_EQ(client->submit("/helpdesk/requests/new?call=" + std::to_string(call), "/helpdesk/requests/new", fields).status, 303);
  EXPECT_EQ(client->get("/helpdesk").body.find("0470 12 34 56"), std::string::npos) << "a call taken leaves the list";
  // A new token replaces the old one.
  server.app().db.transact([&](soci::session& sql) { set_call_token(sql, sud); });
  EXPECT_EQ(phone.post("/api/helpdesk/calls", {{"caller", "1"}}, {"Authorization: Bearer " + token}).status, 401);
}

TEST(HttpHelpdeskDemo, TheDemoRespondersOpenALivingHelpdesk) {
  TestServer server({.seed_demo = true});
  HttpClient region(server.url(""));
  ASSERT_TRUE(region.login("helpdesk@demo.maillage.brussels", "demo-helpdesk-2026"));
  auto home = region.get("/helpdesk");
  ASSERT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("/helpdesk/requests/"), std::string::npos);
  HttpClient sud(server.url(""));
  ASSERT_TRUE(sud.login("helpdesk.sud@demo.maillage.brussels", "demo-helpdesk-sud-2026"));
  home = sud.get("/helpdesk");
  EXPECT_NE(home.body.find("02 000 00 01"), std::string::npos) << "a call reported by the phone system";
  EXPECT_NE(home.body.find("/helpdesk/requests/"), std::string::npos) << "a transfer waiting for Sud";
  HttpClient pro(server.url(""));
  ASSERT_TRUE(pro.login("professional@demo.maillage.brussels", "demo-pro-2026"));
  EXPECT_NE(pro.get("/helpdesk/mine").body.find("bureau d&#39;aide juridique"), std::string::npos);
}

TEST_F(HttpHelpdesk, ALegalHoldNeedsAReasonIsShownOnTheRequestAndIsAuditedWhenPutAndLifted) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("nord@helpdesk.example");
  auto r = client->submit(path, path + "/hold", {{"hold", "1"}, {"reason", ""}});
  EXPECT_EQ(r.status, 422) << "a hold without a reason";
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  r = client->submit(path, path + "/hold", {{"hold", "1"}, {"reason", "Réquisition du parquet 2026/123"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto page = client->get(path);
  EXPECT_NE(page.body.find("Réquisition du parquet 2026/123"), std::string::npos) << "the reason on the request";
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests WHERE legal_hold = 1"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.legal_hold.put'"), 2)
      << "the attempt without a reason read the request too";
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_events WHERE kind = 'legal_hold' AND note = 'Réquisition du parquet "
                  "2026/123'"),
            1)
      << "in the history";
  r = client->submit(path, path + "/hold", {{"hold", "0"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_requests WHERE legal_hold = 0 AND legal_hold_reason = ''"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.legal_hold.lift'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_events WHERE kind = 'legal_hold_lifted'"), 1);
  // Another line's responder cannot put one.
  auto sud_client = logged_in("sud@helpdesk.example");
  EXPECT_EQ(sud_client->post(path + "/hold", {{"_csrf", sud_client->csrf_from(sud_client->get("/helpdesk").body)},
                                              {"hold", "1"}, {"reason", "x"}})
                .status,
            403);
}

namespace {
std::map<std::string, std::string> correction_fields(std::int64_t line_reached) {
  return {{"channel", "email"},           {"line_reached", std::to_string(line_reached)},
          {"requester_organisation", "CPAS de Forest"}, {"requester_function", "Médiatrice"},
          {"requester_sector", "social"}, {"person_age_band", "40_64"},
          {"person_gender", "female"},    {"person_place", "1190"},
          {"person_status", ""},          {"themes", "mental-health"},
          {"complexity", "complex"},      {"action", "save"}};
}
}  // namespace

TEST_F(HttpHelpdesk, AResponderCorrectsTheCodedFieldsAndTheHistoryAndTheAuditKeepOldAndNewValues) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("nord@helpdesk.example");
  auto form = client->get(path + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("value=\"1030\""), std::string::npos) << "the form shows what is recorded";
  EXPECT_EQ(form.body.find("name=\"question\""), std::string::npos) << "the free text is not corrected here";
  auto r = client->submit(path + "/edit", path + "/edit", correction_fields(sud));
  ASSERT_EQ(r.status, 303) << r.body;
  soci::session sql(server.app().db.pool());
  auto req = *find_request(sql, id);
  EXPECT_EQ(req.channel, "email");
  EXPECT_EQ(req.line_reached_id, sud);
  EXPECT_EQ(req.line_id, nord) << "the line handling it stays";
  EXPECT_EQ(req.person_postal_code, "1190");
  EXPECT_EQ(req.person_bassin_slug, "sud");
  EXPECT_EQ(req.themes, (std::vector<std::string>{"mental-health"}));
  EXPECT_EQ(req.complexity, "complex");
  EXPECT_EQ(req.question, "Cherche un logement d'urgence") << "the question stays";
  EXPECT_EQ(req.requester_contact, "02 111 22 33");
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_request_themes WHERE request_id = " + std::to_string(id) +
                  " AND request_received_at = " + std::to_string(req.received_at)),
            1)
      << "the themes' copy of the reception time is kept in step";
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_events WHERE kind = 'corrected' AND note LIKE '%channel: phone -> "
                  "email%' AND note LIKE '%person_postal_code: 1030 -> 1190%'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'helpdesk.request.corrected' AND detail LIKE "
                  "'%themes: housing -> mental-health%'"),
            1);
  auto page = client->get(path);
  EXPECT_NE(page.body.find("channel: phone -&gt; email"), std::string::npos) << "shown in the request's history";
  // The statistics follow the corrected values.
  auto s = compute_statistics(sql, {}, {req.received_at, req.received_at + 1});
  ASSERT_EQ(s.by_theme.size(), 1u);
  EXPECT_EQ(s.by_theme[0].code, "mental-health");
  EXPECT_EQ(s.channels.email, 1);
  // Saving the same values again changes nothing and writes nothing.
  r = client->submit(path + "/edit", path + "/edit", correction_fields(sud));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_events WHERE kind = 'corrected'"), 1);
}

TEST_F(HttpHelpdesk, ACorrectionWithABadPlaceIsShownAgainWithWhatWasTypedAndChangesNothing) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("nord@helpdesk.example");
  auto fields = correction_fields(sud);
  fields["person_place"] = "Atlantis";
  auto r = client->submit(path + "/edit", path + "/edit", fields);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"Atlantis\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Médiatrice\""), std::string::npos);
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_request(sql, id)->channel, "phone");
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_events WHERE kind = 'corrected'"), 0);
}

TEST_F(HttpHelpdesk, AResponderOfAnotherLineCannotCorrectARequest) {
  auto id = nord_request();
  std::string path = "/helpdesk/requests/" + std::to_string(id);
  auto client = logged_in("sud@helpdesk.example");
  EXPECT_EQ(client->get(path + "/edit").status, 403);
  auto fields = correction_fields(sud);
  fields["_csrf"] = client->csrf_from(client->get("/helpdesk").body);
  EXPECT_EQ(client->post(path + "/edit", fields).status, 403);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(find_request(sql, id)->channel, "phone");
}

TEST_F(HttpHelpdesk, AQuarterNamedForThePersonGivesItsCommuneAndItsBassin) {
  server.app().db.transact([&](soci::session& sql) {
    // Louise: a quarter of Bruxelles-Ville (21004, bassin Centre-Ouest by its postal code 1000) in the Sud bassin.
    auto imported = territory::import_quarters(
        sql,
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"test-louise",)"
        R"("name_fr":"Quartier Louise","name_nl":"Louizawijk","commune_nis":"21004","bassin":"sud"},"geometry":)"
        R"({"type":"Polygon","coordinates":[[[4.35,50.83],[4.36,50.83],[4.36,50.84],[4.35,50.84],[4.35,50.83]]]}}]})",
        "test", now_seconds());
    ASSERT_EQ(imported.created, 1) << imported.fatal;
  });
  territory::invalidate_quarter_index(server.app().db);
  auto client = logged_in("sud@helpdesk.example");
  auto form = client->get("/helpdesk/requests/new");
  EXPECT_NE(form.body.find("<option value=\"Quartier Louise\">"), std::string::npos) << "offered as a suggestion";
  auto fields = intake_fields("Cherche un accompagnement");
  fields["person_place"] = "louise";
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  ASSERT_EQ(r.status, 303) << r.body;
  std::int64_t id = std::stoll(r.header("location").substr(19));
  soci::session sql(server.app().db.pool());
  auto req = find_request(sql, id);
  ASSERT_TRUE(req);
  EXPECT_EQ(req->person_quarter_code, "test-louise");
  EXPECT_EQ(req->person_commune_nis, "21004");
  EXPECT_EQ(req->person_bassin_slug, "sud") << "the quarter's bassin, not the postal code's";
  EXPECT_TRUE(req->person_postal_code.empty());
  auto page = client->get(r.header("location"));
  EXPECT_NE(page.body.find("Quartier Louise, Bruxelles"), std::string::npos);
  // The correction form gives the quarter back as typed, and "Quartier Louise" names it too.
  auto edit = client->get("/helpdesk/requests/" + std::to_string(id) + "/edit");
  EXPECT_NE(edit.body.find("value=\"Quartier Louise\""), std::string::npos);
  fields["person_place"] = "Atlantis";
  r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("quartier"), std::string::npos) << "the message names the quarter as a possible answer";
}

TEST_F(HttpHelpdesk, TheIntakeOffersTheSectorsOfTheVocabularyAndARequestKeepsOneRetiredSince) {
  server.add_user("admin@helpdesk.example", kPassword, "admin");
  auto admin = logged_in("admin@helpdesk.example");
  ASSERT_EQ(admin->submit("/admin/sectors", "/admin/sectors", {{"code", "culture"}, {"fr", "Culture"}, {"en", "Culture"}}).status, 303);
  auto client = logged_in("sud@helpdesk.example");
  EXPECT_NE(client->get("/helpdesk/requests/new").body.find("value=\"culture\""), std::string::npos) << "a new sector is offered";
  auto fields = intake_fields("Une question d'une maison de quartier");
  fields["requester_sector"] = "culture";
  auto r = client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields);
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 1500);
  std::string location = r.header("location");
  ASSERT_EQ(admin->submit("/admin/sectors", "/admin/sectors/culture/retire", {{"retired", "1"}}).status, 303);
  EXPECT_EQ(client->get("/helpdesk/requests/new").body.find("value=\"culture\""), std::string::npos) << "retired: no longer offered";
  auto page = client->get(location + "?lang=en");
  EXPECT_NE(page.body.find("Culture"), std::string::npos) << "the request still shows its sector";
  fields["requester_sector"] = "nonsense";
  EXPECT_EQ(client->submit("/helpdesk/requests/new", "/helpdesk/requests/new", fields).status, 422);
}
