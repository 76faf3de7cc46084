#include "platform/testing/test_server.hpp"

#include <curl/curl.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <stdexcept>

#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "platform/security.hpp"

namespace maillage::testing {

bool on_postgres() {
  const char* pg = std::getenv("MAILLAGE_TEST_PG");
  return pg && *pg;
}

std::string fresh_database_url() {
  if (on_postgres()) {
    // One schema per test database, so that tests never see each other's rows.
    std::string schema = "t_" + security::sha256_hex(security::random_token(16)).substr(0, 16);
    std::string conn = std::getenv("MAILLAGE_TEST_PG");
    {
      soci::session admin("postgresql", conn);
      admin << "CREATE SCHEMA " + schema;
    }
    return "postgresql://" + conn + " options='-csearch_path=" + schema + "'";
  }
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("maillage-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" +
              security::random_token(6));  // pids are reused by later runs whose folders may still be there
  std::filesystem::create_directories(dir);
  return "sqlite://" + (dir / "test.db").string();
}

TestServer::TestServer(TestServerOptions options) {
  static std::atomic<int> counter{0};
  dir_ = (std::filesystem::temp_directory_path() /
          ("maillage-srv-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
             .string();
  std::filesystem::create_directories(dir_);
  Config c;
  c.db_url = options.db_url.empty() ? fresh_database_url() : options.db_url;
  c.host = "127.0.0.1";
  c.port = 0;
  c.threads = options.threads;
  c.pseudo_locale = options.pseudo_locale;
  c.access_log = false;
  c.run_jobs = false;
  c.mail_dir = mail_dir();
  c.index_dir = ":memory:";
  if (!on_postgres() && options.db_url.empty()) db_dir_ = std::filesystem::path(parse_db_url(c.db_url).path).parent_path().string();
  app_ = std::make_unique<App>(c);
  wire(*app_);
  prepare_database(*app_);
  if (options.seed_demo) seed_demo(*app_);
  jobs_ = std::make_unique<Jobs>(*app_);
  register_jobs(*jobs_);
  server_ = std::make_unique<Server>(*app_, route_table());
  server_->start("127.0.0.1", 0, options.threads);
  app_->config.port = server_->port();
}

TestServer::~TestServer() {
  server_->stop();
  jobs_.reset();
  server_.reset();
  app_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
  if (!db_dir_.empty()) std::filesystem::remove_all(db_dir_, ec);
}

std::string TestServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(server_->port()) + path;
}

std::int64_t TestServer::add_user(const std::string& email, const std::string& password, const std::string& grant_role,
                                  const std::string& scope, const std::string& scope_id) {
  return app_->db.transact([&](soci::session& sql) {
    auto id = accounts::create_user(sql, email, "Test " + email.substr(0, email.find('@')), "fr");
    accounts::set_password(sql, id, password);
    if (!grant_role.empty()) accounts::add_grant(sql, id, {0, grant_role, scope, scope_id}, 0);
    return id;
  });
}

std::int64_t TestServer::add_organisation(const std::string& name, const std::string& postal_code) {
  return app_->db.transact([&](soci::session& sql) { return accounts::create_organisation(sql, name, postal_code); });
}

void TestServer::add_membership(std::int64_t user_id, std::int64_t organisation_id, const std::string& role) {
  app_->db.transact([&](soci::session& sql) { accounts::set_membership(sql, user_id, organisation_id, role); });
}

std::string TestServer::last_mail_to(const std::string& email) {
  soci::session sql(app_->db.pool());
  std::string body;
  soci::indicator ind = soci::i_null;
  sql << "SELECT body FROM outbox WHERE recipient = :r ORDER BY id DESC LIMIT 1", soci::use(email), soci::into(body, ind);
  return ind == soci::i_ok ? body : "";
}

std::string HttpResponse::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

namespace {
std::size_t write_cb(char* p, std::size_t s, std::size_t n, void* u) {
  static_cast<std::string*>(u)->append(p, s * n);
  return s * n;
}
std::size_t header_cb(char* p, std::size_t s, std::size_t n, void* u) {
  std::string line(p, s * n);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of("\r\n") + 1);
    static_cast<std::multimap<std::string, std::string>*>(u)->emplace(name, value);
  }
  return s * n;
}
}  // namespace

std::string visible_text(const std::string& page) {
  std::string html = std::regex_replace(
      page, std::regex(R"(<script[\s\S]*?</script>|<style[\s\S]*?</style>|<title>[\s\S]*?</title>|<code>[\s\S]*?</code>)"), " ");
  std::string out;
  static const std::regex tag(R"(<[^>]*>)");
  static const std::regex attr(R"re((?:aria-label|placeholder|title|alt)="([^"]*)")re");
  std::size_t last = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    out += html.substr(last, it->position() - last) + "\n";
    std::string t = it->str();
    for (auto a = std::sregex_iterator(t.begin(), t.end(), attr); a != std::sregex_iterator(); ++a) out += (*a)[1].str() + "\n";
    last = it->position() + it->length();
  }
  out += html.substr(last);
  for (auto [from, to] : {std::pair{"&amp;", "&"}, {"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}})
    out = std::regex_replace(out, std::regex(from), to);
  return out;
}

std::string outside_catalogue(const std::string& in) {
  std::string text = in;
  // Innermost first: a translated label may sit inside a translated sentence.
  const std::string open = "⟦", close = "⟧";
  for (std::size_t end; (end = text.find(close)) != std::string::npos;) {
    auto start = text.rfind(open, end);
    if (start == std::string::npos) break;
    text.replace(start, end + close.size() - start, " ");
  }
  return text;
}

std::string catalogue_leak(const std::string& html, std::vector<std::string> data) {
  std::string text = outside_catalogue(visible_text(html));
  // Longest first, so that a name is not half-removed by a shorter one it contains.
  std::sort(data.begin(), data.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  for (auto& d : data)
    for (std::size_t p; !d.empty() && (p = text.find(d)) != std::string::npos;) text.replace(p, d.size(), " ");
  std::smatch m;
  static const std::regex words("[A-Za-z]{2,}[^\\n]*");
  return std::regex_search(text, m, words) ? m.str() : "";
}

const std::vector<std::string>& english_month_names() {
  static const std::vector<std::string> months = {"January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December", "Jan",
                                                  "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                                                  "Nov", "Dec"};
  return months;
}

std::string form_encode(const std::map<std::string, std::string>& form) {
  std::string out;
  for (auto& [k, v] : form) out += (out.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
  return out;
}

HttpClient::HttpClient(std::string base_url) : base_(std::move(base_url)), curl_(curl_easy_init()) {
  curl_easy_setopt(static_cast<CURL*>(curl_), CURLOPT_COOKIEFILE, "");  // in-memory cookie jar
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResponse HttpClient::perform(const std::string& method, const std::string& path, const std::string* body,
                                 const std::string& content_type, const std::vector<std::string>& headers) {
  CURL* c = static_cast<CURL*>(curl_);
  HttpResponse r;
  std::string url = base_ + path;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write_cb);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, header_cb);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &r.headers);
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
  curl_slist* list = nullptr;
  for (auto& h : headers) list = curl_slist_append(list, h.c_str());
  if (body) {
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->c_str());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
    list = curl_slist_append(list, ("Content-Type: " + content_type).c_str());
  } else {
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  }
  if (method == "HEAD") curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
  else curl_easy_setopt(c, CURLOPT_NOBODY, 0L);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
  CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(list);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
  if (rc != CURLE_OK) {
    r.status = 0;
    r.body = curl_easy_strerror(rc);
    return r;
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r.status);
  return r;
}

HttpResponse HttpClient::get(const std::string& path, const std::vector<std::string>& headers) {
  return perform("GET", path, nullptr, "", headers);
}

HttpResponse HttpClient::head(const std::string& path) { return perform("HEAD", path, nullptr, "", {}); }

HttpResponse HttpClient::post(const std::string& path, const std::map<std::string, std::string>& form,
                              const std::vector<std::string>& headers) {
  std::string body = form_encode(form);
  return perform("POST", path, &body, "application/x-www-form-urlencoded", headers);
}

HttpResponse HttpClient::post_raw(const std::string& path, const std::string& body, const std::string& content_type,
                                  const std::vector<std::string>& headers) {
  return perform("POST", path, &body, content_type, headers);
}

std::string HttpClient::csrf_from(const std::string& html) const {
  static const std::regex re(R"re(name="_csrf" value="([^"]+)")re");
  std::smatch m;
  if (std::regex_search(html, m, re)) return m[1];
  return "";
}

HttpResponse HttpClient::submit(const std::string& form_page, const std::string& action,
                                std::map<std::string, std::string> form) {
  auto page = get(form_page);
  form["_csrf"] = csrf_from(page.body);
  return post(action, form);
}

bool HttpClient::login(const std::string& email, const std::string& password) {
  auto r = submit("/login", "/login", {{"email", email}, {"password", password}});
  return r.status == 303;
}

}  // namespace maillage::testing
