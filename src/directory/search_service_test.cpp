// The live search: the Xapian index follows the database through the change log, on every server.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "directory/hsds.hpp"
#include "directory/http_fixture.hpp"
#include "directory/search_service.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using nlohmann::json;
namespace dir = maillage::directory;

namespace {
json service(const std::string& id, const std::string& name) { return dir::fixture::service(id, name, "1060"); }

int found(dir::SearchService& s, const std::string& text) {
  dir::search::SearchQuery q;
  q.text = text;
  return s.search(q).total;
}

void import(TestServer& server, const json& s) {
  auto r = dir::import_json(server.app().db, s, {});
  ASSERT_EQ(r.skipped, 0) << r.summary();
}
}  // namespace

TEST(DbDirectorySearch, AChangeIsSearchableWithinASecondOfItsCommit) {
  TestServer server;
  auto& search = dir::search_service(server.app());
  import(server, service("s1", "Épicerie sociale du Parvis"));
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  EXPECT_EQ(found(search, "epicerie parvis"), 1);
  import(server, service("s1", "Restaurant social du Parvis"));
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  EXPECT_EQ(found(search, "restaurant parvis"), 1);
  EXPECT_EQ(found(search, "epicerie"), 0) << "the old name is gone from the index";
}

TEST(DbDirectorySearch, EachServerCatchesUpFromTheSharedChangeLog) {
  TestServer server;
  // Two servers on one database: each keeps its own index.
  dir::SearchService a(server.app().db, ":memory:"), b(server.app().db, ":memory:");
  import(server, service("s2", "Maison médicale des Marolles"));
  EXPECT_EQ(a.catch_up(), 1);
  EXPECT_EQ(b.catch_up(), 1);
  EXPECT_EQ(found(a, "wijkgezondheidscentrum"), 1) << "synonyms apply on every server";
  EXPECT_EQ(found(b, "maison medicale"), 1);
  EXPECT_EQ(a.catch_up(), 0) << "nothing new, nothing applied";
}

TEST(DbDirectorySearch, AnIndexOnDiskResumesFromWhereItStopped) {
  TestServer server;
  auto dir_path = std::filesystem::temp_directory_path() / ("maillage-index-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir_path);
  import(server, service("s3", "Service de santé mentale — Forest"));
  {
    dir::SearchService first(server.app().db, dir_path.string());
    EXPECT_EQ(first.size(), 1u) << "an empty index is built from the database";
  }
  import(server, service("s4", "Centre de jour — Uccle"));
  dir::SearchService again(server.app().db, dir_path.string());
  EXPECT_EQ(again.size(), 2u) << "reopened, it applies only the changes made since";
  EXPECT_EQ(found(again, "ssm forest"), 1);
  EXPECT_EQ(again.rebuild(), 2u);
  std::filesystem::remove_all(dir_path);
}

TEST(DbDirectorySearch, APhraseAddedToTheSynonymsIsMarkedOnTheServicesHoldingIt) {
  TestServer server;
  dir::SearchService search(server.app().db, ":memory:");
  import(server, service("ma-ix", "Maison d'accueil — Ixelles"));
  import(server, service("ma-sch", "Maison d'enfants — Schaerbeek"));
  search.catch_up();
  EXPECT_TRUE(search.unmarked_phrases().empty()) << "the defaults were marked when the index was built";
  server.app().db.transact([](soci::session& sql) {
    dir::save_synonym_group(sql, 0, {"maison d'accueil", "opvangtehuis"}, "coord@example.org");
  });
  search.catch_up();
  EXPECT_TRUE(search.unmarked_phrases().empty()) << "the services holding its words were indexed again";
  EXPECT_EQ(found(search, "opvangtehuis"), 1) << "the phrase, not the children's home that only has its words";
}
