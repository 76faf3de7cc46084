#include "platform/brussels_time.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>

namespace maillage {

namespace {
// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

LocalTime civil(std::int64_t t) {
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  std::int64_t secs = t - days * 86400;
  std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  LocalTime l;
  l.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  l.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  l.year = static_cast<int>(yoe + era * 400 + (l.month <= 2));
  l.hour = static_cast<int>(secs / 3600);
  l.minute = static_cast<int>(secs % 3600 / 60);
  l.weekday = static_cast<int>((days % 7 + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  return l;
}

// 01:00 UTC on the last Sunday of a month.
std::int64_t last_sunday_1utc(int year, int month) {
  int next_y = month == 12 ? year + 1 : year, next_m = month == 12 ? 1 : month + 1;
  std::int64_t last_day = days_from_civil(next_y, next_m, 1) - 1;
  int weekday = static_cast<int>((last_day % 7 + 7 + 3) % 7);  // 0 = Monday
  std::int64_t sunday = last_day - (weekday + 1) % 7;
  return sunday * 86400 + 3600;
}
}  // namespace

int brussels_offset(std::int64_t utc) {
  int year = civil(utc).year;
  return utc >= last_sunday_1utc(year, 3) && utc < last_sunday_1utc(year, 10) ? 7200 : 3600;
}

LocalTime to_brussels(std::int64_t utc) { return civil(utc + brussels_offset(utc)); }

std::optional<std::int64_t> from_brussels(const std::string& date, const std::string& time) {
  int y, m, d, h = 0, mi = 0;
  char tail;
  if (std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  if (!time.empty() && std::sscanf(time.c_str(), "%2d:%2d%c", &h, &mi, &tail) != 2) return std::nullopt;
  if (y < 2000 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59) return std::nullopt;
  std::int64_t local = days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60;
  if (civil(local).day != d) return std::nullopt;  // 31 February
  // Try the winter offset, then check it against the instant it gives.
  std::int64_t guess = local - 3600;
  if (brussels_offset(guess) == 7200) guess = local - 7200;
  return guess;
}

std::string local_date_iso(std::int64_t utc) {
  auto l = to_brussels(utc);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", l.year, l.month, l.day);
  return buf;
}

std::string local_time_hm(std::int64_t utc) {
  auto l = to_brussels(utc);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", l.hour, l.minute);
  return buf;
}

std::optional<std::pair<std::int64_t, std::int64_t>> month_range(const std::string& month) {
  int y, m;
  char tail;
  if (std::sscanf(month.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2 || m < 1 || m > 12) return std::nullopt;
  auto from = from_brussels(month.substr(0, 7) + "-01", "00:00");
  char next[16];
  std::snprintf(next, sizeof next, "%04d-%02d-01", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
  auto to = from_brussels(next, "00:00");
  if (!from || !to) return std::nullopt;
  return std::make_pair(*from, *to);
}

std::optional<Period> year_period(int year) {
  if (year < 2000 || year > 2100) return std::nullopt;
  auto from = from_brussels(std::to_string(year) + "-01-01", "00:00");
  auto to = from_brussels(std::to_string(year + 1) + "-01-01", "00:00");
  if (!from || !to) return std::nullopt;
  return Period{*from, *to};
}

std::vector<std::int64_t> month_starts(const Period& period) {
  std::vector<std::int64_t> starts;
  if (period.to <= period.from) return starts;
  auto first = to_brussels(period.from);
  int y = first.year, m = first.month;
  while (starts.size() < kMaxPeriodMonths) {
    char month[16];
    std::snprintf(month, sizeof month, "%04d-%02d", y, m);
    auto range = month_range(month);
    if (!range || range->first >= period.to) break;
    starts.push_back(std::max(range->first, period.from));
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return starts;
}

}  // namespace maillage
