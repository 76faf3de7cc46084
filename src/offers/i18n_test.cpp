// Every visible word of the offers' pages comes from the catalogue: the pseudo-locale walk of the platform, run
// here over pages filled with offers, sessions, registrations, a campaign and answers.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "directory/model.hpp"
#include "offers/agreements.hpp"
#include "platform/brussels_time.hpp"
#include "offers/model.hpp"
#include "offers/network.hpp"
#include "offers/questions.hpp"
#include "offers/service.hpp"
#include "territory/model.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"
#include "platform/testing/sector_labels.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers::testing;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheOffersPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  // A community of practice, so that the participation agreement's pages have an agreement to show.
  auto f = published_offer(server, {.type = "community_of_practice", .starts_in = 2 * 86400});
  auto admin = server.add_user("admin@example.org", "a long enough password", "admin");
  server.add_membership(admin, f.organisation, "coordinator");
  // The immersion network's page shows one organisation in the network and one that may join.
  auto other = server.add_organisation("Org", "1060");
  server.add_membership(admin, other, "coordinator");
  std::int64_t registration = 0, campaign = 0, agreement = 0, paper_agreement = 0;
  server.app().db.transact([&](soci::session& sql) {
    sql << "UPDATE users SET name = 'Admin' WHERE id = :id", soci::use(admin);
    offers::RegistrationRequest r;
    r.session_id = f.session;
    r.user_id = admin;
    r.email = "admin@example.org";
    r.name = "Admin";
    r.organisation_name = "Org";
    r.sector = "housing";
    r.email_verified = true;
    r.organisation_id = f.organisation;
    registration = offers::register_for(sql, r, now_seconds()).id;
    offers::join_network(sql, f.organisation, {admin, "Admin"}, now_seconds());
    // The participant agreed; the employer (the same organisation, which the admin coordinates) has not yet.
    agreement = offers::open_community_agreement(sql, registration, now_seconds());
    offers::agree(sql, agreement, {"participant", admin, "Admin"}, now_seconds());
    // Another member whose participant and employer signed on paper, recorded by the organiser.
    r.email = "other@example.org";
    r.name = "Other";
    r.user_id = 0;
    paper_agreement = offers::open_community_agreement(sql, offers::register_for(sql, r, now_seconds()).id, now_seconds());
    offers::agree(sql, paper_agreement, {"participant", admin, "Admin", true, "Other"}, now_seconds());
    offers::agree(sql, paper_agreement, {"employer", admin, "Admin", true, "Signatory", "Function"}, now_seconds());
    r.organisation_id = 0;
    r.user_id = 0;
    r.email = "waiting@example.org";
    r.name = "Waiting";
    sql << "UPDATE registrations SET attendance = 'present' WHERE id = :id", soci::use(registration);
    // A question of the offer's own, and answers, so that the questionnaire and the results show every kind.
    offers::Question own{.offer_id = f.offer, .kind = "choice", .text_fr = "Quel module", .text_nl = "Welke module",
                         .text_en = "Which module", .choices = "Module one|Module two"};
    offers::add_question(sql, own);
    std::int64_t answered_at = now_seconds();
    for (auto& q : offers::questionnaire_of(sql, *offers::find_offer(sql, f.offer))) {
      int score = 4;
      soci::indicator scored = q.kind == "scale" ? soci::i_ok : soci::i_null;
      std::string answer = q.kind == "choice" ? q.choice_list().front() : q.kind == "text" ? "Answer given" : "";
      sql << "INSERT INTO evaluation_answers (registration_id, question_id, score, answer, answered_at) VALUES (:r, :q, "
             ":s, :a, :t)",
          soci::use(registration), soci::use(q.id), soci::use(score, scored), soci::use(answer), soci::use(answered_at);
    }
    std::int64_t week = now_seconds() + 30 * 86400, now = now_seconds();
    sql << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, status, "
           "created_at) VALUES ('sud', 'Campaign', :w, :d, :o, 'published', :c) RETURNING id",
        soci::use(week), soci::use(week), soci::use(now), soci::use(now), soci::into(campaign);
    offers::Offer od;
    od.type = "open_door";
    od.title_fr = "Campaign";
    od.status = "published";
    od.campaign_id = campaign;
    offers::save_offer(sql, od);
    offers::Session s;
    s.offer_id = od.id;
    s.starts_at = week + 86400;
    s.ends_at = s.starts_at + 5400;
    s.place = "Place";
    s.postal_code = "1060";
    s.theme = "Theme";
    s.capacity = 12;
    s.host_organisation_id = f.organisation;
    offers::save_session(sql, s);
    s.id = 0;
    s.status = "proposed";
    offers::save_session(sql, s);
  });
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "admin@example.org", "Admin", "Org",
                                   "Campaign", "Place", "Theme", "Rue de la Victoire 26, 1060 Saint-Gilles",
                                   "Service de santé mentale Le Méridien", "Séance d'information sur le réseau", "PDF", "CSV",
                                   "https://", "Other", "Signatory", "Function"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& p : territory::list_places(sql)) data.insert(data.end(), {p.commune.name_fr, p.commune.name_nl});
    soci::rowset<soci::row> qs = (sql.prepare << "SELECT text_fr, text_nl, text_en, choices FROM evaluation_questions");
    for (auto& q : qs) data.insert(data.end(), {as_text(q, 0), as_text(q, 1), as_text(q, 2)});
    data.insert(data.end(), {"Module one", "Module two", "Answer given"});
    // The offer form lists the directory's themes: vocabulary labels are data.
    for (auto& t : directory::list_terms(sql, "themes")) data.insert(data.end(), {t.label["en"], t.label["fr"]});
  }
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", "a long enough password"));
  client.get("/?lang=qps");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get || (route.pattern.rfind("/offers", 0) != 0 && route.pattern != "/admin/questions")) continue;
    std::string path = route.pattern;
    path = std::regex_replace(path, std::regex(R"(/registrations/\{id\})"), "/registrations/" + std::to_string(registration));
    path = std::regex_replace(path, std::regex(R"(/sessions/\{id\})"), "/sessions/" + std::to_string(f.session));
    path = std::regex_replace(path, std::regex(R"(/agreements/\{id\})"), "/agreements/" + std::to_string(agreement));
    path = std::regex_replace(path, std::regex(R"((/campaigns|/open-door)/\{id\})"), "$1/" + std::to_string(campaign));
    path = std::regex_replace(path, std::regex(R"(\{id\})"), std::to_string(f.offer));
    path = std::regex_replace(path, std::regex(R"(/r/\{token\})"), "/r/" + offers::registration_token(server.app(), registration));
    path = std::regex_replace(path, std::regex(R"(/calendar/\{token\})"), "/calendar/" + offers::calendar_token(server.app(), admin) + ".ics");
    auto r = client.get(path + "?lang=qps");
    if (r.header("content-type").find("text/html") == std::string::npos) continue;
    EXPECT_LT(r.status, 400) << path;  // a page with content, not an error page
    ++pages;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
  }
  // The printable agreement of consents given on paper.
  auto paper = client.get("/offers/agreements/" + std::to_string(paper_agreement) + "?lang=qps");
  EXPECT_EQ(paper.status, 200);
  EXPECT_EQ(catalogue_leak(paper.body, data), "") << "an agreement given on paper shows text outside the catalogue";
  EXPECT_GE(pages, 22);  // with the questionnaire, certificate, question and agreement pages
}

TEST(I18nPseudoLocale, WhatAProfessionalOutsideTheImmersionNetworkSeesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto f = published_offer(server, {.type = "immersion", .visibility = "members"});
  auto org = server.add_organisation("Org", "1060");
  auto user = server.add_user("outsider@example.org", "a long enough password");
  server.add_membership(user, org, "member");
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "outsider@example.org", "Test outsider", "Org"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
  }
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("outsider@example.org", "a long enough password"));
  client.get("/?lang=qps");
  std::vector<std::string> paths = {"/offers", "/offers/" + std::to_string(f.offer), "/offers/immersions/network"};
  for (const auto& path : paths) {
    auto r = client.get(path + "?lang=qps");
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
  HttpClient anonymous(server.url(""));
  auto r = anonymous.get("/offers/" + std::to_string(f.offer) + "?lang=qps");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(catalogue_leak(r.body, data), "");
}
