// The responder's guide: safe Markdown, the history of every edit, the search, the languages' fallback, and who
// reads and who edits.
#include <gtest/gtest.h>

#include "helpdesk/guide.hpp"
#include "helpdesk/lines.hpp"
#include "platform/db.hpp"
#include "platform/markdown.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using namespace maillage::testing;

namespace {
constexpr const char* kPassword = "a long enough password";

std::string line_id_of(TestServer& server, const char* code) {
  soci::session sql(server.app().db.pool());
  return std::to_string(find_line_by_code(sql, code)->id);
}
}  // namespace

TEST(HelpdeskGuide, MarkdownIsRenderedWithoutRawHtmlNorScriptLinks) {
  auto html = markdown_to_html("# Title\n\nSome **bold** text.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
  EXPECT_NE(html.find("<h1>Title</h1>"), std::string::npos);
  EXPECT_NE(html.find("<strong>bold</strong>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_NE(markdown_to_html("a <b onclick=\"x()\">b</b>").find("raw HTML omitted"), std::string::npos);
}

TEST(HelpdeskGuide, ATextFallsBackToFrenchThenToAnyLanguage) {
  GuidePage p;
  p.body_nl = "Tekst";
  EXPECT_EQ(p.body("fr"), "Tekst");
  EXPECT_EQ(p.body_language("en"), "nl");
  p.body_fr = "Texte";
  EXPECT_EQ(p.body("en"), "Texte");
  EXPECT_EQ(p.body("nl"), "Tekst");
  EXPECT_EQ(guide_link("crise-sante-mentale"), "/helpdesk/guide/crise-sante-mentale");
  EXPECT_EQ(slug_from("Crise en santé mentale : les numéros"), "crise-en-sante-mentale-les-numeros");
  p.slug = "Not A Slug";
  p.title_fr = "Titre";
  EXPECT_NE(check_guide_page(p), nullptr);
  p.slug = "titre";
  EXPECT_EQ(check_guide_page(p), nullptr);
}

TEST(DbHelpdeskGuide, EveryEditIsKeptWithTheTextItReplacedAndTheSearchFoldsAccents) {
  TestServer server;
  auto author = server.add_user("a@example.org", kPassword), editor = server.add_user("b@example.org", kPassword);
  auto& db = server.app().db;
  GuidePage p;
  p.slug = "sante-mentale";
  p.title_fr = "Santé mentale";
  p.body_fr = "Première version";
  p.id = db.transact([&](soci::session& sql) { return save_guide_page(sql, p, author, 1000); });
  ASSERT_GT(p.id, 0);
  EXPECT_EQ(db.transact([&](soci::session& sql) { GuidePage again = p; again.id = 0; return save_guide_page(sql, again, author, 1001); }), 0)
      << "a slug is one page";
  p.body_fr = "Deuxième version, urgences psychiatriques";
  db.transact([&](soci::session& sql) { save_guide_page(sql, p, editor, 2000); });
  soci::session sql(db.pool());
  auto history = guide_history(sql, p.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].page.body_fr, "Deuxième version, urgences psychiatriques");
  EXPECT_EQ(history[0].edited_by_name, "Test b");
  auto previous = previous_revision(sql, history[0]);
  ASSERT_TRUE(previous);
  EXPECT_EQ(previous->page.body_fr, "Première version");
  EXPECT_EQ(previous->edited_by_name, "Test a");
  EXPECT_FALSE(previous_revision(sql, history[1]));
  EXPECT_EQ(search_guide(sql, "SANTE", "fr").size(), 1u);
  EXPECT_EQ(search_guide(sql, "psychiatrique urgence", "fr").size(), 1u) << "every word, anywhere in the text";
  EXPECT_EQ(search_guide(sql, "première", "fr").size(), 0u) << "the search reads the current text";
  EXPECT_EQ(search_guide(sql, "logement", "fr").size(), 0u);
}

class HttpHelpdeskGuide : public ::testing::Test {
 protected:
  void SetUp() override {
    server.app().db.transact([](soci::session& sql) { ensure_default_lines(sql, now_seconds()); });
    server.add_user("responder@example.org", kPassword, "responder", "line", line_id_of(server, "sud"));
    server.add_user("coordinator@example.org", kPassword, "coordinator", "bassin", "nord");
    server.add_user("pro@example.org", kPassword);
    ASSERT_TRUE(responder.login("responder@example.org", kPassword));
    ASSERT_TRUE(coordinator.login("coordinator@example.org", kPassword));
    ASSERT_TRUE(pro.login("pro@example.org", kPassword));
  }
  TestServer server;
  HttpClient responder{server.url("")}, coordinator{server.url("")}, pro{server.url("")};
};

TEST_F(HttpHelpdeskGuide, AScriptInAPageIsShownAsTextNeverRunAsHtml) {
  auto r = responder.submit("/helpdesk/guide/new", "/helpdesk/guide/new",
                            {{"title_fr", "Numéros utiles"}, {"body_fr", "Appeler le **112**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>"},
                             {"line_id", "0"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/helpdesk/guide/numeros-utiles");
  auto page = responder.get("/helpdesk/guide/numeros-utiles");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<strong>112</strong>"), std::string::npos);
  EXPECT_EQ(page.body.find("alert('x')"), std::string::npos);
  EXPECT_EQ(page.body.find("onerror"), std::string::npos);
  EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);
}

TEST_F(HttpHelpdeskGuide, RespondersEditCoordinatorsReadAndTheHistoryShowsThePreviousText) {
  ASSERT_EQ(responder.submit("/helpdesk/guide/new", "/helpdesk/guide/new",
                             {{"slug", "accueil"}, {"title_fr", "Accueil"}, {"title_nl", "Onthaal"}, {"body_fr", "Ancien texte"},
                              {"body_nl", "Oude tekst"}, {"line_id", line_id_of(server, "sud")}}).status, 303);
  EXPECT_EQ(responder.submit("/helpdesk/guide/accueil/edit", "/helpdesk/guide/accueil/edit",
                             {{"title_fr", "Accueil"}, {"title_nl", "Onthaal"}, {"body_fr", "Nouveau texte"}, {"body_nl", "Oude tekst"},
                              {"line_id", line_id_of(server, "sud")}}).status, 303);
  EXPECT_NE(coordinator.get("/helpdesk/guide/accueil").body.find("Nouveau texte"), std::string::npos);
  EXPECT_NE(coordinator.get("/helpdesk/guide/accueil?lang=nl").body.find("Oude tekst"), std::string::npos);
  EXPECT_EQ(coordinator.get("/helpdesk/guide/accueil/edit").status, 403) << "coordinators read, responders edit";
  EXPECT_EQ(pro.get("/helpdesk/guide/accueil").status, 403) << "the guide is for the helpdesk";
  EXPECT_EQ(pro.get("/helpdesk/guide").status, 403);
  auto history = coordinator.get("/helpdesk/guide/accueil/history");
  ASSERT_EQ(history.status, 200);
  auto link = history.body.find("/helpdesk/guide/accueil/history/");
  ASSERT_NE(link, std::string::npos);
  std::string path = history.body.substr(link, history.body.find('"', link) - link);
  auto version = coordinator.get(path);
  ASSERT_EQ(version.status, 200);
  EXPECT_NE(version.body.find("Nouveau texte"), std::string::npos);
  EXPECT_NE(version.body.find("Ancien texte"), std::string::npos) << "the newest version shows the text it replaced";
  auto found = coordinator.get("/helpdesk/guide?q=nouveau");
  EXPECT_NE(found.body.find("/helpdesk/guide/accueil"), std::string::npos);
  auto none = coordinator.get("/helpdesk/guide?q=introuvable");
  EXPECT_EQ(none.body.find("/helpdesk/guide/accueil\""), std::string::npos);
  auto taken = responder.submit("/helpdesk/guide/new", "/helpdesk/guide/new", {{"slug", "accueil"}, {"title_fr", "Autre"}, {"body_fr", "Gardé"}});
  EXPECT_EQ(taken.status, 422);
  EXPECT_NE(taken.body.find("Gardé"), std::string::npos) << "the typed text is not lost";
}
