#include "platform/server.hpp"
#include "platform/ascii.hpp"

#include <restinio/all.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <strings.h>
#include <nlohmann/json.hpp>

#include "platform/security.hpp"
#include "platform/text_map.hpp"
#include "platform/views.hpp"

namespace maillage {

namespace {
using Traits = restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t pos = 1;
  while (pos <= path.size()) {
    auto slash = path.find('/', pos);
    if (slash == std::string_view::npos) slash = path.size();
    out.push_back(path.substr(pos, slash - pos));
    pos = slash + 1;
  }
  return out;
}

// A route's pattern split once, when the server is built: a literal segment, a {parameter} or the trailing "*".
struct PatternSegment {
  enum class Kind { Literal, Param, Rest } kind;
  std::string text;  // the literal, or the parameter's name
};
std::vector<PatternSegment> compile_pattern(const std::string& pattern) {
  std::vector<PatternSegment> out;
  for (auto seg : segments(pattern)) {
    if (seg == "*") out.push_back({PatternSegment::Kind::Rest, ""});
    else if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}')
      out.push_back({PatternSegment::Kind::Param, std::string(seg.substr(1, seg.size() - 2))});
    else out.push_back({PatternSegment::Kind::Literal, std::string(seg)});
  }
  return out;
}

// Whether the path's segments match the pattern; fills the parameters ("*" holds the rest of the path).
bool match_segments(const std::vector<PatternSegment>& ps, const std::vector<std::string_view>& xs,
                    std::map<std::string, std::string>& params) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].kind == PatternSegment::Kind::Rest) {
      std::string rest;
      for (std::size_t j = i; j < xs.size(); ++j) {
        if (j > i) rest += '/';
        rest += xs[j];
      }
      params["*"] = rest;
      return i < xs.size();
    }
    if (i >= xs.size()) return false;
    if (ps[i].kind == PatternSegment::Kind::Param) {
      if (xs[i].empty()) return false;
      params[ps[i].text] = std::string(xs[i]);
    } else if (ps[i].text != xs[i]) {
      return false;
    }
  }
  return ps.size() == xs.size();
}
}  // namespace

// The route table compiled: each pattern split once, and the routes a path may match listed by the path's first
// segment, in the table's order (a route whose pattern starts with a parameter is a candidate for every path).
// A request then splits its path once and tries a handful of routes, instead of splitting every pattern.
struct Server::RouteIndex {
  std::vector<std::vector<PatternSegment>> patterns;
  TextMap<std::vector<std::size_t>> by_first;
  std::vector<std::size_t> any_first;  // routes whose first segment is not a literal

  explicit RouteIndex(const std::vector<Route>& routes) {
    for (auto& r : routes) patterns.push_back(compile_pattern(r.pattern));
    auto literal_first = [&](std::size_t i) {
      return !patterns[i].empty() && patterns[i][0].kind == PatternSegment::Kind::Literal;
    };
    for (std::size_t i = 0; i < patterns.size(); ++i)
      if (literal_first(i)) by_first.try_emplace(patterns[i][0].text);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      if (literal_first(i)) {
        by_first[patterns[i][0].text].push_back(i);
      } else {
        any_first.push_back(i);
        for (auto& [first, list] : by_first) list.push_back(i);
      }
    }
  }
  const std::vector<std::size_t>& candidates(const std::vector<std::string_view>& xs) const {
    if (xs.empty()) return any_first;
    auto it = by_first.find(xs[0]);
    return it == by_first.end() ? any_first : it->second;
  }
};

namespace {
std::map<std::string, std::string> parse_cookies(std::string_view header) {
  std::map<std::string, std::string> out;
  std::size_t pos = 0;
  while (pos < header.size()) {
    auto semi = header.find(';', pos);
    if (semi == std::string_view::npos) semi = header.size();
    auto item = header.substr(pos, semi - pos);
    pos = semi + 1;
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    auto eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
  }
  return out;
}

// A JSON string literal for the access log; invalid UTF-8 in a path is replaced, never thrown on.
std::string json_str(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const char* reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
  }
  return "Status";
}
// The decoded path of a request target (before any query), always starting with a slash.
std::string path_of(const std::string& target) {
  std::string path = url_decode(target.substr(0, target.find('?')), false);
  if (path.empty() || path[0] != '/') path = "/" + path;
  return path;
}
}  // namespace

struct Server::Running {
  restinio::running_server_handle_t<Traits> handle;
};

// A few threads and a bounded queue for the requests of `slow` routes (password hashing).
class Server::SlowWork {
 public:
  SlowWork(std::size_t threads, std::size_t max_queue) : max_queue_(max_queue) {
    for (std::size_t i = 0; i < std::max<std::size_t>(threads, 1); ++i) threads_.emplace_back([this] { run(); });
  }
  ~SlowWork() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();  // what is queued is still answered
  }
  // False when the queue is full: the caller answers at once instead.
  bool post(std::function<void()> work) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ || queue_.size() >= max_queue_) return false;
      queue_.push_back(std::move(work));
    }
    ready_.notify_one();
    return true;
  }

 private:
  void run() {
    for (;;) {
      std::function<void()> work;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        work = std::move(queue_.front());
        queue_.pop_front();
      }
      try { work(); } catch (...) {}
    }
  }
  std::size_t max_queue_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

Server::Server(App& app, std::vector<Route> routes, ServerLimits limits)
    : app_(app), routes_(std::move(routes)), index_(std::make_unique<RouteIndex>(routes_)), limits_(limits) {}

Server::~Server() { stop(); }

bool Server::goes_to_slow_route(const std::string& method, const std::string& target) const {
  if (method != "POST") return false;
  std::map<std::string, std::string> params;
  bool known = false;
  const Route* r = match(method, path_of(target), params, known);
  return r && r->slow;
}

const Route* Server::match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_known) const {
  Method m = method == "POST" ? Method::Post : Method::Get;
  path_known = false;
  auto xs = segments(path);
  for (auto i : index_->candidates(xs)) {
    params.clear();
    if (!match_segments(index_->patterns[i], xs, params)) continue;
    path_known = true;
    if (routes_[i].method == m) return &routes_[i];
  }
  return nullptr;
}

std::string frame_ancestors(const std::vector<std::string>& allowed) {
  std::string out;
  for (auto& a : allowed) {
    bool plain = !a.empty() && a.size() <= 200 &&
                 a.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/.*-_") == std::string::npos;
    if (plain) out += (out.empty() ? "" : " ") + a;
  }
  return out.empty() ? "'none'" : out;
}

std::string client_address(const std::string& connection_ip, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](const std::string& a) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), a) != trusted_proxies.end();
  };
  if (forwarded_for.empty() || !trusted(connection_ip)) return connection_ip;
  std::string_view rest(forwarded_for);
  while (!rest.empty()) {
    auto comma = rest.rfind(',');
    std::string_view part = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    // An address is digits, hex letters, dots and colons; anything else (a forged or broken header) ends the walk.
    bool plausible = !part.empty() && part.size() <= 45 &&
                     std::all_of(part.begin(), part.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':'; });
    if (!plausible) return connection_ip;
    std::string address(part);
    if (!trusted(address)) return address;
  }
  return connection_ip;
}

Response Server::handle(const RawRequest& raw) {
  auto t0 = std::chrono::steady_clock::now();
  RequestContext ctx(app_);
  std::string forwarded;
  if (!app_.config.trusted_proxies.empty())
    for (auto& [k, v] : raw.headers)
      if (k.size() == 15 && strcasecmp(k.c_str(), "x-forwarded-for") == 0) forwarded += (forwarded.empty() ? "" : ",") + v;
  ctx.remote_ip = client_address(raw.remote_ip, forwarded, app_.config.trusted_proxies);
  ctx.secure = app_.config.behind_tls;
  auto qmark = raw.target.find('?');
  ctx.path = path_of(raw.target);
  if (qmark != std::string::npos) {
    ctx.raw_query = raw.target.substr(qmark + 1);
    ctx.query = parse_urlencoded(ctx.raw_query);
  }
  for (auto& [k, v] : raw.headers) {
    ctx.headers[ascii_lower(k)] = v;
  }
  ctx.cookies = parse_cookies(ctx.header("cookie"));
  ctx.method = raw.method == "POST" ? Method::Post : Method::Get;

  Response response;
  std::string route_name = "unmatched";
  try {
    // Who is calling, in which language, with which CSRF token: decided once, before any handler runs.
    if (auto it = ctx.cookies.find("maillage_session"); it != ctx.cookies.end() && app_.load_user) {
      ctx.user = app_.load_user(app_, it->second);
      if (ctx.user) ctx.session_token = it->second;
      else ctx.set_cookie("maillage_session", "", 0);
    }
    std::optional<std::string> lang;
    if (auto asked = ctx.q("lang"); !asked.empty()) {
      lang = app_.i18n.normalise(asked);
      if (lang) {
        ctx.set_cookie("maillage_lang", *lang, 365L * 24 * 3600);
        if (ctx.user && ctx.user->lang != *lang && *lang != "qps" && app_.save_language)
          app_.save_language(app_, ctx.user->id, *lang);
      }
    }
    if (!lang && ctx.user && !ctx.user->lang.empty()) lang = app_.i18n.normalise(ctx.user->lang);
    if (!lang) {
      if (auto it = ctx.cookies.find("maillage_lang"); it != ctx.cookies.end()) lang = app_.i18n.normalise(it->second);
    }
    ctx.lang = lang ? *lang : app_.i18n.negotiate(ctx.header("accept-language"));

    std::string csrf_cookie;
    if (auto it = ctx.cookies.find("maillage_csrf"); it != ctx.cookies.end() && it->second.size() == 43)
      csrf_cookie = it->second;
    else {
      csrf_cookie = security::random_token(32);
      ctx.set_cookie("maillage_csrf", csrf_cookie, -1);
    }
    ctx.csrf_token = security::hmac(app_.secret(), "csrf:" + csrf_cookie);

    bool path_known = false;
    std::string method = raw.method == "HEAD" ? "GET" : raw.method;
    const Route* route = (method == "GET" || method == "POST") ? match(method, ctx.path, ctx.params, path_known) : nullptr;
    if (raw.target.size() > limits_.max_url) {
      response = error_page(ctx, 414, N_("This address is too long. Go back and try a shorter search."));
    } else if (!route) {
      response = error_page(ctx, path_known ? 405 : 404,
                            path_known ? N_("This address does not accept this kind of request.")
                                       : N_("This page does not exist."));
    } else {
      ctx.route = route;
      route_name = route->pattern;
      const char* refusal = read_body(ctx, raw);
      if (refusal) {
        response = error_page(ctx, 413, refusal);
      } else if (raw.slow_work_full) {
        response = error_page(ctx, 503, N_("Many people are logging in at this moment. Wait a few seconds, then send "
                                           "the form again."));
        response.headers.emplace_back("Retry-After", "5");
      } else {
        response = dispatch(ctx, *route);
      }
    }
  } catch (const std::exception& e) {
    spdlog::error("{{\"event\":\"unhandled\",\"path\":{},\"error\":{}}}", json_str(ctx.path), json_str(e.what()));
    try {
      response = error_page(ctx, 500, N_("The server could not answer. The team has been told; please try again."));
    } catch (...) {
      response = Response::text(500, "Internal Server Error");
    }
  }
  finish(ctx, response);
  if (raw.method == "HEAD") response.body.clear();

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  app_.metrics.record_request(route_name, response.status, seconds);
  if (app_.config.access_log) {
    spdlog::info("{{\"event\":\"access\",\"method\":\"{}\",\"path\":{},\"route\":{},\"status\":{},\"ms\":{:.3f},"
                 "\"ip\":\"{}\",\"user\":{},\"lang\":\"{}\"}}",
                 raw.method, json_str(ctx.path), json_str(route_name), response.status,
                 seconds * 1000, ctx.remote_ip, ctx.user ? ctx.user->id : 0, ctx.lang);
  }
  return response;
}

const char* Server::read_body(RequestContext& ctx, const RawRequest& raw) {
  if (raw.method != "POST") return nullptr;
  if (raw.body.size() > app_.config.max_form_bytes) {
    return N_("What you sent is too large. Shorten the text or split it, then send it again.");
  }
  ctx.body = raw.body;
  if (ctx.header("content-type").rfind("application/x-www-form-urlencoded", 0) == 0) {
    ctx.form = parse_urlencoded(raw.body);
    for (auto& [k, v] : ctx.form) {
      if (v.size() > app_.config.max_field_chars) {
        return N_("A field is too long. Shorten it, then send the form again.");
      }
    }
  }
  std::string sent = ctx.f("_csrf");
  if (sent.empty()) sent = ctx.header("x-csrf-token");
  ctx.csrf_ok = !sent.empty() && security::equal_constant_time(sent, ctx.csrf_token);
  return nullptr;
}

Response Server::dispatch(RequestContext& ctx, const Route& route) {
  try {
    if (route.access != Access::Public) {
      if (!ctx.user) {
        if (ctx.method == Method::Get) return Response::redirect("/login?next=" + url_encode(ctx.path));
        return error_page(ctx, 401, N_("Please log in to continue."));
      }
      if (!ctx.user->may(route.access)) return error_page(ctx, 403, N_("You are not allowed to see this page."));
    }
    if (ctx.method == Method::Post && !route.csrf_exempt && !ctx.csrf_ok)
      return error_page(ctx, 403,
                        N_("This form has expired or did not come from Maillage. Go back, reload the page and send "
                           "it again: what you typed is kept by your browser's back button."));
    return route.handler(ctx);
  } catch (const HttpError& e) {
    return error_page(ctx, e.status, e.msgid);
  }
}

void Server::finish(RequestContext& ctx, Response& r) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "same-origin");
  const char* policy =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
      "base-uri 'self'; form-action 'self'; frame-ancestors ";
  // Static files need no cookie either, and the framed fragments load them: a frame then sets none at all.
  if (ctx.route && ctx.route->pattern == "/static/*") ctx.set_cookies.clear();
  if (ctx.route && ctx.route->embeddable && r.status == 200) {
    // Framed by the operator's sites: no cookie (a frame's cookies are third-party, and the fragment needs
    // none), the sites listed, and its forms may open the directory (form-action 'self' covers it).
    ctx.set_cookies.clear();
    r.headers.emplace_back("Content-Security-Policy", policy + frame_ancestors(app_.config.embed_allow));
  } else {
    r.headers.emplace_back("X-Frame-Options", "DENY");
    r.headers.emplace_back("Content-Security-Policy", std::string(policy) + "'none'");
  }
  if (ctx.user || ctx.method == Method::Post) r.headers.emplace_back("Cache-Control", "no-store");
  for (auto& c : ctx.set_cookies) r.headers.emplace_back("Set-Cookie", c);
}

void Server::start(const std::string& host, unsigned short port, std::size_t threads) {
  auto respond = [](const restinio::request_handle_t& req, Response r) {
    auto resp = req->create_response(restinio::http_status_line_t{restinio::http_status_code_t{
                                                                     static_cast<std::uint16_t>(r.status)},
                                                                 reason(r.status)});
    if (!r.content_type.empty() && r.status != 304) resp.append_header(restinio::http_field::content_type, r.content_type);
    for (auto& [k, v] : r.headers) resp.append_header(k, v);
    resp.set_body(std::move(r.body));
    resp.done();
  };
  bool any_slow = std::any_of(routes_.begin(), routes_.end(), [](const Route& r) { return r.slow; });
  if (any_slow) slow_ = std::make_unique<SlowWork>(limits_.slow_threads, limits_.slow_queue);
  auto handler = [this, respond](restinio::request_handle_t req) -> restinio::request_handling_status_t {
    RawRequest raw;
    raw.method = std::string(req->header().method().c_str());
    raw.target = std::string(req->header().request_target());
    for (const auto& f : req->header()) raw.headers.emplace_back(std::string(f.name()), std::string(f.value()));
    raw.body = req->body();
    raw.remote_ip = req->remote_endpoint().address().to_string();
    if (slow_ && goes_to_slow_route(raw.method, raw.target)) {
      // RESTinio lets a response be sent from any thread: the request thread is free at once for other pages.
      auto work = std::make_shared<RawRequest>(std::move(raw));
      if (slow_->post([this, respond, req, work] { respond(req, handle(*work)); })) return restinio::request_accepted();
      work->slow_work_full = true;
      raw = std::move(*work);
    }
    respond(req, handle(raw));
    return restinio::request_accepted();
  };
  restinio::incoming_http_msg_limits_t msg_limits;
  msg_limits.max_url_size(std::max(limits_.max_url_parser, limits_.max_url))
      .max_field_value_size(limits_.max_header_value)
      .max_field_count(limits_.max_header_count)
      .max_body_size(limits_.max_body);
  auto settings = restinio::server_settings_t<Traits>{}
                      .address(host)
                      .port(port)
                      .request_handler(handler)
                      .incoming_http_msg_limits(msg_limits)
                      .read_next_http_message_timelimit(std::chrono::seconds(limits_.read_timeout_seconds))
                      .write_http_response_timelimit(std::chrono::seconds(limits_.write_timeout_seconds))
                      .handle_request_timeout(std::chrono::seconds(limits_.handler_timeout_seconds))
                      .acceptor_post_bind_hook([this](restinio::asio_ns::ip::tcp::acceptor& a) {
                        port_ = a.local_endpoint().port();
                      });
  running_ = std::make_unique<Running>();
  running_->handle = restinio::run_async<Traits>(restinio::own_io_context(), std::move(settings), threads);
}

void Server::stop() {
  // The slow work first: what it still answers goes out through the running server's connections.
  slow_.reset();
  if (running_ && running_->handle) {
    running_->handle->stop();
    running_->handle->wait();
    running_->handle.reset();
  }
}

void Server::wait() {
  if (running_ && running_->handle) running_->handle->wait();
}

}  // namespace maillage
