// HSDS import and export: the Open Referral examples go in, come out valid, and re-importing changes nothing;
// bad records are reported with their id and reason, never half-written.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using nlohmann::json;
namespace dir = maillage::directory;
namespace fs = std::filesystem;

namespace {
const std::string kFixtures = std::string(MAILLAGE_SOURCE_DIR) + "/tests/fixtures/hsds";

json fixture(const std::string& name) {
  std::ifstream in(kFixtures + "/" + name);
  return json::parse(in);
}

std::string temp_dir() {
  std::random_device rd;
  auto p = fs::temp_directory_path() / ("maillage-hsds-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(p);
  return p.string();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A small Brussels service in HSDS 3.0 shape.
json brussels_service(const std::string& id, const std::string& name) {
  return {{"id", id},
          {"name", name},
          {"status", "active"},
          {"description", "Consultations psychologiques."},
          {"organization", {{"id", "org-" + id}, {"name", "ASBL " + name}, {"description", "Association."}}},
          {"service_at_locations",
           json::array({{{"id", "sal-" + id},
                         {"location",
                          {{"id", "loc-" + id},
                           {"location_type", "physical"},
                           {"name", "Siège"},
                           {"addresses", json::array({{{"id", "addr-" + id},
                                                       {"address_1", "Rue de la Victoire 1"},
                                                       {"city", "Saint-Gilles"},
                                                       {"postal_code", "1060"},
                                                       {"country", "BE"},
                                                       {"address_type", "physical"}}})}}}}})},
          {"languages", json::array({{{"id", "lang-" + id}, {"code", "ar"}, {"name", "Arabic"}}})}};
}

// The same record with every id turned into a UUID (the HSDS schemas ask for the uuid format).
json with_uuids(json j) {
  if (j.is_object()) {
    for (auto& [k, v] : j.items()) {
      if ((k == "id" || k.ends_with("_id")) && v.is_string()) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "5b0e7a3c-8d1f-4d6a-9c2e-%012llx", static_cast<unsigned long long>(std::hash<std::string>{}(v.get<std::string>()) % 0xFFFFFFFFFFFFull));
        v = buf;
      } else {
        v = with_uuids(v);
      }
    }
  } else if (j.is_array()) {
    for (auto& v : j) v = with_uuids(v);
  }
  return j;
}

struct DbDirectoryImport : ::testing::Test {
  TestServer server;
  dir::ImportOptions fr;
  int count(const std::string& table) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }
  json exported(const std::string& id, const std::string& lang = "fr") {
    soci::session sql(server.app().db.pool());
    return dir::export_service(sql, dir::service_id_of(sql, id), lang);
  }
};
}  // namespace

TEST_F(DbDirectoryImport, TheHsdsExamplesImportAndReimportingChangesNothing) {
  auto first = dir::import_path(server.app().db, kFixtures + "/service_full.json", fr);
  EXPECT_EQ(first.created, 1) << first.summary();
  auto csv = dir::import_path(server.app().db, kFixtures + "/csv", fr);
  EXPECT_EQ(csv.skipped, 0) << csv.summary();
  // Settle: the CSV form of the same service may differ a little from the JSON example.
  dir::import_path(server.app().db, kFixtures + "/csv", fr);
  int history = count("directory_history"), changes = count("directory_changes"), texts = count("directory_texts");
  auto again = dir::import_path(server.app().db, kFixtures + "/csv", fr);
  EXPECT_EQ(again.unchanged, 1) << again.summary();
  EXPECT_EQ(again.updated + again.created, 0);
  EXPECT_EQ(count("directory_history"), history);
  EXPECT_EQ(count("directory_changes"), changes);
  EXPECT_EQ(count("directory_texts"), texts);
  auto full = dir::import_path(server.app().db, kFixtures + "/service_full.json", fr);
  auto full_again = dir::import_path(server.app().db, kFixtures + "/service_full.json", fr);
  EXPECT_EQ(full_again.unchanged, 1) << full_again.summary() << " after " << full.summary();
  EXPECT_EQ(count("directory_services"), 1) << "the same id updates, never duplicates";
}

TEST_F(DbDirectoryImport, SourceIdsAndEveryFieldSurviveARoundTrip) {
  auto original = fixture("service_full.json");
  dir::import_json(server.app().db, original, fr);
  auto out = exported(original["id"]);
  EXPECT_EQ(out["id"], original["id"]);
  for (auto* key : {"name", "alternate_name", "description", "url", "email", "status", "interpretation_services",
                    "application_process", "fees_description", "wait_time", "fees", "accreditations",
                    "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses",
                    "alert", "last_modified", "phones", "schedules", "service_areas", "languages", "funding",
                    "cost_options", "program", "required_documents", "contacts"})
    EXPECT_EQ(out[key], original[key]) << key;
  EXPECT_EQ(out["organization"]["legal_status"], original["organization"]["legal_status"]);
  EXPECT_EQ(out["service_at_locations"][0]["location"]["addresses"], original["service_at_locations"][0]["location"]["addresses"]);
  EXPECT_EQ(out["attributes"][0]["taxonomy_term"]["id"], original["attributes"][0]["taxonomy_term"]["id"]);

  // The export, imported into another database, exports identically.
  TestServer other;
  dir::import_json(other.app().db, out, fr);
  soci::session sql(other.app().db.pool());
  EXPECT_EQ(dir::export_service(sql, dir::service_id_of(sql, original["id"]), "fr"), out);
}

TEST_F(DbDirectoryImport, TranslationsAreKeptPerLanguageWithFallback) {
  dir::import_json(server.app().db, brussels_service("ssm-1", "Service de santé mentale"), fr);
  auto nl_source = brussels_service("ssm-1", "Centrum voor geestelijke gezondheidszorg");
  nl_source.erase("description");
  dir::ImportOptions nl;
  nl.lang = "nl";
  auto r = dir::import_json(server.app().db, nl_source, nl);
  EXPECT_EQ(r.updated, 1) << r.summary();
  EXPECT_EQ(exported("ssm-1", "nl")["name"], "Centrum voor geestelijke gezondheidszorg");
  EXPECT_EQ(exported("ssm-1", "nl")["description"], "Consultations psychologiques.") << "missing in nl: falls back to fr";
  EXPECT_EQ(exported("ssm-1", "fr")["name"], "Service de santé mentale");
  EXPECT_EQ(exported("ssm-1", "en")["name"], "Service de santé mentale");
}

TEST_F(DbDirectoryImport, TheChangeLogTellsTheSearchIndexWhatToReindex) {
  dir::import_json(server.app().db, brussels_service("a", "Premier"), fr);
  dir::import_json(server.app().db, brussels_service("b", "Second"), fr);
  soci::session sql(server.app().db.pool());
  auto first = dir::changes_since(sql, 0);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_TRUE(first[0].exists);
  dir::import_json(server.app().db, brussels_service("a", "Premier"), fr);  // unchanged: nothing to reindex
  EXPECT_TRUE(dir::changes_since(sql, first.back().change_id).empty());
  dir::import_json(server.app().db, brussels_service("a", "Premier, renommé"), fr);
  auto next = dir::changes_since(sql, first.back().change_id);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].service_id, dir::service_id_of(sql, "a"));
  EXPECT_EQ(dir::to_search_document(sql, next[0].service_id).name.at("fr"), "Premier, renommé");
}

TEST_F(DbDirectoryImport, APostalCodeGivesTheCommuneAndCareArea) {
  dir::import_json(server.app().db, brussels_service("ssm-2", "SSM"), fr);
  soci::session sql(server.app().db.pool());
  auto doc = dir::to_search_document(sql, dir::service_id_of(sql, "ssm-2"));
  EXPECT_EQ(doc.bassins, std::vector<std::string>{"sud"});
  ASSERT_TRUE(doc.lat);
  EXPECT_NEAR(*doc.lat, 50.83, 0.05);
  EXPECT_EQ(doc.languages, std::vector<std::string>{"ar"});
}

TEST_F(DbDirectoryImport, BrokenJsonIsReportedNotFatal) {
  auto d = temp_dir();
  write(d + "/broken.json", "{\"id\": \"x\", \"name\": ");
  auto r = dir::import_path(server.app().db, d + "/broken.json", fr);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].reason.find("not valid JSON"), std::string::npos);
  auto missing = dir::import_path(server.app().db, d + "/does-not-exist.json", fr);
  EXPECT_EQ(missing.problems.size(), 1u);
  EXPECT_EQ(dir::import_json(server.app().db, json(42), fr).problems.size(), 1u);
  fs::remove_all(d);
}

TEST_F(DbDirectoryImport, ABadRecordIsSkippedWithItsIdAndReasonAndTheOthersGoIn) {
  auto no_name = brussels_service("bad-1", "x");
  no_name.erase("name");
  auto bad_status = brussels_service("bad-2", "Service");
  bad_status["status"] = "closed-forever";
  auto unknown_org = brussels_service("bad-3", "Service");
  unknown_org.erase("organization");
  unknown_org["organization_id"] = "nobody";
  auto half = brussels_service("bad-4", "Service");  // its location is unknown: nothing of it may remain
  half["service_at_locations"] = json::array({{{"id", "sal-x"}, {"location_id", "nowhere"}}});
  json list = json::array({brussels_service("ok-1", "Bon service"), no_name, bad_status, unknown_org, half, "not an object",
                           brussels_service("ok-1", "Duplicate"), brussels_service("ok-2", "Autre service")});
  auto r = dir::import_json(server.app().db, {{"contents", list}}, fr);
  EXPECT_EQ(r.created, 2) << r.summary();
  EXPECT_EQ(r.with_placeholder, 1) << "an unknown organisation keeps its service, on a placeholder: " << r.summary();
  EXPECT_EQ(r.skipped, 5) << r.summary();
  std::map<std::string, std::string> reasons;
  for (auto& p : r.problems) reasons[p.id] += p.reason;
  EXPECT_NE(reasons["bad-1"].find("name"), std::string::npos);
  EXPECT_NE(reasons["bad-2"].find("status"), std::string::npos);
  EXPECT_NE(reasons["bad-3"].find("nobody"), std::string::npos);
  EXPECT_NE(reasons["ok-1"].find("duplicate"), std::string::npos);
  EXPECT_EQ(count("directory_services"), 3);
  soci::session sql(server.app().db.pool());
  EXPECT_EQ(dir::organisation_id_of(sql, "org-bad-4"), 0) << "the refused record left its organisation behind";
  EXPECT_EQ(exported("ok-1")["name"], "Bon service") << "the duplicate did not overwrite the first";
}

TEST_F(DbDirectoryImport, AnAddressOutsideBrusselsIsKeptWithAWarning) {
  auto liege = brussels_service("liege-1", "Service liégeois");
  liege["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "4000";
  auto r = dir::import_json(server.app().db, liege, fr);
  EXPECT_EQ(r.created, 1);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_NE(r.problems[0].reason.find("outside the Brussels-Capital Region"), std::string::npos);
  EXPECT_EQ(exported("liege-1")["service_at_locations"][0]["location"]["addresses"][0]["postal_code"], "4000");
}

TEST_F(DbDirectoryImport, OddUnicodeIsKeptIntact) {
  std::string name = "Ḱ̷oala 🐨 — خدمة — Ünïcödé \u200b zero-width";
  auto r = dir::import_json(server.app().db, brussels_service("uni-1", name), fr);
  EXPECT_EQ(r.created, 1) << r.summary();
  EXPECT_EQ(exported("uni-1")["name"], name);
  EXPECT_EQ(dir::import_json(server.app().db, brussels_service("uni-1", name), fr).unchanged, 1);
}

TEST_F(DbDirectoryImport, OlderTableNamesOfDataPackagesAreAccepted) {
  auto d = temp_dir();
  write(d + "/organizations.csv", "id,name,description\no1,Maison médicale,\"Soins, accueil\"\no2,Sans service,\n");
  write(d + "/services.csv", "id,organization_id,name,status\ns1,o1,Consultations,active\n");
  write(d + "/locations.csv", "id,organization_id,name,latitude,longitude\nl1,o1,Site,50.85,4.35\n");
  write(d + "/physical_addresses.csv", "id,location_id,address_1,city,postal_code,country\na1,l1,Rue Haute 1,Bruxelles,1000,BE\n");
  write(d + "/service_at_location.csv", "id,service_id,location_id\nsl1,s1,l1\n");
  write(d + "/regular_schedules.csv", "id,service_id,weekday,opens_at,closes_at\nr1,s1,Tuesday,09:00,12:30\n");
  write(d + "/holiday_schedules.csv", "id,service_id,closed,start_date,end_date\nh1,s1,true,2026-12-24,2026-12-26\n");
  auto r = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(r.created, 1) << r.summary();
  EXPECT_EQ(r.organisations, 1) << r.summary();
  auto s = exported("s1");
  EXPECT_EQ(s["schedules"][0]["byday"], "TU");
  EXPECT_EQ(s["schedules"][1]["valid_from"], "2026-12-24");
  {
    soci::session sql(server.app().db.pool());
    int closed = 0;
    sql << "SELECT COUNT(*) FROM directory_schedules WHERE is_exception = 1 AND closed = 1", soci::into(closed);
    EXPECT_EQ(closed, 1) << "the holiday closure is an exception to the weekly hours";
  }
  EXPECT_EQ(s["service_at_locations"][0]["location"]["addresses"][0]["address_type"], "physical");
  EXPECT_EQ(s["service_at_locations"][0]["location"]["latitude"], 50.85);
  EXPECT_EQ(s["organization"]["description"], "Soins, accueil");
  fs::remove_all(d);
}

TEST(DirectoryCsv, QuotesCommasAndNewlinesRoundTrip) {
  std::vector<std::string> row = {"plain", "a,b", "say \"hi\"", "two\nlines", ""};
  auto rows = dir::parse_csv("h1,h2,h3,h4,h5\r\n" + dir::csv_line(row));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1], row);
}

TEST_F(DbDirectoryImport, TheExportIsValidAgainstTheHsdsSchemas) {
  dir::import_path(server.app().db, kFixtures + "/service_full.json", fr);
  dir::import_json(server.app().db, with_uuids(brussels_service("ssm", "Service de santé mentale")), fr);
  auto d = temp_dir();
  EXPECT_EQ(dir::export_to_directory(server.app().db, d, "fr"), 2);
  EXPECT_TRUE(fs::exists(d + "/csv/datapackage.json"));
  EXPECT_TRUE(fs::exists(d + "/csv/services.csv"));
  // The CSV package imports back into an empty database with the same services.
  TestServer other;
  auto back = dir::import_path(other.app().db, d + "/csv", fr);
  EXPECT_EQ(back.created, 2) << back.summary();

  std::string source = MAILLAGE_SOURCE_DIR;
  int rc;
  if (fs::exists(source + "/node_modules/ajv-formats") && fs::exists(source + "/node_modules/ajv")) {
    rc = std::system(("node " + source + "/scripts/validate-hsds.mjs " + source + "/tests/fixtures/hsds/schema " + d).c_str());
  } else {
    rc = std::system(("python3 " + source + "/scripts/validate-hsds.py " + source + "/tests/fixtures/hsds/schema " + d).c_str());
  }
  fs::remove_all(d);
  if (WIFEXITED(rc) && WEXITSTATUS(rc) == 77) GTEST_SKIP() << "neither ajv-cli (npm ci) nor python3-jsonschema is installed";
  EXPECT_EQ(rc, 0) << "the export does not validate against schema/compiled/service.json (see the output above)";
}

// Real HSDS 1.x packages from 211 services: datapackage.json beside a data/ folder, services naming an
// organisation the package does not hold, a metadata table. Nothing a source holds may vanish uncounted.
TEST_F(DbDirectoryImport, APackageWhoseTablesSitInADataFolderIsReadAndSaysWhere) {
  auto d = temp_dir();
  fs::create_directories(d + "/data");
  write(d + "/datapackage.json",
        R"({"name":"x","resources":[{"name":"services","path":"services.csv"},{"name":"organizations","path":"organizations.csv"}]})");
  write(d + "/data/organizations.csv", "id,name\no1,CPAS d'Ixelles\n");
  write(d + "/data/services.csv", "id,organization_id,name,status\ns1,o1,Aide sociale générale,active\n");
  auto r = dir::import_path(server.app().db, d + "/datapackage.json", fr);
  EXPECT_TRUE(r.fatal.empty()) << r.summary();
  EXPECT_EQ(r.created, 1) << r.summary();
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].find("/data"), std::string::npos) << r.notes[0];
  fs::remove_all(d);
}

TEST_F(DbDirectoryImport, APackageWhoseTablesAreNowhereIsAnErrorThatImportsNothing) {
  auto d = temp_dir();
  write(d + "/datapackage.json", R"({"resources":[{"name":"services","path":"services.csv"}]})");
  auto r = dir::import_path(server.app().db, d, fr);
  EXPECT_FALSE(r.fatal.empty()) << "the command exits non-zero instead of reporting 0 services read";
  EXPECT_NE(r.summary().find("Nothing imported"), std::string::npos) << r.summary();
  EXPECT_EQ(r.read, 0);
  auto empty = temp_dir();
  EXPECT_FALSE(dir::import_path(server.app().db, empty, fr).fatal.empty()) << "a folder without any CSV table";
  fs::remove_all(d);
  fs::remove_all(empty);
}

TEST_F(DbDirectoryImport, AServiceOfAnOrganisationTheSourceDoesNotHoldIsKeptOnAPlaceholder) {
  auto d = temp_dir();
  write(d + "/organizations.csv", "id,name\no1,Maison médicale du Midi\n");
  write(d + "/services.csv",
        "id,organization_id,name,status\ns1,o1,Consultations,active\ns2,org-404,Permanence juridique,active\n"
        "s3,,Sans nom d'organisation,active\n");
  auto r = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(r.created, 1) << r.summary();
  EXPECT_EQ(r.with_placeholder, 1) << r.summary();
  EXPECT_EQ(r.skipped, 1) << "a service naming no organisation at all is refused, with its reason: " << r.summary();
  EXPECT_EQ(r.read, r.created + r.updated + r.unchanged + r.with_placeholder + r.skipped) << "every record has a fate";
  EXPECT_EQ(exported("s2")["organization"]["name"], "org-404");
  {
    soci::session sql(server.app().db.pool());
    int placeholders = 0;
    sql << "SELECT COUNT(*) FROM organisations WHERE import_placeholder = 1 AND hsds_id = 'org-404'", soci::into(placeholders);
    EXPECT_EQ(placeholders, 1);
  }
  // The next delivery holds the organisation: the placeholder becomes it.
  write(d + "/organizations.csv", "id,name\no1,Maison médicale du Midi\norg-404,Service juridique de quartier\n");
  auto again = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(again.with_placeholder, 0) << again.summary();
  EXPECT_EQ(exported("s2")["organization"]["name"], "Service juridique de quartier");
  soci::session sql(server.app().db.pool());
  int placeholders = 1;
  sql << "SELECT COUNT(*) FROM organisations WHERE import_placeholder = 1", soci::into(placeholders);
  EXPECT_EQ(placeholders, 0);
  fs::remove_all(d);
}

TEST_F(DbDirectoryImport, MetadataRowsBecomeTheRecordsHistoryOnce) {
  auto d = temp_dir();
  write(d + "/organizations.csv", "id,name\no1,SSM Le Méridien\n");
  write(d + "/services.csv", "id,organization_id,name,status\ns1,o1,Consultations,active\n");
  write(d + "/metadata.csv",
        "id,resource_id,resource_type,last_action_date,last_action_type,field_name,previous_value,replacement_value,"
        "updated_by\nm1,s1,service,2023-05-02,update,name,Consultation,Consultations,Jan Peeters\n"
        "m2,s1,service,2024-01-31T10:00:00Z,update,status,inactive,active,211\n");
  auto r = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(r.metadata_kept, 2) << r.summary();
  auto again = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(again.metadata_kept, 0) << again.summary();
  EXPECT_EQ(again.metadata_known, 2) << again.summary();
  soci::session sql(server.app().db.pool());
  std::string by;
  std::int64_t at = 0;
  sql << "SELECT updated_by, at FROM directory_history WHERE record_id = 's1' AND field = 'name' AND new_value = "
         "'Consultations' AND action = 'update' AND old_value = 'Consultation'",
      soci::into(by), soci::into(at);
  EXPECT_EQ(by, "Jan Peeters");
  EXPECT_EQ(at, 1682985600);  // 2023-05-02 00:00 UTC
  fs::remove_all(d);
}

TEST_F(DbDirectoryImport, RowsLinkedToNoRecordAreCountedInTheSummary) {
  auto d = temp_dir();
  write(d + "/organizations.csv", "id,name\no1,Infor-Drogues\n");
  write(d + "/services.csv", "id,organization_id,name,status\ns1,o1,Permanence téléphonique,active\n");
  write(d + "/phones.csv", "id,service_id,number\np1,s1,02 227 52 52\np2,s-gone,02 000 00 00\n");
  auto r = dir::import_path(server.app().db, d, fr);
  EXPECT_EQ(r.unlinked["phones"], 1) << r.summary();
  EXPECT_NE(r.summary().find("1 row(s) of phones linked to no record"), std::string::npos) << r.summary();
  fs::remove_all(d);
}
