// Every visible word of the caseload's pages comes from the catalogue: the pseudo-locale walk over a team
// coordinator's pages (home, team, settings, requests, a request pending with a service search, a person
// followed with network, scores and contacts, the re-score, contact and week forms, the figures) and the
// forms shown again with their errors.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "caseload/model.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::caseload;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheCaseloadPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto& db = server.app().db;
  auto org = server.add_organisation("Org", "1000");
  std::int64_t team = 0, request = 0, decided = 0, episode = 0;
  db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    Team t;
    t.name = "Team";
    t.kind = "housing_first";
    t.organisation_id = org;
    t.fte = 3;
    team = create_team(sql, t, now);
    Request r;
    r.team_id = team;
    r.received_at = now - 3600;
    r.person_code = "HF-1";
    r.from_sector = "social";
    r.age_band = "40_64";
    r.gender = "female";
    r.reason = "housing";
    r.note = "Note";
    request = create_request(sql, r, now);
    r.person_code = "HF-2";
    decided = create_request(sql, r, now);
    refuse_request(sql, *find_request(sql, decided), "caseload_full", now);
    Episode e;
    e.team_id = team;
    e.person_code = "HF-3";
    e.started_at = now - 200 * 86400;
    e.profiles = {"addiction"};
    episode = create_episode(sql, e, EntryScore{"gaf", 30, e.started_at}, 0, now);
    add_rescore(sql, episode, "gaf", 40, now - 10 * 86400, 0, now);
    add_network_member(sql, episode, org, "housing");
    Contact c;
    c.team_id = team;
    c.episode_id = episode;
    c.occurred_at = now - 60;
    c.contact_type = "home_visit";
    c.duration_minutes = 45;
    c.workers = 2;
    c.reasons = {"housing", "medical"};
    c.note = "Note";
    add_contact(sql, c, now);
    c.missed = "absent";
    c.reasons.clear();
    add_contact(sql, c, now);
  });
  auto coordinator = server.add_user("coord@example.org", "a long enough password", "caseload_coordinator", "team",
                                     std::to_string(team));
  (void)coordinator;
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Org", "Team", "HF-1", "HF-2", "HF-3",
                                   "Note", "Test coord", "caseload.team.read", "caseload.request.read",
                                   "caseload.episode.read", "caseload.requests.read", "★", "—"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  {
    soci::session sql(db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& c : territory::list_communes(sql)) data.insert(data.end(), {c.name_fr, c.name_nl});
  }
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("coord@example.org", "a long enough password"));
  client.get("/?lang=qps");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get || route.pattern.rfind("/caseload", 0) != 0) continue;
    std::string id = route.pattern.rfind("/caseload/requests/", 0) == 0 ? std::to_string(request)
                     : route.pattern.rfind("/caseload/people/", 0) == 0 ? std::to_string(episode)
                                                                         : std::to_string(team);
    std::string path = std::regex_replace(route.pattern, std::regex(R"(\{id\})"), id);
    for (std::string query : {"?lang=qps", "?lang=qps&service_q=zzz"}) {
      auto r = client.get(path + query);
      EXPECT_LT(r.status, 400) << path;
      if (r.header("content-type").find("text/html") == std::string::npos) continue;  // the CSV
      ++pages;
      EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
    }
  }
  EXPECT_GE(pages, 24);
  auto r = client.get("/caseload/requests/" + std::to_string(decided) + "?lang=qps");
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "a refused request";
  // Forms shown again with their errors and the identifying-data findings.
  std::string t = std::to_string(team);
  r = client.submit("/caseload/teams/" + t + "/requests/new?lang=qps", "/caseload/teams/" + t + "/requests/new?lang=qps",
                    {{"received_date", "2026-01-05"}, {"person_code", "HF-9"}, {"note", "NN 85.07.30-033.28 a@b.be"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, [&] { auto d = data; d.insert(d.end(), {"NN 85.07.30-033.28 a@b.be", "a@b.be", "85.07.30-033.28", "HF-9"}); return d; }()), "");
  r = client.submit("/caseload/teams/" + t + "/contacts/new?lang=qps", "/caseload/teams/" + t + "/contacts/new?lang=qps",
                    {{"episode", std::to_string(episode)}, {"date", "bad"}, {"duration", "x"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "");
  r = client.submit("/caseload/teams/" + t + "/settings?lang=qps", "/caseload/teams/" + t + "/settings?lang=qps",
                    {{"fte", "lots"}, {"rescore_min_days", "1"}, {"no_news_days", "1"}, {"retention_months", "0"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "");
}
