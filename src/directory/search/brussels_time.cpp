// "Open now" needs the wall-clock time in Brussels, summer time included, whatever the server's TZ.
#include <boost/locale/date_time.hpp>
#include <boost/locale/generator.hpp>

#include "directory/search/search_index.hpp"

namespace maillage::directory::search {

int brussels_minute_of_week(std::int64_t unix_seconds) {
  // Boost.Locale's ICU backend carries the time-zone database and takes the zone per calendar, so the
  // process-wide TZ is never touched. The locale is built once (the generator is not thread-safe); a
  // calendar per call is cheap and keeps callers independent.
  static const std::locale locale = [] {
    boost::locale::generator gen;
    return gen("en_GB.UTF-8");
  }();
  boost::locale::calendar cal(locale, "Europe/Brussels");
  boost::locale::date_time t(static_cast<double>(unix_seconds), cal);
  int day = t.get(boost::locale::period::day_of_week());  // 1 = Sunday ... 7 = Saturday
  int monday_based = (day + 5) % 7;
  return monday_based * 1440 + t.get(boost::locale::period::hour()) * 60 + t.get(boost::locale::period::minute());
}

bool is_open_at(const std::vector<OpeningInterval>& opening, int minute_of_week) {
  for (const auto& i : opening)
    if (i.start_minute <= minute_of_week && minute_of_week < i.end_minute) return true;
  return false;
}

}  // namespace maillage::directory::search
