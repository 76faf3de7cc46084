// ASCII case folding for what is compared without case: e-mail addresses, header and field names, codes,
// organisation names typed by people. Bytes outside A-Z (UTF-8 letters included) are left as they are.
#pragma once
#include <string>
#include <string_view>

namespace maillage {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace maillage
