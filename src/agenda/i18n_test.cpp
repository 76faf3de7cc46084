// Every visible word of the agenda's, the embeds' and the newsletters' pages comes from the catalogue (the
// platform's pseudo-locale walk over pages filled with sessions, a list, a subscriber and a campaign).
#include <gtest/gtest.h>

#include <regex>

#include "agenda/session_requests.hpp"
#include "app/routes.hpp"
#include "focus/focus.hpp"
#include "directory/model.hpp"
#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "offers/model.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"
#include "platform/testing/sector_labels.hpp"
#include "territory/model.hpp"

using namespace maillage;
using namespace maillage::testing;

TEST(I18nPseudoLocale, EveryVisibleStringOfTheAgendaAndNewslettersComesFromTheCatalogue) {
  TestServer server({.pseudo_locale = true});
  server.add_user("coord@example.org", "a long enough password", "coordinator", "region");
  std::int64_t list = 0, campaign = 0, subscriber = 0, request = 0, focus_id = 0;
  server.app().db.transact([&](soci::session& sql) {
    offers::Offer o;
    o.type = "webinar";
    o.title_en = "Session title";
    o.territory = "sud";
    o.audience = "service_users";
    o.theme = "mental-health";
    o.status = "published";
    offers::save_offer(sql, o);
    offers::Session s;
    s.offer_id = o.id;
    s.starts_at = now_seconds() + 86400;
    s.ends_at = s.starts_at + 3600;
    s.place = "Place";
    s.capacity = 10;
    offers::save_session(sql, s);
    newsletters::List l;
    l.scope_type = "bassin";
    l.scope_id = "sud";
    l.name = {"List name", "List name", "List name"};
    l.consent = {"Consent text", "Consent text", "Consent text"};
    list = newsletters::save_list(sql, l, now_seconds());
    subscriber = newsletters::sign_up(sql, l, {"sub@example.org", "Sub", "en", ""}, now_seconds()).subscriber_id;
    newsletters::Campaign c;
    c.list_id = list;
    c.subject = {"Subject", "Subject", "Subject"};
    c.body = {"Body", "Body", "Body"};
    campaign = newsletters::save_campaign(sql, c, now_seconds());
    agenda::SessionRequest r;
    r.organisation_name = "Org";
    r.contact_name = "Contact";
    r.email = "contact@example.org";
    r.theme = "housing";
    r.created_at = now_seconds();
    request = agenda::insert_request(sql, r);
    focus::Focus f;
    f.title = {"Focus title", "Focus title", "Focus title"};
    f.intro = {"Focus intro", "Focus intro", "Focus intro"};
    f.status = "published";
    focus_id = focus::save_focus(sql, f, now_seconds());
    focus::add_heading(sql, focus_id, {"Heading", "Heading", "Heading"});
    focus::link_offer(sql, focus_id, o.id);
  });
  std::vector<std::string> data = {"Maillage", "Français", "Nederlands", "English", "coord@example.org", "Session title",
                                   "Place", "List name", "Consent text", "Subject", "Body", "sub@example.org", "JSON",
                                   "Sub", "Test coord", "Org", "Contact", "contact@example.org", "Focus title",
                                   "Focus intro", "Heading"};
  for (auto& label : sector_labels(server.app())) data.push_back(label);  // the sectors' vocabulary
  {
    soci::session sql(server.app().db.pool());
    for (auto& b : territory::list_bassins(sql)) data.insert(data.end(), {b.name_en, b.name_fr, b.name_nl});
    for (auto& t : directory::list_terms(sql, "themes")) data.insert(data.end(), {t.label["en"], t.label["fr"]});
  }
  // The campaign's preview shows the message's links as its text.
  data.insert(data.end(), {server.app().base_url(), "/offers/", "?session=", "#session_id", "/newsletters/unsubscribe/",
                           "/agenda", "?bassin=sud", "UNSUBSCRIBE-TOKEN-PLACEHOLDER"});
  data.insert(data.end(), english_month_names().begin(), english_month_names().end());
  for (int d = 1; d <= 31; ++d) data.push_back(std::to_string(d));
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("coord@example.org", "a long enough password"));
  client.get("/?lang=qps");
  int pages = 0;
  for (const auto& route : route_table()) {
    if (route.method != Method::Get) continue;
    if (route.pattern.rfind("/agenda", 0) != 0 && route.pattern.rfind("/newsletters", 0) != 0 &&
        route.pattern.rfind("/focus", 0) != 0 && route.pattern != "/directory/embed" && route.pattern != "/")
      continue;
    std::string path = route.pattern;
    path = std::regex_replace(path, std::regex(R"(/campaigns/\{id\})"), "/campaigns/" + std::to_string(campaign));
    path = std::regex_replace(path, std::regex(R"(/confirm/\{token\})"),
                              "/confirm/" + newsletters::confirm_token(server.app(), subscriber));
    path = std::regex_replace(path, std::regex(R"(/unsubscribe/\{token\})"),
                              "/unsubscribe/" + newsletters::unsubscribe_token(server.app(), subscriber, campaign));
    path = std::regex_replace(path, std::regex(R"(/requests/\{id\})"), "/requests/" + std::to_string(request));
    path = std::regex_replace(path, std::regex(R"(/focus/\{id\})"), "/focus/" + std::to_string(focus_id));
    path = std::regex_replace(path, std::regex(R"(\{id\})"), std::to_string(list));
    for (const char* extra : {"", "&view=month"}) {
      auto r = client.get(path + "?lang=qps" + extra);
      if (r.header("content-type").find("text/html") == std::string::npos) continue;
      EXPECT_LT(r.status, 400) << path;
      ++pages;
      EXPECT_EQ(catalogue_leak(r.body, data), "") << route.pattern << extra << " shows text outside the catalogue";
    }
  }
  EXPECT_GE(pages, 20);
}
