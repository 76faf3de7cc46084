#include "platform/dictionary.hpp"

#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>
#include <gtest/gtest.h>

using namespace maillage;

namespace {

// One template exercising each rule of lookup: sections seeing their parents, repeated sections with their
// separators, shown and hidden sections, includes that do not see their parent, template-global values and
// sections, the built-ins, auto-escaping by context.
const char* kLayout =
    "{{%AUTOESCAPE context=\"HTML\"}}"
    "<title>{{TITLE}}</title>{{BI_SPACE}}[{{MISSING}}]"
    "{{#GLOBAL_SECTION}}<g>{{TITLE}}|{{LOCAL}}</g>{{/GLOBAL_SECTION}}"
    "{{#HIDDEN}}never{{/HIDDEN}}"
    "{{#SHOWN}}<s>{{LOCAL}}</s>{{/SHOWN}}"
    "<ul>{{#ITEM}}<li><a href=\"{{HREF}}\">{{LABEL}} ({{COUNT}}) {{LOCAL}}</a>{{#ACTIVE}}*{{/ACTIVE}}"
    "{{#INNER}}<i>{{LABEL}}-{{DEEP}}</i>{{/INNER}}</li>{{#ITEM_separator}},{{/ITEM_separator}}{{/ITEM}}</ul>"
    "{{#ONE}}<one>{{V}}</one>{{/ONE}}{{#EMPTY_VALUE}}no{{/EMPTY_VALUE}}"
    "{{>CONTENT}}{{>NOT_INCLUDED}}";
const char* kContent =
    "{{%AUTOESCAPE context=\"HTML\"}}"
    "<main>{{TITLE}}/{{LOCAL}}/{{OWN}}{{#SHOWN}}shown-from-parent{{/SHOWN}}{{#GLOBAL_SECTION}}gs{{/GLOBAL_SECTION}}"
    "{{RAW:none}}<script>var x = \"{{JS}}\";</script></main>";

template <class D>
void fill(D& d) {
  d.SetTemplateGlobalValue("TITLE", "A & B");
  d.ShowTemplateGlobalSection("GLOBAL_SECTION");
  d.SetValue("LOCAL", "root <value>");
  d.ShowSection("SHOWN");
  d.ShowSection("SHOWN");  // twice is once
  for (int i = 0; i < 3; ++i) {
    auto* item = d.AddSectionDictionary("ITEM");
    item->SetValue("HREF", i == 1 ? "javascript:alert(1)" : "/directory?q=a b&theme=" + std::to_string(i));
    item->SetValue("LABEL", "label \"" + std::to_string(i) + "\"");
    item->SetIntValue("COUNT", -42 + i * 1000000);
    if (i == 2) item->ShowSection("ACTIVE");
    if (i == 0) item->SetValue("LOCAL", "overridden");
    if (i == 1) item->AddSectionDictionary("INNER")->SetValue("DEEP", "deep");
    item->SetValue("LABEL", "relabelled " + std::to_string(i));  // a second value replaces the first
  }
  d.SetValueAndShowSection("V", "one value", "ONE");
  d.SetValueAndShowSection("V", "", "EMPTY_VALUE");  // nothing
  auto* content = d.AddIncludeDictionary("CONTENT");
  content->SetFilename("dictionary_test/content.tpl");
  content->SetValue("OWN", "own");
  content->SetValue("RAW", "<b>raw</b>");
  content->SetValue("JS", "a\"b</script>");
  d.AddIncludeDictionary("NOT_INCLUDED");  // no file name: nothing
}

std::string expand(const ctemplate::TemplateDictionaryInterface& d) {
  static bool loaded = [] {
    return ctemplate::StringToTemplateCache("dictionary_test/layout.tpl", kLayout, ctemplate::DO_NOT_STRIP) &&
           ctemplate::StringToTemplateCache("dictionary_test/content.tpl", kContent, ctemplate::DO_NOT_STRIP);
  }();
  EXPECT_TRUE(loaded);
  std::string out;
  EXPECT_TRUE(ctemplate::ExpandTemplate("dictionary_test/layout.tpl", ctemplate::DO_NOT_STRIP, &d, &out));
  return out;
}

}  // namespace

TEST(Dictionary, ExpandsTheSameAsCtemplatesOwnDictionary) {
  ctemplate::TemplateDictionary theirs("theirs");
  fill(theirs);
  Dictionary ours("ours");
  fill(ours);
  const std::string expected = expand(theirs);
  EXPECT_EQ(expand(ours), expected);
  // The rules the template checks, read in the output.
  EXPECT_NE(expected.find("<g>A &amp; B|root &lt;value&gt;</g>"), std::string::npos) << "a template-global section sees the root's values";
  EXPECT_EQ(expected.find("never"), std::string::npos);
  EXPECT_NE(expected.find("<s>root &lt;value&gt;</s>"), std::string::npos);
  EXPECT_NE(expected.find("overridden"), std::string::npos);
  EXPECT_NE(expected.find("<i>relabelled 1-deep</i>"), std::string::npos) << "a nested section sees its parents";
  EXPECT_NE(expected.find("<main>A &amp; B//own"), std::string::npos) << "an include does not see its parent's values";
  EXPECT_EQ(expected.find("shown-from-parent"), std::string::npos);
  EXPECT_NE(expected.find("gs"), std::string::npos);
  EXPECT_NE(expected.find("<b>raw</b>"), std::string::npos);
  EXPECT_EQ(expected.find("javascript:"), std::string::npos) << "an unsafe URL is refused by the href context";
  EXPECT_NE(expected.find("(999958)"), std::string::npos);
  EXPECT_NE(expected.find("</li>,<li>"), std::string::npos) << "separators between repetitions";
}

TEST(Dictionary, AValueSetWithoutCopyIsTheCallersText) {
  std::string card = "<li>card</li>";
  Dictionary d;
  d.SetValueWithoutCopy("CARD", card);
  d.SetValue("COPIED", card);
  card[4] = 'C';
  ctemplate::StringToTemplateCache("dictionary_test/card.tpl", "{{CARD:none}}{{COPIED:none}}", ctemplate::DO_NOT_STRIP);
  std::string out;
  ASSERT_TRUE(ctemplate::ExpandTemplate("dictionary_test/card.tpl", ctemplate::DO_NOT_STRIP, &d, &out));
  EXPECT_EQ(out, "<li>Card</li><li>card</li>");
}

TEST(Dictionary, LongAndManyValuesAreKeptWhole) {
  Dictionary d;
  const std::string long_value(100000, 'x');
  for (int i = 0; i < 2000; ++i) d.AddSectionDictionary("ROW")->SetValue("V", std::to_string(i) + (i == 1000 ? long_value : ""));
  ctemplate::StringToTemplateCache("dictionary_test/rows.tpl", "{{#ROW}}{{V:none}};{{/ROW}}", ctemplate::DO_NOT_STRIP);
  std::string out;
  ASSERT_TRUE(ctemplate::ExpandTemplate("dictionary_test/rows.tpl", ctemplate::DO_NOT_STRIP, &d, &out));
  EXPECT_EQ(out.size(), long_value.size() + 2000 + [] {
    std::size_t digits = 0;
    for (int i = 0; i < 2000; ++i) digits += std::to_string(i).size();
    return digits;
  }());
  EXPECT_NE(out.find(";1000" + long_value + ";1001;"), std::string::npos);
}
