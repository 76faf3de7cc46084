// A hash map keyed by text that is looked up by std::string_view without building a std::string per lookup
// (the route table's first segments, the statement cache's SQL texts).
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace maillage {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

}  // namespace maillage
