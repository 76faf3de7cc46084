// HTTP behaviour of the platform against a real server on an ephemeral loopback port: who may call each route,
// CSRF, limits, languages, error pages and headers.
#include <gtest/gtest.h>

#include <regex>

#include "app/routes.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
// A concrete address for a route pattern.
std::string example_path(const std::string& pattern) {
  std::string p = std::regex_replace(pattern, std::regex(R"(\{code\})"), "1000");
  p = std::regex_replace(p, std::regex(R"(\{token\})"), "not-a-token");
  p = std::regex_replace(p, std::regex(R"(\{[a-z_]+\})"), "1");
  p = std::regex_replace(p, std::regex(R"(\*$)"), "css/maillage.css");
  return p;
}

bool refused_anonymous(const HttpResponse& r) {
  if (r.status == 401 || r.status == 403) return true;
  return r.status == 303 && r.header("location").rfind("/login", 0) == 0;
}

class HttpPlatform : public ::testing::Test {
 protected:
  TestServer server;
};
}  // namespace

TEST_F(HttpPlatform, EveryNonPublicRouteRefusesAnAnonymousCaller) {
  HttpClient client(server.url(""));
  std::string csrf = client.csrf_from(client.get("/login").body);
  int checked = 0;
  for (const auto& route : route_table()) {
    if (route.access == Access::Public) continue;
    std::string path = example_path(route.pattern);
    auto r = route.method == Method::Get ? client.get(path) : client.post(path, {{"_csrf", csrf}});
    EXPECT_TRUE(refused_anonymous(r)) << route.pattern << " answered " << r.status << " to an anonymous caller";
    ++checked;
  }
  EXPECT_GT(checked, 20);
}

TEST_F(HttpPlatform, EveryRouteAboveProfessionalRefusesACallerWithTheWrongRole) {
  server.add_user("pro@example.org", "a long enough password");
  server.add_user("bassin@example.org", "a long enough password", "coordinator", "bassin", "sud");
  HttpClient pro(server.url("")), coordinator(server.url(""));
  ASSERT_TRUE(pro.login("pro@example.org", "a long enough password"));
  ASSERT_TRUE(coordinator.login("bassin@example.org", "a long enough password"));
  std::string pro_csrf = pro.csrf_from(pro.get("/profile").body);
  std::string coord_csrf = coordinator.csrf_from(coordinator.get("/profile").body);
  int checked = 0;
  for (const auto& route : route_table()) {
    std::string path = example_path(route.pattern);
    auto call = [&](HttpClient& c, const std::string& csrf) {
      return route.method == Method::Get ? c.get(path) : c.post(path, {{"_csrf", csrf}});
    };
    if (route.access == Access::OrgCoordinator || route.access == Access::Coordinator ||
        route.access == Access::Responder || route.access == Access::Admin) {
      EXPECT_EQ(call(pro, pro_csrf).status, 403) << route.pattern << " let a professional without role in";
      ++checked;
    }
    if (route.access == Access::Admin || route.access == Access::Responder) {
      EXPECT_EQ(call(coordinator, coord_csrf).status, 403) << route.pattern << " let a bassin coordinator in";
    }
  }
  EXPECT_GT(checked, 15);
}

TEST_F(HttpPlatform, AFormWithoutCsrfTokenIsRefused) {
  server.add_user("pro@example.org", "a long enough password");
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", "a long enough password"));
  auto r = client.post("/profile", {{"name", "Changed"}, {"lang", "fr"}});
  EXPECT_EQ(r.status, 403);
  r = client.post("/profile", {{"name", "Changed"}, {"lang", "fr"}, {"_csrf", "forged-token"}});
  EXPECT_EQ(r.status, 403);
  auto page = client.get("/profile");
  EXPECT_EQ(page.body.find("value=\"Changed\""), std::string::npos) << "a refused form must not change anything";
}

TEST_F(HttpPlatform, ALoginFormWithoutCsrfTokenIsRefused) {
  server.add_user("pro@example.org", "a long enough password");
  HttpClient client(server.url(""));
  auto r = client.post("/login", {{"email", "pro@example.org"}, {"password", "a long enough password"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.header("set-cookie").find("maillage_session=") , std::string::npos);
}

TEST_F(HttpPlatform, AnOversizedBodyIsRefusedWithAClearMessage) {
  HttpClient client(server.url(""));
  std::string csrf = client.csrf_from(client.get("/login").body);
  auto r = client.post("/login", {{"_csrf", csrf}, {"email", std::string(100 * 1024, 'a')}});
  EXPECT_EQ(r.status, 413);
  EXPECT_NE(r.body.find("<h1"), std::string::npos) << "the refusal is a page, not a dropped connection";
}

TEST_F(HttpPlatform, AFieldLongerThanTheLimitIsRefused) {
  HttpClient client(server.url(""));
  std::string csrf = client.csrf_from(client.get("/login").body);
  auto r = client.post("/login", {{"_csrf", csrf}, {"email", std::string(20000, 'a')}});
  EXPECT_EQ(r.status, 413);
}

TEST_F(HttpPlatform, LanguageComesFromTheQueryThenTheCookieThenAcceptLanguage) {
  HttpClient client(server.url(""));
  auto fr = client.get("/");
  EXPECT_NE(fr.body.find("<html lang=\"fr\">"), std::string::npos) << "French is the default";
  auto nl = client.get("/", {"Accept-Language: nl-BE,nl;q=0.9,en;q=0.5"});
  EXPECT_NE(nl.body.find("<html lang=\"nl\">"), std::string::npos);
  auto en = client.get("/?lang=en", {"Accept-Language: nl-BE"});
  EXPECT_NE(en.body.find("<html lang=\"en\">"), std::string::npos) << "?lang= wins over Accept-Language";
  auto remembered = client.get("/territory", {"Accept-Language: nl-BE"});
  EXPECT_NE(remembered.body.find("<html lang=\"en\">"), std::string::npos) << "the choice is remembered by cookie";
  auto bogus = client.get("/?lang=xx");
  EXPECT_NE(bogus.body.find("<html lang=\"en\">"), std::string::npos) << "an unknown language is ignored";
}

TEST_F(HttpPlatform, ALoggedInUsersSavedLanguageIsUsed) {
  auto id = server.add_user("pro@example.org", "a long enough password");
  server.app().db.transact([&](soci::session& sql) { sql << "UPDATE users SET lang = 'nl' WHERE id = :id", soci::use(id); });
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", "a long enough password"));
  auto r = client.get("/profile", {"Accept-Language: en"});
  EXPECT_NE(r.body.find("<html lang=\"nl\">"), std::string::npos);
}

TEST_F(HttpPlatform, UnknownPagesAnswerANotFoundPageInTheCallersLanguage) {
  HttpClient client(server.url(""));
  auto r = client.get("/no/such/page?lang=nl");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("<html lang=\"nl\">"), std::string::npos);
}

TEST_F(HttpPlatform, EveryResponseCarriesTheSecurityHeaders) {
  HttpClient client(server.url(""));
  for (auto path : {"/", "/login", "/no-such", "/static/css/maillage.css", "/healthz"}) {
    auto r = client.get(path);
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(r.header("content-security-policy").find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
    EXPECT_EQ(r.header("referrer-policy"), "same-origin") << path;
  }
}

TEST_F(HttpPlatform, SessionCookiesAreHttpOnlyAndSameSiteLax) {
  server.add_user("pro@example.org", "a long enough password");
  HttpClient client(server.url(""));
  auto page = client.get("/login");
  auto r = client.post("/login", {{"_csrf", client.csrf_from(page.body)}, {"email", "pro@example.org"},
                                  {"password", "a long enough password"}});
  ASSERT_EQ(r.status, 303);
  bool found = false;
  for (auto [it, end] = r.headers.equal_range("set-cookie"); it != end; ++it) {
    if (it->second.rfind("maillage_session=", 0) != 0) continue;
    found = true;
    EXPECT_NE(it->second.find("HttpOnly"), std::string::npos);
    EXPECT_NE(it->second.find("SameSite=Lax"), std::string::npos);
  }
  EXPECT_TRUE(found);
}

TEST_F(HttpPlatform, StaticFilesAreServedWithCacheHeadersAndRevalidation) {
  HttpClient client(server.url(""));
  auto r = client.get("/static/vendor/htmx.min.js");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.header("content-type").find("javascript"), std::string::npos);
  EXPECT_NE(r.header("cache-control").find("max-age"), std::string::npos);
  auto again = client.get("/static/vendor/htmx.min.js", {"If-None-Match: " + r.header("etag")});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(client.get("/static/../migrations/0001_platform.sql").status, 404);
  EXPECT_EQ(client.get("/static/vendor/leaflet/leaflet.js").status, 200);
  EXPECT_EQ(client.get("/static/vendor/chart.umd.min.js").status, 200);
}

TEST_F(HttpPlatform, HealthAndMetricsAnswer) {
  HttpClient client(server.url(""));
  auto h = client.get("/healthz");
  EXPECT_EQ(h.status, 200);
  EXPECT_NE(h.body.find("\"status\":\"ok\""), std::string::npos);
  client.get("/");
  auto m = client.get("/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("maillage_http_requests_total{route=\"/\",status=\"200\"}"), std::string::npos);
  EXPECT_NE(m.body.find("maillage_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(m.body.find("maillage_jobs_in_table"), std::string::npos);
}

TEST_F(HttpPlatform, HeadRequestsAnswerLikeGetWithoutBody) {
  HttpClient client(server.url(""));
  auto r = client.head("/territory");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  EXPECT_NE(r.header("content-type").find("text/html"), std::string::npos);
}

// A handler that throws must give a logged 500 page and leave the server alive.
TEST(HttpServerResilience, AnExceptionInAHandlerIsA500PageAndTheServerLives) {
  TestServer base;
  auto routes = route_table();
  routes.push_back({Method::Get, "/boom", Access::Public, [](RequestContext&) -> Response {
                      throw std::runtime_error("broken on purpose");
                    }});
  Server server(base.app(), routes);
  server.start("127.0.0.1", 0, 2);
  HttpClient client("http://127.0.0.1:" + std::to_string(server.port()));
  auto r = client.get("/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_NE(r.body.find("<h1"), std::string::npos);
  EXPECT_EQ(r.body.find("broken on purpose"), std::string::npos) << "internals never reach the page";
  EXPECT_EQ(client.get("/").status, 200);
  server.stop();
}

TEST(HttpServerResilience, OddTargetsAndMethodsGetAClearAnswer) {
  TestServer server;
  HttpClient client(server.url(""));
  EXPECT_EQ(client.get("/%ff%fe").status, 404);
  EXPECT_EQ(client.get("/admin/users/abc").status, 303);  // anonymous first; ids are checked after
  EXPECT_EQ(client.post_raw("/", "x", "text/plain").status, 405);
}

TEST(ClientAddress, XForwardedForIsBelievedOnlyFromATrustedProxy) {
  std::vector<std::string> proxies = {"10.0.0.2"};
  EXPECT_EQ(client_address("10.0.0.2", "203.0.113.7", proxies), "203.0.113.7");
  EXPECT_EQ(client_address("198.51.100.9", "203.0.113.7", proxies), "198.51.100.9") << "a visitor cannot pick its address";
  EXPECT_EQ(client_address("10.0.0.2", "", proxies), "10.0.0.2");
  EXPECT_EQ(client_address("10.0.0.2", "203.0.113.7", {}), "10.0.0.2") << "no proxy configured: the header is ignored";
}

TEST(ClientAddress, TheLastAddressNotAProxyIsTheVisitorEvenWhenTheHeaderWasForgedBeforeIt) {
  std::vector<std::string> proxies = {"10.0.0.2", "10.0.0.3"};
  // The visitor sent "1.2.3.4" itself; the proxies appended what they saw.
  EXPECT_EQ(client_address("10.0.0.2", "1.2.3.4, 203.0.113.7, 10.0.0.3", proxies), "203.0.113.7");
  EXPECT_EQ(client_address("10.0.0.2", "2001:db8::1", proxies), "2001:db8::1");
  EXPECT_EQ(client_address("10.0.0.2", "<script>", proxies), "10.0.0.2") << "a broken header is not an address";
}

TEST_F(HttpPlatform, BehindATrustedProxyTheVisitorsAddressIsLoggedAndThrottled) {
  server.app().config.trusted_proxies = {"127.0.0.1"};
  HttpClient client(server.url(""));
  std::string csrf = client.csrf_from(client.get("/login").body);
  client.post("/login", {{"_csrf", csrf}, {"email", "nobody@example.org"}, {"password", "wrong password"}},
              {"X-Forwarded-For: 203.0.113.7"});
  soci::session sql(server.app().db.pool());
  std::string ip;
  sql << "SELECT ip FROM audit_log WHERE action = 'login.failure' ORDER BY id DESC LIMIT 1", soci::into(ip);
  EXPECT_EQ(ip, "203.0.113.7");
}

TEST_F(HttpPlatform, BehindATrustedProxyLoginThrottlingIsPerVisitorNotPerProxy) {
  server.add_user("pro@example.org", "a long enough password");
  {  // one visitor behind the proxy has failed twenty times (from many accounts)
    soci::session sql(server.app().db.pool());
    std::int64_t now = now_seconds();
    for (int i = 0; i < 20; ++i) sql << "INSERT INTO login_attempts (subject_key, at) VALUES ('ip:203.0.113.7', :t)", soci::use(now);
  }
  auto log_in = [&](const std::string& visitor) {
    HttpClient client(server.url(""));
    std::string csrf = client.csrf_from(client.get("/login").body);
    return client.post("/login", {{"_csrf", csrf}, {"email", "pro@example.org"}, {"password", "a long enough password"}},
                       {"X-Forwarded-For: " + visitor}).status;
  };
  EXPECT_EQ(log_in("203.0.113.7"), 303) << "no trusted proxy: the header is ignored, the connection's address has no failure";
  server.app().config.trusted_proxies = {"127.0.0.1"};
  EXPECT_EQ(log_in("203.0.113.7"), 429) << "the visitor who failed twenty times waits";
  EXPECT_EQ(log_in("203.0.113.8"), 303) << "another visitor behind the same proxy logs in";
}

TEST_F(HttpPlatform, AnAddressLongerThanTheLimitGetsA414PageNotAClosedConnection) {
  HttpClient client(server.url(""));
  auto r = client.get("/directory?q=" + std::string(9000, 'a'));
  EXPECT_EQ(r.status, 414);
  EXPECT_NE(r.body.find("<h1"), std::string::npos) << "a page in the visitor's language";
}

TEST_F(HttpPlatform, MetricsCanBeKeptForAnAddressListOrAdministrators) {
  HttpClient client(server.url(""));
  server.app().config.metrics_allow = {"192.0.2.1", "admin"};
  EXPECT_EQ(client.get("/metrics").status, 403);
  server.add_user("admin@example.org", "a long enough password", "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", "a long enough password"));
  EXPECT_EQ(admin.get("/metrics").status, 200);
  server.app().config.metrics_allow = {"127.0.0.1"};
  EXPECT_EQ(client.get("/metrics").status, 200);
}

TEST(HttpRouting, APathGoesToTheFirstRouteOfTheTableThatMatchesItWhateverItsFirstSegment) {
  TestServer base;
  auto says = [](std::string what) {
    return [what](RequestContext& ctx) -> Response {
      std::string body = what;
      for (auto& [k, v] : ctx.params) body += " " + k + "=" + v;
      return Response::text(200, body);
    };
  };
  std::vector<Route> routes{
      {Method::Get, "/things/new", Access::Public, says("new")},
      {Method::Get, "/things/{id}", Access::Public, says("thing")},
      {Method::Get, "/{lang}/about", Access::Public, says("about")},
      {Method::Get, "/things/{id}/parts/{part}", Access::Public, says("part")},
      {Method::Get, "/static/*", Access::Public, says("static")},
      {Method::Post, "/only-post", Access::Public, says("posted")},
      {Method::Get, "/", Access::Public, says("home")},
  };
  Server server(base.app(), routes);
  auto get = [&](const std::string& target) { return server.handle(RawRequest{"GET", target, {}, "", "127.0.0.1"}); };
  EXPECT_EQ(get("/things/new").body, "new") << "a literal route before a parameter one wins";
  EXPECT_EQ(get("/things/7").body, "thing id=7");
  EXPECT_EQ(get("/things/7/parts/3").body, "part id=7 part=3");
  EXPECT_EQ(get("/fr/about").body, "about lang=fr") << "a pattern that starts with a parameter";
  EXPECT_EQ(get("/things/about").body, "thing id=about") << "the table's order, across first segments";
  EXPECT_EQ(get("/static/css/maillage.css").body, "static *=css/maillage.css");
  EXPECT_EQ(get("/?lang=en").body, "home");
  EXPECT_EQ(get("/things").status, 404);
  EXPECT_EQ(get("/things/").status, 404) << "an empty parameter matches nothing";
  EXPECT_EQ(get("/things/7/more").status, 404);
  EXPECT_EQ(get("/static").status, 404) << "the rest of the path is a segment of its own";
  EXPECT_EQ(get("/nowhere").status, 404);
  EXPECT_EQ(get("/only-post").status, 405) << "a known path with another method";
}
