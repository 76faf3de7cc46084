// The identifying-data check run on every free text of the confidential parts: any text, and every finding
// points at what was typed.
#include "fuzz_target.hpp"
#include "platform/identifying_data.hpp"

MAILLAGE_FUZZ_TARGET(identifying_data) {
  auto text = maillage::fuzz::as_text(data, size);
  std::size_t last = 0;
  for (auto& f : maillage::find_identifying_data(text, 2026)) {
    MAILLAGE_FUZZ_CHECK(f.offset + f.length <= text.size());
    MAILLAGE_FUZZ_CHECK(text.substr(f.offset, f.length) == f.text);
    MAILLAGE_FUZZ_CHECK(f.offset >= last || f.offset + f.length <= text.size());
    last = f.offset;
  }
  return 0;
}
