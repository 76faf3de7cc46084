// The certificate PDF: a valid one-page PDF whose text is in WinAnsiEncoding, so French accents print.
#include <gtest/gtest.h>

#include <regex>

#include "offers/pdf.hpp"

using namespace maillage::offers;

TEST(OffersPdf, AccentsBecomeWinAnsiBytes) {
  EXPECT_EQ(to_win_ansi("été"), "\xE9t\xE9");
  EXPECT_EQ(to_win_ansi("œuvre — 5 €"), "\x9Cuvre \x97 5 \x80");
  EXPECT_EQ(to_win_ansi("中"), "?");
}

TEST(OffersPdf, TheDocumentHasAValidStructureAndCrossReferenceTable) {
  auto pdf = pdf_document("Attestation de présence", {{"Attestation de présence", 20, true, 0}, {"(parenthèses) \\ et é", 12, false, 0}});
  EXPECT_EQ(pdf.rfind("%PDF-1.4", 0), 0u);
  EXPECT_NE(pdf.find("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"), std::string::npos);
  EXPECT_NE(pdf.find("(\\(parenth\xE8ses\\) \\\\ et \xE9) Tj"), std::string::npos) << "escaped and encoded";
  // startxref points at the xref table, and each entry at its object.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(pdf, m, std::regex("startxref\n([0-9]+)\n%%EOF\n$")));
  auto xref = std::stoul(m[1]);
  ASSERT_EQ(pdf.compare(xref, 4, "xref"), 0);
  auto pos = pdf.find('\n', pdf.find('\n', xref) + 1) + 1 + 20;  // skip "xref", "0 8" and the free entry
  for (int obj = 1; obj <= 7; ++obj, pos += 20) {
    auto offset = std::stoul(pdf.substr(pos, 10));
    EXPECT_EQ(pdf.compare(offset, std::to_string(obj).size() + 6, std::to_string(obj) + " 0 obj")
              , 0) << "object " << obj;
  }
  // The content stream's length is the one declared.
  ASSERT_TRUE(std::regex_search(pdf, m, std::regex("/Length ([0-9]+) >>\nstream\n")));
  auto len = std::stoul(m[1]);
  auto start = m.position(0) + m.length(0);
  EXPECT_EQ(pdf.compare(start + len, 9, "endstream"), 0);
}
