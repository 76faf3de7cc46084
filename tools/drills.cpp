// maillage_drill: operational drills against the real `maillage serve` binary, in a process of its own.
//
//   maillage_drill crash [--sqlite|--postgres]          kill -9 in the middle of a 1,000-registration burst, restart,
//                                                      then check that nothing answered 2xx is lost, nothing is twice,
//                                                      no seat is oversold (and, on SQLite, that restore is refused
//                                                      while the server runs and works once it is stopped).
//   maillage_drill soak [--duration S] [--rate R] [--clients C]
//                                                      mixed traffic on loopback; RSS and latency every 10 s.
//
// BIN (--maillage) defaults to the maillage beside this program. The crash drill runs on PostgreSQL when
// MAILLAGE_TEST_PG is set (scripts/with-postgres.sh), else on SQLite. Both print their findings and a verdict, and exit 1 on failure. `make drill` and `make soak` run them; the
// crash drill also runs as a CTest (DbDrill.*) on SQLite and, in the PostgreSQL pass of `make test`, on PostgreSQL.
#include <curl/curl.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "app/setup.hpp"
#include "offers/model.hpp"
#include "offers/rules.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/security.hpp"
#include "platform/testing/database_url.hpp"

using namespace maillage;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// ---- The server as a child process ------------------------------------------------------------------------------
struct Child {
  pid_t pid = -1;
  int port = 0;
};

pid_t spawn(const std::vector<std::string>& args, const std::string& out_file) {
  pid_t pid = fork();
  if (pid == 0) {
    int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int run(const std::vector<std::string>& args, const std::string& out_file) {
  pid_t pid = spawn(args, out_file);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string slurp(const std::string& file) {
  std::ifstream in(file);
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// Starts `maillage serve` and waits for it to say which port it opened.
Child start_server(const std::string& bin, const std::string& db, const fs::path& dir, const std::string& log,
                   std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {bin, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0", "--threads", "2",
                                   "--quiet", "--mail-dir", (dir / "mail").string(), "--index-dir", (dir / "index").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  Child c;
  c.pid = spawn(args, log);
  std::regex port_re("serving on http://127\\.0\\.0\\.1:([0-9]+)/");
  for (int i = 0; i < 600; ++i) {
    std::smatch m;
    std::string out = slurp(log);
    if (std::regex_search(out, m, port_re)) {
      c.port = std::stoi(m[1]);
      return c;
    }
    int status = 0;
    if (waitpid(c.pid, &status, WNOHANG) == c.pid) throw std::runtime_error("the server exited at start:\n" + out);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(c.pid, SIGKILL);
  throw std::runtime_error("the server did not start within 30 s:\n" + slurp(log));
}

void stop_server(Child& c, int sig = SIGTERM) {
  if (c.pid <= 0) return;
  kill(c.pid, sig);
  int status = 0;
  waitpid(c.pid, &status, 0);
  c.pid = -1;
}

long rss_kib(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

// ---- HTTP ---------------------------------------------------------------------------------------------------------
std::size_t collect(char* p, std::size_t s, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, s * n);
  return s * n;
}

struct Reply {
  long status = 0;  // 0: no answer (refused, reset, time-out)
  std::string body;
  double seconds = 0;
};

Reply perform(CURL* curl, const std::string& url, const std::vector<std::string>& headers = {},
              const std::string* post = nullptr) {
  Reply r;
  curl_slist* h = nullptr;
  for (auto& x : headers) h = curl_slist_append(h, x.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
  if (post) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, post->c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(post->size()));
  } else {
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  }
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  auto t0 = Clock::now();
  if (curl_easy_perform(curl) == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
  r.seconds = since(t0);
  curl_slist_free_all(h);
  return r;
}

struct Arguments {
  std::string bin;
  bool postgres = false;
  int duration = 600, rate = 100, clients = 8;
  int people = 1000, seats = 100, kill_after = 300;
};

// ---- Crash drill --------------------------------------------------------------------------------------------------
int crash(const Arguments& a) {
  const char* engine = a.postgres ? "PostgreSQL" : "SQLite";
  if (a.postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    std::cerr << "MAILLAGE_TEST_PG is not set: run through scripts/with-postgres.sh" << std::endl;
    return 2;
  }
  auto dir = fs::temp_directory_path() / ("maillage-drill-" + security::random_token(6));
  fs::create_directories(dir);
  std::string db = testing::bench_database_url(a.postgres, (dir / "db").string());
  if (!a.postgres) db = "sqlite://" + (dir / "maillage.db").string();
  auto t0 = Clock::now();

  // The people and the session, written directly in the database before the server starts.
  std::int64_t session_id = 0;
  std::vector<std::string> emails(a.people), cookies(a.people), tokens(a.people);
  {
    Config c;
    c.db_url = db;
    c.access_log = false;
    c.run_jobs = false;
    c.index_dir = (dir / "index").string();
    c.mail_dir = (dir / "mail").string();
    App app(c);
    wire(app);
    prepare_database(app);
    app.db.transact([&](soci::session& sql) {
      auto org = accounts::create_organisation(sql, "Drill", "1000");
      offers::Offer o;
      o.status = "published";
      o.title_fr = "Exercice";
      o.organisers = {org};
      offers::save_offer(sql, o);
      offers::Session s;
      s.offer_id = o.id;
      s.starts_at = now_seconds() + 86400;
      s.ends_at = s.starts_at + 3600;
      s.place = "Drill";
      s.capacity = a.seats;
      session_id = offers::save_session(sql, s);
      for (int i = 0; i < a.people; ++i) {
        emails[i] = "p" + std::to_string(i) + "@drill.example";
        auto u = accounts::create_user(sql, emails[i], "P" + std::to_string(i), "fr");
        auto session = accounts::open_session(sql, u, "127.0.0.1");
        auto csrf = security::random_token(32);
        cookies[i] = "Cookie: maillage_session=" + session + "; maillage_csrf=" + csrf;
        tokens[i] = "X-CSRF-Token: " + security::hmac(app.secret(), "csrf:" + csrf);
      }
    });
  }
  std::printf("Crash drill on %s: %d people, one session of %d seats (set up in %.1f s)\n", engine, a.people, a.seats,
              since(t0));

  Child server = start_server(a.bin, db, dir, (dir / "server1.log").string());
  auto path = "/api/sessions/" + std::to_string(session_id) + "/registrations";
  std::string body = "{\"sector\":\"social\"}";
  auto send = [&](int i, int port) {
    CURL* curl = curl_easy_init();
    auto r = perform(curl, "http://127.0.0.1:" + std::to_string(port) + path,
                     {cookies[i], tokens[i], "Content-Type: application/json"}, &body);
    curl_easy_cleanup(curl);
    return r.status;
  };

  // The burst: everyone at once; the server is killed (SIGKILL) once kill_after of them have had a 2xx.
  std::vector<long> first(a.people, 0);
  std::atomic<int> answered{0}, finished{0};
  std::barrier go(a.people + 1);
  std::vector<std::thread> people;
  for (int i = 0; i < a.people; ++i)
    people.emplace_back([&, i] {
      go.arrive_and_wait();
      first[i] = send(i, server.port);
      if (first[i] >= 200 && first[i] < 300) ++answered;
      ++finished;
    });
  auto burst0 = Clock::now();
  go.arrive_and_wait();
  while (answered.load() < a.kill_after && finished.load() < a.people) std::this_thread::sleep_for(std::chrono::microseconds(200));
  int answered_at_kill = answered.load();
  double kill_at = since(burst0);
  stop_server(server, SIGKILL);
  for (auto& t : people) t.join();
  int ok = 0, lost = 0, other = 0;
  for (long s : first) (s >= 200 && s < 300 ? ok : s == 0 ? lost : other)++;
  std::printf("Burst: SIGKILL after %.2f s with %d answers 2xx; in all %d answered 2xx, %d got no answer, %d other\n",
              kill_at, answered_at_kill, ok, lost, other);

  auto restart0 = Clock::now();
  server = start_server(a.bin, db, dir, (dir / "server2.log").string());
  std::printf("Restarted in %.2f s (port %d)\n", since(restart0), server.port);

  bool pass = true;
  auto check = [&](bool good, const std::string& what) {
    std::printf("  %s  %s\n", good ? "ok  " : "FAIL", what.c_str());
    pass = pass && good;
  };
  std::string held_codes = std::string("'") + offers::status_code(offers::Status::Confirmed) + "', '" +
                           offers::status_code(offers::Status::AwaitingEmail) + "'";
  auto registrations = [&] {
    Database d(db, 1);
    soci::session sql(d.pool());
    std::map<std::string, std::vector<std::string>> out;
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT email, status FROM registrations WHERE session_id = :s", soci::use(session_id));
    for (auto& r : rs) out[as_text(r, 0)].push_back(as_text(r, 1));
    return out;
  };
  auto holds = [](const std::string& status) {
    auto s = offers::parse_status(status);
    return s && offers::holds_seat(*s);
  };
  auto verify = [&](const std::vector<long>& answers, const char* when) {
    auto regs = registrations();
    int missing = 0, wrong = 0, twice = 0, seats = 0, rows = 0, unanswered_kept = 0;
    for (auto& [email, statuses] : regs) {
      rows += static_cast<int>(statuses.size());
      if (statuses.size() > 1) ++twice;
      for (auto& s : statuses) seats += holds(s) ? 1 : 0;
    }
    for (int i = 0; i < a.people; ++i) {
      auto it = regs.find(emails[i]);
      long s = answers[i];
      if (s == 201 || s == 202) {
        if (it == regs.end()) ++missing;
        else if (holds(it->second.front()) != (s == 201)) ++wrong;  // 201: a seat; 202: the waiting list
      } else if (it != regs.end()) {
        ++unanswered_kept;
      }
    }
    std::printf("%s: %d registrations in the database, %d seats held; %d without a 2xx answer were kept (written "
                "before the kill, answer lost)\n", when, rows, seats, unanswered_kept);
    check(missing == 0, std::to_string(missing) + " registration(s) answered 2xx missing");
    check(wrong == 0, std::to_string(wrong) + " registration(s) with another outcome than answered (seat / waiting list)");
    check(twice == 0, std::to_string(twice) + " person(s) registered twice");
    check(seats <= a.seats, std::to_string(seats) + " seat(s) held of " + std::to_string(a.seats) + " (none oversold)");
    return std::make_pair(rows, seats);
  };
  verify(first, "After the restart");

  // Those who had no answer press "register" again: a 2xx, or 409 "duplicate" if the first one was written.
  std::vector<long> final_answer = first;
  int retried = 0, duplicates = 0, retry_errors = 0;
  {
    auto before = registrations();
    std::vector<std::thread> again;
    std::mutex m;
    for (int i = 0; i < a.people; ++i) {
      if (first[i] == 201 || first[i] == 202) continue;
      ++retried;
      again.emplace_back([&, i] {
        long s = send(i, server.port);
        std::lock_guard lock(m);
        bool had = before.count(emails[i]) > 0;
        if (s == 409 && had) {
          ++duplicates;
          final_answer[i] = holds(before[emails[i]].front()) ? 201 : 202;
        } else if (s == 201 || s == 202) {
          final_answer[i] = s;
        } else {
          ++retry_errors;
        }
      });
      if (again.size() >= 64) {
        for (auto& t : again) t.join();
        again.clear();
      }
    }
    for (auto& t : again) t.join();
  }
  std::printf("Retry of the %d without an answer: %d duplicate(s) recognised, %d error(s)\n", retried, duplicates,
              retry_errors);
  check(retry_errors == 0, std::to_string(retry_errors) + " retry error(s)");
  auto [rows, seats] = verify(final_answer, "After the retries");
  check(rows == a.people, std::to_string(rows) + " registrations for " + std::to_string(a.people) + " people");
  check(seats == std::min(a.seats, a.people), "every seat given: " + std::to_string(seats));

  if (!a.postgres) {
    // maillage restore refuses the database while this server uses it, and works once the server is stopped.
    std::string backup = (dir / "backup.db").string();
    check(run({a.bin, "backup", "--db", db, backup}, (dir / "backup.log").string()) == 0, "backup of the live database");
    int refused = run({a.bin, "restore", "--db", db, backup}, (dir / "restore1.log").string());
    check(refused != 0 && slurp((dir / "restore1.log").string()).find("in use") != std::string::npos,
          "restore refused while the server runs: " + slurp((dir / "restore1.log").string()).substr(0, 200));
    stop_server(server);
    int restored = run({a.bin, "restore", "--db", db, backup}, (dir / "restore2.log").string());
    check(restored == 0, "restore once the server is stopped: " + slurp((dir / "restore2.log").string()).substr(0, 300));
    auto regs = registrations();
    std::size_t n = 0;
    for (auto& [_, st] : regs) n += st.size();
    check(n == static_cast<std::size_t>(a.people), "the restored database holds the " + std::to_string(n) + " registrations");
  }
  stop_server(server);
  std::printf("Verdict (%s, %.1f s): %s\n", engine, since(t0), pass ? "PASS" : "FAIL");
  if (pass) fs::remove_all(dir);
  else std::printf("Files kept in %s\n", dir.c_str());
  return pass ? 0 : 1;
}

// ---- Soak ---------------------------------------------------------------------------------------------------------
struct Window {
  std::vector<double> latencies;
  std::map<std::string, int> by_kind;
  int errors = 0;
};

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

std::string csrf_of(const std::string& html) {
  static const std::regex re("name=\"_csrf\" value=\"([^\"]+)\"");
  std::smatch m;
  return std::regex_search(html, m, re) ? m[1].str() : "";
}

std::string form(CURL* curl, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (auto& [k, v] : fields) {
    char* e = curl_easy_escape(curl, v.c_str(), static_cast<int>(v.size()));
    out += (out.empty() ? "" : "&") + k + "=" + e;
    curl_free(e);
  }
  return out;
}

int soak(const Arguments& a) {
  auto dir = fs::temp_directory_path() / ("maillage-soak-" + security::random_token(6));
  fs::create_directories(dir);
  std::string db = "sqlite://" + (dir / "maillage.db").string();
  if (run({a.bin, "seed-demo", "--db", db}, (dir / "seed.log").string()) != 0) {
    std::cerr << "seed-demo failed:\n" << slurp((dir / "seed.log").string());
    return 1;
  }
  std::int64_t offer_id = 0, session_id = 0;
  {
    Config c;
    c.db_url = db;
    c.access_log = false;
    c.run_jobs = false;
    c.index_dir = (dir / "index").string();
    c.mail_dir = (dir / "mail").string();
    App app(c);
    wire(app);
    prepare_database(app);
    app.db.transact([&](soci::session& sql) {
      offers::Offer o;
      o.status = "published";
      o.title_fr = "Endurance";
      offers::save_offer(sql, o);
      offer_id = o.id;
      offers::Session s;
      s.offer_id = o.id;
      s.starts_at = now_seconds() + 30 * 86400;
      s.ends_at = s.starts_at + 3600;
      s.place = "Soak";
      s.capacity = 200;  // then the waiting list
      session_id = offers::save_session(sql, s);
    });
  }
  const DemoLogin* pro = nullptr;
  for (auto& l : demo_logins())
    if (l.email.find("professional") != std::string::npos) pro = &l;
  if (!pro) pro = &demo_logins().front();

  // Jobs run in the server as in production; registrations come "through a proxy" with varied addresses.
  Child server = start_server(a.bin, db, dir, (dir / "server.log").string(), {"--trusted-proxy", "127.0.0.1"});
  std::string base = "http://127.0.0.1:" + std::to_string(server.port);
  std::printf("Soak: %d s of mixed traffic at about %d requests/s from %d clients on %s (pid %d), SQLite, demo data\n",
              a.duration, a.rate, a.clients, base.c_str(), server.pid);
  std::printf("%6s %9s %9s %6s %7s %8s %8s %8s %6s  %s\n", "t(s)", "RSS floor", "RSS peak", "req", "req/s", "p50(ms)", "p99(ms)", "max(ms)",
              "errors", "mix");

  std::mutex m;
  Window window;
  std::map<std::string, std::vector<double>> overall;  // every latency by kind of request, for the summary
  std::vector<std::string> error_samples;
  std::atomic<bool> stop{false};
  std::atomic<long> registered{0};
  const std::vector<std::string> words = {"sante+mentale", "logement", "aide+alimentaire", "dettes", "jeunes",
                                          "geestelijke+gezondheid", "huisvesting", "schulden", "mental+health",
                                          "housing", "addiction", "violence", "seniors", "migrants", "emploi",
                                          "werk", "psy", "urgence", "soins+a+domicile", "CPAS"};
  auto record = [&](const std::string& kind, const Reply& r, std::initializer_list<long> expected) {
    bool good = std::find(expected.begin(), expected.end(), r.status) != expected.end();
    std::lock_guard lock(m);
    window.latencies.push_back(r.seconds);
    window.by_kind[kind]++;
    overall[kind].push_back(r.seconds);
    if (!good) {
      ++window.errors;
      if (error_samples.size() < 10) error_samples.push_back(kind + " -> " + std::to_string(r.status));
    }
    return good;
  };
  auto client = [&](int id) {
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_COOKIEFILE, "");  // a cookie jar of its own
    std::mt19937 rng(static_cast<unsigned>(id * 7919 + 17));
    double interval = static_cast<double>(a.clients) / a.rate;
    auto next = Clock::now();
    auto pace = [&] {  // bounded: a client late on its schedule does not hurry to catch up
      next += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(interval));
      if (next < Clock::now()) next = Clock::now();
      std::this_thread::sleep_until(next);
    };
    for (long n = 0; !stop; ++n) {
      int pick = static_cast<int>(rng() % 100);
      if (pick < 40) {  // a search, a different one most times
        std::string url = base + "/directory?q=" + words[rng() % words.size()];
        if (rng() % 3 == 0) url += "&page=" + std::to_string(1 + rng() % 3);
        if (rng() % 4 == 0) url += "&postcode=10" + std::to_string(00 + rng() % 9) + "0";
        record("search", perform(curl, url), {200});
      } else if (pick < 75) {  // pages
        static const std::vector<std::string> pages = {"/", "/offers", "/territory", "/directory", "/login"};
        std::string p = rng() % 5 == 0 ? "/offers/" + std::to_string(offer_id) : pages[rng() % pages.size()];
        record("page", perform(curl, base + p), {200});
      } else if (pick < 90) {  // a registration, anonymous, each from its own address behind the proxy
        long k = ++registered;
        std::string body = "{\"name\":\"Soak " + std::to_string(k) + "\",\"email\":\"soak" + std::to_string(k) +
                           "@drill.example\",\"organisation\":\"Soak\",\"sector\":\"social\"}";
        std::string xff = "X-Forwarded-For: 10." + std::to_string(k / 65536 % 256) + "." + std::to_string(k / 256 % 256) +
                          "." + std::to_string(k % 256);
        record("register", perform(curl, base + "/api/sessions/" + std::to_string(session_id) + "/registrations",
                                   {"Content-Type: application/json", xff}, &body),
               {201, 202});
      } else {  // a login, a logged-in page, a logout
        auto f = perform(curl, base + "/login");
        if (!record("login", f, {200})) continue;
        pace();
        auto post = form(curl, {{"_csrf", csrf_of(f.body)}, {"email", pro->email}, {"password", pro->password}});
        if (!record("login", perform(curl, base + "/login", {}, &post), {303})) continue;
        pace();
        auto profile = perform(curl, base + "/profile");
        if (!record("login", profile, {200})) continue;
        pace();
        auto out = form(curl, {{"_csrf", csrf_of(profile.body)}});
        record("login", perform(curl, base + "/logout", {}, &out), {303});
      }
      pace();
    }
    curl_easy_cleanup(curl);
  };

  auto t0 = Clock::now();
  std::vector<std::thread> clients;
  for (int i = 0; i < a.clients; ++i) clients.emplace_back(client, i);
  struct Sample {
    int t;
    double rss;
  };
  std::vector<Sample> samples;
  int total_errors = 0;
  long total_requests = 0;
  std::vector<double> all_p99;
  // RSS is read ten times a second; a window reports its floor (the least) and peak, because each login's
  // password check (Argon2id, 64 MiB) swells it for a moment: a leak raises the floor, a login does not.
  bool gone = false;
  for (int t = 10; t <= a.duration && !gone; t += 10) {
    double floor = 0, peak = 0;
    for (int tenth = (t - 10) * 10 + 1; tenth <= t * 10; ++tenth) {
      std::this_thread::sleep_until(t0 + std::chrono::milliseconds(100 * tenth));
      double now_rss = static_cast<double>(rss_kib(server.pid)) / 1024.0;
      if (now_rss == 0) {
        gone = true;
        break;
      }
      floor = floor == 0 ? now_rss : std::min(floor, now_rss);
      peak = std::max(peak, now_rss);
    }
    Window w;
    {
      std::lock_guard lock(m);
      std::swap(w, window);
    }
    if (gone) {
      std::printf("The server is gone.\n%s\n", slurp((dir / "server.log").string()).c_str());
      ++total_errors;
      break;
    }
    double rss = floor;
    samples.push_back({t, rss});
    total_errors += w.errors;
    total_requests += static_cast<long>(w.latencies.size());
    std::string mix;
    for (auto& [k, n] : w.by_kind) mix += k + "=" + std::to_string(n) + " ";
    double p50 = percentile(w.latencies, 0.5) * 1000, p99 = percentile(w.latencies, 0.99) * 1000;
    double mx = w.latencies.empty() ? 0 : w.latencies.back() * 1000;
    all_p99.push_back(p99);
    std::printf("%6d %9.1f %9.1f %6zu %7.1f %8.2f %8.2f %8.2f %6d  %s\n", t, rss, peak, w.latencies.size(), w.latencies.size() / 10.0,
                p50, p99, mx, w.errors, mix.c_str());
    std::fflush(stdout);
  }
  stop = true;
  for (auto& c : clients) c.join();
  stop_server(server);

  // Warm-up: the first third, at most 120 s (caches, connections and allocator arenas fill). Growth compares the
  // least RSS of the minute after warm-up with the least RSS of the last minute (half the rest when shorter):
  // over a minute the server is caught at least once with no password check in progress.
  bool pass = total_errors == 0 && samples.size() >= 3;
  if (samples.size() >= 3) {
    int end = samples.back().t;
    int warm = std::min(120, std::max(10, end / 3 / 10 * 10));
    int span = std::max(10, std::min(60, (end - warm) / 2 / 10 * 10));
    double after_warm = 0, last = 0;
    for (auto& x : samples) {
      if (x.t > warm && x.t <= warm + span) after_warm = after_warm == 0 ? x.rss : std::min(after_warm, x.rss);
      if (x.t > end - span) last = last == 0 ? x.rss : std::min(last, x.rss);
    }
    double growth = after_warm > 0 ? (last - after_warm) / after_warm * 100 : 100;
    std::printf("RSS floor in the %d s after warm-up (%d s): %.1f MiB; in the last %d s: %.1f MiB; growth %.1f%% "
                "(limit 10%%)\n", span, warm, after_warm, span, last, growth);
    pass = pass && growth < 10;
  }
  for (auto& [kind, v] : overall)
    std::printf("%-9s %7zu requests  p50 %7.2f ms  p99 %8.2f ms\n", kind.c_str(), v.size(), percentile(v, 0.5) * 1000,
                percentile(v, 0.99) * 1000);
  std::printf("%ld requests, %ld registrations, %d error(s)", total_requests, registered.load(), total_errors);
  for (auto& e : error_samples) std::printf("; %s", e.c_str());
  std::printf("\nVerdict: %s\n", pass ? "PASS" : "FAIL");
  if (pass) fs::remove_all(dir);
  else std::printf("Files kept in %s\n", dir.c_str());
  return pass ? 0 : 1;
}

std::string self_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "." : p.parent_path().string();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || (std::string(argv[1]) != "crash" && std::string(argv[1]) != "soak")) {
    std::cerr << "usage: maillage_drill crash [--postgres] [--maillage BIN] [--people N] [--seats N] [--kill-after N]\n"
                 "       maillage_drill soak [--maillage BIN] [--duration S] [--rate R] [--clients C]\n";
    return 2;
  }
  Arguments a;
  a.bin = self_dir() + "/maillage";
  const char* pg = std::getenv("MAILLAGE_TEST_PG");
  a.postgres = pg && *pg;  // as the test suite: PostgreSQL when scripts/with-postgres.sh provides one
  for (int i = 2; i < argc; ++i) {
    std::string k = argv[i];
    auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (k == "--postgres") a.postgres = true;
    else if (k == "--sqlite") a.postgres = false;
    else if (k == "--maillage") a.bin = value();
    else if (k == "--duration") a.duration = std::stoi(value());
    else if (k == "--rate") a.rate = std::stoi(value());
    else if (k == "--clients") a.clients = std::stoi(value());
    else if (k == "--people") a.people = std::stoi(value());
    else if (k == "--seats") a.seats = std::stoi(value());
    else if (k == "--kill-after") a.kill_after = std::stoi(value());
    else {
      std::cerr << "unknown option " << k << std::endl;
      return 2;
    }
  }
  a.bin = fs::absolute(a.bin).string();
  signal(SIGPIPE, SIG_IGN);
  curl_global_init(CURL_GLOBAL_ALL);
  try {
    return std::string(argv[1]) == "crash" ? crash(a) : soak(a);
  } catch (const std::exception& e) {
    std::cerr << "maillage_drill: " << e.what() << std::endl;
    return 1;
  }
}
