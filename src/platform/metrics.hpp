// Counters for /metrics in the Prometheus text format: requests by route and status, a latency histogram,
// and background jobs. Lock-free on the request path except for the first request of a new route/status.
#pragma once
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace maillage {

class Metrics {
 public:
  void record_request(const std::string& route, int status, double seconds);
  void record_job(const std::string& kind, bool ok);
  std::string prometheus_text() const;

 private:
  static constexpr std::array<double, 10> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.0};
  struct Histogram {
    std::array<std::atomic<long>, kBuckets.size() + 1> counts{};
    std::atomic<long> total{0};
    std::atomic<double> sum{0};
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::atomic<long>> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::pair<std::string, bool>, std::atomic<long>> jobs_;
};

}  // namespace maillage
