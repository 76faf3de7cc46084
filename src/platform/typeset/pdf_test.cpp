// The typesetter's PDF opens with poppler and keeps every character of the names Brussels has: pdftotext finds
// them, with the table headings, on every page of a table long enough to break.
#include "platform/typeset/pdf.hpp"

#include <gtest/gtest.h>

#include "platform/testing/pdf_text.hpp"

using namespace maillage::typeset;

using maillage::testing::pdf_text;

TEST(TypesetPdf, EveryNameKeepsItsLettersAndPopplerReadsTheTables) {
  Document d;
  d.title = "Rapport d'activités 2025";
  d.blocks.push_back({Block::Kind::Title, d.title});
  d.blocks.push_back({Block::Kind::Heading, "Réunions"});
  Block t{Block::Kind::Table, "Participant·es", {"Nom", "Organisation", "Heures"}, {}};
  const char* names[] = {"Ayşe Şahin", "Łukasz Wójcik", "Ömer Ağaoğlu", "Noël Françoise Bernaërts", "Mohammed El Idrissi"};
  for (int i = 0; i < 120; ++i) t.rows.push_back({names[i % 5], "CPAS de Saint-Gilles", std::to_string(i)});
  d.blocks.push_back(t);
  d.blocks.push_back({Block::Kind::BarChart, "Activités par type", {}, {}, {}, {{"Réunion", 12}, {"Atelier du changement", 3}}});
  auto pdf = to_pdf(d);
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  auto text = pdf_text(pdf);
  for (const char* n : {"Şahin", "Łukasz", "Ağaoğlu", "Bernaërts", "Françoise", "Rapport d'activités 2025", "Organisation", "Atelier du changement"})
    EXPECT_NE(text.find(n), std::string::npos) << n << " in:\n" << text.substr(0, 400);
  // 120 rows break across pages: the header comes again, and each page has its footer.
  std::size_t headers = 0;
  for (auto p = text.find("Organisation"); p != std::string::npos; p = text.find("Organisation", p + 1)) ++headers;
  EXPECT_GE(headers, 3u);
  EXPECT_NE(text.find("Rapport d'activités 2025 — 2"), std::string::npos);
}
