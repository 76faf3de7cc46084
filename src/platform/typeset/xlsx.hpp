// A spreadsheet (.xlsx) with one sheet per table, written with libxlsxwriter (Debian's libxlsxwriter-dev). Cells
// that read as numbers in the report's language ("1 400", "16,5", "12 %") are written as numbers, so that the
// sheet sums and sorts; the others as text.
#pragma once
#include <string>
#include <vector>

namespace maillage::typeset {

struct Sheet {
  std::string name;   // cut to 31 characters and cleaned of []:*?/\ ; made unique
  std::string title;  // written in the first row
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::string note;   // under the table
};

// The workbook's bytes.
std::string to_xlsx(const std::vector<Sheet>& sheets);

}  // namespace maillage::typeset
