// The request/response model every handler sees: a request context parsed once (user, roles, language, form
// fields, CSRF verdict) goes in, a Response comes out. Handlers never touch sockets.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage {

class App;

enum class Method { Get, Post };

// Who may call a route. Each level includes administrators; a route's handler may narrow further (for
// instance to the coordinators of one organisation) but never widen.
enum class Access {
  Public,          // anyone, including anonymous visitors
  Professional,    // any logged-in, active account
  OrgCoordinator,  // coordinator of at least one organisation (membership role), or a territory coordinator
  Coordinator,     // coordinator of a bassin or of the region
  Responder,       // responder of at least one helpdesk line (grant "responder", scope "line", id = line id)
  Admin,           // administrator
};
const char* access_name(Access a);

struct Grant {
  std::int64_t id = 0;
  std::string role;        // "admin", "coordinator", "responder", "concertation_member", "caseload"
  std::string scope_type;  // "region", "bassin", "line", "group", "team"
  std::string scope_id;    // e.g. "sud" for a bassin; empty for the region
};

struct Membership {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::string role;  // "member", "editor", "coordinator"
};

struct CurrentUser {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string lang;
  std::vector<Grant> grants;
  std::vector<Membership> memberships;

  bool is_admin() const;
  bool is_territory_coordinator() const;
  bool coordinates_organisation(std::int64_t organisation_id) const;
  // The numeric scope ids of this user's grants of `role` on `scope_type` (a concertation group's members:
  // "concertation_member"/"group", a caseload team's: "caseload"/"team"). Administrators hold none unless
  // granted: confidential parts narrow on these, never on is_admin().
  std::vector<std::int64_t> scope_ids(const std::string& role, const std::string& scope_type) const;
  bool holds_scope(const std::string& role, const std::string& scope_type, std::int64_t id) const;
  // Helpdesk lines this user answers (grant "responder", scope "line"). Administrators are not responders:
  // a request's text is read only by its line's responders, whatever the caller's other roles.
  std::vector<std::int64_t> responder_line_ids() const;
  bool responds_for_line(std::int64_t line_id) const;
  bool may(Access a) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response redirect(const std::string& location, int status = 303);
  static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
  static Response json(int status, std::string body);
  Response& header(std::string name, std::string value);
};

using Params = std::multimap<std::string, std::string>;

struct RequestContext;
using Handler = std::function<Response(RequestContext&)>;

struct Route {
  Method method;
  std::string pattern;  // "/admin/users/{id}"; a trailing "/*" matches any rest
  Access access;
  Handler handler;
  bool csrf_exempt = false;  // only for endpoints that use no cookie authority (e.g. public JSON reads)
  // A fragment other sites show in a frame: no cookie is set, and its CSP lets the sites of
  // Config::embed_allow frame it. Only for public pages that show the same thing to everyone.
  bool embeddable = false;
  // Hashes or verifies a password (Argon2id, 64 MiB, ~100 ms): run on the server's small pool for slow work,
  // never on a request thread, so that logins do not stall every page (platform/server.hpp, ServerLimits).
  bool slow = false;
};

struct RequestContext {
  App& app;
  Method method = Method::Get;
  std::string path;
  std::string raw_query;
  Params query;
  Params form;
  std::map<std::string, std::string> cookies;
  std::map<std::string, std::string> headers;  // lower-case names
  std::map<std::string, std::string> params;   // from the route pattern
  std::string body;
  std::string remote_ip;
  bool secure = false;  // behind TLS (the operator sets --behind-tls): cookies get Secure
  const Route* route = nullptr;

  std::optional<CurrentUser> user;
  std::string session_token;
  std::string lang = "fr";
  std::string csrf_token;      // to put in forms
  bool csrf_ok = false;        // verdict for state-changing requests
  std::vector<std::string> set_cookies;

  explicit RequestContext(App& a) : app(a) {}

  // First value of a query or form field ("" if absent).
  std::string q(const std::string& name) const;
  std::string f(const std::string& name) const;
  std::vector<std::string> f_all(const std::string& name) const;
  std::string param(const std::string& name) const;
  std::int64_t param_id(const std::string& name) const;  // throws NotFound when not a number
  std::string header(const std::string& lower_name) const;

  std::string tr(const char* msgid) const;
  std::string tr(const std::string& msgid) const { return tr(msgid.c_str()); }
  std::string trn(const char* singular, const char* plural, long n) const;

  void set_cookie(const std::string& name, const std::string& value, long max_age_seconds, bool http_only = true);
  // A message shown once on the next page (a catalogue msgid, signed so it cannot be forged).
  void flash(const char* msgid);
};

// Thrown by handlers to produce the standard error pages.
struct HttpError {
  int status;
  std::string msgid;  // catalogue message shown on the error page
};
inline HttpError not_found() { return {404, "This page does not exist."}; }
inline HttpError forbidden() { return {403, "You are not allowed to see this page."}; }

std::string url_encode(std::string_view s);
std::string url_decode(std::string_view s, bool plus_is_space = true);
Params parse_urlencoded(std::string_view s);
std::string html_escape(std::string_view s);

}  // namespace maillage
