#include "platform/small_counts.hpp"

#include <cstdio>

namespace maillage {

ShownCount shown_count(long value, bool inside, int threshold) {
  ShownCount c;
  c.value = value;
  c.suppressed = !inside && value > 0 && value < threshold;
  c.text = c.suppressed ? "< " + std::to_string(threshold) : std::to_string(value);
  return c;
}

std::vector<ShownCount> shown_counts(const std::vector<long>& cells, bool inside, int threshold) {
  std::vector<ShownCount> out;
  out.reserve(cells.size());
  int suppressed = 0;
  for (long v : cells) {
    out.push_back(shown_count(v, inside, threshold));
    if (out.back().suppressed) ++suppressed;
  }
  if (suppressed == 1) {
    ShownCount* next = nullptr;
    for (auto& c : out)
      if (!c.suppressed && c.value > 0 && (!next || c.value < next->value)) next = &c;
    if (next) {
      next->suppressed = true;
      next->secondary = true;
      next->text = "*";
    }
  }
  return out;
}

std::string shown_share(const ShownCount& part, const ShownCount& total, int decimals) {
  if (part.suppressed || total.suppressed || total.value <= 0) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, 100.0 * static_cast<double>(part.value) / static_cast<double>(total.value));
  return buf;
}

}  // namespace maillage
