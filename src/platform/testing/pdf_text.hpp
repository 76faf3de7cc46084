// The text of a PDF as poppler's pdftotext reads it (Debian's poppler-utils), for tests that check what a
// generated document says rather than how its bytes are laid out.
#pragma once
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace maillage::testing {

inline std::string pdf_text(const std::string& pdf) {
  static std::atomic<int> counter{0};
  auto path = std::filesystem::temp_directory_path() /
              ("maillage-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".pdf");
  std::ofstream(path, std::ios::binary) << pdf;
  std::string out;
  if (FILE* p = ::popen(("pdftotext -enc UTF-8 " + path.string() + " - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  std::filesystem::remove(path);
  return out;
}

}  // namespace maillage::testing
