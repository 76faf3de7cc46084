// Brussels local time for every part: forms speak in local dates and hours, the database in Unix seconds.
// The European rule (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC) is
// computed here because the standard library of our compiler has no time-zone database.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage {

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


// [from, to) in Unix seconds: the period every part's figures speak of.
struct Period {
  std::int64_t from = 0, to = 0;
};
// A calendar year in Brussels (1 January 00:00 to the next 1 January); nullopt for a year out of 2000-2100.
std::optional<Period> year_period(int year);
// The starts of the Brussels calendar months that overlap a period (at most 36: a longer period is cut).
constexpr std::size_t kMaxPeriodMonths = 36;
std::vector<std::int64_t> month_starts(const Period& period);

}  // namespace maillage
