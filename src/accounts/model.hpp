// Accounts: users, organisations, memberships, scoped roles (grants), sessions, one-time tokens and the
// limits on login attempts. Every function takes the caller's SOCI session so it joins its transaction.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace maillage {
class App;
}

namespace maillage::accounts {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string lang = "fr";
  std::string password_hash;
  bool disabled = false;
  std::int64_t created_at = 0;
  std::int64_t last_login_at = 0;
};

struct Organisation {
  std::int64_t id = 0;
  std::string name;
  std::string postal_code;
};

constexpr std::int64_t kSessionIdleSeconds = 12 * 3600;
constexpr std::int64_t kSessionMaxSeconds = 14 * 24 * 3600;
constexpr std::int64_t kPasswordLinkSeconds = 24 * 3600;
constexpr std::int64_t kInvitationSeconds = 14 * 24 * 3600;
constexpr std::size_t kMinPasswordLength = 10;

std::string normalise_email(std::string email);

std::optional<User> find_user(soci::session& sql, std::int64_t id);
std::optional<User> find_user_by_email(soci::session& sql, const std::string& email);
std::int64_t create_user(soci::session& sql, const std::string& email, const std::string& name, const std::string& lang);
void set_password(soci::session& sql, std::int64_t user_id, const std::string& password);
void set_disabled(soci::session& sql, std::int64_t user_id, bool disabled);
std::vector<Grant> grants_of(soci::session& sql, std::int64_t user_id);
std::vector<Membership> memberships_of(soci::session& sql, std::int64_t user_id);
void add_grant(soci::session& sql, std::int64_t user_id, const Grant& g, std::int64_t by);
void remove_grant(soci::session& sql, std::int64_t grant_id);
void set_membership(soci::session& sql, std::int64_t user_id, std::int64_t organisation_id, const std::string& role);

std::int64_t create_organisation(soci::session& sql, const std::string& name, const std::string& postal_code);
std::vector<Organisation> list_organisations(soci::session& sql);
std::optional<Organisation> find_organisation(soci::session& sql, std::int64_t id);

// Sessions: the cookie carries a random token; the database keeps only its hash.
std::string open_session(soci::session& sql, std::int64_t user_id, const std::string& ip);
void close_session(soci::session& sql, const std::string& token);
void close_sessions_of(soci::session& sql, std::int64_t user_id);
// Resolves a session cookie, from the process's cache of resolved sessions while no access change is known
// (no query at all), else from the database (three queries). A change made by this process is known at once
// (access_changed bumps an in-process generation when its transaction commits); one made by another server
// (or a command) is known at the next read of the database's access revision, at most
// kAccessRecheckMilliseconds after the previous one.
std::optional<CurrentUser> resolve_session(App& app, const std::string& token);
constexpr int kAccessRecheckMilliseconds = 100;
// Announces a change to who may do what: call it, in the same transaction and after the change, whenever a
// user's disabled flag, name, language or e-mail, a grant, a membership or a session (closed) changes.
// This server's cache of resolved sessions is stale from the commit on, every other server's within
// kAccessRecheckMilliseconds. The functions above (set_disabled, add_grant, remove_grant, set_membership,
// close_session[s_of]) call it themselves.
void access_changed(soci::session& sql);

// One-time tokens for password links and invitations. Only the hash is stored.
struct TokenRequest {
  std::string purpose;  // "password" or "invitation"
  std::int64_t user_id = 0;
  std::string email;
  std::int64_t organisation_id = 0;
  std::string role;
  std::int64_t created_by = 0;
  std::int64_t ttl_seconds = kPasswordLinkSeconds;
};
struct TokenRecord {
  std::string purpose;
  std::int64_t user_id = 0;
  std::string email;
  std::int64_t organisation_id = 0;
  std::string role;
  std::int64_t expires_at = 0;
  bool used = false;
};
std::string issue_token(soci::session& sql, const TokenRequest& request);
std::optional<TokenRecord> find_token(soci::session& sql, const std::string& token);
void mark_token_used(soci::session& sql, const std::string& token);

// Login attempts: at most kMaxFailuresPerAccount per account and kMaxFailuresPerAddress per address in
// kAttemptWindowSeconds. Stored in the database so that several servers count together.
constexpr int kMaxFailuresPerAccount = 5;
constexpr int kMaxFailuresPerAddress = 20;
constexpr std::int64_t kAttemptWindowSeconds = 15 * 60;
bool login_blocked(soci::session& sql, const std::string& email, const std::string& ip);
void record_login_failure(soci::session& sql, const std::string& email, const std::string& ip);
void clear_login_failures(soci::session& sql, const std::string& email);

}  // namespace maillage::accounts
