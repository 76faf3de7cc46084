// Bruxelles Social import: records with French and Dutch pairs land in both languages, their categories map
// onto ours or stay as extra ones, a second import changes nothing, and a file of another shape is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "directory/bruxelles_social.hpp"
#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/texts.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using nlohmann::json;
namespace dir = maillage::directory;
namespace fs = std::filesystem;

namespace {
const std::string kFixture = std::string(MAILLAGE_SOURCE_DIR) + "/tests/fixtures/bruxelles-social/organisations.json";

json fixture() {
  std::ifstream in(kFixture);
  return json::parse(in);
}

std::string temp_file(const std::string& text) {
  std::random_device rd;
  auto p = fs::temp_directory_path() / ("maillage-bxl-" + std::to_string(rd()) + std::to_string(rd()) + ".json");
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

struct DbBruxellesSocialImport : ::testing::Test {
  TestServer server;
  dir::BruxellesSocialOptions options;
  int count(const std::string& table) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }
  json exported(const std::string& record_id, const std::string& lang) {
    soci::session sql(server.app().db.pool());
    auto id = dir::service_id_of(sql, "bruxelles-social:" + record_id);
    return id ? dir::export_service(sql, id, lang) : json();
  }
};
}  // namespace

TEST_F(DbBruxellesSocialImport, FrenchAndDutchTextsLandInBothLanguages) {
  auto r = dir::import_bruxelles_social(server.app().db, kFixture, options);
  EXPECT_EQ(r.read, 10) << r.summary();
  EXPECT_EQ(r.created, 10) << r.summary();
  EXPECT_EQ(r.skipped, 0) << r.summary();
  auto fr = exported("13219", "fr"), nl = exported("13219", "nl");
  ASSERT_TRUE(fr.is_object());
  EXPECT_EQ(fr["name"], "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK");
  EXPECT_EQ(nl["name"], "COÖRDINATIE VAN DE SCHAARBEEKSE SOCIALE ACTIE");
  EXPECT_NE(fr["description"].get<std::string>().find("Schaerbeek"), std::string::npos) << "activities are the description";
  EXPECT_NE(nl["description"].get<std::string>().find("Schaarbeek"), std::string::npos);
  EXPECT_EQ(fr["application_process"], "Par e-mail\nPar téléphone") << "access conditions";
  EXPECT_EQ(nl["application_process"], "Per e-mail\nTelefonisch");
  EXPECT_NE(nl["eligibility_description"].get<std::string>().find("armoedebestrijding"), std::string::npos) << "public";
  EXPECT_NE(fr["notes"].get<std::string>().find("Partenariat"), std::string::npos) << "remark";
  EXPECT_NE(nl["notes"].get<std::string>().find("Samenwerking"), std::string::npos);
  EXPECT_EQ(fr["organization"]["legal_status"], "Service public - CPAS");
  EXPECT_EQ(fr["organization"]["tax_id"], "0212.347.945");
  EXPECT_EQ(fr["last_modified"], "2020-08-28");
  EXPECT_EQ(fr["email"], "cass@cpas-schaerbeek.be");
  EXPECT_EQ(fr["phones"].size(), 2u);
  // Permanency hours: the text in each language, and the weekly line the French text states plainly.
  bool text_fr = false, text_nl = false, weekly = false;
  for (auto& s : fr["schedules"]) {
    if (s.value("description", "") == "Du lundi au vendredi de 8h30 à 16h") text_fr = true;
    if (s.value("byday", "") == "MO,TU,WE,TH,FR" && s.value("opens_at", "") == "08:30" && s.value("closes_at", "") == "16:00")
      weekly = true;
  }
  for (auto& s : nl["schedules"])
    if (s.value("description", "") == "Van maandag tot vrijdag van 8.30 uur tot 16 uur") text_nl = true;
  EXPECT_TRUE(text_fr && text_nl && weekly) << fr["schedules"].dump();
  // The place: address, coordinates, statistical sector, commune.
  auto& loc = fr["service_at_locations"][0]["location"];
  EXPECT_EQ(loc["addresses"][0]["address_1"], "Boulevard Auguste Reyers 70");
  EXPECT_EQ(loc["addresses"][0]["postal_code"], "1030");
  EXPECT_NEAR(loc["latitude"].get<double>(), 50.8517, 1e-3);
  EXPECT_EQ(loc["external_identifier"], "21015A77-");
  EXPECT_EQ(loc["external_identifier_type"], "statistical_sector");
  // A record named only in Dutch is kept, under its Dutch name in both languages' fallback.
  EXPECT_EQ(exported("21104", "fr")["name"], "Huis van het Nederlands Brussel");
  // A record without French activities has its French description missing, not the Dutch one copied.
  auto alpha_nl = exported("21003", "nl");
  EXPECT_NE(alpha_nl["name"], exported("21003", "fr")["name"]);
}

TEST_F(DbBruxellesSocialImport, TheirCategoriesMapOntoOursAndUnmappedOnesAreKeptAsExtra) {
  dir::import_bruxelles_social(server.app().db, kFixture, options);
  auto codes = [](const json& service) {
    std::set<std::string> out;
    for (auto& a : service["attributes"]) out.insert(a["taxonomy_term"].value("code", ""));
    return out;
  };
  auto meridien = exported("20417", "fr");
  auto c = codes(meridien);
  EXPECT_TRUE(c.count("mental-health")) << meridien["attributes"].dump();
  EXPECT_TRUE(c.count("category:211")) << "Psychothérapie has no line in the mapping: kept as theirs";
  auto resto = exported("20555", "fr");
  EXPECT_TRUE(codes(resto).count("food-aid"));
  // The unmapped category keeps its labels in both languages and shows on the service page.
  std::string nl_label;
  auto service_nl = exported("21205", "nl");
  for (auto& a : service_nl["attributes"])
    if (a["taxonomy_term"].value("code", "") == "category:910") nl_label = a["taxonomy_term"].value("name", "");
  EXPECT_EQ(nl_label, "Schuldbemiddeling");
  HttpClient client(server.url(""));
  auto page = client.get("/directory/services/bruxelles-social:21205");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Médiation de dettes"), std::string::npos);
  // The mapped one is one of our themes, so a search by theme finds it.
  EXPECT_TRUE(codes(exported("21205", "fr")).count("housing"));
}

TEST_F(DbBruxellesSocialImport, ASecondImportChangesNothingAndAChangedRecordIsUpdated) {
  auto first = dir::import_bruxelles_social(server.app().db, kFixture, options);
  ASSERT_EQ(first.created, 10) << first.summary();
  int history = count("directory_history"), changes = count("directory_changes"), texts = count("directory_texts"),
      services = count("directory_services"), orgs = count("organisations");
  auto again = dir::import_bruxelles_social(server.app().db, kFixture, options);
  EXPECT_EQ(again.unchanged, 10) << again.summary();
  EXPECT_EQ(count("directory_history"), history);
  EXPECT_EQ(count("directory_changes"), changes);
  EXPECT_EQ(count("directory_texts"), texts);
  EXPECT_EQ(count("directory_services"), services);
  EXPECT_EQ(count("organisations"), orgs);

  auto records = fixture();
  records[1]["activitiesNl"] = "Consultaties voor volwassenen.";
  auto changed = dir::import_bruxelles_social_json(server.app().db, records, options);
  EXPECT_EQ(changed.updated, 1) << changed.summary();
  EXPECT_EQ(changed.unchanged, 9) << changed.summary();
  EXPECT_EQ(exported("20417", "nl")["description"], "Consultaties voor volwassenen.");
  EXPECT_NE(exported("20417", "fr")["description"].get<std::string>().find("Consultations"), std::string::npos)
      << "the French text is untouched";
}

TEST_F(DbBruxellesSocialImport, ARecordWithoutAddressIsKeptAndABadRecordIsRefusedWithItsReason) {
  auto records = fixture();
  records.push_back({{"id", 99999}, {"nameOfficialFr", nullptr}, {"nameOfficialNl", ""}});
  records.push_back({{"nameOfficialFr", "Sans identifiant"}});
  auto r = dir::import_bruxelles_social_json(server.app().db, records, options);
  EXPECT_EQ(r.read, 12);
  EXPECT_EQ(r.created, 10) << r.summary();
  EXPECT_EQ(r.skipped, 2) << r.summary();
  bool no_name = false, no_id = false;
  for (auto& p : r.problems) {
    if (p.id == "99999" && p.reason.find("official name") != std::string::npos) no_name = true;
    if (p.reason.find("no id") != std::string::npos) no_id = true;
  }
  EXPECT_TRUE(no_name && no_id) << r.summary();
  auto mobile = exported("20902", "fr");
  ASSERT_TRUE(mobile.is_object()) << "a record without address is kept";
  EXPECT_TRUE(mobile["service_at_locations"].empty());
  EXPECT_EQ(mobile["phones"].size(), 1u);
}

TEST_F(DbBruxellesSocialImport, AFileThatIsNotBruxellesSocialJsonIsRefused) {
  auto not_json = dir::import_bruxelles_social(server.app().db, temp_file("id;nameOfficialFr\n1;CPAS\n"), options);
  EXPECT_FALSE(not_json.fatal.empty());
  EXPECT_NE(not_json.summary().find("not JSON"), std::string::npos) << not_json.summary();
  auto hsds = dir::import_bruxelles_social(server.app().db, temp_file(R"([{"id": "x", "name": "Service"}])"), options);
  EXPECT_NE(hsds.fatal.find("not a Bruxelles Social export"), std::string::npos) << hsds.summary();
  auto scalar = dir::import_bruxelles_social(server.app().db, temp_file("42"), options);
  EXPECT_FALSE(scalar.fatal.empty());
  auto missing = dir::import_bruxelles_social(server.app().db, "/nonexistent/file.json", options);
  EXPECT_FALSE(missing.fatal.empty());
  EXPECT_EQ(count("directory_services"), 0);
}

TEST(BruxellesSocialPieces, Lambert72CoordinatesBecomeWgs84) {
  // The record of the Schaerbeek coordination gives both: x 152302, y 171263 and 50.851756, 4.401445.
  auto p = dir::lambert72_to_wgs84(152302, 171263);
  EXPECT_NEAR(p.lat, 50.851756, 2e-4);
  EXPECT_NEAR(p.lng, 4.401445, 2e-4);
}

TEST(BruxellesSocialPieces, PermanencyHoursAreReadOnlyWhenUnambiguous) {
  auto week = dir::parse_permanency_fr("Du lundi au vendredi de 8h30 à 16h");
  ASSERT_TRUE(week);
  ASSERT_EQ(week->size(), 1u);
  EXPECT_EQ((*week)[0].byday, "MO,TU,WE,TH,FR");
  EXPECT_EQ((*week)[0].opens, "08:30");
  EXPECT_EQ((*week)[0].closes, "16:00");
  auto split = dir::parse_permanency_fr("Du lundi au jeudi de 9h à 12h et de 13h à 19h; le vendredi de 9h à 17h");
  ASSERT_TRUE(split);
  EXPECT_EQ(split->size(), 3u);
  auto two = dir::parse_permanency_fr("Lundi et jeudi de 8:00 à 19:00");
  ASSERT_TRUE(two);
  EXPECT_EQ((*two)[0].byday, "MO,TH");
  for (const char* vague : {"Repas servis en semaine vers midi, sauf jours fériés", "Permanence téléphonique 24h/24",
                            "Du lundi au vendredi de 9h à 12h, sauf en juillet", "Du vendredi au lundi de 9h à 12h",
                            "Le lundi de 14h à 9h", "Le lundi de 25h à 26h", ""})
    EXPECT_FALSE(dir::parse_permanency_fr(vague)) << vague;
}

TEST(BruxellesSocialPieces, TheMappingFileIsReadByIdOrByFrenchLabel) {
  auto m = dir::parse_bruxelles_social_mapping(
      "# comment\ncategory\t123\tPeu importe\tfood-aid\ncategory\t\tSanté Mentale\tmental-health\nnonsense\n");
  EXPECT_EQ(m.term_for("category", "123", ""), "food-aid");
  EXPECT_EQ(m.term_for("category", "9", "sante mentale"), "mental-health");
  EXPECT_FALSE(m.term_for("sector", "123", ""));
  EXPECT_EQ(m.problems.size(), 1u);
  EXPECT_TRUE(dir::default_bruxelles_social_mapping().problems.empty());
  EXPECT_EQ(dir::default_bruxelles_social_mapping().term_for("category", "", "Santé mentale"), "mental-health");
}
