#include "platform/jobs.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>

#include "platform/app.hpp"
#include "platform/security.hpp"

namespace maillage {

namespace {
constexpr int kLeaseSeconds = 300;
}

Jobs::Jobs(App& app) : app_(app) {
  char host[128] = {};
  gethostname(host, sizeof host - 1);
  worker_id_ = std::string(host) + ":" + std::to_string(getpid()) + ":" + security::random_token(6);
}

Jobs::~Jobs() { stop(); }

void Jobs::on(const std::string& kind, Fn fn) {
  // Kinds are constants of the code, checked here because they are listed in the claim query.
  for (char c : kind)
    if (!(std::islower(static_cast<unsigned char>(c)) || c == '.' || c == '_'))
      throw std::invalid_argument("job kind must be [a-z._]: " + kind);
  handlers_[kind] = std::move(fn);
  kinds_sql_.clear();
  for (auto& [k, v] : handlers_) kinds_sql_ += (kinds_sql_.empty() ? "'" : ", '") + k + "'";
}

void Jobs::every(const std::string& kind, int interval_seconds, Fn fn) {
  on(kind, std::move(fn));
  intervals_[kind] = interval_seconds;
  app_.db.transact([&](soci::session& sql) {
    EnqueueOptions o;
    o.unique_key = "every:" + kind;
    enqueue(sql, kind, "", o);
  });
}

void Jobs::enqueue(soci::session& sql, const std::string& kind, const std::string& payload,
                   const EnqueueOptions& options) {
  std::int64_t now = now_seconds();
  std::int64_t run_at = options.run_at ? options.run_at : now;
  soci::indicator key_ind = options.unique_key.empty() ? soci::i_null : soci::i_ok;
  sql << "INSERT INTO jobs (kind, payload, unique_key, status, run_at, max_attempts, created_at) "
         "VALUES (:k, :p, :u, 'queued', :r, :m, :c) ON CONFLICT (unique_key) DO NOTHING",
      soci::use(kind), soci::use(payload), soci::use(options.unique_key, key_ind), soci::use(run_at),
      soci::use(options.max_attempts), soci::use(now);
}

std::int64_t Jobs::backoff_seconds(int attempt) {
  std::int64_t s = 30;
  for (int i = 1; i < attempt && s < 3600; ++i) s *= 2;
  return std::min<std::int64_t>(s, 3600);
}

bool Jobs::run_one() {
  if (handlers_.empty()) return false;
  JobRun job;
  bool claimed = app_.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    std::int64_t until = now + kLeaseSeconds;
    soci::indicator ind = soci::i_null;
    // A running job whose lease expired (its server died) is due again. Only kinds this process knows are
    // claimed, so that during a rolling upgrade an older server leaves newer kinds alone.
    sql << "UPDATE jobs SET status = 'running', locked_by = :w, locked_until = :until, attempts = attempts + 1 "
           "WHERE id = (SELECT id FROM jobs WHERE (status = 'queued' OR (status = 'running' AND locked_until < :n1)) "
           "AND run_at <= :n2 AND kind IN (" + kinds_sql_ + ") ORDER BY run_at, id LIMIT 1) "
           "AND (status = 'queued' OR (status = 'running' AND locked_until < :n3)) "
           "RETURNING id, kind, payload, attempts, max_attempts",
        soci::use(worker_id_), soci::use(until), soci::use(now), soci::use(now), soci::use(now),
        soci::into(job.id, ind), soci::into(job.kind), soci::into(job.payload), soci::into(job.attempt),
        soci::into(job.max_attempts);
    return ind == soci::i_ok && job.id > 0;
  });
  if (!claimed) return false;

  auto handler = handlers_.find(job.kind);
  std::string error;
  bool ok = false;
  if (handler == handlers_.end()) {
    error = "no handler for job kind " + job.kind;
  } else {
    try {
      handler->second(app_, job);
      ok = true;
    } catch (const std::exception& e) {
      error = e.what();
    }
  }
  app_.metrics.record_job(job.kind, ok);
  app_.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    auto interval = intervals_.find(job.kind);
    if (interval != intervals_.end()) {
      // Recurring: back in the queue for its next run, whatever the outcome.
      std::int64_t next = now + interval->second;
      sql << "UPDATE jobs SET status = 'queued', run_at = :r, attempts = 0, locked_by = NULL, locked_until = NULL, "
             "last_error = :e, finished_at = :f WHERE id = :id",
          soci::use(next), soci::use(error), soci::use(now), soci::use(job.id);
    } else if (ok) {
      sql << "UPDATE jobs SET status = 'done', finished_at = :f, locked_by = NULL, locked_until = NULL WHERE id = :id",
          soci::use(now), soci::use(job.id);
    } else if (job.last_attempt()) {
      sql << "UPDATE jobs SET status = 'failed', last_error = :e, finished_at = :f, locked_by = NULL, "
             "locked_until = NULL WHERE id = :id",
          soci::use(error), soci::use(now), soci::use(job.id);
    } else {
      std::int64_t next = now + backoff_seconds(job.attempt);
      sql << "UPDATE jobs SET status = 'queued', run_at = :r, last_error = :e, locked_by = NULL, locked_until = NULL "
             "WHERE id = :id",
          soci::use(next), soci::use(error), soci::use(job.id);
    }
  });
  if (!ok) spdlog::warn("{{\"event\":\"job_failed\",\"kind\":\"{}\",\"id\":{},\"attempt\":{}}}", job.kind, job.id, job.attempt);
  return true;
}

int Jobs::run_due() {
  int n = 0;
  while (run_one()) ++n;
  return n;
}

void Jobs::start() {
  if (running_.exchange(true)) return;
  thread_ = std::thread([this] {
    while (running_) {
      try {
        if (!run_one()) std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms_));
      } catch (const std::exception& e) {
        spdlog::error("{{\"event\":\"scheduler_error\",\"error\":\"{}\"}}", e.what());
        std::this_thread::sleep_for(std::chrono::seconds(2));
      }
    }
  });
}

void Jobs::stop() {
  if (!running_.exchange(false)) return;
  if (thread_.joinable()) thread_.join();
}

}  // namespace maillage
