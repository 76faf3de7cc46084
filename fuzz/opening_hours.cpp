// The opening-hours parsers: HSDS times of day as sources write them, and the weekly lines of the forms.
// Every accepted time is within the day, and what is accepted, written back, reads the same.
#include <cstdio>

#include "directory/model.hpp"
#include "fuzz_target.hpp"

MAILLAGE_FUZZ_TARGET(opening_hours) {
  using namespace maillage::directory;
  std::string text(maillage::fuzz::as_text(data, size));
  if (auto m = minutes_of_day(text)) {
    MAILLAGE_FUZZ_CHECK(*m >= 0 && *m <= 1440);
    char again[8];
    std::snprintf(again, sizeof again, "%02d:%02d", *m / 60, *m % 60);
    MAILLAGE_FUZZ_CHECK(minutes_of_day(again) == m);
  }
  if (auto o = parse_opening_line(text)) {
    MAILLAGE_FUZZ_CHECK(opening_line(*o) == text);
    MAILLAGE_FUZZ_CHECK(minutes_of_day(o->opens) && minutes_of_day(o->closes));
  }
  return 0;
}
