#include "platform/markdown.hpp"

#include <cmark.h>

#include <cstdlib>
#include <memory>

namespace maillage {

std::string markdown_to_html(const std::string& markdown) {
  // CMARK_OPT_SAFE is the default since cmark 0.29 (CMARK_OPT_UNSAFE opts out); named here so that the intent
  // survives an older library. Smart punctuation stays off: typed quotes are kept as typed.
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8), &std::free);
  return html ? std::string(html.get()) : std::string();
}

}  // namespace maillage
