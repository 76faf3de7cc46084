// Setting the evaluation questionnaire over HTTP: administrators per offer type, organisers for their own offer;
// a bad question is refused with a message in the person's language and the form keeps what was typed.
#include <gtest/gtest.h>

#include <regex>

#include "offers/model.hpp"
#include "offers/questions.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

std::vector<offers::Question> questionnaire(TestServer& server, std::int64_t offer) {
  soci::session sql(server.app().db.pool());
  return offers::questionnaire_of(sql, *offers::find_offer(sql, offer));
}

bool asks(const std::vector<offers::Question>& qs, const std::string& text_fr) {
  for (auto& q : qs)
    if (q.text_fr == text_fr) return true;
  return false;
}
}  // namespace

TEST(HttpOffersQuestions, AnAdministratorAddsAQuestionToAnOfferType) {
  TestServer server;
  auto webinar = published_offer(server, {.type = "webinar"});
  auto training = published_offer(server, {.type = "training"});
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  auto page = admin.get("/admin/questions?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Overall, are you satisfied?"), std::string::npos) << "the questions already set";
  auto r = admin.submit("/admin/questions", "/admin/questions",
                        {{"offer_type", "webinar"}, {"kind", "choice"}, {"text_fr", "Le son était-il clair ?"},
                         {"text_nl", "Was het geluid duidelijk?"}, {"text_en", "Was the sound clear?"},
                         {"choices", "Oui|Non|En partie"}, {"position", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_TRUE(asks(questionnaire(server, webinar.offer), "Le son était-il clair ?"));
  EXPECT_FALSE(asks(questionnaire(server, training.offer), "Le son était-il clair ?")) << "only for webinars";
  auto listed = admin.get("/admin/questions?lang=en");
  auto webinars = listed.body.find("id=\"webinar\"");
  ASSERT_NE(webinars, std::string::npos);
  EXPECT_NE(listed.body.find("Was the sound clear?", webinars), std::string::npos) << "listed under its type";
  // Removing it takes it out of the questionnaire.
  std::smatch m;
  std::string after_heading = listed.body.substr(webinars);
  ASSERT_TRUE(std::regex_search(after_heading, m, std::regex("action=\"(/admin/questions/[0-9]+/remove)\"")));
  EXPECT_EQ(admin.submit("/admin/questions", m[1].str(), {}).status, 303);
  EXPECT_FALSE(asks(questionnaire(server, webinar.offer), "Le son était-il clair ?"));
}

TEST(HttpOffersQuestions, AChoiceQuestionNeedsTwoChoices) {
  TestServer server;
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  int before = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT COUNT(*) FROM evaluation_questions", soci::into(before);
  }
  auto one = admin.submit("/admin/questions?lang=nl", "/admin/questions",
                          {{"offer_type", "immersion"}, {"kind", "choice"}, {"text_fr", "Quel moment ?"}, {"choices", "Matin"}});
  EXPECT_EQ(one.status, 422);
  EXPECT_NE(one.body.find("minstens twee keuzes"), std::string::npos) << "in the person's language";
  EXPECT_NE(one.body.find("Quel moment ?</textarea>"), std::string::npos) << "what was typed is kept";
  EXPECT_NE(one.body.find("value=\"Matin\""), std::string::npos);
  EXPECT_NE(one.body.find("value=\"immersion\" selected"), std::string::npos);
  std::string too_long(501, 'a');
  auto bad = admin.submit("/admin/questions?lang=en", "/admin/questions",
                          {{"offer_type", ""}, {"kind", "poll"}, {"text_fr", ""}, {"text_en", too_long}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Choose the kind of question"), std::string::npos);
  EXPECT_NE(bad.body.find("at most 500 characters"), std::string::npos);
  EXPECT_NE(bad.body.find(too_long + "</textarea>"), std::string::npos) << "even a text too long is shown again";
  auto empty = admin.submit("/admin/questions?lang=fr", "/admin/questions", {{"kind", "scale"}, {"text_fr", "   "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("au moins une langue"), std::string::npos);
  soci::session sql(server.app().db.pool());
  int after = 0;
  sql << "SELECT COUNT(*) FROM evaluation_questions", soci::into(after);
  EXPECT_EQ(after, before) << "nothing saved";
}

TEST(HttpOffersQuestions, AnOrganiserAddsAQuestionToTheirOffer) {
  TestServer server;
  auto f = published_offer(server, {.type = "training"});
  auto other = published_offer(server, {.type = "training"});
  auto organiser = server.add_user("org@example.org", kPassword);
  server.add_membership(organiser, f.organisation, "coordinator");
  HttpClient org(server.url(""));
  ASSERT_TRUE(org.login("org@example.org", kPassword));
  std::string page = "/offers/" + std::to_string(f.offer) + "/evaluations";
  ASSERT_EQ(org.get(page).status, 200);
  auto bad = org.submit(page + "?lang=en", "/offers/" + std::to_string(f.offer) + "/questions",
                        {{"kind", "choice"}, {"text_en", "Which module?"}, {"choices", "|"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("at least two choices"), std::string::npos);
  EXPECT_NE(bad.body.find("Which module?</textarea>"), std::string::npos);
  auto ok = org.submit(page, "/offers/" + std::to_string(f.offer) + "/questions",
                       {{"kind", "choice"}, {"text_fr", "Quel module ?"}, {"choices", "Module 1|Module 2"},
                        {"offer_type", "webinar"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto own = questionnaire(server, f.offer);
  EXPECT_TRUE(asks(own, "Quel module ?"));
  EXPECT_FALSE(asks(questionnaire(server, other.offer), "Quel module ?")) << "not another offer of the same type";
  for (auto& q : own) {
    if (q.text_fr == "Quel module ?") {
      EXPECT_EQ(q.offer_type, "") << "an offer's question belongs to the offer, not a type";
    }
  }
  // Another organisation's coordinator may do neither.
  auto stranger = server.add_user("stranger@example.org", kPassword);
  server.add_membership(stranger, server.add_organisation("Another", "1000"), "coordinator");
  HttpClient other_org(server.url(""));
  ASSERT_TRUE(other_org.login("stranger@example.org", kPassword));
  auto csrf = other_org.csrf_from(other_org.get("/offers/manage").body);
  EXPECT_EQ(other_org.post("/offers/" + std::to_string(f.offer) + "/questions",
                           {{"_csrf", csrf}, {"kind", "scale"}, {"text_fr", "Intrus ?"}}).status, 403);
  // The organiser removes the offer's question but cannot remove a question of every offer.
  auto listed = org.get(page);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(listed.body, m, std::regex("action=\"(/offers/[0-9]+/questions/([0-9]+)/remove)\"")));
  auto seeded = std::to_string(questionnaire(server, f.offer).front().id);
  EXPECT_EQ(org.submit(page, "/offers/" + std::to_string(f.offer) + "/questions/" + seeded + "/remove", {}).status, 404);
  EXPECT_EQ(other_org.post(m[1].str(), {{"_csrf", csrf}}).status, 403);
  EXPECT_EQ(org.submit(page, m[1].str(), {}).status, 303);
  EXPECT_FALSE(asks(questionnaire(server, f.offer), "Quel module ?"));
}
