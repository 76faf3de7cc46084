// Markdown people write becomes plain paragraphs for documents that are not HTML (the Focus PDF).
#include "platform/markdown.hpp"

#include <gtest/gtest.h>

using maillage::markdown_to_text;

TEST(MarkdownText, ParagraphsListsAndLinksBecomePlainText) {
  auto text = markdown_to_text(
      "## Pour qui ?\n\nLes *professionnel·les* du **réseau**,\nsur tout le territoire.\n\n"
      "- Écoute\n- Orientation vers [Brusano](https://brusano.brussels)\n\nFin.");
  EXPECT_EQ(text,
            "Pour qui ?\n\nLes professionnel·les du réseau, sur tout le territoire.\n\n"
            "• Écoute\n• Orientation vers Brusano (https://brusano.brussels)\n\nFin.");
}

TEST(MarkdownText, RawHtmlIsNotCarriedIntoTheText) {
  auto text = markdown_to_text("Avant <script>alert(1)</script> après");
  EXPECT_EQ(text.find("<script>"), std::string::npos);
  EXPECT_NE(text.find("Avant"), std::string::npos);
  EXPECT_EQ(markdown_to_text(""), "");
}
