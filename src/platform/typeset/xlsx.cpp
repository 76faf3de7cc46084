#include "platform/typeset/xlsx.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace maillage::typeset {

namespace {

// "1 400", "1 400" (no-break spaces), "16,5", "12 %" -> a number; anything else -> nullopt.
std::optional<double> as_number(const std::string& text) {
  std::string t;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { ++i; continue; }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0xAF) { i += 2; continue; }
    t += c == ',' ? '.' : static_cast<char>(c);
  }
  if (!t.empty() && t.back() == '%') t.pop_back();
  if (t.empty() || t.size() > 24) return std::nullopt;
  for (char c : t)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  return v;
}

std::string sheet_name(const std::string& wanted, std::set<std::string>& used) {
  std::string clean;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < wanted.size() && chars < 28;) {
    unsigned char c = static_cast<unsigned char>(wanted[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    std::string ch = wanted.substr(i, len);
    i += len;
    if (ch.size() == 1 && std::string("[]:*?/\\'").find(ch[0]) != std::string::npos) ch = " ";
    clean += ch;
    ++chars;
  }
  if (clean.empty()) clean = "Sheet";
  std::string name = clean;
  for (int n = 2; used.count(name); ++n) name = clean + " " + std::to_string(n);
  used.insert(name);
  return name;
}

}  // namespace

std::string to_xlsx(const std::vector<Sheet>& sheets) {
  // libxlsxwriter 1.1.4 writes to a file only: a private temporary one, read back and removed.
  static std::atomic<unsigned> counter{0};
  auto path = std::filesystem::temp_directory_path() /
              ("maillage-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw std::runtime_error("spreadsheet: cannot create " + path.string());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* heading = workbook_add_format(wb);
  format_set_bold(heading);
  format_set_bg_color(heading, 0xE6EBF2);
  format_set_text_wrap(heading);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  std::set<std::string> used;
  for (auto& s : sheets) {
    auto name = sheet_name(s.name, used);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    if (!ws) continue;
    worksheet_write_string(ws, 0, 0, s.title.c_str(), bold);
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), s.columns[c].c_str(), heading);
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 0 ? 40 : 18, nullptr);
    }
    lxw_row_t r = 3;
    for (auto& row : s.rows) {
      for (std::size_t c = 0; c < row.size(); ++c) {
        auto n = c > 0 ? as_number(row[c]) : std::nullopt;
        if (n) worksheet_write_number(ws, r, static_cast<lxw_col_t>(c), *n, nullptr);
        else worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), row[c].c_str(), wrap);
      }
      ++r;
    }
    if (!s.note.empty()) worksheet_write_string(ws, r + 1, 0, s.note.c_str(), nullptr);
  }
  lxw_error err = workbook_close(wb);
  std::string out;
  {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    out = buf.str();
  }
  std::filesystem::remove(path);
  if (err != LXW_NO_ERROR) throw std::runtime_error(std::string("spreadsheet: ") + lxw_strerror(err));
  return out;
}

}  // namespace maillage::typeset
