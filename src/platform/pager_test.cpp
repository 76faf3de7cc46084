#include "platform/pager.hpp"

#include <ctemplate/template.h>
#include <gtest/gtest.h>

using namespace maillage;

namespace {
std::string shown(const Dictionary& d) {
  std::string out;
  ctemplate::StringToTemplateCache("pager_test.tpl",
                                   "{{PAGE}}/{{PAGES}}{{#HAS_PAGES}} pages{{/HAS_PAGES}}{{#HAS_PREVIOUS}} <{{PREVIOUS_HREF}}"
                                   "{{/HAS_PREVIOUS}}{{#HAS_NEXT}} >{{NEXT_HREF}}{{/HAS_NEXT}}",
                                   ctemplate::DO_NOT_STRIP);
  ctemplate::ExpandTemplate("pager_test.tpl", ctemplate::DO_NOT_STRIP, &d, &out);
  return out;
}
std::string href(int n) { return "?page=" + std::to_string(n); }
}  // namespace

TEST(Pager, AnAbsentOrBadPageNumberIsTheFirstPage) {
  EXPECT_EQ(asked_page(""), 1);
  EXPECT_EQ(asked_page("abc"), 1);
  EXPECT_EQ(asked_page("2x"), 1);
  EXPECT_EQ(asked_page("-3"), 1);
  EXPECT_EQ(asked_page("0"), 1);
  EXPECT_EQ(asked_page("7"), 7);
  EXPECT_EQ(asked_page("99999999999999999999"), 1) << "out of range is not a number";
  EXPECT_EQ(asked_page("250000"), 100000);
}

TEST(Pager, PagesAreCountedUpwardsAndNeverZero) {
  EXPECT_EQ(page_count(0, 20), 1);
  EXPECT_EQ(page_count(20, 20), 1);
  EXPECT_EQ(page_count(21, 20), 2);
  EXPECT_EQ(page_count(45, 20), 3);
  EXPECT_EQ(page_count(5, 0), 5) << "a page size below 1 counts rows one by one";
}

TEST(Pager, AMiddlePageLinksBothWaysAndAPageBeyondTheEndShowsTheLast) {
  Dictionary middle("middle");
  EXPECT_EQ(fill_pager(middle, 2, 3, href), 2);
  EXPECT_EQ(shown(middle), "2/3 pages <?page=1 >?page=3");
  Dictionary beyond("beyond");
  EXPECT_EQ(fill_pager(beyond, 9, 3, href), 3);
  EXPECT_EQ(shown(beyond), "3/3 pages <?page=2");
  Dictionary single("single");
  EXPECT_EQ(fill_pager(single, 1, 1, href), 1);
  EXPECT_EQ(shown(single), "1/1") << "one page: no links";
}
