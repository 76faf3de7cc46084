// The urlencoded form parser every POST goes through, and the text cleaning every field then gets.
#include "fuzz_target.hpp"
#include "platform/forms.hpp"
#include "platform/http.hpp"

MAILLAGE_FUZZ_TARGET(urlencoded) {
  using namespace maillage;
  auto params = parse_urlencoded(fuzz::as_text(data, size));
  MAILLAGE_FUZZ_CHECK(params.size() <= size + 1);
  for (auto& [name, value] : params) {
    auto cleaned = clean_text(value);
    MAILLAGE_FUZZ_CHECK(cleaned.empty() || valid_utf8(cleaned));
    MAILLAGE_FUZZ_CHECK(cleaned.size() <= value.size());
    MAILLAGE_FUZZ_CHECK(utf8_length(cleaned) <= cleaned.size());
    // What we encode, the parser gives back.
    auto again = parse_urlencoded(url_encode(name) + "=" + url_encode(value));
    MAILLAGE_FUZZ_CHECK(again.size() == 1 && again.begin()->second == value);
  }
  return 0;
}
