// The HTTP server: RESTinio on a pool of threads, in front of one pipeline that turns a raw request into a
// RequestContext (route, session, language, form, CSRF verdict), checks who may call the route, runs the
// handler and adds the security headers. An exception in a handler becomes a logged 500 page.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "platform/app.hpp"
#include "platform/http.hpp"

namespace maillage {

struct RawRequest {
  std::string method;  // "GET", "POST", ...
  std::string target;  // path and query as received
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote_ip;
  bool slow_work_full = false;  // a slow route whose queue is full: answered with a 503 page
};

// The frame-ancestors sources of an embeddable page from the operator's list: each kept only when it is a
// plain CSP source (scheme, host, port, '*'), so that no entry can add a directive; "'none'" when none is.
std::string frame_ancestors(const std::vector<std::string>& allowed);

// The visitor's address: the connection's, or, when the connection comes from a trusted proxy, the last
// address of X-Forwarded-For that is not itself a trusted proxy (proxies append the address they saw).
std::string client_address(const std::string& connection_ip, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

struct ServerLimits {
  std::size_t max_url = 8 * 1024;  // beyond: a 414 page (the parser itself accepts up to max_url_parser)
  std::size_t max_url_parser = 64 * 1024;  // beyond: the parser closes the connection
  std::size_t max_header_value = 16 * 1024;
  std::size_t max_header_count = 100;
  std::size_t max_body = 4 * 1024 * 1024;  // hard cut by the parser; forms have a smaller limit in Config
  int read_timeout_seconds = 30;
  int write_timeout_seconds = 30;
  int handler_timeout_seconds = 60;
  // Routes marked `slow` (password hashing) run on this many threads of their own, beside the request threads.
  // Each Argon2id check holds 64 MiB while it runs, so this also bounds that memory. At most slow_queue
  // requests wait for them; beyond, a 503 page asks to send the form again in a few seconds.
  std::size_t slow_threads = 1;
  std::size_t slow_queue = 64;
};

class Server {
 public:
  Server(App& app, std::vector<Route> routes, ServerLimits limits = {});
  ~Server();

  // The whole pipeline, without sockets (also used by tests and benchmarks).
  Response handle(const RawRequest& raw);

  // Listens (port 0 picks a free port) and serves on `threads` threads until stop().
  void start(const std::string& host, unsigned short port, std::size_t threads);
  unsigned short port() const { return port_; }
  void stop();
  void wait();

  const std::vector<Route>& routes() const { return routes_; }

 private:
  const Route* match(const std::string& method, const std::string& path, std::map<std::string, std::string>& params,
                     bool& path_known) const;
  Response dispatch(RequestContext& ctx, const Route& route);
  // Parses the form and the CSRF verdict; returns the refusal message when the body or a field is too large.
  const char* read_body(RequestContext& ctx, const RawRequest& raw);
  void finish(RequestContext& ctx, Response& r);

  App& app_;
  std::vector<Route> routes_;
  struct RouteIndex;
  std::unique_ptr<RouteIndex> index_;
  ServerLimits limits_;
  std::atomic<unsigned short> port_{0};
  struct Running;
  std::unique_ptr<Running> running_;
  class SlowWork;
  std::unique_ptr<SlowWork> slow_;
  // Whether a request goes to a `slow` route (then it runs on slow_ instead of a request thread).
  bool goes_to_slow_route(const std::string& method, const std::string& target) const;
};

}  // namespace maillage
