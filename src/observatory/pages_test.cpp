// The observatory's pages over a real server: a coordinator builds a plan with an action, a deliverable and an
// indicator, types a manual value (kept with who and when), attaches a hand-entered activity; the yearly report
// has every table, each as CSV; the command line writes the same report; a bassin's coordinator edits only its
// own territory's plans; and every visible word of the pages comes from the catalogue.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <regex>

#include "app/routes.hpp"
#include "directory/http_fixture.hpp"
#include "helpdesk/statistics_fixture.hpp"
#include "observatory/model.hpp"
#include "observatory/report.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "territory/model.hpp"
#include "territory/zones.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
constexpr const char* kPassword = "a long enough password";

std::int64_t created_id(const HttpResponse& r, const std::string& prefix) {
  auto location = r.header("location");
  if (location.rfind(prefix, 0) != 0) return 0;
  return std::atoll(location.c_str() + prefix.size());
}

struct Built {
  std::int64_t plan = 0, action = 0, indicator = 0, manual = 0;
};

// A Sud plan for 2025 built through the pages, as a coordinator would.
Built build_plan(HttpClient& c) {
  Built b;
  auto r = c.submit("/observatory", "/observatory/plans", {{"territory", "sud"}, {"year", "2025"}, {"title", "Plan Sud"}});
  EXPECT_EQ(r.status, 303);
  b.plan = created_id(r, "/observatory/plans/");
  r = c.submit("/observatory/plans/" + std::to_string(b.plan), "/observatory/plans/" + std::to_string(b.plan) + "/actions",
               {{"reference", "1"}, {"title_fr", "Helpdesk"}});
  b.action = created_id(r, "/observatory/actions/");
  std::string page = "/observatory/actions/" + std::to_string(b.action);
  r = c.submit(page, page + "/indicators", {{"name", "Contacts Sud"}, {"kind", "element"}, {"element", "helpdesk.contacts"}});
  EXPECT_EQ(r.status, 303);
  r = c.submit(page, page + "/indicators", {{"name", "Réunions CDP"}, {"kind", "manual"}});
  EXPECT_EQ(r.status, 303);
  return b;
}
}  // namespace

TEST(HttpObservatory, ACoordinatorBuildsAPlanAndTheReportHasEveryTable) {
  TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  HttpClient c(server.url(""));
  ASSERT_TRUE(c.login("sud@example.org", kPassword));
  auto b = build_plan(c);
  ASSERT_NE(b.action, 0);
  std::int64_t contacts = 0, manual = 0;
  {
    soci::session sql(server.app().db.pool());
    auto action = observatory::find_action(sql, b.action);
    ASSERT_EQ(action->indicators.size(), 2u);
    contacts = action->indicators[0].id;
    manual = action->indicators[1].id;
  }
  std::string page = "/observatory/actions/" + std::to_string(b.action);
  // The action's texts and a deliverable measured by the computed indicator.
  auto r = c.submit(page, page,
                    {{"reference", "1"}, {"title_fr", "Helpdesk"}, {"title_nl", "Helpdesk"}, {"description_fr", "La ligne du bassin"},
                     {"assessment", "Bilan de l'année"}, {"perspectives", "Ouvrir le formulaire"},
                     {"deliverable_text", "dossiers"}, {"deliverable_target", "150"},
                     {"deliverable_indicator", std::to_string(contacts)}});
  EXPECT_EQ(r.status, 303);
  // A manual value, kept with who typed it.
  r = c.submit(page, "/observatory/indicators/" + std::to_string(manual) + "/value", {{"value", "10"}, {"note", "CDP Sud"}});
  EXPECT_EQ(r.status, 303);
  auto shown = c.get(page);
  EXPECT_NE(shown.body.find("Test sud"), std::string::npos) << "the name of who typed the value";
  // A bad value is refused with the form shown again.
  r = c.submit(page, "/observatory/indicators/" + std::to_string(manual) + "/value", {{"value", "dix"}});
  EXPECT_EQ(r.status, 422);
  // An activity outside Maillage, attached to the action.
  r = c.submit("/observatory/activities/new", "/observatory/activities/new",
               {{"kind", "change_workshop"}, {"title", "Atelier du changement"}, {"date", "2025-02-13"}, {"time", "09:30"},
                {"duration", "180"}, {"place", "Saint-Gilles"}, {"territory", "sud"}, {"participants", "34"},
                {"organisations", "CPAS de Saint-Gilles\nSSM Saint-Gilles"}, {"staff", "Équipe Sud: 12\nBrusano 6"},
                {"action", std::to_string(b.action)}});
  EXPECT_EQ(r.status, 303);
  auto meetings = c.get(page + "/meetings");
  EXPECT_NE(meetings.body.find("Atelier du changement"), std::string::npos);
  auto csv = c.get(page + "/meetings.csv");
  EXPECT_NE(csv.body.find("total,,,,,18.00"), std::string::npos) << csv.body;

  // The report of Sud for 2025: every chapter, every table, the annex in five columns.
  auto report = c.get("/observatory/report?territory=sud&year=2025");
  ASSERT_EQ(report.status, 200);
  std::string html = report.body;
  std::string built;
  {
    soci::session sql(server.app().db.pool());
    auto data = observatory::build_report(server.app(), sql, "sud", 2025, "fr");
    int tables = 0;
    for (auto& ch : data.chapters) {
      EXPECT_NE(html.find("id=\"" + ch.id + "\""), std::string::npos) << ch.id;
      EXPECT_NE(html.find("href=\"#" + ch.id + "\""), std::string::npos) << "the table of contents lists " << ch.id;
      for (auto& t : ch.tables) {
        ++tables;
        EXPECT_NE(html.find("id=\"" + t.id + "\""), std::string::npos) << t.title;
        auto one = c.get("/observatory/report.csv?territory=sud&year=2025&table=" + t.id);
        EXPECT_EQ(one.status, 200) << t.id;
        EXPECT_NE(one.header("content-type").find("text/csv"), std::string::npos);
      }
    }
    EXPECT_GE(tables, 6);
  }
  EXPECT_NE(html.find("class=\"report-chapter annex\""), std::string::npos);
  for (const char* heading : {"Réf.", "Action et descriptif", "Délivrables 2025", "Bilan et indicateurs", "Perspectives 2026"})
    EXPECT_NE(html.find(heading), std::string::npos) << heading;
  EXPECT_NE(html.find("150 dossiers — réalisé : &lt; 5"), std::string::npos) << "a small count of the helpdesk stays hidden";
  EXPECT_NE(html.find("Réunions CDP: 10"), std::string::npos);
  EXPECT_NE(html.find("Atelier du changement"), std::string::npos);
  EXPECT_EQ(c.get("/observatory/report.csv?territory=sud&year=2025&table=t999").status, 404);
  // The key figures as charts drawn by the server (inline SVG, read by its title), each over its table.
  EXPECT_NE(html.find("<svg class=\"bar-chart\""), std::string::npos);
  EXPECT_NE(html.find("role=\"img\""), std::string::npos);
  EXPECT_NE(html.find("<title id=\""), std::string::npos);
  EXPECT_NE(html.find("Activités par mois"), std::string::npos);
  EXPECT_EQ(html.find("chart.umd"), std::string::npos) << "no script draws them";

  // A ratio over the population, broken down by territory: a table and a chart in the annex.
  r = c.submit(page, page + "/indicators",
               {{"name", "Contacts pour 10 000 habitants"}, {"kind", "ratio"}, {"element", "helpdesk.contacts"}, {"bassin", "region"},
                {"denominator", "population"}, {"multiplier", "10000"}, {"by_territory", "1"}});
  EXPECT_EQ(r.status, 303);
  auto action_page = c.get(page).body;
  EXPECT_NE(action_page.find("habitant·es ("), std::string::npos) << "the definition names the inhabitants";
  EXPECT_NE(action_page.find("class=\"breakdown\""), std::string::npos);
  html = c.get("/observatory/report?territory=sud&year=2025").body;
  EXPECT_NE(html.find("Par territoire : Contacts pour 10 000 habitants"), std::string::npos);

  // The command line writes the same report to a file.
  std::string path = server.mail_dir() + "-report.html";
  observatory::ReportFile file{"sud", 2025, "html", "fr", path};
  EXPECT_EQ(observatory::write_report_file(server.app(), file), "");
  std::ifstream in(path);
  std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(written.find("<style>"), std::string::npos);
  EXPECT_NE(written.find("Bilan et indicateurs"), std::string::npos);
  EXPECT_NE(written.find("@media print"), std::string::npos);
  file.territory = "atlantis";
  EXPECT_NE(observatory::write_report_file(server.app(), file), "");
  std::remove(path.c_str());
}

TEST(HttpObservatory, ABassinCoordinatorEditsOnlyItsOwnTerritorysPlans) {
  TestServer server;
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  server.add_user("nord@example.org", kPassword, "coordinator", "bassin", "nord");
  server.add_user("region@example.org", kPassword, "coordinator", "region", "");
  HttpClient sud(server.url("")), nord(server.url("")), region(server.url(""));
  ASSERT_TRUE(sud.login("sud@example.org", kPassword));
  ASSERT_TRUE(nord.login("nord@example.org", kPassword));
  ASSERT_TRUE(region.login("region@example.org", kPassword));
  auto b = build_plan(sud);
  ASSERT_NE(b.plan, 0);
  std::string plan = "/observatory/plans/" + std::to_string(b.plan);
  // Nord reads the Sud plan but changes nothing of it.
  EXPECT_EQ(nord.get(plan).status, 200);
  EXPECT_EQ(nord.submit(plan, plan + "/actions", {{"title_fr", "Intrus"}}).status, 403);
  EXPECT_EQ(nord.submit(plan, plan + "/copy", {}).status, 403);
  EXPECT_EQ(nord.submit("/observatory", "/observatory/plans", {{"territory", "sud"}, {"year", "2030"}}).status, 403);
  std::string action = "/observatory/actions/" + std::to_string(b.action);
  EXPECT_EQ(nord.submit(action, action, {{"title_fr", "Intrus"}}).status, 403);
  EXPECT_EQ(nord.get(action).body.find("Intrus"), std::string::npos);
  // The regional team edits every territory's plans; copying makes the next year.
  auto r = region.submit(plan, plan + "/copy", {});
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(r.header("location"), plan);
  EXPECT_NE(region.get(r.header("location")).body.find("Helpdesk"), std::string::npos);
}

TEST(I18nPseudoLocale, EveryVisibleStringOfTheObservatoryPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  HttpClient c(server.url(""));
  ASSERT_TRUE(c.login("sud@example.org", kPassword));
  auto b = build_plan(c);
  std::string action = "/observatory/actions/" + std::to_string(b.action);
  c.submit("/observatory/activities/new", "/observatory/activities/new",
           {{"kind", "meeting"}, {"title", "Meeting"}, {"date", "2025-02-13"}, {"duration", "60"}, {"territory", "sud"},
            {"action", std::to_string(b.action)}});
  c.submit(action, action + "/indicators",
           {{"name", "Per inhabitants"}, {"kind", "ratio"}, {"element", "helpdesk.contacts"}, {"denominator", "population"},
            {"multiplier", "10000"}, {"by_territory", "1"}});
  c.submit("/observatory/needs", "/observatory/needs",
           {{"theme", "Housing"}, {"public_group", "Families"}, {"territory", "sud"}, {"sentence", "Sentence"}, {"date", "2025-03-01"}});
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Test sud", "Plan Sud", "Helpdesk",
                                   "Contacts Sud", "Réunions CDP", "Per inhabitants", "Meeting", "Housing", "Families", "Sentence", "1", "sud"};
  {
    soci::session sql(server.app().db.pool());
    for (auto& l : helpdesk::list_lines(sql, true)) data.insert(data.end(), {l.name_en, l.name_fr, l.name_nl});
    for (auto& bassin : territory::list_bassins(sql)) data.insert(data.end(), {bassin.name_en, bassin.name_fr, bassin.name_nl});
    auto words = directory::fixture::vocabulary_words(sql);
    data.insert(data.end(), words.begin(), words.end());
    data.insert(data.end(), {"adults", "Pas de place"});
    data.insert(data.end(), english_month_names().begin(), english_month_names().end());  // the fixture's unmet need, as the helpdesk coded it
  }
  c.get("/observatory?lang=qps");
  auto published = c.submit("/observatory/report?territory=sud&year=2025&lang=qps", "/observatory/report/publish?lang=qps",
                            {{"territory", "sud"}, {"year", "2025"}, {"note", "Note"}});
  ASSERT_EQ(published.status, 303);
  auto publication = created_id(published, "/observatory/publications/");
  data.push_back("Note");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get || route.pattern.rfind("/observatory", 0) != 0) continue;
    if (route.pattern.find("{format}") != std::string::npos) continue;  // files, not pages
    std::string path = std::regex_replace(route.pattern, std::regex(R"(/plans/\{id\})"), "/plans/" + std::to_string(b.plan));
    path = std::regex_replace(path, std::regex(R"(/publications/\{id\})"), "/publications/" + std::to_string(publication));
    path = std::regex_replace(path, std::regex(R"(\{id\})"), std::to_string(b.action));
    auto r = c.get(path + "?lang=qps&year=2025");
    EXPECT_LT(r.status, 400) << path;
    if (r.header("content-type").find("text/html") == std::string::npos) continue;
    ++pages;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
  }
  EXPECT_GE(pages, 7);
  // The forms shown again with their messages.
  auto r = c.submit(action + "?lang=qps", action + "/indicators?lang=qps", {{"name", ""}, {"kind", "ratio"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "");
  r = c.submit("/observatory/activities/new?lang=qps", "/observatory/activities/new?lang=qps", {{"kind", "meeting"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "");
}

TEST(DbObservatoryReport, TheReportPdfOpensWithPopplerWithItsNamesAndHeadings) {
  TestServer server;
  server.app().db.transact([&](soci::session& sql) {
    auto plan = observatory::create_plan(sql, "sud", 2025, "Plan Sud", 100);
    observatory::Action a;
    a.plan_id = plan;
    a.reference = "1";
    a.title_fr = "Ateliers du changement";
    auto action = observatory::save_action(sql, a, 100);
    observatory::ManualActivity m;
    m.title = "Atelier avec Ayşe Şahin et Łukasz Wójcik";
    m.starts_at = *from_brussels("2025-02-13", "09:30");
    m.duration_minutes = 180;
    m.territory = "sud";
    m.participants = 34;
    auto id = observatory::create_activity(sql, m, 0, "", 100);
    observatory::link_activity(sql, action, observatory::kManualSource, "activity:" + std::to_string(id), 100);
  });
  std::string path = server.mail_dir() + "-report.pdf";
  EXPECT_EQ(observatory::write_report_file(server.app(), {"sud", 2025, "pdf", "fr", path}), "");
  std::string text;
  if (FILE* p = ::popen(("pdftotext -enc UTF-8 " + path + " - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
    ::pclose(p);
  }
  // The charts are drawn as vectors: poppler finds no raster image in the file.
  std::string images;
  if (FILE* p = ::popen(("pdfimages -list " + path + " 2>&1").c_str(), "r")) {
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) images += buf;
    ::pclose(p);
  }
  EXPECT_NE(images.find("page"), std::string::npos) << "pdfimages read the file: " << images;
  EXPECT_EQ(std::count(images.begin(), images.end(), '\n'), 2) << "only the header lines, no image: " << images;
  std::remove(path.c_str());
  for (const char* s : {"Şahin", "Łukasz", "Bilan et indicateurs", "Action et descriptif", "Chiffres clés", "Annexe", "Activités par mois"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  HttpClient c(server.url(""));
  server.add_user("sud@example.org", kPassword, "coordinator", "bassin", "sud");
  ASSERT_TRUE(c.login("sud@example.org", kPassword));
  auto r = c.get("/observatory/report.pdf?territory=sud&year=2025");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "application/pdf");
  EXPECT_EQ(r.body.rfind("%PDF-", 0), 0u);
}

TEST(DbObservatoryReport, TheSpreadsheetOpensWithOneSheetPerTable) {
  TestServer server;
  helpdesk::testing::StatisticsFixture fixture(server.app().db);
  server.app().db.transact([&](soci::session& sql) { observatory::create_plan(sql, "region", 2025, "Plan", 100); });
  std::string path = server.mail_dir() + "-report.xlsx";
  EXPECT_EQ(observatory::write_report_file(server.app(), {"all", 2025, "xlsx", "fr", path}), "");
  std::size_t tables = 0;
  {
    soci::session sql(server.app().db.pool());
    for (auto& c : observatory::build_report(server.app(), sql, "all", 2025, "fr").chapters) tables += c.tables.size();
  }
  {
    // The whole organisation's key figures: its activities per bassin as a chart over their table.
    soci::session sql(server.app().db.pool());
    auto all = observatory::build_report(server.app(), sql, "all", 2025, "fr");
    ASSERT_FALSE(all.chapters.empty());
    ASSERT_GE(all.chapters[0].tables.size(), 2u);
    EXPECT_EQ(all.chapters[0].tables[1].title, "Activités par territoire");
  }
  // An .xlsx is a zip of one XML part per sheet: Python's zipfile opens it as any spreadsheet program would.
  std::string count;
  std::string cmd = "python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
                    "print(len([n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]))\" " + path;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[64];
    while (std::fgets(buf, sizeof buf, p)) count += buf;
    ::pclose(p);
  }
  std::remove(path.c_str());
  EXPECT_EQ(std::atoi(count.c_str()), static_cast<int>(tables));
  EXPECT_GE(tables, 5u);
}

TEST(HttpObservatory, TheActivitiesAreFilteredByZoneAsByBassin) {
  TestServer server({.seed_demo = true});
  server.add_user("region@example.org", kPassword, "coordinator", "region", "");
  HttpClient c(server.url(""));
  ASSERT_TRUE(c.login("region@example.org", kPassword));
  int year = 0, in_zone = 0, all = 0;
  std::string slug;
  {
    soci::session sql(server.app().db.pool());
    auto zones = territory::list_zones(sql);
    ASSERT_FALSE(zones.empty()) << "the demo has zones";
    auto& zone = zones.front();
    slug = zone.slug;
    year = to_brussels(now_seconds()).month >= 7 ? to_brussels(now_seconds()).year : to_brussels(now_seconds()).year - 1;
    for (auto& a : observatory::all_activities(sql, year_period(year).value_or(Period{}))) {
      ++all;
      if (territory::in_zone(zone, {"", a.commune_nis, a.quarter_code})) ++in_zone;
    }
  }
  ASSERT_GT(in_zone, 0);
  ASSERT_LT(in_zone, all);
  auto page = c.get("/observatory/activities?year=" + std::to_string(year) + "&zone=" + slug);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<option value=\"" + slug + "\" selected>"), std::string::npos);
  EXPECT_NE(page.body.find(">" + std::to_string(in_zone) + " activités"), std::string::npos) << "only the zone's activities";
}
