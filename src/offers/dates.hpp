// Brussels local time for the offers: forms speak in local dates and hours, the database in Unix seconds.
// The European rule (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC) is
// computed here because the standard library of our compiler has no time-zone database.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace maillage::offers {

struct LocalTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, weekday = 0;  // weekday 0 = Monday
};

// Offset of Brussels from UTC at a UTC instant, in seconds (3600 or 7200).
int brussels_offset(std::int64_t utc);
LocalTime to_brussels(std::int64_t utc);
// "2026-12-03" and "09:30" in Brussels to Unix seconds; nullopt for invalid text.
std::optional<std::int64_t> from_brussels(const std::string& date, const std::string& time);
std::string local_date_iso(std::int64_t utc);  // "2026-12-03"
std::string local_time_hm(std::int64_t utc);   // "09:30"
// [start, end) of a month given as "2026-12" in Brussels; nullopt when invalid.
std::optional<std::pair<std::int64_t, std::int64_t>> month_range(const std::string& month);

}  // namespace maillage::offers
