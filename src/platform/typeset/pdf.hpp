// Typeset documents as PDF with Cairo and Pango (Debian's libcairo2 and libpango1.0, fonts from fontconfig:
// DejaVu Sans by default): real text in Unicode, so that every name Brussels has (é, ë, ç, ş, ł, ğ...) is right
// and can be searched and copied, tables that break across pages with their header repeated, and charts drawn
// as vectors. Plain C++ here: the Cairo and Pango headers stay in pdf.cpp (built as its own library).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace maillage::typeset {

struct Block {
  // Lead: a paragraph in a larger size, for one-page documents that make a statement (a certificate).
  enum class Kind { Title, Heading, Subheading, Paragraph, Lead, Note, Table, BarChart, PageBreak };
  Kind kind = Kind::Paragraph;
  std::string text;                            // title, heading, paragraph, note; a table's or chart's caption
  std::vector<std::string> columns;            // a table's header
  std::vector<std::vector<std::string>> rows;  // a table's cells; a cell may hold several lines ('\n')
  std::vector<double> widths;                  // a table's column shares (sum 1); empty: from the content
  std::vector<std::pair<std::string, double>> bars;  // a bar chart's labels and values
  std::vector<std::string> bar_texts;  // each value as written in the reader's language (empty: 12 or 12.5)
};

struct Document {
  std::string title;   // the PDF's metadata and every page's footer
  std::string author;
  std::string font = "DejaVu Sans";
  std::int64_t made_at = 0;  // Unix seconds written as the PDF's creation date (0: none, the file is the same every time)
  std::vector<Block> blocks;
};

// The document as the bytes of an A4 PDF file.
std::string to_pdf(const Document& document);

}  // namespace maillage::typeset
