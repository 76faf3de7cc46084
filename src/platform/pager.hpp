// The links of a long list cut into pages (the helpdesk's working lists, the concertation's follow-up table):
// plain links, no script needed. A template shows them with
//   {{#HAS_PAGES}}..{{PAGE}}..{{PAGES}}..{{#HAS_PREVIOUS}}<a href="{{PREVIOUS_HREF}}" rel="prev">{{/HAS_PREVIOUS}}
//   ..{{#HAS_NEXT}}<a href="{{NEXT_HREF}}" rel="next">{{/HAS_NEXT}}{{/HAS_PAGES}}
#pragma once
#include "platform/dictionary.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace maillage {

// The page asked for in a query value: 1 when absent, not a number or below 1; at most 100,000.
int asked_page(const std::string& query_value);
// How many pages of `page_size` rows `total` rows make (at least 1).
int page_count(std::int64_t total, int page_size);
// Fills PAGE (the page shown: `page` brought back to the last when past it) and PAGES, shows HAS_PAGES when there
// is more than one, PREVIOUS_HREF in HAS_PREVIOUS and NEXT_HREF in HAS_NEXT with the links `href(n)` gives.
// Returns the page shown.
int fill_pager(Dictionary& d, int page, int pages, const std::function<std::string(int)>& href);

}  // namespace maillage
