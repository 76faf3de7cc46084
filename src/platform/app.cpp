#include "platform/app.hpp"

#include <cstdlib>

#include "platform/security.hpp"

namespace maillage {

Config Config::from_environment() {
  Config c;
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v ? v : "";
  };
  if (auto db = env("MAILLAGE_DB"); !db.empty()) c.db_url = db;
  if (auto v = env("MAILLAGE_SMTP_URL"); !v.empty()) c.smtp_url = v;
  if (auto v = env("MAILLAGE_SMTP_USER"); !v.empty()) c.smtp_user = v;
  if (auto v = env("MAILLAGE_SMTP_PASSWORD"); !v.empty()) c.smtp_password = v;
  if (auto v = env("MAILLAGE_MAIL_FROM"); !v.empty()) c.mail_from = v;
  if (auto v = env("MAILLAGE_BASE_URL"); !v.empty()) c.base_url = v;
  auto list = [](const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
      auto comma = text.find(',', start);
      std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      item.erase(0, item.find_first_not_of(" \t"));
      item.erase(item.find_last_not_of(" \t") + 1);
      if (!item.empty()) out.push_back(item);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    return out;
  };
  if (auto v = env("MAILLAGE_TRUSTED_PROXY"); !v.empty()) c.trusted_proxies = list(v);
  if (auto v = env("MAILLAGE_METRICS_ALLOW"); !v.empty()) c.metrics_allow = list(v);
  if (auto v = env("MAILLAGE_EMBED_ALLOW"); !v.empty()) c.embed_allow = list(v);
  return c;
}

App::App(Config cfg)
    : config(std::move(cfg)), db(config.db_url, config.threads + 2), i18n(config.pseudo_locale), views(i18n) {
  security::init();
}

App::~App() = default;

std::string App::base_url() const {
  if (!config.base_url.empty()) return config.base_url;
  return "http://" + config.host + ":" + std::to_string(config.port);
}

void App::load_secret() {
  secret_ = db.transact([](soci::session& sql) {
    std::string value;
    soci::indicator ind = soci::i_null;
    sql << "SELECT value FROM settings WHERE name = 'secret'", soci::into(value, ind);
    if (ind == soci::i_ok && !value.empty()) return value;
    value = security::random_token(32);
    sql << "INSERT INTO settings (name, value) VALUES ('secret', :v)", soci::use(value);
    return value;
  });
}

}  // namespace maillage
