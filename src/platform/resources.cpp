#include "platform/resources.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace maillage::resources {

namespace {
const std::unordered_map<std::string_view, std::string_view>& index() {
  static const auto map = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (std::size_t i = 0; i < detail::entry_count; ++i)
      m.emplace(detail::entries[i].path, std::string_view(detail::entries[i].data, detail::entries[i].size));
    return m;
  }();
  return map;
}
}  // namespace

std::optional<std::string_view> find(std::string_view path) {
  auto it = index().find(path);
  if (it == index().end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> list(std::string_view prefix) {
  std::vector<std::string> out;
  for (auto& [k, v] : index())
    if (k.substr(0, prefix.size()) == prefix) out.emplace_back(k);
  std::sort(out.begin(), out.end());
  return out;
}

std::string_view get(std::string_view path) {
  auto r = find(path);
  if (!r) throw std::runtime_error("missing embedded resource: " + std::string(path));
  return *r;
}

}  // namespace maillage::resources
