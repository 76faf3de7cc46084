// The Markdown renderer of the guide pages and newsletters: any text renders, and nothing it renders runs
// script (raw HTML dropped, javascript: links emptied).
#include <algorithm>
#include <cctype>

#include "fuzz_target.hpp"
#include "platform/markdown.hpp"

MAILLAGE_FUZZ_TARGET(markdown) {
  std::string html = maillage::markdown_to_html(std::string(maillage::fuzz::as_text(data, size)));
  std::string lower(html);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  MAILLAGE_FUZZ_CHECK(lower.find("<script") == std::string::npos);
  MAILLAGE_FUZZ_CHECK(lower.find("href=\"javascript:") == std::string::npos);
  MAILLAGE_FUZZ_CHECK(lower.find("<iframe") == std::string::npos);
  return 0;
}
