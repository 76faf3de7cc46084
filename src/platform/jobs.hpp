// A small in-process scheduler backed by the `jobs` table: a job is claimed with a lease (so two servers never
// run it at once), run, then marked done, retried with back-off, or recorded as failed.
#pragma once
#include <soci/soci.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <thread>

namespace maillage {

class App;

struct JobRun {
  std::int64_t id = 0;
  std::string kind;
  std::string payload;
  int attempt = 0;
  int max_attempts = 0;
  bool last_attempt() const { return attempt >= max_attempts; }
};

struct EnqueueOptions {
  std::int64_t run_at = 0;       // 0: now
  std::string unique_key;        // non-empty: at most one job with this key exists
  int max_attempts = 6;
};

class Jobs {
 public:
  using Fn = std::function<void(App&, const JobRun&)>;

  explicit Jobs(App& app);
  ~Jobs();

  void on(const std::string& kind, Fn fn);
  // A job that runs every `interval_seconds`, created once whatever the number of servers.
  void every(const std::string& kind, int interval_seconds, Fn fn);

  // Adds a job inside the caller's transaction.
  static void enqueue(soci::session& sql, const std::string& kind, const std::string& payload,
                      const EnqueueOptions& options = {});

  // Claims one due job and runs it. Returns false when no job was due.
  bool run_one();
  // Runs due jobs until none is left (tests, CLI).
  int run_due();

  void start();  // background thread polling every `poll_ms`
  void stop();

  static std::int64_t backoff_seconds(int attempt);  // 30 s, 1 min, 2 min, ... capped at 1 h

 private:
  App& app_;
  std::string worker_id_;
  std::map<std::string, Fn> handlers_;
  std::map<std::string, int> intervals_;
  std::string kinds_sql_;  // quoted list of handled kinds for the claim query
  std::atomic<bool> running_{false};
  std::thread thread_;
  int poll_ms_ = 500;
};

}  // namespace maillage
