// The services one running Maillage holds: configuration, database, translations, templates, metrics, mail
// and jobs. Handlers reach them through RequestContext::app.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/db.hpp"
#include "platform/http.hpp"
#include "platform/i18n.hpp"
#include "platform/metrics.hpp"
#include "platform/views.hpp"

namespace maillage {

struct Config {
  std::string db_url = "sqlite:///./data/maillage.db";
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t threads = 2;
  std::string base_url;            // public URL used in e-mails; default http://HOST:PORT
  bool behind_tls = false;         // cookies get Secure
  // Addresses of reverse proxies whose X-Forwarded-For is believed: behind them every visitor would otherwise
  // have the proxy's address (one shared budget of login attempts and seat holds). From anyone else the header
  // is ignored, so that a visitor cannot choose its own address.
  std::vector<std::string> trusted_proxies;
  // Who may read /metrics: empty = anyone (restrict it at the proxy); else addresses, and "admin" for logged-in
  // administrators.
  std::vector<std::string> metrics_allow;
  // Sites that may show Maillage's embeddable fragments (the agenda, the directory's search box) in a frame:
  // CSP frame-ancestors sources such as "https://www.brusano.brussels". Empty: no site may.
  std::vector<std::string> embed_allow;
  bool demo = false;               // demo mode: demo logins may be shown
  bool pseudo_locale = false;      // accept ?lang=qps (tests)
  bool access_log = true;
  bool run_jobs = true;            // the in-process scheduler
  std::string index_dir;            // search index folder; empty: beside the SQLite file; ":memory:" in tests
  std::string mail_dir = "./data/mail";  // development mail: written here when no SMTP URL is set
  std::string smtp_url;            // e.g. smtp://mail.example.org:587
  std::string smtp_user, smtp_password;
  std::string mail_from = "maillage@localhost";
  std::size_t max_form_bytes = 64 * 1024;
  std::size_t max_field_chars = 10000;

  // Reads MAILLAGE_DB and the MAILLAGE_SMTP_* variables.
  static Config from_environment();
};

class App {
 public:
  explicit App(Config config);
  ~App();

  Config config;
  Database db;
  I18n i18n;
  Views views;
  Metrics metrics;

  // Installation secret (signs CSRF tokens and flash messages), kept in the database so servers share it.
  const std::string& secret() const { return secret_; }
  std::string base_url() const;

  // Set by the accounts part: resolves a session cookie into the current user (nullopt when invalid).
  std::function<std::optional<CurrentUser>(App&, const std::string& token)> load_user;
  // Set by the accounts part: remembers a logged-in user's language choice.
  std::function<void(App&, std::int64_t user_id, const std::string& lang)> save_language;

  // Loads (or creates) the secret; call after migrate().
  void load_secret();

 private:
  std::string secret_;
};

}  // namespace maillage
