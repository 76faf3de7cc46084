#include "platform/http.hpp"

#include <charconv>

#include "platform/app.hpp"
#include "platform/security.hpp"

namespace maillage {

const char* access_name(Access a) {
  switch (a) {
    case Access::Public: return "public";
    case Access::Professional: return "professional";
    case Access::OrgCoordinator: return "organisation coordinator";
    case Access::Coordinator: return "territory coordinator";
    case Access::Responder: return "helpdesk responder";
    case Access::Admin: return "administrator";
  }
  return "?";
}

bool CurrentUser::is_admin() const {
  for (auto& g : grants)
    if (g.role == "admin") return true;
  return false;
}

bool CurrentUser::is_territory_coordinator() const {
  for (auto& g : grants)
    if (g.role == "coordinator") return true;
  return false;
}

bool CurrentUser::coordinates_organisation(std::int64_t organisation_id) const {
  if (is_admin()) return true;
  for (auto& m : memberships)
    if (m.organisation_id == organisation_id && m.role == "coordinator") return true;
  return false;
}

std::vector<std::int64_t> CurrentUser::scope_ids(const std::string& role, const std::string& scope_type) const {
  std::vector<std::int64_t> ids;
  for (auto& g : grants) {
    if (g.role != role || g.scope_type != scope_type) continue;
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(g.scope_id.data(), g.scope_id.data() + g.scope_id.size(), id);
    if (ec == std::errc() && p == g.scope_id.data() + g.scope_id.size() && id > 0) ids.push_back(id);
  }
  return ids;
}

bool CurrentUser::holds_scope(const std::string& role, const std::string& scope_type, std::int64_t id) const {
  for (auto own : scope_ids(role, scope_type))
    if (own == id) return true;
  return false;
}

std::vector<std::int64_t> CurrentUser::responder_line_ids() const { return scope_ids("responder", "line"); }

bool CurrentUser::responds_for_line(std::int64_t line_id) const { return holds_scope("responder", "line", line_id); }

bool CurrentUser::may(Access a) const {
  if (is_admin()) return true;
  switch (a) {
    case Access::Public:
    case Access::Professional: return true;
    case Access::OrgCoordinator:
      if (is_territory_coordinator()) return true;
      for (auto& m : memberships)
        if (m.role == "coordinator") return true;
      return false;
    case Access::Coordinator: return is_territory_coordinator();
    case Access::Responder: return !responder_line_ids().empty();
    case Access::Admin: return false;
  }
  return false;
}

Response Response::redirect(const std::string& location, int status) {
  Response r;
  r.status = status;
  r.headers.emplace_back("Location", location);
  return r;
}

Response Response::text(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  return r;
}

Response Response::json(int status, std::string body) {
  return text(status, std::move(body), "application/json; charset=utf-8");
}

Response& Response::header(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

namespace {
std::string first(const Params& p, const std::string& name) {
  auto it = p.find(name);
  return it == p.end() ? std::string() : it->second;
}
}  // namespace

std::string RequestContext::q(const std::string& name) const { return first(query, name); }
std::string RequestContext::f(const std::string& name) const { return first(form, name); }
std::vector<std::string> RequestContext::f_all(const std::string& name) const {
  std::vector<std::string> out;
  auto [b, e] = form.equal_range(name);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}
std::string RequestContext::param(const std::string& name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}
std::int64_t RequestContext::param_id(const std::string& name) const {
  auto s = param(name);
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0) throw not_found();
  return v;
}
std::string RequestContext::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string RequestContext::tr(const char* msgid) const { return app.i18n.tr(lang, msgid); }
std::string RequestContext::trn(const char* s, const char* p, long n) const { return app.i18n.trn(lang, s, p, n); }

void RequestContext::set_cookie(const std::string& name, const std::string& value, long max_age, bool http_only) {
  std::string c = name + "=" + value + "; Path=/; SameSite=Lax";
  if (max_age >= 0) c += "; Max-Age=" + std::to_string(max_age);
  if (http_only) c += "; HttpOnly";
  if (secure) c += "; Secure";
  set_cookies.push_back(std::move(c));
}

void RequestContext::flash(const char* msgid) {
  std::string payload = security::base64url(msgid);
  set_cookie("maillage_flash", payload + "." + security::hmac(app.secret(), "flash:" + payload), 300);
}

std::string url_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string url_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  auto val = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && val(s[i + 1]) >= 0 && val(s[i + 2]) >= 0) {
      out += static_cast<char>(val(s[i + 1]) * 16 + val(s[i + 2]));
      i += 2;
    } else if (s[i] == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

Params parse_urlencoded(std::string_view s) {
  Params out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    auto amp = s.find('&', pos);
    if (amp == std::string_view::npos) amp = s.size();
    auto pair = s.substr(pos, amp - pos);
    if (!pair.empty()) {
      auto eq = pair.find('=');
      if (eq == std::string_view::npos) out.emplace(url_decode(pair), "");
      else out.emplace(url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
    }
    pos = amp + 1;
  }
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace maillage
