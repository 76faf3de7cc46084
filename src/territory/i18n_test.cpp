// Every visible word of the territory's pages comes from the catalogue: the pseudo-locale walk over the map,
// each bassin's page, the zones (list, one zone, the form to create and to edit one) and the form shown again
// with its errors.
#include <gtest/gtest.h>

#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/demo.hpp"
#include "territory/population.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheTerritoryPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto& db = server.app().db;
  db.transact([](soci::session& sql) { territory::seed_demo(sql, now_seconds()); });
  server.add_user("admin@example.org", "a long enough password", "admin");
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Test admin", "—", "·"};
  {
    soci::session sql(db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& c : territory::list_communes(sql)) data.insert(data.end(), {c.name_fr, c.name_nl});
    for (auto& p : territory::list_places(sql)) data.insert(data.end(), {p.label_fr, p.label_nl});
    for (auto& q : territory::list_quarters(sql)) data.insert(data.end(), {q.code, q.name_fr, q.name_nl});
    for (auto& z : territory::list_zones(sql)) data.insert(data.end(), {z.slug, z.name_fr, z.name_nl, z.description});
    data.push_back("Demo figures (order of magnitude of Statbel/IBSA 2024)");
    data.push_back("BIM");
  }
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", "a long enough password"));
  for (std::string path : {"/territory", "/territory/bassins/sud", "/territory/bassins/nord", "/territory/zones",
                           "/territory/zones/rezone", "/territory/zones/new", "/territory/zones/rezone/edit"}) {
    auto r = client.get(path + "?lang=qps");
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
  auto r = client.submit("/territory/zones/new?lang=qps", "/territory/zones/new?lang=qps",
                         {{"slug", "x"}, {"name_fr", ""}, {"kind", "?"}, {"kept_by", "atlantis"}, {"description", std::string(2100, 'a')}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, [&] { auto d = data; d.push_back(std::string(2100, 'a')); return d; }()), "");
}
