// A translated sentence with its placeholders filled in C++ (templates fill theirs themselves):
// fill_in(ctx.tr(N_("next on {{DATE}}")), {{"{{DATE}}", date}}). Every occurrence of each key is replaced.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace maillage {

inline std::string fill_in(std::string text,
                           std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  for (auto [key, value] : values) {
    if (key.empty()) continue;
    for (std::size_t p = 0; (p = text.find(key, p)) != std::string::npos; p += value.size())
      text.replace(p, key.size(), value);
  }
  return text;
}

}  // namespace maillage
