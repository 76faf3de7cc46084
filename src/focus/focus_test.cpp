// A Focus reads the same on paper: its PDF carries the title, the introduction as text, each heading's services as
// the directory holds them now (a closed one marked closed), and a draft stays unseen by visitors.
#include "focus/focus.hpp"

#include <gtest/gtest.h>

#include "directory/http_fixture.hpp"
#include "platform/db.hpp"
#include "platform/testing/pdf_text.hpp"

using namespace maillage;
using maillage::directory::fixture::HttpDirectory;

namespace {
struct HttpFocus : HttpDirectory {
  std::int64_t focus_id = 0;
  void make_focus(const std::string& status) {
    add(directory::fixture::service("svc-ecoute", "Écoute et soutien Ayşe", "1060"));
    add(directory::fixture::service("svc-ferme", "Permanence fermée", "1190"));
    server.app().db.transact([&](soci::session& sql) {
      sql << "UPDATE directory_services SET status = 'defunct' WHERE hsds_id = 'svc-ferme'";
      focus::Focus f;
      f.title = {"Santé mentale : l'offre de soutien", "Geestelijke gezondheid", "Mental health support"};
      f.intro = {"Pour les **professionnel·les** du réseau.\n\n- Écoute\n- Orientation", "", ""};
      f.status = status;
      focus_id = focus::save_focus(sql, f, now_seconds());
      auto heading = focus::add_heading(sql, focus_id, {"Écouter", "Luisteren", "Listening"});
      focus::add_service(sql, heading, directory::service_id_of(sql, "svc-ecoute"));
      focus::add_service(sql, heading, directory::service_id_of(sql, "svc-ferme"));
    });
  }
};
}  // namespace

TEST_F(HttpFocus, ThePdfHoldsTheIntroductionAndTheServicesAsTheDirectoryHasThem) {
  make_focus("published");
  auto pdf = client.get("/focus/" + std::to_string(focus_id) + "/focus.pdf?lang=fr");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  auto text = maillage::testing::pdf_text(pdf.body);
  EXPECT_NE(text.find("Santé mentale : l'offre de soutien"), std::string::npos) << text;
  EXPECT_NE(text.find("Pour les professionnel·les du réseau."), std::string::npos) << "Markdown as plain text: " << text;
  EXPECT_NE(text.find("• Écoute"), std::string::npos) << text;
  EXPECT_NE(text.find("Écouter"), std::string::npos) << text;
  EXPECT_NE(text.find("Écoute et soutien Ayşe"), std::string::npos) << "every letter kept: " << text;
  EXPECT_NE(text.find("Permanence fermée"), std::string::npos) << text;
  EXPECT_NE(text.find("(Fermé"), std::string::npos) << "the closed service says so: " << text;
  auto nl = maillage::testing::pdf_text(client.get("/focus/" + std::to_string(focus_id) + "/focus.pdf?lang=nl").body);
  EXPECT_NE(nl.find("Geestelijke gezondheid"), std::string::npos) << nl;
  EXPECT_NE(nl.find("Pour les professionnel·les"), std::string::npos) << "an empty translation falls back to French";
}

TEST_F(HttpFocus, ADraftHasNoPdfForVisitors) {
  make_focus("draft");
  EXPECT_EQ(client.get("/focus/" + std::to_string(focus_id) + "/focus.pdf").status, 404);
  EXPECT_EQ(client.get("/focus/999999/focus.pdf").status, 404);
}
