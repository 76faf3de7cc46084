// Markdown for text people write in the platform (the helpdesk's guide): CommonMark through cmark in safe mode,
// so raw HTML is dropped and javascript:, vbscript:, file: and data: links (but images) are emptied.
#pragma once
#include <string>

namespace maillage {

// HTML of a Markdown text, safe to put in a page unescaped.
std::string markdown_to_html(const std::string& markdown);

// The same text as plain paragraphs for documents that are not HTML (a PDF): blocks separated by a blank line,
// list items opening with "• ", a link's address in brackets after its words, no markup.
std::string markdown_to_text(const std::string& markdown);

}  // namespace maillage
