// Every visible word of the rota's, the lines' and the guide's pages comes from the catalogue: the pseudo-locale
// walk over pages filled with lines, shifts, an absence and a guide page with its history.
#include <gtest/gtest.h>

#include "helpdesk/guide.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/rota.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::helpdesk;
using namespace maillage::testing;
using namespace std::chrono;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheRotaAndGuidePagesComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  auto admin = server.add_user("admin@example.org", "a long enough password", "admin");
  std::int64_t sud = 0, revision = 0;
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "Admin", "Responder", "Guide", "Text",
                                   "02 000 00 00", "sud@example.org", "Code", "sud", "region"};
  server.app().db.transact([&](soci::session& sql) {
    ensure_default_lines(sql, now_seconds());
    sql << "UPDATE users SET name = 'Admin' WHERE id = :id", soci::use(admin);
    auto line = *find_line_by_code(sql, "sud");
    sud = line.id;
    line.phone = "02 000 00 00";
    line.email = "sud@example.org";
    line.opening_hours = "MO 09:00-17:00\nTU 09:00-13:00";
    save_line(sql, line, now_seconds());
    std::string scope = std::to_string(sud);
    sql << "INSERT INTO grants (user_id, role, scope_type, scope_id, granted_at) VALUES (:u, 'responder', 'line', :s, 0)",
        soci::use(admin), soci::use(scope);
    Day today = brussels_day(now_seconds());
    for (int i = 0; i < 14; ++i) take_shift(sql, sud, today + days{i}, Half::Morning, admin, 0, now_seconds());
    Absence a;
    a.user_id = admin;
    a.starts_on = today + days{1};
    a.ends_on = today + days{2};
    add_absence(sql, a, admin, now_seconds());
    GuidePage p;
    p.slug = "guide";
    p.title_fr = p.title_nl = p.title_en = "Guide";
    p.body_fr = p.body_nl = p.body_en = "Text";
    p.id = save_guide_page(sql, p, admin, now_seconds());
    save_guide_page(sql, p, admin, now_seconds());
    sql << "SELECT MAX(id) FROM helpdesk_guide_revisions", soci::into(revision);
    for (auto& l : list_lines(sql, true)) data.insert(data.end(), {l.name_en, l.name_fr, l.name_nl});
  });
  std::sort(data.begin(), data.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("admin@example.org", "a long enough password"));
  client.get("/?lang=qps");
  const std::string pages[] = {"/admin/helpdesk/lines", "/admin/helpdesk/lines/" + std::to_string(sud), "/helpdesk/lines",
                               "/helpdesk/lines/sud", "/helpdesk/lines/sud/rota", "/helpdesk/rota/mine", "/helpdesk/guide",
                               "/helpdesk/guide?q=text", "/helpdesk/guide/guide", "/helpdesk/guide/guide/edit",
                               "/helpdesk/guide/new", "/helpdesk/guide/guide/history",
                               "/helpdesk/guide/guide/history/" + std::to_string(revision)};
  for (auto& path : pages) {
    auto r = client.get(path + (path.find('?') == std::string::npos ? "?" : "&") + "lang=qps");
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_EQ(catalogue_leak(r.body, data), "") << path << " shows text outside the catalogue";
  }
  auto token = client.submit("/admin/helpdesk/lines/" + std::to_string(sud), "/admin/helpdesk/lines/" + std::to_string(sud) + "/token?lang=qps", {});
  auto code = token.body.find("<code>", token.body.find("notice"));
  std::string shown = token.body.substr(code + 6, token.body.find("</code>", code) - code - 6);
  auto with_token = data;
  with_token.push_back(shown);
  EXPECT_EQ(catalogue_leak(token.body, with_token), "");
}
