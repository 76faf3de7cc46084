#include "platform/pager.hpp"

#include <algorithm>
#include <charconv>

namespace maillage {

int asked_page(const std::string& query_value) {
  long long n = 1;
  auto [end, error] = std::from_chars(query_value.data(), query_value.data() + query_value.size(), n);
  if (error != std::errc() || end != query_value.data() + query_value.size()) return 1;
  return static_cast<int>(std::clamp<long long>(n, 1, 100000));
}

int page_count(std::int64_t total, int page_size) {
  page_size = std::max(1, page_size);
  return static_cast<int>(std::max<std::int64_t>(1, (total + page_size - 1) / page_size));
}

int fill_pager(Dictionary& d, int page, int pages, const std::function<std::string(int)>& href) {
  pages = std::max(1, pages);
  page = std::clamp(page, 1, pages);
  d.SetIntValue("PAGE", page);
  d.SetIntValue("PAGES", pages);
  if (pages > 1) d.ShowSection("HAS_PAGES");
  if (page > 1) d.SetValueAndShowSection("PREVIOUS_HREF", href(page - 1), "HAS_PREVIOUS");
  if (page < pages) d.SetValueAndShowSection("NEXT_HREF", href(page + 1), "HAS_NEXT");
  return page;
}

}  // namespace maillage
