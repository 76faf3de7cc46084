// The helpdesk rota ("permanences par demi-jour", migrations/0034_helpdesk_rota.sql): half-day shifts per line on
// weekdays, the responders' absences, the Belgian public holidays on which no shift is expected, the gaps a week
// ahead, and who may see or change a line's rota. Rules are pure functions over dates; the model reads and
// writes the tables.
#pragma once
#include <soci/soci.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helpdesk/lines.hpp"
#include "platform/http.hpp"

namespace maillage {
class App;
class Jobs;
}  // namespace maillage

namespace maillage::helpdesk {

// ---- Dates and shifts -------------------------------------------------------------------------------------
using Day = std::chrono::sys_days;  // a Brussels calendar date (no time of day)

enum class Half { Morning, Afternoon };  // 09:00-13:00 and 13:00-17:00, Brussels time
const char* half_code(Half h);           // "am", "pm": URLs and the database
std::optional<Half> parse_half(const std::string& code);
const char* half_label(Half h);  // msgid: "Morning (9:00-13:00)"

std::optional<Day> parse_day(const std::string& iso);  // "2026-05-04"
std::string day_iso(Day d);
Day monday_of(Day d);
bool is_weekday(Day d);              // Monday to Friday
Day brussels_day(std::int64_t unix_seconds);

struct ShiftTimes {
  std::int64_t starts_at = 0, ends_at = 0;
};
ShiftTimes shift_times(Day d, Half h);
// The half-day running at an instant on a weekday between 09:00 and 17:00 Brussels time (holidays not checked).
struct SlotRef {
  Day day;
  Half half;
};
std::optional<SlotRef> slot_at(std::int64_t unix_seconds);

// ---- Belgian public holidays --------------------------------------------------------------------------------
Day easter_sunday(int year);  // Gregorian (anonymous algorithm)
struct PublicHoliday {
  Day day;
  const char* name;  // msgid
};
// The ten legal public holidays of Belgium in a year (New Year, Easter Monday, Labour Day, Ascension, Whit Monday,
// National Day, Assumption, All Saints, Armistice, Christmas) plus the extra days given as "MM-DD" (regional and
// community days some employers give: see configured_extra_holidays), in date order.
std::vector<PublicHoliday> public_holidays(int year, const std::vector<std::string>& extra_days);
// MAILLAGE_HELPDESK_EXTRA_HOLIDAYS, e.g. "05-08,09-27" (the Brussels Region's 8 May, the French-speaking
// community's 27 September); none by default. Read at each call (a getenv is cheap).
std::vector<std::string> configured_extra_holidays();
// The holiday's msgid on a day, or nullptr.
const char* holiday_on(Day d, const std::vector<std::string>& extra_days);

// ---- The week of a line ---------------------------------------------------------------------------------------
struct Shift {
  std::int64_t id = 0;
  std::int64_t line_id = 0;
  Day day;
  Half half = Half::Morning;
  std::int64_t user_id = 0;
  std::string user_name;
  std::int64_t assigned_by = 0;  // 0: the responder signed up
};

struct Absence {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string user_name;
  Day starts_on, ends_on;  // inclusive
  std::string kind = "absence";  // "absence" or "holiday"
};
bool absent_on(const std::vector<Absence>& absences, std::int64_t user_id, Day d);

// Whether the line expects a responder on a half-day: a weekday that is no public holiday, on which the line's
// opening hours (empty: weekdays 09:00-17:00) overlap the half-day.
bool shift_expected(const Line& line, Day d, Half h, const std::vector<std::string>& extra_holidays);

struct Slot {
  Day day;
  Half half = Half::Morning;
  bool expected = false;
  const char* holiday = nullptr;  // msgid of the public holiday, if any
  std::optional<Shift> holder;
  bool holder_absent = false;  // the holder is away that day: the shift is uncovered
  bool covered() const { return holder && !holder_absent; }
  bool gap() const { return expected && !covered(); }
};
// Every half-day of [from, to), in order, with its holder (shifts and absences as loaded for that range).
std::vector<Slot> slots_between(const Line& line, Day from, Day to, const std::vector<Shift>& shifts,
                                const std::vector<Absence>& absences, const std::vector<std::string>& extra_holidays);
std::vector<Slot> gaps_between(const Line& line, Day from, Day to, const std::vector<Shift>& shifts,
                               const std::vector<Absence>& absences, const std::vector<std::string>& extra_holidays);

// ---- Who may do what ------------------------------------------------------------------------------------------
// A line's coordinators: the territory coordinators of its bassin or of the region (and administrators).
bool coordinates_line(const CurrentUser& user, const Line& line);
// A line's page and rota: its responders, the territory coordinators, administrators.
bool may_see_line(const CurrentUser& user, const Line& line);

// ---- Model ------------------------------------------------------------------------------------------------------
std::vector<Shift> shifts_of_line(soci::session& sql, std::int64_t line_id, Day from, Day to);
std::vector<Shift> shifts_of_user(soci::session& sql, std::int64_t user_id, Day from, Day to);
// Absences overlapping [from, to) of everyone (a handful of rows a week).
std::vector<Absence> absences_between(soci::session& sql, Day from, Day to);
std::vector<Absence> absences_of_user(soci::session& sql, std::int64_t user_id, Day from);
std::optional<Absence> find_absence(soci::session& sql, std::int64_t id);

// Takes a free shift for `user_id` (assigned_by 0 when signing up). Concurrent calls for one shift leave one
// holder: the unique index decides, and the loser learns it from the return value (false).
bool take_shift(soci::session& sql, std::int64_t line_id, Day d, Half h, std::int64_t user_id,
                std::int64_t assigned_by, std::int64_t now);
// A coordinator gives a shift to a responder, whoever held it.
void assign_shift(soci::session& sql, std::int64_t line_id, Day d, Half h, std::int64_t user_id, std::int64_t by,
                  std::int64_t now);
std::optional<Shift> find_shift(soci::session& sql, std::int64_t line_id, Day d, Half h);
void remove_shift(soci::session& sql, std::int64_t shift_id);

std::int64_t add_absence(soci::session& sql, const Absence& absence, std::int64_t by, std::int64_t now);
void remove_absence(soci::session& sql, std::int64_t id);

struct Responder {
  std::int64_t id = 0;
  std::string name, email;
};
std::vector<Responder> responders_of_line(soci::session& sql, std::int64_t line_id);
bool is_responder_of(soci::session& sql, std::int64_t user_id, std::int64_t line_id);
// The lines a user answers (grants), in the lines' order.
std::vector<Line> lines_of_responder(soci::session& sql, std::int64_t user_id);

// The responder's calendar feed: a new random token (returned once; its SHA-256 replaces the previous one).
std::string new_feed_token(soci::session& sql, std::int64_t user_id, std::int64_t now);
std::optional<std::int64_t> user_of_feed_token(soci::session& sql, const std::string& token);
bool has_feed(soci::session& sql, std::int64_t user_id);
// The user's shifts from 60 days back to 120 days ahead as an iCalendar text.
std::string rota_feed(App& app, soci::session& sql, std::int64_t user_id, const std::string& lang, std::int64_t now);

// The gaps of the next 7 days (from tomorrow) of every active line, mailed once each to the line's coordinators.
// Returns how many gaps were mailed.
int mail_rota_gaps(App& app, std::int64_t now);
void register_rota_jobs(Jobs& jobs);

}  // namespace maillage::helpdesk
