// Test support for the directory's HTTP tests: a service as HSDS JSON, and a server with the vocabularies'
// term ids at hand to import services carrying terms by their codes.
#pragma once
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/vocabularies.hpp"
#include "platform/testing/test_server.hpp"

namespace maillage::directory::fixture {

using nlohmann::json;
using maillage::testing::HttpClient;
using maillage::testing::TestServer;

// The words of the vocabularies and the synonym table: data administrators and coordinators edit, which the
// pseudo-locale walks accept on a page.
inline std::vector<std::string> vocabulary_words(soci::session& sql) {
  std::vector<std::string> words;
  for (auto& g : list_synonym_groups(sql)) {
    words.insert(words.end(), g.terms.begin(), g.terms.end());
    // The page shows a group's terms in one run of text: taken whole, one term is not half-removed by another
    // group's term that straddles two of them ("care home nursing home" holds "home nursing").
    std::string run;
    for (auto& t : g.terms) run += (run.empty() ? "" : " ") + t;
    words.push_back(run);
  }
  for (auto& t : list_terms(sql)) {
    words.push_back(t.code);
    for (auto& [l, v] : t.label) words.push_back(v);
  }
  soci::rowset<soci::row> names = (sql.prepare << "SELECT value FROM directory_texts WHERE record_type = 'taxonomy'");
  for (auto& r : names) words.push_back(r.get<std::string>(0));
  return words;
}

inline json service(const std::string& id, const std::string& name, const std::string& postal_code,
             std::vector<std::string> term_codes = {}, const std::string& org = "") {
  json attributes = json::array();
  for (auto& c : term_codes) attributes.push_back({{"id", id + "-" + c}, {"taxonomy_term_id", c}});
  return {{"id", id},
          {"name", name},
          {"status", "active"},
          {"description", "Accueil et accompagnement."},
          {"organization", {{"id", org.empty() ? "org-" + id : org}, {"name", "ASBL " + name}, {"description", ""}}},
          {"phones", json::array({{{"id", "ph-" + id}, {"number", "02 000 00 01"}}})},
          {"schedules", json::array({{{"id", "sc-" + id}, {"byday", "MO,WE"}, {"opens_at", "09:00"}, {"closes_at", "12:00"}}})},
          {"service_at_locations",
           json::array({{{"id", "sal-" + id},
                         {"location",
                          {{"id", "loc-" + id},
                           {"location_type", "physical"},
                           {"addresses", json::array({{{"id", "a-" + id}, {"address_1", "Rue 1"}, {"city", "Bruxelles"},
                                                       {"postal_code", postal_code}, {"country", "BE"}}})}}}}})},
          {"attributes", attributes}};
}

struct HttpDirectory : ::testing::Test {
  TestServer server;
  HttpClient client{server.url("")};
  std::map<std::string, std::string> term_ids;  // code -> HSDS id

  void SetUp() override {
    soci::session sql(server.app().db.pool());
    for (auto& t : directory::list_terms(sql)) term_ids[t.code] = t.hsds_id;
  }
  void add(json s) {
    for (auto& a : s["attributes"]) a["taxonomy_term_id"] = term_ids[a["taxonomy_term_id"].get<std::string>()];
    auto r = directory::import_json(server.app().db, s, {});
    ASSERT_EQ(r.skipped, 0) << r.summary();
  }
  // An editor of the SSM of Saint-Gilles (after add_three) and the coordinator of its care area, Sud.
  void add_ssm_editor_and_sud_coordinator(const std::string& editor_email) {
    std::int64_t org = 0;
    {
      soci::session sql(server.app().db.pool());
      org = organisation_id_of(sql, "org-ssm-sg");
    }
    auto editor = server.add_user(editor_email, kPassword);
    server.add_membership(editor, org, "editor");
    server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  }
  static constexpr const char* kPassword = "a long enough password";
  void add_three() {
    add(service("ssm-sg", "Service de santé mentale — Saint-Gilles", "1060", {"mental-health", "interpreting"}));
    add(service("cpas-and", "CPAS — Anderlecht", "1070", {"housing", "free"}));
    add(service("rest-lae", "Restaurant social — Laeken", "1020", {"food-aid", "free"}));
  }
};

}  // namespace maillage::directory::fixture
