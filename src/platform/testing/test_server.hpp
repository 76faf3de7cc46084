// Test support: a real Maillage server on an ephemeral 127.0.0.1 port over a throwaway database (SQLite in a
// temporary folder, or a fresh schema on the PostgreSQL named by MAILLAGE_TEST_PG), and an HTTP client with its
// own cookie jar.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "platform/app.hpp"
#include "platform/jobs.hpp"
#include "platform/server.hpp"

namespace maillage::testing {

// The database URL for a new test database: a fresh SQLite file, or a fresh PostgreSQL schema when the
// environment variable MAILLAGE_TEST_PG holds a libpq connection string.
std::string fresh_database_url();
bool on_postgres();

struct TestServerOptions {
  bool pseudo_locale = false;
  bool seed_demo = false;
  std::size_t threads = 2;
  // Another server's database (e.g. `first.app().config.db_url`): two servers on one database, as in a
  // multi-server deployment. Empty: a fresh database of its own.
  std::string db_url;
};

class TestServer {
 public:
  explicit TestServer(TestServerOptions options = {});
  ~TestServer();
  App& app() { return *app_; }
  Server& server() { return *server_; }
  Jobs& jobs() { return *jobs_; }
  std::string url(const std::string& path = "/") const;
  unsigned short port() const { return server_->port(); }

  // Creates an active user with a password and optional grants/membership; returns the user id.
  std::int64_t add_user(const std::string& email, const std::string& password, const std::string& grant_role = "",
                        const std::string& grant_scope = "region", const std::string& grant_scope_id = "");
  std::int64_t add_organisation(const std::string& name, const std::string& postal_code = "1000");
  void add_membership(std::int64_t user_id, std::int64_t organisation_id, const std::string& role);
  // Runs the background jobs that are due (sends queued mail into the mail folder).
  int run_jobs() { return jobs_->run_due(); }
  std::string mail_dir() const { return dir_ + "/mail"; }
  // Body of the latest outbox message sent to an address ("" if none).
  std::string last_mail_to(const std::string& email);

 private:
  std::string dir_;
  std::string db_dir_;  // the SQLite database's folder, removed with the server
  std::unique_ptr<App> app_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<Jobs> jobs_;
};

struct HttpResponse {
  long status = 0;
  std::string body;
  std::multimap<std::string, std::string> headers;  // lower-case names
  std::string header(const std::string& lower_name) const;
};

class HttpClient {
 public:
  explicit HttpClient(std::string base_url);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpResponse get(const std::string& path, const std::vector<std::string>& headers = {});
  HttpResponse head(const std::string& path);
  HttpResponse post(const std::string& path, const std::map<std::string, std::string>& form,
                    const std::vector<std::string>& headers = {});
  HttpResponse post_raw(const std::string& path, const std::string& body, const std::string& content_type,
                        const std::vector<std::string>& headers = {});
  // Posts a form with the CSRF token taken from the page at `form_page` (as a browser would).
  HttpResponse submit(const std::string& form_page, const std::string& action, std::map<std::string, std::string> form);
  // Logs in through the login form; true on success.
  bool login(const std::string& email, const std::string& password);
  std::string csrf_from(const std::string& html) const;

 private:
  HttpResponse perform(const std::string& method, const std::string& path, const std::string* body,
                       const std::string& content_type, const std::vector<std::string>& headers);
  std::string base_;
  void* curl_;
};

// The text a person sees or hears on an HTML page: text nodes and the attributes screen readers read
// (aria-label, placeholder, title, alt), without scripts, the <title> and <code> (identifiers, not words).
std::string visible_text(const std::string& html);
// Removes the pseudo-locale's ⟦...⟧ strings: what is left did not come from the catalogue.
std::string outside_catalogue(const std::string& text);
// The first run of words on a page that neither comes from the catalogue nor is one of `data` (names from the
// database, dates...): "" when every visible word is accounted for. The pseudo-locale walks call it per page.
std::string catalogue_leak(const std::string& html, std::vector<std::string> data);
// Month names as the pseudo-locale (English formatting) writes dates, to pass as data.
const std::vector<std::string>& english_month_names();

std::string form_encode(const std::map<std::string, std::string>& form);

}  // namespace maillage::testing
