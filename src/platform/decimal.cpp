#include "platform/decimal.hpp"

#include <cstdlib>

#include "platform/forms.hpp"

namespace maillage {

std::optional<double> parse_decimal(const std::string& text) {
  std::string t = clean_text(text);
  for (auto& c : t)
    if (c == ',') c = '.';
  if (t.empty() || t.size() > 20) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  return v;
}

}  // namespace maillage
