#include "observatory/publishing.hpp"

#include <algorithm>
#include <mutex>
#include <tuple>

namespace maillage::observatory {

namespace {
std::mutex& registry_mutex() {
  static std::mutex m;
  return m;
}
std::vector<Publisher>& registry() {
  static std::vector<Publisher> r;
  return r;
}
}  // namespace

void register_publisher(Publisher publisher) {
  std::lock_guard lock(registry_mutex());
  auto& r = registry();
  auto it = std::find_if(r.begin(), r.end(), [&](const Publisher& p) { return p.source == publisher.source; });
  if (it != r.end()) *it = std::move(publisher);
  else r.push_back(std::move(publisher));
}

void unregister_publisher(const std::string& source) {
  std::lock_guard lock(registry_mutex());
  auto& r = registry();
  r.erase(std::remove_if(r.begin(), r.end(), [&](const Publisher& p) { return p.source == source; }), r.end());
}

std::vector<Publisher> publishers() {
  std::lock_guard lock(registry_mutex());
  return registry();
}

std::vector<Activity> published_activities(soci::session& sql, const Period& period) {
  std::vector<Activity> all;
  for (auto& p : publishers()) {
    if (!p.activities) continue;
    for (auto& a : p.activities(sql, period)) {
      if (a.source.empty()) a.source = p.source;
      all.push_back(std::move(a));
    }
  }
  std::sort(all.begin(), all.end(), [](const Activity& a, const Activity& b) {
    return std::tie(a.starts_at, a.source, a.ref) < std::tie(b.starts_at, b.source, b.ref);
  });
  return all;
}

std::vector<DataElement> published_elements() {
  std::vector<DataElement> all;
  for (auto& p : publishers())
    for (auto e : p.elements) {
      if (e.source.empty()) e.source = p.source;
      all.push_back(std::move(e));
    }
  return all;
}

std::vector<DataValue> published_values(soci::session& sql, const Period& period) {
  std::vector<DataValue> all;
  for (auto& p : publishers()) {
    if (!p.data) continue;
    auto values = p.data(sql, period);
    all.insert(all.end(), values.begin(), values.end());
  }
  return all;
}

std::vector<DataValue> published_values_of(soci::session& sql, const Period& period, const std::string& source) {
  for (auto& p : publishers())
    if (p.source == source && p.data) return p.data(sql, period);
  return {};
}

std::vector<Observation> published_observations(soci::session& sql, const Period& period, const std::string& lang) {
  std::vector<Observation> all;
  for (auto& p : publishers()) {
    if (!p.observations) continue;
    for (auto& o : p.observations(sql, period, lang)) {
      if (o.source.empty()) o.source = p.source;
      all.push_back(std::move(o));
    }
  }
  std::sort(all.begin(), all.end(), [](const Observation& a, const Observation& b) {
    return std::tie(a.observed_at, a.source, a.ref) < std::tie(b.observed_at, b.source, b.ref);
  });
  return all;
}

}  // namespace maillage::observatory
