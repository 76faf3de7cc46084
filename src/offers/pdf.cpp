#include "offers/pdf.hpp"

#include <cstdio>
#include <map>

namespace maillage::offers {

std::string to_win_ansi(const std::string& s) {
  // Code points of 0x80-0x9F in Windows-1252 (the rest of Latin-1 maps to itself).
  static const std::map<unsigned, unsigned char> cp1252 = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
      {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
      {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
      {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    unsigned cp;
    int len;
    if (c < 0x80) cp = c, len = 1;
    else if ((c >> 5) == 6 && i + 1 < s.size()) cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F), len = 2;
    else if ((c >> 4) == 14 && i + 2 < s.size()) cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F), len = 3;
    else if ((c >> 3) == 30) cp = '?', len = 4;
    else cp = '?', len = 1;
    i += len;
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) out += static_cast<char>(cp);
    else if (auto it = cp1252.find(cp); it != cp1252.end()) out += static_cast<char>(it->second);
    else if (cp == 0x2010 || cp == 0x2011) out += '-';
    else out += '?';
  }
  return out;
}

namespace {
std::string pdf_string(const std::string& win_ansi) {
  std::string out = "(";
  for (char c : win_ansi) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}
}  // namespace

std::string pdf_document(const std::string& title, const std::vector<PdfLine>& lines) {
  // Content stream: each line placed from the top of an A4 page (595 x 842 points), 72 points of margin.
  std::string content = "BT\n";
  double y = 842 - 72;
  char buf[128];
  for (auto& l : lines) {
    y -= l.gap_before + l.size * 1.4;
    std::snprintf(buf, sizeof buf, "/%s %.1f Tf 1 0 0 1 72 %.1f Tm ", l.bold ? "F2" : "F1", l.size, y);
    content += buf + pdf_string(to_win_ansi(l.text)) + " Tj\n";
  }
  content += "ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
      "/Contents 6 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      "<< /Title " + pdf_string(to_win_ansi(title)) + " /Producer (Maillage) >>",
  };
  // The header's binary comment tells transfer programs the file is binary.
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto off : offsets) {
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace maillage::offers
