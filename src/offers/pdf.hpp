// A minimal PDF writer for attendance certificates: one A4 page of text lines in the standard Helvetica fonts,
// WinAnsiEncoding so that French and Dutch accents print. No external program, no font file.
#pragma once
#include <string>
#include <vector>

namespace maillage::offers {

struct PdfLine {
  std::string text;     // UTF-8; characters outside Windows-1252 print as '?'
  double size = 12;     // points
  bool bold = false;
  double gap_before = 0;  // extra space above, in points
};

std::string pdf_document(const std::string& title, const std::vector<PdfLine>& lines);
// UTF-8 to Windows-1252 (the WinAnsiEncoding of PDF's standard fonts).
std::string to_win_ansi(const std::string& utf8);

}  // namespace maillage::offers
