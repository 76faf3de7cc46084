// Every visible word of the helpdesk's pages comes from the catalogue: the pseudo-locale walk over a
// responder's pages (home with calls, call-backs and a transfer waiting, intake, a request with orientations,
// notes, a transfer and an unmet need, the directory search from the request) and a professional's.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "directory/http_fixture.hpp"
#include "helpdesk/calls.hpp"
#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/db.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::helpdesk;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheHelpdeskPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto& db = server.app().db;
  std::int64_t nord = 0, sud = 0;
  db.transact([&](soci::session& sql) {
    ensure_default_lines(sql, now_seconds());
    nord = find_line_by_code(sql, "nord")->id;
    sud = find_line_by_code(sql, "sud")->id;
  });
  {
    using namespace maillage::directory::fixture;
    soci::session sql(db.pool());
    std::map<std::string, std::string> ids;
    for (auto& t : directory::list_terms(sql)) ids[t.code] = t.hsds_id;
    auto s = service("svc-housing", "Service", "1020", {"housing"});
    for (auto& a : s["attributes"]) a["taxonomy_term_id"] = ids[a["taxonomy_term_id"].get<std::string>()];
    ASSERT_EQ(directory::import_json(db, s, {}).skipped, 0);
  }
  auto org = server.add_organisation("Org", "1020");
  auto responder = server.add_user("nord@example.org", "a long enough password", "responder", "line", std::to_string(nord));
  server.add_user("sud@example.org", "a long enough password", "responder", "line", std::to_string(sud));
  auto pro = server.add_user("pro@example.org", "a long enough password");
  server.add_membership(pro, org, "member");
  std::int64_t request = 0, incoming = 0;
  std::vector<std::string> references;
  db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    OrientationRequest r;
    r.line_id = r.line_reached_id = nord;
    r.requester_organisation_id = org;
    r.requester_function = "Function";
    r.requester_sector = "social";
    r.requester_contact = "contact@example.org";
    r.person_age_band = "26_39";
    r.person_gender = "female";
    r.person_postal_code = "1020";
    r.person_languages = {"fr", "ar"};
    r.person_status = "asylum_seeker";
    r.themes = {"housing"};
    r.complexity = "complex";
    r.question = "Question";
    r.callback_at = now + 60;
    r.callback_user_id = responder;
    request = create_request(sql, r, now);
    auto req = *find_request(sql, request);
    add_orientation(sql, req, directory::service_id_of(sql, "svc-housing"), "Reason", responder, now);
    add_note(sql, req, "contact", "Note", responder, now);
    give_feedback(sql, req, "Feedback", responder, now);
    flag_unmet_need(sql, req, {.themes = {"housing"}, .summary = "Summary"}, responder, now);
    propose_transfer(sql, req, sud, "Reason", responder, now);
    answer_transfer(sql, pending_transfer(sql, request)->id, false, "Answer", 0, now);
    // A request of Sud proposed to Nord waits on Nord's home page; a professional's request; a call.
    r.line_id = r.line_reached_id = sud;
    incoming = create_request(sql, r, now);
    propose_transfer(sql, *find_request(sql, incoming), nord, "Reason", 0, now);
    r.requester_user_id = pro;
    r.channel = "web_form";
    auto mine = create_request(sql, r, now);
    give_feedback(sql, *find_request(sql, mine), "Feedback", 0, now);
    record_call(sql, nord, now, "Caller", now);
    for (auto id : {request, incoming, mine}) references.push_back(find_request(sql, id)->reference);
    // Enough open requests with call-backs on Nord for the home's lists to show their page links.
    r.line_id = r.line_reached_id = nord;
    r.requester_user_id = 0;
    r.channel = "phone";
    for (int i = 0; i < 21; ++i) references.push_back(find_request(sql, create_request(sql, r, now))->reference);
  });
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Org", "Function", "Question",
                                   "Reason", "Note", "Feedback", "Summary", "Answer", "Caller", "Service", "ASBL Service",
                                   "contact@example.org", "Test nord", "Test sud", "Test pro", "pro@example.org",
                                   "NN 85.07.30-033.28 a@b.be", "a@b.be"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  data.insert(data.end(), references.begin(), references.end());
  {
    soci::session sql(db.pool());
    for (auto& l : list_lines(sql)) data.insert(data.end(), {l.name_en, l.name_fr, l.name_nl});
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& p : territory::list_places(sql)) data.insert(data.end(), {p.commune.name_fr, p.commune.name_nl});
    auto words = directory::fixture::vocabulary_words(sql);
    data.insert(data.end(), words.begin(), words.end());
  }
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("nord@example.org", "a long enough password"));
  client.get("/?lang=qps");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get || route.pattern.rfind("/helpdesk", 0) != 0) continue;
    // The lines, rota and guide pages have their own walk (rota_i18n_test.cpp), with the fixtures they need.
    if (route.pattern.rfind("/helpdesk/lines", 0) == 0 || route.pattern.rfind("/helpdesk/rota", 0) == 0 ||
        route.pattern.rfind("/helpdesk/guide", 0) == 0)
      continue;
    std::string path = std::regex_replace(route.pattern, std::regex(R"(\{id\})"), std::to_string(request));
    for (std::string query : {"?lang=qps", "?lang=qps&requester_organisation=Or"}) {
      auto r = client.get(path + query);
      EXPECT_LT(r.status, 400) << path;
      if (r.header("content-type").find("text/html") == std::string::npos) continue;  // the statistics' CSV
      ++pages;
      EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
    }
  }
  EXPECT_GE(pages, 12);
  // The form shown again with errors and the identifying-data findings; the receiving line's view.
  auto r = client.submit("/helpdesk/requests/new?lang=qps", "/helpdesk/requests/new?lang=qps",
                         {{"channel", "phone"}, {"received_date", "2026-01-05"}, {"received_time", "10:00"},
                          {"question", "NN 85.07.30-033.28 a@b.be"}, {"person_place", "1020"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the intake's findings show text outside the catalogue";
  r = client.get("/helpdesk/requests/" + std::to_string(incoming) + "?lang=qps");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the receiving line's view shows text outside the catalogue";
  HttpClient professional(server.url(""));
  ASSERT_TRUE(professional.login("pro@example.org", "a long enough password"));
  for (std::string path : {"/helpdesk/ask", "/helpdesk/mine"}) {
    r = professional.get(path + "?lang=qps");
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
}
