// After a session, over HTTP: the people marked present are thanked once by e-mail with their private link, and
// reach the questionnaire and the certificate from it, with or without an account; nobody else does.
#include <gtest/gtest.h>

#include <regex>

#include "platform/testing/pdf_text.hpp"
#include "offers/service.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::testing;
using namespace maillage::offers::testing;

namespace {
const std::string kPassword = "a long enough password";

// A session with an organiser, and someone who registered without an account (the API, as the form does).
struct HttpOffersAfterSession : ::testing::Test {
  TestServer server;
  Fixture f = published_offer(server, {.starts_in = 3 * 86400});
  HttpClient org{server.url("")};
  std::string list = "/offers/sessions/" + std::to_string(f.session) + "/registrations";

  void SetUp() override {
    auto organiser = server.add_user("org@example.org", kPassword);
    server.add_membership(organiser, f.organisation, "coordinator");
    ASSERT_TRUE(org.login("org@example.org", kPassword));
  }

  std::int64_t register_anonymously(const std::string& email, const std::string& lang = "fr") {
    HttpClient anon(server.url(""));
    auto r = anon.post_raw("/api/sessions/" + std::to_string(f.session) + "/registrations?lang=" + lang,
                           "{\"name\":\"Anne Dupont\",\"email\":\"" + email + "\",\"organisation\":\"CPAS de Forest\"," +
                               "\"sector\":\"social\"}",
                           "application/json");
    EXPECT_EQ(r.status, 201) << r.body;
    soci::session sql(server.app().db.pool());
    std::int64_t id = 0;
    sql << "SELECT id FROM registrations WHERE email = :e", soci::use(email), soci::into(id);
    // The person confirms the address from the e-mail.
    server.app().db.transact([&](soci::session& w) { offers::confirm_email(w, id, now_seconds()); });
    return id;
  }

  long mark(std::int64_t registration, const std::string& action) {
    return org.submit(list, "/offers/registrations/" + std::to_string(registration) + "/" + action, {}).status;
  }

  int mails_to(const std::string& email, const std::string& subject_part) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    std::string like = "%" + subject_part + "%";
    sql << "SELECT COUNT(*) FROM outbox WHERE recipient = :r AND subject LIKE :s", soci::use(email), soci::use(like),
        soci::into(n);
    return n;
  }

  std::string link_of(std::int64_t registration) {
    return "/offers/r/" + offers::registration_token(server.app(), registration);
  }
};
}  // namespace


TEST_F(HttpOffersAfterSession, MarkingPresentSendsTheEvaluationLinkOnce) {
  auto id = register_anonymously("anne@example.org", "nl");
  EXPECT_EQ(mark(id, "present"), 303);
  EXPECT_EQ(mails_to("anne@example.org", "Bedankt voor uw komst"), 1) << "in the language the person registered in";
  auto body = server.last_mail_to("anne@example.org");
  EXPECT_NE(body.find(link_of(id) + "/evaluation"), std::string::npos) << body;
  EXPECT_NE(body.find(link_of(id) + "/certificate.pdf"), std::string::npos);
  EXPECT_EQ(mark(id, "unmark"), 303);
  EXPECT_EQ(mark(id, "present"), 303);
  EXPECT_EQ(mark(id, "no_show"), 303);
  EXPECT_EQ(mark(id, "present"), 303);
  EXPECT_EQ(mails_to("anne@example.org", "Bedankt voor uw komst"), 1) << "marking again sends nothing more";
  auto absent = register_anonymously("absent@example.org");
  EXPECT_EQ(mark(absent, "no_show"), 303);
  EXPECT_EQ(mails_to("absent@example.org", "Merci d"), 0) << "nobody thanks someone who did not come";
}

TEST_F(HttpOffersAfterSession, APersonWithoutAccountAnswersTheQuestionnaireFromTheirPrivateLink) {
  auto id = register_anonymously("anne@example.org");
  ASSERT_EQ(mark(id, "present"), 303);
  HttpClient anne(server.url(""));
  auto page = anne.get(link_of(id) + "?lang=en");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("href=\"" + link_of(id) + "/evaluation\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"" + link_of(id) + "/certificate.pdf\""), std::string::npos);
  auto form = anne.get(link_of(id) + "/evaluation");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("action=\"" + link_of(id) + "/evaluation\""), std::string::npos);
  std::smatch scale, text;
  ASSERT_TRUE(std::regex_search(form.body, scale, std::regex("name=\"(q[0-9]+)\" value=\"5\"")));
  ASSERT_TRUE(std::regex_search(form.body, text, std::regex("<textarea name=\"(q[0-9]+)\"")));
  auto sent = anne.post(link_of(id) + "/evaluation",
                        {{"_csrf", anne.csrf_from(form.body)}, {scale[1], "5"}, {text[1], "Très concret, merci"}});
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.header("location"), link_of(id)) << "back to the private page, not to a login";
  auto again = anne.get(link_of(id) + "/evaluation?lang=en");
  EXPECT_NE(again.body.find("already answered"), std::string::npos);
  EXPECT_NE(again.body.find("value=\"5\" checked"), std::string::npos) << "the earlier answers are shown again";
  EXPECT_NE(again.body.find("Très concret, merci</textarea>"), std::string::npos);
  auto certificate = anne.get(link_of(id) + "/certificate?lang=en");
  EXPECT_EQ(certificate.status, 200);
  EXPECT_NE(certificate.body.find("Anne Dupont"), std::string::npos);
  auto pdf = anne.get(link_of(id) + "/certificate.pdf?lang=fr");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_NE(maillage::testing::pdf_text(pdf.body).find("Anne Dupont"), std::string::npos) << "the name as written";
  auto results = org.get("/offers/" + std::to_string(f.offer) + "/evaluations?lang=en");
  EXPECT_NE(results.body.find("<td>5.0</td>"), std::string::npos);
  EXPECT_NE(results.body.find("Très concret, merci"), std::string::npos);
}

TEST_F(HttpOffersAfterSession, SomeoneNotPresentCannotReachTheCertificateByLink) {
  auto absent = register_anonymously("absent@example.org");
  auto unmarked = register_anonymously("unmarked@example.org");
  ASSERT_EQ(mark(absent, "no_show"), 303);
  HttpClient visitor(server.url(""));
  for (auto id : {absent, unmarked}) {
    for (std::string page : {"/certificate", "/certificate.pdf", "/evaluation"}) {
      auto r = visitor.get(link_of(id) + page + "?lang=en");
      EXPECT_EQ(r.status, 403) << page;
      EXPECT_NE(r.body.find("Only people marked present"), std::string::npos) << page;
    }
    EXPECT_EQ(visitor.get(link_of(id) + "?lang=en").body.find("/certificate"), std::string::npos)
        << "the private page offers no certificate";
  }
  auto form = visitor.get(link_of(absent));
  EXPECT_EQ(visitor.post(link_of(absent) + "/evaluation", {{"_csrf", visitor.csrf_from(form.body)}, {"q1", "5"}}).status, 403);
  auto forged = link_of(absent);
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  EXPECT_EQ(visitor.get(forged + "/certificate").status, 404) << "a mangled link reaches nothing";
  soci::session sql(server.app().db.pool());
  int answers = 0;
  sql << "SELECT COUNT(*) FROM evaluation_answers", soci::into(answers);
  EXPECT_EQ(answers, 0);
}
