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

std::string markdown_to_text(const std::string& markdown) {
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8), &cmark_node_free);
  if (!doc) return {};
  std::string out;
  auto block_break = [&] {
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    if (!out.empty()) out += "\n\n";
  };
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc.get()), &cmark_iter_free);
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    auto type = cmark_node_get_type(node);
    const char* literal = cmark_node_get_literal(node);
    if (ev == CMARK_EVENT_ENTER) {
      switch (type) {
        case CMARK_NODE_PARAGRAPH:
          // A list item's first paragraph follows its bullet; any other opens a new block.
          if (cmark_node_parent(node) && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_ITEM &&
              cmark_node_previous(node) == nullptr)
            break;
          block_break();
          break;
        case CMARK_NODE_HEADING: case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_BLOCK_QUOTE: case CMARK_NODE_THEMATIC_BREAK:
          block_break();
          if (type == CMARK_NODE_CODE_BLOCK && literal) out += literal;
          break;
        case CMARK_NODE_ITEM:
          if (cmark_node_previous(node)) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += "\n";
          } else {
            block_break();
          }
          out += "• ";
          break;
        case CMARK_NODE_TEXT: case CMARK_NODE_CODE:
          if (literal) out += literal;
          break;
        case CMARK_NODE_SOFTBREAK: out += ' '; break;
        case CMARK_NODE_LINEBREAK: out += '\n'; break;
        default: break;
      }
    } else if (ev == CMARK_EVENT_EXIT && type == CMARK_NODE_LINK) {
      const char* url = cmark_node_get_url(node);
      if (url && *url) out += std::string(" (") + url + ")";
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

}  // namespace maillage
