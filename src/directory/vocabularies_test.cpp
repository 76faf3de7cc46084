// The directory's words tuned by people: the synonym table coordinators edit and the vocabulary labels
// administrators edit, as rules and over HTTP, and how every server's search follows them.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <thread>

#include "directory/http_fixture.hpp"
#include "directory/search_service.hpp"
#include "directory/vocabularies.hpp"

using namespace maillage;
using namespace maillage::testing;
namespace dir = maillage::directory;
using dir::fixture::service;

namespace {

constexpr const char* kPassword = "a long enough password";

struct HttpDirectoryWords : dir::fixture::HttpDirectory {
  // Services found by the HSDS API for a search (the API reads the same index as the pages).
  int found(const std::string& words) {
    auto r = client.get("/api/hsds/services?search=" + url_encode(words));
    EXPECT_EQ(r.status, 200);
    return nlohmann::json::parse(r.body)["total_items"].get<int>();
  }
  std::unique_ptr<HttpClient> logged_in(const std::string& email, const std::string& grant,
                                        const std::string& scope = "region", const std::string& scope_id = "") {
    server.add_user(email, kPassword, grant, scope, scope_id);
    auto c = std::make_unique<HttpClient>(server.url(""));
    EXPECT_TRUE(c->login(email, kPassword));
    return c;
  }
  std::int64_t group_holding(const std::string& term) {
    soci::session sql(server.app().db.pool());
    for (auto& g : dir::list_synonym_groups(sql))
      for (auto& t : g.terms)
        if (t == term) return g.id;
    return 0;
  }
};

}  // namespace

TEST(DirectorySynonyms, TypedTermsAreSplitOnLinesAndCommasWithoutRepeats) {
  auto terms = dir::parse_synonym_terms("AMO\n  aide en milieu ouvert , hulp in open milieu;\n\namo\nAide en  milieu ouvert");
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_EQ(terms[0], "AMO");
  EXPECT_EQ(terms[1], "aide en milieu ouvert");
  EXPECT_EQ(terms[2], "hulp in open milieu");
}

TEST(DirectorySynonyms, AGroupNeedsTwoTermsWithLettersAndBoundedLengths) {
  EXPECT_NE(dir::synonym_group_problem({"seul"}), nullptr);
  EXPECT_NE(dir::synonym_group_problem({"CPAS", "—"}), nullptr) << "punctuation alone is no word";
  EXPECT_NE(dir::synonym_group_problem({"CPAS", std::string(101, 'a')}), nullptr);
  EXPECT_NE(dir::synonym_group_problem(std::vector<std::string>(21, "x")), nullptr);
  EXPECT_EQ(dir::synonym_group_problem({"CPAS", "OCMW"}), nullptr);
  EXPECT_EQ(dir::synonym_group_problem({"é", "ü"}), nullptr) << "a two-byte letter counts as one character";
}

TEST(DirectoryVocabularies, ATermCodeIsMadeFromItsLabelWithoutAccents) {
  EXPECT_EQ(dir::term_code_from("Santé sexuelle & affective"), "sante-sexuelle-affective");
  EXPECT_EQ(dir::term_code_from("  "), "");
  EXPECT_NE(dir::term_labels_problem({{"nl", "Seksuele gezondheid"}}), nullptr) << "French is required";
  EXPECT_EQ(dir::term_labels_problem({{"fr", "Santé sexuelle"}}), nullptr);
}

TEST_F(HttpDirectoryWords, TheTableStartsWithTheBrusselsAcronyms) {
  add_three();
  EXPECT_NE(group_holding("OCMW"), 0);
  EXPECT_EQ(found("ocmw"), 1) << "OCMW finds the CPAS";
}

TEST_F(HttpDirectoryWords, ACoordinatorAddsASynonymGroupAndTheNextSearchUsesIt) {
  add(service("ma-ix", "Maison d'accueil — Ixelles", "1050", {"homelessness"}));
  EXPECT_EQ(found("herberg"), 0);
  auto coord = logged_in("coord@example.org", "coordinator", "bassin", "sud");
  auto page = coord->get("/directory/synonyms");
  ASSERT_EQ(page.status, 200);
  auto r = coord->submit("/directory/synonyms", "/directory/synonyms",
                        {{"terms", "maison d'accueil\nherberg\nshelter home"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(found("herberg"), 1) << "the Dutch word finds the French service at once";
  EXPECT_EQ(found("shelter homes"), 1) << "plurals too";
  auto id = group_holding("herberg");
  ASSERT_NE(id, 0);
  EXPECT_NE(coord->get("/directory/synonyms").body.find("coord@example.org"), std::string::npos) << "who changed it";
  // The group comes back one term a line, so that saving it unchanged keeps its three terms.
  EXPECT_NE(coord->get("/directory/synonyms").body.find("maison d&#39;accueil\nherberg\nshelter home</textarea>"),
            std::string::npos);
  soci::session sql(server.app().db.pool());
  int audited = 0;
  sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'directory.synonyms.add'", soci::into(audited);
  EXPECT_EQ(audited, 1);
}

TEST_F(HttpDirectoryWords, ARefusedGroupKeepsWhatWasTypedAndSavesNothing) {
  auto coord = logged_in("coord@example.org", "coordinator");
  std::size_t before = 0;
  {
    soci::session sql(server.app().db.pool());
    before = dir::list_synonym_groups(sql).size();
  }
  auto r = coord->submit("/directory/synonyms?lang=en", "/directory/synonyms", {{"terms", "seulement-un-mot"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("seulement-un-mot"), std::string::npos) << "the typed text is still there";
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(r.body.find("at least two"), std::string::npos) << r.body.substr(0, 400);
  auto cpas = group_holding("CPAS");
  auto edit = coord->submit("/directory/synonyms?lang=en", "/directory/synonyms/" + std::to_string(cpas), {{"terms", "CPAS"}});
  EXPECT_EQ(edit.status, 422);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(dir::list_synonym_groups(sql).size(), before);
  EXPECT_NE(group_holding("OCMW"), 0) << "the group refused an edit is unchanged";
}

TEST_F(HttpDirectoryWords, DeletingAGroupEndsTheEquivalenceAndEditingChangesIt) {
  add_three();
  auto coord = logged_in("coord@example.org", "coordinator");
  auto cpas = group_holding("CPAS");
  auto edited = coord->submit("/directory/synonyms", "/directory/synonyms/" + std::to_string(cpas),
                             {{"terms", "CPAS\nOCMW\nsociaal huis"}});
  EXPECT_EQ(edited.status, 303);
  EXPECT_EQ(found("sociaal huis"), 1);
  auto deleted = coord->submit("/directory/synonyms", "/directory/synonyms/" + std::to_string(cpas) + "/delete", {});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(found("ocmw"), 0) << "without the group, OCMW no longer finds the CPAS";
  EXPECT_EQ(coord->submit("/directory/synonyms", "/directory/synonyms/" + std::to_string(cpas) + "/delete", {}).status, 404);
}

TEST_F(HttpDirectoryWords, AProfessionalMayNotEditTheTable) {
  auto pro = logged_in("pro@example.org", "");
  EXPECT_EQ(pro->get("/directory/synonyms").status, 403);
  auto coord = logged_in("coord@example.org", "coordinator");
  EXPECT_EQ(coord->get("/admin/vocabularies").status, 403) << "vocabularies are the administrators'";
}

TEST_F(HttpDirectoryWords, AnAdministratorRenamesATermAndItsServicesAreFoundByTheNewLabel) {
  add_three();
  EXPECT_EQ(found("hebergement"), 0);
  auto admin = logged_in("admin@example.org", "admin");
  ASSERT_EQ(admin->get("/admin/vocabularies").status, 200);
  std::int64_t housing = 0;
  {
    soci::session sql(server.app().db.pool());
    for (auto& t : dir::list_terms(sql, "themes"))
      if (t.code == "housing") housing = t.id;
  }
  auto r = admin->submit("/admin/vocabularies", "/admin/vocabularies/terms/" + std::to_string(housing),
                        {{"fr", "Logement et hébergement"}, {"nl", "Huisvesting en onderdak"}, {"en", "Housing and shelter"}});
  EXPECT_EQ(r.status, 303);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));  // the index catches up at most every 200 ms
  EXPECT_EQ(found("hebergement"), 1) << "the new label is a searchable word of the CPAS";
  auto page = client.get("/directory?lang=nl");
  EXPECT_NE(page.body.find("Huisvesting en onderdak"), std::string::npos) << "the facet shows the new label";
  soci::session sql(server.app().db.pool());
  int history = 0;
  sql << "SELECT COUNT(*) FROM directory_history WHERE record_type = 'taxonomy_term' AND field = 'name.fr'", soci::into(history);
  EXPECT_EQ(history, 1) << "who, when, old and new label";
}

TEST_F(HttpDirectoryWords, AnAdministratorAddsATermThatImportsAndTheApiKnow) {
  auto admin = logged_in("admin@example.org", "admin");
  auto refused = admin->submit("/admin/vocabularies?lang=en", "/admin/vocabularies/terms",
                              {{"taxonomy", "themes"}, {"fr", ""}, {"nl", "Seksuele gezondheid"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Seksuele gezondheid"), std::string::npos) << "what was typed stays";
  auto r = admin->submit("/admin/vocabularies", "/admin/vocabularies/terms",
                        {{"taxonomy", "themes"}, {"fr", "Santé sexuelle"}, {"nl", "Seksuele gezondheid"}, {"en", "Sexual health"}});
  EXPECT_EQ(r.status, 303);
  dir::Term added;
  {
    soci::session sql(server.app().db.pool());
    for (auto& t : dir::list_terms(sql, "themes"))
      if (t.code == "sexual-health") added = t;
  }
  ASSERT_NE(added.id, 0);
  EXPECT_EQ(added.label["nl"], "Seksuele gezondheid");
  EXPECT_EQ(added.hsds_id.size(), 36u) << "a UUID, as HSDS asks";
  auto terms = client.get("/api/hsds/taxonomy_terms?per_page=100");
  EXPECT_NE(terms.body.find(added.hsds_id), std::string::npos);
  term_ids["sexual-health"] = added.hsds_id;
  add(service("cps-br", "Centre de planning — Bruxelles", "1000", {"sexual-health"}));
  EXPECT_EQ(found("sexuelle"), 1);
  EXPECT_EQ(admin->submit("/admin/vocabularies", "/admin/vocabularies/terms",
                         {{"taxonomy", "nope"}, {"fr", "Quelque chose"}}).status, 422)
      << "an unknown vocabulary is refused";
}

TEST(DbDirectorySearch, ASynonymEditedOnOneServerIsUsedByEveryServer) {
  TestServer server;
  dir::SearchService a(server.app().db, ":memory:"), b(server.app().db, ":memory:");
  auto r = dir::import_json(server.app().db, service("ma-ix", "Maison d'accueil — Ixelles", "1050"), {});
  ASSERT_EQ(r.skipped, 0);
  a.catch_up();
  b.catch_up();
  server.app().db.transact([](soci::session& sql) {
    dir::save_synonym_group(sql, 0, {"maison d'accueil", "opvangtehuis"}, "coord@example.org");
  });
  EXPECT_GE(a.catch_up(), 1);
  EXPECT_GE(b.catch_up(), 1);
  dir::search::SearchQuery q;
  q.text = "opvangtehuis";
  EXPECT_EQ(a.search(q).total, 1);
  EXPECT_EQ(b.search(q).total, 1);
  EXPECT_EQ(a.catch_up(), 0) << "an unchanged table is not reloaded";
}

// The two pages hold data (synonyms, labels, codes) around catalogue words: every word that is not data comes
// from the catalogue, refusals included.
TEST(I18nPseudoLocaleDirectory, TheSynonymAndVocabularyPagesComeFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  server.add_user("admin@example.org", kPassword, "admin");
  std::vector<std::string> data = {"Maillage", "admin@example.org", "Test admin", "Français", "Nederlands", "English", "seul"};
  {
    soci::session sql(server.app().db.pool());
    auto words = dir::fixture::vocabulary_words(sql);
    data.insert(data.end(), words.begin(), words.end());
  }
  std::sort(data.begin(), data.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", kPassword));
  client.get("/directory/synonyms?lang=qps");
  ASSERT_EQ(client.submit("/directory/synonyms", "/directory/synonyms", {{"terms", "CPAS\nsociale kaart test"}}).status, 303);
  data.push_back("sociale kaart test");
  for (auto& path : {"/directory/synonyms?lang=qps", "/admin/vocabularies?lang=qps", "/admin?lang=qps"}) {
    auto r = client.get(path);
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
  auto refused = client.submit("/directory/synonyms?lang=qps", "/directory/synonyms?lang=qps", {{"terms", "seul"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(catalogue_leak(refused.body, data), "") << "the refusal";
  auto no_label = client.submit("/admin/vocabularies?lang=qps", "/admin/vocabularies/terms?lang=qps", {{"taxonomy", "themes"}, {"fr", ""}});
  EXPECT_EQ(no_label.status, 422);
  EXPECT_EQ(catalogue_leak(no_label.body, data), "") << "the refused term";
}
