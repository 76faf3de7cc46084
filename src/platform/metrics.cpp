#include "platform/metrics.hpp"

#include "platform/statement_cache.hpp"

#include <sstream>

namespace maillage {

void Metrics::record_request(const std::string& route, int status, double seconds) {
  std::atomic<long>* counter;
  Histogram* h;
  {
    std::lock_guard lock(mutex_);
    counter = &requests_[{route, status}];
    h = &latency_[route];
  }
  counter->fetch_add(1, std::memory_order_relaxed);
  std::size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  h->counts[i].fetch_add(1, std::memory_order_relaxed);
  h->total.fetch_add(1, std::memory_order_relaxed);
  double old = h->sum.load(std::memory_order_relaxed);
  while (!h->sum.compare_exchange_weak(old, old + seconds, std::memory_order_relaxed)) {
  }
}

void Metrics::record_job(const std::string& kind, bool ok) {
  std::lock_guard lock(mutex_);
  jobs_[{kind, ok}].fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::prometheus_text() const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP maillage_http_requests_total HTTP requests by route and status.\n"
         "# TYPE maillage_http_requests_total counter\n";
  for (auto& [key, n] : requests_)
    out << "maillage_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} "
        << n.load() << "\n";
  out << "# HELP maillage_http_request_duration_seconds Time to answer a request, by route.\n"
         "# TYPE maillage_http_request_duration_seconds histogram\n";
  for (auto& [route, h] : latency_) {
    long cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.counts[i].load();
      out << "maillage_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i]
          << "\"} " << cumulative << "\n";
    }
    out << "maillage_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.total.load()
        << "\n";
    out << "maillage_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum.load() << "\n";
    out << "maillage_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.total.load() << "\n";
  }
  out << "# HELP maillage_jobs_total Background jobs run, by kind and outcome.\n"
         "# TYPE maillage_jobs_total counter\n";
  for (auto& [key, n] : jobs_)
    out << "maillage_jobs_total{kind=\"" << key.first << "\",outcome=\"" << (key.second ? "ok" : "error") << "\"} "
        << n.load() << "\n";
  auto statements = statement_cache_counts();
  out << "# HELP maillage_statements_total Database statements of the per-connection cache, by fate.\n"
         "# TYPE maillage_statements_total counter\n"
      << "maillage_statements_total{fate=\"reused\"} " << statements.reused << "\n"
      << "maillage_statements_total{fate=\"prepared\"} " << statements.prepared << "\n"
      << "maillage_statements_total{fate=\"flushed\"} " << statements.flushed << "\n";
  return out.str();
}

}  // namespace maillage
