#include "accounts/model.hpp"
#include "platform/ascii.hpp"
#include "accounts/session_cache.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/security.hpp"
#include "platform/settings.hpp"

namespace maillage::accounts {

std::string normalise_email(std::string email) {
  email.erase(0, email.find_first_not_of(" \t\r\n"));
  email.erase(email.find_last_not_of(" \t\r\n") + 1);
  return ascii_lower(email);
}

namespace {
const char* kUserColumns = "SELECT id, email, name, lang, password_hash, disabled, created_at, COALESCE(last_login_at, 0) FROM users ";

std::optional<User> fetch_user(soci::session& sql, const std::string& where, const std::string& value_text,
                               std::int64_t value_id, bool by_id) {
  User u;
  int disabled = 0;
  soci::indicator ind = soci::i_null;
  soci::statement st = (sql.prepare << std::string(kUserColumns) + where, soci::into(u.id, ind), soci::into(u.email),
                        soci::into(u.name), soci::into(u.lang), soci::into(u.password_hash), soci::into(disabled),
                        soci::into(u.created_at), soci::into(u.last_login_at));
  if (by_id) st.exchange(soci::use(value_id));
  else st.exchange(soci::use(value_text));
  st.define_and_bind();
  st.execute(true);
  if (ind != soci::i_ok) return std::nullopt;
  u.disabled = disabled != 0;
  return u;
}
}  // namespace

std::optional<User> find_user(soci::session& sql, std::int64_t id) {
  return fetch_user(sql, "WHERE id = :id", "", id, true);
}

std::optional<User> find_user_by_email(soci::session& sql, const std::string& email) {
  return fetch_user(sql, "WHERE email = :e", normalise_email(email), 0, false);
}

std::int64_t create_user(soci::session& sql, const std::string& email, const std::string& name, const std::string& lang) {
  std::int64_t id = 0, now = now_seconds();
  std::string e = normalise_email(email);
  sql << "INSERT INTO users (email, name, lang, created_at) VALUES (:e, :n, :l, :c) RETURNING id", soci::use(e),
      soci::use(name), soci::use(lang), soci::use(now), soci::into(id);
  return id;
}

void set_password(soci::session& sql, std::int64_t user_id, const std::string& password) {
  std::string hash = security::hash_password(password);
  sql << "UPDATE users SET password_hash = :h WHERE id = :id", soci::use(hash), soci::use(user_id);
}

void set_disabled(soci::session& sql, std::int64_t user_id, bool disabled) {
  int d = disabled ? 1 : 0;
  sql << "UPDATE users SET disabled = :d WHERE id = :id", soci::use(d), soci::use(user_id);
  if (disabled) close_sessions_of(sql, user_id);
  access_changed(sql);
}

std::vector<Grant> grants_of(soci::session& sql, std::int64_t user_id) {
  std::vector<Grant> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, role, scope_type, scope_id FROM grants WHERE user_id = :u "
                                               "ORDER BY role, scope_type, scope_id",
                                soci::use(user_id));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3)});
  return out;
}

std::vector<Membership> memberships_of(soci::session& sql, std::int64_t user_id) {
  std::vector<Membership> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT m.organisation_id, o.name, m.role FROM memberships m JOIN "
                                               "organisations o ON o.id = m.organisation_id WHERE m.user_id = :u "
                                               "ORDER BY o.name",
                                soci::use(user_id));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2)});
  return out;
}

void add_grant(soci::session& sql, std::int64_t user_id, const Grant& g, std::int64_t by) {
  std::int64_t now = now_seconds();
  sql << "INSERT INTO grants (user_id, role, scope_type, scope_id, granted_by, granted_at) VALUES (:u, :r, :t, :s, :b, "
         ":a) ON CONFLICT (user_id, role, scope_type, scope_id) DO NOTHING",
      soci::use(user_id), soci::use(g.role), soci::use(g.scope_type), soci::use(g.scope_id), soci::use(by), soci::use(now);
  access_changed(sql);
}

void remove_grant(soci::session& sql, std::int64_t grant_id) {
  sql << "DELETE FROM grants WHERE id = :id", soci::use(grant_id);
  access_changed(sql);
}

void set_membership(soci::session& sql, std::int64_t user_id, std::int64_t organisation_id, const std::string& role) {
  if (role.empty()) {
    sql << "DELETE FROM memberships WHERE user_id = :u AND organisation_id = :o", soci::use(user_id),
        soci::use(organisation_id);
    access_changed(sql);
    return;
  }
  sql << "INSERT INTO memberships (user_id, organisation_id, role) VALUES (:u, :o, :r) "
         "ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role",
      soci::use(user_id), soci::use(organisation_id), soci::use(role);
  access_changed(sql);
}

std::int64_t create_organisation(soci::session& sql, const std::string& name, const std::string& postal_code) {
  std::int64_t id = 0, now = now_seconds();
  soci::indicator pc = postal_code.empty() ? soci::i_null : soci::i_ok;
  // Its directory id from the start: the HSDS API and exports name organisations by UUID.
  std::string hsds_id = security::random_uuid();
  sql << "INSERT INTO organisations (name, postal_code, created_at, hsds_id) VALUES (:n, :p, :c, :h) RETURNING id",
      soci::use(name), soci::use(postal_code, pc), soci::use(now), soci::use(hsds_id), soci::into(id);
  return id;
}

std::vector<Organisation> list_organisations(soci::session& sql) {
  std::vector<Organisation> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, name, COALESCE(postal_code, '') FROM organisations ORDER BY name");
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2)});
  return out;
}

std::optional<Organisation> find_organisation(soci::session& sql, std::int64_t id) {
  Organisation o;
  soci::indicator ind = soci::i_null;
  sql << "SELECT id, name, COALESCE(postal_code, '') FROM organisations WHERE id = :id", soci::use(id),
      soci::into(o.id, ind), soci::into(o.name), soci::into(o.postal_code);
  if (ind != soci::i_ok) return std::nullopt;
  return o;
}

std::string open_session(soci::session& sql, std::int64_t user_id, const std::string& ip) {
  std::string token = security::random_token(32);
  std::string hash = security::sha256_hex(token);
  std::int64_t now = now_seconds(), expires = now + kSessionMaxSeconds;
  sql << "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, ip) VALUES (:h, :u, :c, "
         ":l, :e, :ip)",
      soci::use(hash), soci::use(user_id), soci::use(now), soci::use(now), soci::use(expires), soci::use(ip);
  sql << "UPDATE users SET last_login_at = :n WHERE id = :u", soci::use(now), soci::use(user_id);
  return token;
}

void close_session(soci::session& sql, const std::string& token) {
  std::string hash = security::sha256_hex(token);
  sql << "DELETE FROM sessions WHERE token_hash = :h", soci::use(hash);
  access_changed(sql);
}

void close_sessions_of(soci::session& sql, std::int64_t user_id) {
  sql << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
  access_changed(sql);
}

namespace {
const std::string kAccessRevision = "access_revision";  // in settings: the revision of users, grants and sessions
// Bumped by every access_changed() of this process once its transaction has committed: a cached session
// resolved before it is never served again by this process, without reading the database.
std::atomic<std::uint64_t> g_access_generation{1};
}  // namespace

void access_changed(soci::session& sql) {
  // Written after the change it announces (see resolve_session).
  write_new_revision(sql, kAccessRevision);
  // After the commit, not now: a request of this process that saw the new generation before the change was
  // visible would check the old revision and trust its cache until the next check.
  after_commit([] { g_access_generation.fetch_add(1, std::memory_order_acq_rel); });
}

namespace {
// Resolved sessions of this process, per database, valid while the database's access revision is the one they
// were resolved under. Any change to accounts, grants, memberships or sessions writes a new revision
// (access_changed), so one indexed read of one row per request replaces the three queries of a resolution,
// and a change made by any server takes effect on the very next request of every server.
struct CachedSession {
  CurrentUser user;
  std::int64_t last_seen = 0;
  std::int64_t expires = 0;
  std::int64_t last_login_at = 0;  // the user's, when the session was resolved (the profile shows it)
};
struct SessionCache {
  std::mutex mutex;
  std::string revision;
  // When `revision` was last read from the database, and this process's access generation just before.
  std::uint64_t checked_generation = 0;
  std::chrono::steady_clock::time_point checked_at{};
  std::unordered_map<std::string, CachedSession> sessions;  // by token hash
};
constexpr std::size_t kMaxCachedSessions = 20000;

SessionCache& session_cache(App& app) {
  static std::mutex mutex;
  static std::unordered_map<std::uint64_t, std::unique_ptr<SessionCache>> caches;
  std::lock_guard lock(mutex);
  auto& c = caches[app.db.instance_id()];
  if (!c) c = std::make_unique<SessionCache>();
  return *c;
}

std::string read_access_revision(soci::session& sql) { return read_setting(sql, kAccessRevision).value_or(""); }
}  // namespace

std::optional<CurrentUser> resolve_session(App& app, const std::string& token) {
  if (token.size() != 43) return std::nullopt;
  std::string hash = security::sha256_hex(token);
  std::int64_t now = now_seconds();
  auto& cache = session_cache(app);
  auto fresh_entry = [&]() -> const CachedSession* {
    auto it = cache.sessions.find(hash);
    if (it != cache.sessions.end() && now <= it->second.expires && now - it->second.last_seen <= 300) return &it->second;
    return nullptr;
  };
  // No change of this process since the revision was last read, and that read is recent (another server's
  // change is seen within kAccessRecheckMilliseconds): the cache is trusted without touching the database.
  std::uint64_t generation = g_access_generation.load(std::memory_order_acquire);
  auto started = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(cache.mutex);
    if (cache.checked_generation == generation &&
        started - cache.checked_at < std::chrono::milliseconds(kAccessRecheckMilliseconds))
      if (auto* entry = fresh_entry()) return entry->user;
  }
  soci::session sql(app.db.pool());
  // The revision is read before the session: a change committed in between only makes this entry stale under a
  // revision that is already gone, so it is resolved again on the next request. The generation was read before
  // the revision: a change of this process bumps it only once committed, so the revision read is at least as new.
  std::string revision = read_access_revision(sql);
  {
    std::lock_guard lock(cache.mutex);
    if (cache.revision != revision) {
      cache.sessions.clear();
      cache.revision = revision;
    }
    cache.checked_generation = generation;
    cache.checked_at = started;
    if (auto* entry = fresh_entry()) return entry->user;
  }
  CurrentUser u;
  std::int64_t last_seen = 0, expires = 0, last_login_at = 0;
  int disabled = 1;
  soci::indicator ind = soci::i_null;
  sql << "SELECT u.id, u.email, u.name, u.lang, u.disabled, s.last_seen_at, s.expires_at, COALESCE(u.last_login_at, 0) "
         "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = :h",
      soci::use(hash), soci::into(u.id, ind), soci::into(u.email), soci::into(u.name), soci::into(u.lang),
      soci::into(disabled), soci::into(last_seen), soci::into(expires), soci::into(last_login_at);
  if (ind != soci::i_ok) return std::nullopt;
  if (disabled || now > expires || now - last_seen > kSessionIdleSeconds) {
    sql << "DELETE FROM sessions WHERE token_hash = :h", soci::use(hash);
    return std::nullopt;
  }
  // Refresh the idle clock at most every five minutes: no write on most requests (a cached session is
  // resolved again after five minutes, which refreshes it here).
  if (now - last_seen > 300) {
    sql << "UPDATE sessions SET last_seen_at = :n WHERE token_hash = :h", soci::use(now), soci::use(hash);
    last_seen = now;
  }
  u.grants = grants_of(sql, u.id);
  u.memberships = memberships_of(sql, u.id);
  std::lock_guard lock(cache.mutex);
  if (cache.revision == revision) {
    if (cache.sessions.size() >= kMaxCachedSessions) cache.sessions.clear();
    cache.sessions[hash] = CachedSession{u, last_seen, expires, last_login_at};
  }
  return u;
}

std::int64_t last_login_of_session(App& app, const std::string& token, std::int64_t user_id) {
  if (token.size() == 43) {
    std::string hash = security::sha256_hex(token);
    auto& cache = session_cache(app);
    std::lock_guard lock(cache.mutex);
    if (auto it = cache.sessions.find(hash); it != cache.sessions.end() && it->second.user.id == user_id)
      return it->second.last_login_at;
  }
  soci::session sql(app.db.pool());
  std::int64_t at = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT last_login_at FROM users WHERE id = :id", soci::use(user_id), soci::into(at, ind);
  return ind == soci::i_ok ? at : 0;
}

std::string issue_token(soci::session& sql, const TokenRequest& r) {
  std::string token = security::random_token(32);
  std::string hash = security::sha256_hex(token);
  std::int64_t now = now_seconds(), expires = now + r.ttl_seconds;
  soci::indicator user_ind = r.user_id ? soci::i_ok : soci::i_null;
  soci::indicator org_ind = r.organisation_id ? soci::i_ok : soci::i_null;
  soci::indicator by_ind = r.created_by ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO one_time_tokens (token_hash, purpose, user_id, email, organisation_id, role, created_by, "
         "created_at, expires_at) VALUES (:h, :p, :u, :e, :o, :r, :b, :c, :x)",
      soci::use(hash), soci::use(r.purpose), soci::use(r.user_id, user_ind), soci::use(r.email),
      soci::use(r.organisation_id, org_ind), soci::use(r.role), soci::use(r.created_by, by_ind), soci::use(now),
      soci::use(expires);
  return token;
}

std::optional<TokenRecord> find_token(soci::session& sql, const std::string& token) {
  if (token.size() != 43) return std::nullopt;
  std::string hash = security::sha256_hex(token);
  TokenRecord t;
  std::int64_t used_at = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT purpose, COALESCE(user_id, 0), email, COALESCE(organisation_id, 0), role, expires_at, "
         "COALESCE(used_at, 0) FROM one_time_tokens WHERE token_hash = :h",
      soci::use(hash), soci::into(t.purpose, ind), soci::into(t.user_id), soci::into(t.email),
      soci::into(t.organisation_id), soci::into(t.role), soci::into(t.expires_at), soci::into(used_at);
  if (ind != soci::i_ok) return std::nullopt;
  t.used = used_at != 0;
  return t;
}

void mark_token_used(soci::session& sql, const std::string& token) {
  std::string hash = security::sha256_hex(token);
  std::int64_t now = now_seconds();
  sql << "UPDATE one_time_tokens SET used_at = :n WHERE token_hash = :h", soci::use(now), soci::use(hash);
}

namespace {
int count_failures(soci::session& sql, const std::string& key) {
  int n = 0;
  std::int64_t since = now_seconds() - kAttemptWindowSeconds;
  sql << "SELECT COUNT(*) FROM login_attempts WHERE subject_key = :k AND at > :s", soci::use(key), soci::use(since),
      soci::into(n);
  return n;
}
}  // namespace

bool login_blocked(soci::session& sql, const std::string& email, const std::string& ip) {
  return count_failures(sql, "account:" + normalise_email(email)) >= kMaxFailuresPerAccount ||
         count_failures(sql, "ip:" + ip) >= kMaxFailuresPerAddress;
}

void record_login_failure(soci::session& sql, const std::string& email, const std::string& ip) {
  std::int64_t now = now_seconds();
  std::string a = "account:" + normalise_email(email), b = "ip:" + ip;
  sql << "INSERT INTO login_attempts (subject_key, at) VALUES (:k, :t)", soci::use(a), soci::use(now);
  sql << "INSERT INTO login_attempts (subject_key, at) VALUES (:k, :t)", soci::use(b), soci::use(now);
}

void clear_login_failures(soci::session& sql, const std::string& email) {
  std::string a = "account:" + normalise_email(email);
  sql << "DELETE FROM login_attempts WHERE subject_key = :k", soci::use(a);
}

}  // namespace maillage::accounts
