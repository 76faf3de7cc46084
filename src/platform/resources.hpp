// Files embedded in the binary at build time (templates, catalogues, migrations, static files, territory
// facts): see tools/embed.cpp. Paths are relative to the repository, e.g. "templates/layout.tpl".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::resources {

namespace detail {
struct Entry {
  const char* path;
  const char* data;
  std::size_t size;
};
extern const Entry entries[];
extern const std::size_t entry_count;
}  // namespace detail

std::optional<std::string_view> find(std::string_view path);
// Resource paths starting with prefix, sorted.
std::vector<std::string> list(std::string_view prefix);
// Contents of a resource that must exist (throws std::runtime_error otherwise).
std::string_view get(std::string_view path);

}  // namespace maillage::resources
