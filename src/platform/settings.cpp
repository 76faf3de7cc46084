#include "platform/settings.hpp"

#include "platform/security.hpp"

namespace maillage {

std::optional<std::string> read_setting(soci::session& sql, const std::string& name) {
  std::string value;
  soci::indicator ind = soci::i_null;
  sql << "SELECT value FROM settings WHERE name = :n", soci::use(name), soci::into(value, ind);
  if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
  return value;
}

void write_setting(soci::session& sql, const std::string& name, const std::string& value) {
  sql << "INSERT INTO settings (name, value) VALUES (:n, :v) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      soci::use(name), soci::use(value);
}

void write_new_revision(soci::session& sql, const std::string& name) { write_setting(sql, name, security::random_token(12)); }

}  // namespace maillage
