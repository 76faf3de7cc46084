// The public agenda over HTTP, on SQLite and PostgreSQL: what it lists, its filters, its views and feeds, the
// cache that follows a change of an offer, and the embeddable fragments' headers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "agenda/agenda.hpp"
#include "agenda/easy_read.hpp"
#include "offers/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/ical.hpp"
#include "platform/server.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;
using nlohmann::json;

namespace {
struct Made {
  std::int64_t offer = 0, session = 0;
};

struct AgendaOffer {
  std::string title = "Séance d'information";
  std::string type = "information_session";
  std::string territory = "region";
  std::string audience = "professionals";
  std::string theme;
  std::string visibility = "public";
  std::string status = "published";
  std::int64_t starts_in = 7 * 86400;
};

Made make_offer(TestServer& server, const AgendaOffer& a) {
  Made m;
  server.app().db.transact([&](soci::session& sql) {
    offers::Offer o;
    o.type = a.type;
    o.title_fr = a.title;
    o.title_en = a.title + " (en)";
    o.territory = a.territory;
    o.audience = a.audience;
    o.theme = a.theme;
    o.visibility = a.visibility;
    o.status = a.status;
    m.offer = offers::save_offer(sql, o);
    offers::Session s;
    s.offer_id = m.offer;
    s.starts_at = now_seconds() + a.starts_in;
    s.ends_at = s.starts_at + 3600;
    s.place = "Rue Haute 1, 1000 Bruxelles";
    s.capacity = 10;
    m.session = offers::save_session(sql, s);
  });
  return m;
}

bool has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }
}  // namespace

TEST(HttpAgenda, ListsEveryPublicSessionAheadAndNothingElse) {
  TestServer server;
  make_offer(server, {.title = "Webinaire public", .type = "webinar"});
  make_offer(server, {.title = "Réservé aux connectés", .visibility = "professionals"});
  make_offer(server, {.title = "Brouillon", .status = "draft"});
  make_offer(server, {.title = "Déjà passé", .starts_in = -86400});
  make_offer(server, {.title = "Immersion ouverte", .type = "immersion"});
  HttpClient client(server.url(""));
  auto page = client.get("/agenda");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Webinaire public"));
  for (auto* hidden : {"Réservé aux connectés", "Brouillon", "Déjà passé", "Immersion ouverte"})
    EXPECT_FALSE(has(page.body, hidden)) << hidden;
}

TEST(HttpAgenda, EachItemLinksToTheRegistrationOfItsSession) {
  TestServer server;
  auto m = make_offer(server, {.title = "Formation secret partagé", .type = "training"});
  HttpClient client(server.url(""));
  auto page = client.get("/agenda");
  std::string link = "/offers/" + std::to_string(m.offer) + "?session=" + std::to_string(m.session);
  EXPECT_TRUE(has(page.body, link)) << page.body;
  auto form = client.get(link);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "value=\"" + std::to_string(m.session) + "\" checked")) << "the session is chosen";
}

TEST(HttpAgenda, FiltersByBassinThemeTypeAndAudience) {
  TestServer server;
  make_offer(server, {.title = "Sud seulement", .territory = "sud"});
  make_offer(server, {.title = "Toute la région", .territory = "region"});
  make_offer(server, {.title = "Nord seulement", .territory = "nord"});
  make_offer(server, {.title = "Groupe de parole", .audience = "service_users", .theme = "mental-health"});
  make_offer(server, {.title = "Pour tout le monde", .audience = "everyone"});
  make_offer(server, {.title = "Un webinaire", .type = "webinar"});
  HttpClient client(server.url(""));
  auto sud = client.get("/agenda?bassin=sud").body;
  EXPECT_TRUE(has(sud, "Sud seulement"));
  EXPECT_TRUE(has(sud, "Toute la région")) << "region-wide offers are for every bassin";
  EXPECT_FALSE(has(sud, "Nord seulement"));
  auto users = client.get("/agenda?audience=service_users").body;
  EXPECT_TRUE(has(users, "Groupe de parole"));
  EXPECT_TRUE(has(users, "Pour tout le monde"));
  EXPECT_FALSE(has(users, "Sud seulement"));
  auto theme = client.get("/agenda?theme=mental-health").body;
  EXPECT_TRUE(has(theme, "Groupe de parole"));
  EXPECT_FALSE(has(theme, "Un webinaire"));
  auto webinars = client.get("/agenda?type=webinar").body;
  EXPECT_TRUE(has(webinars, "Un webinaire"));
  EXPECT_FALSE(has(webinars, "Groupe de parole"));
  EXPECT_EQ(client.get("/agenda?bassin=atlantis&type=nonsense").status, 200) << "unknown filters are dropped";
}

TEST(HttpAgenda, TheMonthViewShowsTheSessionsOfTheMonthAsAGrid) {
  TestServer server;
  auto m = make_offer(server, {.title = "Supervision du mois", .starts_in = 3 * 86400});
  std::string month;
  {
    soci::session sql(server.app().db.pool());
    std::int64_t starts = 0;
    sql << "SELECT starts_at FROM offer_sessions WHERE id = :id", soci::use(m.session), soci::into(starts);
    month = local_date_iso(starts).substr(0, 7);
  }
  HttpClient client(server.url(""));
  auto page = client.get("/agenda?view=month&month=" + month);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "<table class=\"agenda-month\">"));
  EXPECT_TRUE(has(page.body, "Supervision du mois"));
  EXPECT_EQ(client.get("/agenda?view=month&month=garbage").status, 200);
}

TEST(HttpAgenda, SpeaksFrenchDutchAndEnglish) {
  TestServer server;
  make_offer(server, {.title = "Séance"});
  HttpClient client(server.url(""));
  EXPECT_TRUE(has(client.get("/agenda?lang=fr").body, "Agenda"));
  EXPECT_TRUE(has(client.get("/agenda?lang=nl").body, "lang=\"nl\""));
  EXPECT_TRUE(has(client.get("/agenda?lang=en").body, "Séance (en)"));
}

TEST(HttpAgenda, AChangedOfferShowsAtOnceDespiteTheCache) {
  TestServer server;
  auto m = make_offer(server, {.title = "Titre initial"});
  HttpClient client(server.url(""));
  EXPECT_TRUE(has(client.get("/agenda").body, "Titre initial"));
  EXPECT_TRUE(has(client.get("/agenda.json").body, "Titre initial"));
  server.app().db.transact([&](soci::session& sql) {
    auto o = *offers::find_offer(sql, m.offer);
    o.title_fr = "Titre suivant";
    offers::save_offer(sql, o);
  });
  EXPECT_TRUE(has(client.get("/agenda").body, "Titre suivant"));
  EXPECT_TRUE(has(client.get("/agenda.json").body, "Titre suivant"));
  make_offer(server, {.title = "Une nouvelle offre"});
  EXPECT_TRUE(has(client.get("/agenda.atom").body, "Une nouvelle offre"));
}

TEST(HttpAgenda, TheFeedsFollowTheFilters) {
  TestServer server;
  make_offer(server, {.title = "Au Sud", .territory = "sud"});
  make_offer(server, {.title = "Au Nord", .territory = "nord"});
  HttpClient client(server.url(""));
  auto ics = client.get("/agenda.ics?bassin=sud");
  ASSERT_EQ(ics.status, 200);
  EXPECT_EQ(ics.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_TRUE(ical_problems(ics.body).empty());
  EXPECT_TRUE(has(ics.body, "Au Sud"));
  EXPECT_FALSE(has(ics.body, "Au Nord"));
  auto atom = client.get("/agenda.atom?bassin=nord");
  ASSERT_EQ(atom.status, 200);
  EXPECT_EQ(atom.header("content-type"), "application/atom+xml; charset=utf-8");
  EXPECT_TRUE(has(atom.body, "<feed xmlns=\"http://www.w3.org/2005/Atom\""));
  EXPECT_TRUE(has(atom.body, "Au Nord"));
  EXPECT_FALSE(has(atom.body, "Au Sud"));
  auto j = json::parse(client.get("/agenda.json?bassin=sud").body);
  ASSERT_EQ(j["items"].size(), 1u);
  EXPECT_EQ(j["items"][0]["title"], "Au Sud");
  EXPECT_EQ(j["total"], 1);
}

TEST(HttpAgenda, TheAtomFeedEscapesWhatOrganisersTyped) {
  TestServer server;
  make_offer(server, {.title = "Soins <palliatifs> & fin de vie"});
  HttpClient client(server.url(""));
  auto atom = client.get("/agenda.atom").body;
  EXPECT_TRUE(has(atom, "Soins &lt;palliatifs&gt; &amp; fin de vie")) << atom;
}

TEST(HttpAgenda, TheEmbedSetsNoCookieAndLetsOnlyTheOperatorsSitesFrameIt) {
  TestServer server;
  make_offer(server, {.title = "Séance encadrée", .territory = "sud"});
  server.app().config.embed_allow = {"https://www.bassin-sud.example", "bad; script-src *"};
  HttpClient client(server.url(""));
  auto embed = client.get("/agenda/embed?bassin=sud&lang=nl");
  ASSERT_EQ(embed.status, 200);
  EXPECT_TRUE(has(embed.body, "Séance encadrée"));
  EXPECT_EQ(embed.headers.count("set-cookie"), 0u);
  EXPECT_EQ(embed.headers.count("x-frame-options"), 0u);
  auto csp = embed.header("content-security-policy");
  EXPECT_TRUE(has(csp, "frame-ancestors https://www.bassin-sud.example")) << csp;
  EXPECT_FALSE(has(csp, "script-src *")) << "an entry that is not a plain source is dropped";
  auto box = client.get("/directory/embed?bassin=sud");
  EXPECT_EQ(box.headers.count("set-cookie"), 0u);
  EXPECT_TRUE(has(box.body, "name=\"bassin\" value=\"sud\""));
  auto page = client.get("/agenda");
  EXPECT_EQ(page.header("x-frame-options"), "DENY") << "the agenda page itself is never framed";
}

TEST(HttpAgenda, WithoutAnAllowedSiteTheEmbedMayBeFramedByNobody) {
  TestServer server;
  HttpClient client(server.url(""));
  auto embed = client.get("/agenda/embed");
  EXPECT_TRUE(has(embed.header("content-security-policy"), "frame-ancestors 'none'"));
}

TEST(Agenda, FrameAncestorsKeepOnlyPlainSources) {
  EXPECT_EQ(frame_ancestors({}), "'none'");
  EXPECT_EQ(frame_ancestors({"https://a.example", "http://127.0.0.1:*"}), "https://a.example http://127.0.0.1:*");
  EXPECT_EQ(frame_ancestors({"x; default-src *", "a b"}), "'none'");
}

TEST(Agenda, AnAudienceFilterKeepsTheOffersForEveryone) {
  agenda::Filter f;
  f.audience = "service_users";
  agenda::Item for_users, for_all, for_pros;
  for_users.audience = "service_users";
  for_all.audience = "everyone";
  for_pros.audience = "professionals";
  EXPECT_TRUE(f.matches(for_users));
  EXPECT_TRUE(f.matches(for_all));
  EXPECT_FALSE(f.matches(for_pros));
}

TEST(HttpAgenda, AnOfferInEasyWordsShowsThemOnItsPageAndInThePaperProgramme) {
  TestServer server;
  auto m = make_offer(server, {.title = "Groupe de parole", .territory = "sud", .audience = "service_users",
                               .starts_in = 2 * 86400});
  server.app().db.transact([&](soci::session& sql) {
    agenda::set_easy_text(sql, m.offer, {"On parle ensemble, gratuitement.", "", ""});
    offers::catalogue_changed();
  });
  HttpClient client(server.url(""));
  auto page = client.get("/offers/" + std::to_string(m.offer));
  EXPECT_TRUE(has(page.body, "On parle ensemble, gratuitement.")) << page.body;
  std::int64_t starts = 0;
  {
    soci::session sql(server.app().db.pool());
    sql << "SELECT starts_at FROM offer_sessions WHERE id = :id", soci::use(m.session), soci::into(starts);
  }
  auto programme = client.get("/agenda/programme?bassin=sud&month=" + local_date_iso(starts).substr(0, 7));
  ASSERT_EQ(programme.status, 200);
  EXPECT_TRUE(has(programme.body, "Groupe de parole"));
  EXPECT_TRUE(has(programme.body, "On parle ensemble, gratuitement."));
  auto nord = client.get("/agenda/programme?bassin=nord&month=" + local_date_iso(starts).substr(0, 7));
  EXPECT_FALSE(has(nord.body, "Groupe de parole")) << "another care area's programme";
}
