// Every visible word of the concertation's pages comes from the catalogue: the pseudo-locale walk over an
// organiser's pages (the group with its members and charter, settings, the follow-up table, a situation with
// agreements, a decision and minutes, the meetings and a meeting's agenda, the counts), the administrators' list,
// the forms shown again with errors, a member not bound by secrecy and a reader outside the group.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "concertation/concertation_fixture.hpp"
#include "directory/http_fixture.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::concertation;
using namespace maillage::concertation::testing;
using namespace maillage::testing;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheConcertationPagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  GroupFixture f{server};
  f.everyone_accepts();
  auto sid = f.situation("Q-01", "Summary");
  std::int64_t meeting = 0, before = 0;
  server.app().db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    Meeting m;
    m.group_id = f.group;
    m.starts_at = now - 30 * 86400;
    m.place = "Room";
    before = create_meeting(sql, m, f.organiser, now);
    set_participants(sql, before, {f.organiser, f.member});
    put_on_agenda(sql, before, sid, true, now);
    save_minutes(sql, before, sid, "Minutes", now);
    m.starts_at = now + 86400;
    meeting = create_meeting(sql, m, f.organiser, now);
    Agreement a;
    a.situation_id = sid;
    a.group_id = f.group;
    a.what = "Agreement";
    a.who_user_id = f.police;
    a.due_at = now - 86400;
    add_agreement(sql, a, f.member, now);
    record_sharing_decision(sql, sid, f.org_outside, false, true, false, f.member, now);
    sql << "UPDATE concertation_situations SET informed = 'yes', informed_how = 'How', informed_by = :u WHERE id = :id",
        soci::use(f.member), soci::use(sid);
  });
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Concertation test", "Charte",
                                   "Autorisation du procureur", "Antenne de quartier", "Service de santé mentale du quartier",
                                   "Office extérieur", "Test organiser", "Test member", "Test police", "Test outsider",
                                   "Test admin", "Test coordinator.b", "Q-01", "Summary", "Room", "Minutes", "Agreement", "How",
                                   "admission_avoided", "bridge_hospital_home", "social_support_reinforced", "oriented",
                                   "no_solution", "organiser@example.org", "member@example.org", "police@example.org",
                                   "outsider@example.org", "admin@example.org", "coordinator.b@example.org",
                                   "NN 85.07.30-033.28", "85.07.30-033.28", "h", "Q-99"};
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& c : territory::list_communes(sql)) data.insert(data.end(), {c.name_fr, c.name_nl});
    soci::rowset<soci::row> rs = sql.prepare << "SELECT name_fr, name_nl FROM quarters";
    for (auto& r : rs) data.insert(data.end(), {as_text(r, 0), as_text(r, 1)});
    for (auto& o : outcomes_of(sql, f.group)) data.insert(data.end(), {o.label_fr, o.label_nl, o.label_en});
    auto words = directory::fixture::vocabulary_words(sql);
    data.insert(data.end(), words.begin(), words.end());
  }
  auto ids = [&](const std::string& pattern) {
    std::string p = pattern;
    if (p.rfind("/concertation/situations/", 0) == 0) p = std::regex_replace(p, std::regex(R"(\{id\})"), std::to_string(sid));
    if (p.rfind("/concertation/meetings/", 0) == 0) p = std::regex_replace(p, std::regex(R"(\{id\})"), std::to_string(before));
    return std::regex_replace(p, std::regex(R"(\{id\})"), std::to_string(f.group));
  };
  HttpClient organiser(server.url(""));
  ASSERT_TRUE(organiser.login("organiser@example.org", kPassword));
  // The organiser is also an administrator here, so that the administrators' list is walked too.
  server.app().db.transact([&](soci::session& sql) {
    sql << "INSERT INTO grants (user_id, role, scope_type, scope_id, granted_at) VALUES (:u, 'admin', 'region', '', 0)",
        soci::use(f.organiser);
  });
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get) continue;
    if (route.pattern.rfind("/concertation", 0) != 0 && route.pattern.rfind("/admin/concertation", 0) != 0) continue;
    auto r = organiser.get(ids(route.pattern) + "?lang=qps");
    EXPECT_LT(r.status, 400) << route.pattern;
    if (r.header("content-type").find("text/html") == std::string::npos) continue;  // CSV, JSON
    ++pages;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << " shows text outside the catalogue";
  }
  EXPECT_GE(pages, 9);
  auto next = organiser.get("/concertation/meetings/" + std::to_string(meeting) + "?lang=qps");
  EXPECT_EQ(catalogue_leak(next.body, data), "") << "the agenda's feedback list shows text outside the catalogue";
  // Forms shown again with their errors and findings.
  std::string table = "/concertation/groups/" + std::to_string(f.group) + "/situations?lang=qps";
  auto r = organiser.submit(table, table, {{"code", "Q-99"}, {"summary", "NN 85.07.30-033.28"}, {"postal_code", "9999"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the situation form's errors show text outside the catalogue";
  std::string situation = "/concertation/situations/" + std::to_string(sid) + "?lang=qps";
  r = organiser.submit(situation, "/concertation/situations/" + std::to_string(sid) + "/agreements?lang=qps",
                       {{"what", ""}, {"who", "organisation:" + std::to_string(f.org_outside)}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the agreement form's errors show text outside the catalogue";
  std::string group = "/concertation/groups/" + std::to_string(f.group) + "?lang=qps";
  r = organiser.submit(group, "/concertation/groups/" + std::to_string(f.group) + "/members?lang=qps",
                       {{"invite_email", "nobody@example.org"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the invitation's errors show text outside the catalogue";
  r = organiser.submit("/admin/concertation?lang=qps", "/admin/concertation?lang=qps", {{"name", ""}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the group form's errors show text outside the catalogue";
  // A member not bound by secrecy, and a reader outside the group.
  HttpClient police(server.url(""));
  ASSERT_TRUE(police.login("police@example.org", kPassword));
  for (std::string path : std::vector<std::string>{"/concertation", "/concertation/groups/" + std::to_string(f.group),
                           "/concertation/meetings/" + std::to_string(before)}) {
    r = police.get(path + "?lang=qps");
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
  HttpClient outsider(server.url(""));
  ASSERT_TRUE(outsider.login("outsider@example.org", kPassword));
  r = outsider.get("/concertation/groups/" + std::to_string(f.group) + "/counts?lang=qps");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(catalogue_leak(r.body, data), "") << "the counts outside show text outside the catalogue";
}
