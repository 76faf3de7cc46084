// One CSV cell (RFC 4180) for every export the parts offer: a text a spreadsheet would run as a formula
// (starting with = + - @) is prefixed with an apostrophe, quotes are doubled, and the cell is quoted where its
// text needs it (a comma, a quote, a line break) or always, for exports whose readers expect every cell quoted.
#pragma once
#include <string>

namespace maillage {

enum class CsvQuote { WhereNeeded, Always };

inline std::string csv_cell(std::string s, CsvQuote quote = CsvQuote::WhereNeeded) {
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s = "'" + s;
  if (quote == CsvQuote::WhereNeeded && s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace maillage
