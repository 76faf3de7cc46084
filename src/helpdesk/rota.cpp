#include "helpdesk/rota.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "directory/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/ical.hpp"
#include "platform/jobs.hpp"
#include "platform/mail.hpp"
#include "platform/security.hpp"

namespace maillage::helpdesk {

using namespace std::chrono;

// ---- Dates and shifts -------------------------------------------------------------------------------------

const char* half_code(Half h) { return h == Half::Morning ? "am" : "pm"; }

std::optional<Half> parse_half(const std::string& code) {
  if (code == "am") return Half::Morning;
  if (code == "pm") return Half::Afternoon;
  return std::nullopt;
}

const char* half_label(Half h) { return h == Half::Morning ? N_("Morning (9:00-13:00)") : N_("Afternoon (13:00-17:00)"); }

std::optional<Day> parse_day(const std::string& iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  char tail;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok() || y < 2000 || y > 2200) return std::nullopt;
  return sys_days{ymd};
}

std::string day_iso(Day d) {
  year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

Day monday_of(Day d) { return d - days{weekday{d}.iso_encoding() - 1}; }

bool is_weekday(Day d) { return weekday{d}.iso_encoding() <= 5; }

Day brussels_day(std::int64_t unix_seconds) {
  auto l = to_brussels(unix_seconds);
  return sys_days{year{l.year} / l.month / l.day};
}

ShiftTimes shift_times(Day d, Half h) {
  std::string date = day_iso(d);
  auto start = from_brussels(date, h == Half::Morning ? "09:00" : "13:00");
  auto end = from_brussels(date, h == Half::Morning ? "13:00" : "17:00");
  return {start.value_or(0), end.value_or(0)};
}

std::optional<SlotRef> slot_at(std::int64_t unix_seconds) {
  auto l = to_brussels(unix_seconds);
  if (l.weekday > 4 || l.hour < 9 || l.hour >= 17) return std::nullopt;
  return SlotRef{brussels_day(unix_seconds), l.hour < 13 ? Half::Morning : Half::Afternoon};
}

// ---- Belgian public holidays --------------------------------------------------------------------------------

Day easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  unsigned month_ = static_cast<unsigned>((h + l - 7 * m + 114) / 31);
  unsigned day_ = static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1);
  return sys_days{year{y} / month{month_} / day{day_}};
}

namespace {
// The regional and community days an installation may add, with their names; any other date is a "day off".
struct ExtraDay {
  const char* mmdd;
  const char* name;
};
const ExtraDay kKnownExtraDays[] = {
    {"05-08", N_("Iris Day (Brussels-Capital Region)")},
    {"07-11", N_("Day of the Flemish Community")},
    {"09-27", N_("Day of the French-speaking Community")},
    {"11-15", N_("King's Feast")},
    {"12-26", N_("Second Christmas day")},
};
}  // namespace

std::vector<PublicHoliday> public_holidays(int y, const std::vector<std::string>& extra_days) {
  Day easter = easter_sunday(y);
  auto on = [&](unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; };
  std::vector<PublicHoliday> list = {
      {on(1, 1), N_("New Year's Day")},
      {easter + days{1}, N_("Easter Monday")},
      {on(5, 1), N_("Labour Day")},
      {easter + days{39}, N_("Ascension Day")},
      {easter + days{50}, N_("Whit Monday")},
      {on(7, 21), N_("Belgian National Day")},
      {on(8, 15), N_("Assumption Day")},
      {on(11, 1), N_("All Saints' Day")},
      {on(11, 11), N_("Armistice Day")},
      {on(12, 25), N_("Christmas Day")},
  };
  for (auto& mmdd : extra_days) {
    unsigned m = 0, d = 0;
    char tail;
    if (mmdd.size() != 5 || std::sscanf(mmdd.c_str(), "%2u-%2u%c", &m, &d, &tail) != 2) continue;
    year_month_day ymd{year{y}, month{m}, day{d}};
    if (!ymd.ok()) continue;
    const char* name = N_("Day off");
    for (auto& k : kKnownExtraDays)
      if (mmdd == k.mmdd) name = k.name;
    if (std::none_of(list.begin(), list.end(), [&](auto& h) { return h.day == sys_days{ymd}; }))
      list.push_back({sys_days{ymd}, name});
  }
  std::sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.day < b.day; });
  return list;
}

std::vector<std::string> configured_extra_holidays() {
  std::vector<std::string> days_;
  const char* v = std::getenv("MAILLAGE_HELPDESK_EXTRA_HOLIDAYS");
  if (!v) return days_;
  std::string s = v, item;
  for (char c : s + ",") {
    if (c == ',' || c == ' ') {
      if (!item.empty()) days_.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  return days_;
}

const char* holiday_on(Day d, const std::vector<std::string>& extra_days) {
  int y = static_cast<int>(year_month_day{d}.year());
  for (auto& h : public_holidays(y, extra_days))
    if (h.day == d) return h.name;
  return nullptr;
}

// ---- The week of a line ---------------------------------------------------------------------------------------

bool absent_on(const std::vector<Absence>& absences, std::int64_t user_id, Day d) {
  return std::any_of(absences.begin(), absences.end(),
                     [&](auto& a) { return a.user_id == user_id && a.starts_on <= d && d <= a.ends_on; });
}

bool shift_expected(const Line& line, Day d, Half h, const std::vector<std::string>& extra_holidays) {
  if (!is_weekday(d) || holiday_on(d, extra_holidays)) return false;
  if (line.opening_hours.empty()) return true;  // weekdays 09:00-17:00
  static const char* kCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  std::string code = kCodes[weekday{d}.iso_encoding() - 1];
  std::string from = h == Half::Morning ? "09:00" : "13:00", to = h == Half::Morning ? "13:00" : "17:00";
  std::size_t pos = 0;
  const std::string& text = line.opening_hours;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    std::string item = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!item.empty() && item.back() == '\r') item.pop_back();
    if (auto o = directory::parse_opening_line(item); o && o->day == code && o->opens < to && o->closes > from)
      return true;
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return false;
}

std::vector<Slot> slots_between(const Line& line, Day from, Day to, const std::vector<Shift>& shifts,
                                const std::vector<Absence>& absences, const std::vector<std::string>& extra_holidays) {
  std::vector<Slot> slots;
  for (Day d = from; d < to; d += days{1}) {
    for (Half h : {Half::Morning, Half::Afternoon}) {
      Slot s;
      s.day = d;
      s.half = h;
      s.holiday = holiday_on(d, extra_holidays);
      s.expected = shift_expected(line, d, h, extra_holidays);
      for (auto& sh : shifts)
        if (sh.line_id == line.id && sh.day == d && sh.half == h) s.holder = sh;
      s.holder_absent = s.holder && absent_on(absences, s.holder->user_id, d);
      slots.push_back(std::move(s));
    }
  }
  return slots;
}

std::vector<Slot> gaps_between(const Line& line, Day from, Day to, const std::vector<Shift>& shifts,
                               const std::vector<Absence>& absences, const std::vector<std::string>& extra_holidays) {
  auto all = slots_between(line, from, to, shifts, absences, extra_holidays);
  std::vector<Slot> gaps;
  for (auto& s : all)
    if (s.gap()) gaps.push_back(s);
  return gaps;
}

// ---- Who may do what ------------------------------------------------------------------------------------------

bool coordinates_line(const CurrentUser& user, const Line& line) {
  if (user.is_admin()) return true;
  for (auto& g : user.grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") return true;
    if (g.scope_type == "bassin" && !line.bassin_slug.empty() && g.scope_id == line.bassin_slug) return true;
  }
  return false;
}

bool may_see_line(const CurrentUser& user, const Line& line) {
  return user.is_admin() || user.is_territory_coordinator() || user.responds_for_line(line.id);
}

// ---- Model ------------------------------------------------------------------------------------------------------

namespace {

const char* kShiftColumns =
    "SELECT s.id, s.line_id, s.day, s.half, s.user_id, COALESCE(NULLIF(u.name, ''), u.email), s.assigned_by "
    "FROM helpdesk_shifts s JOIN users u ON u.id = s.user_id ";

Shift shift_from(const soci::row& r) {
  Shift s;
  s.id = as_int(r, 0);
  s.line_id = as_int(r, 1);
  s.day = parse_day(as_text(r, 2)).value_or(Day{});
  s.half = parse_half(as_text(r, 3)).value_or(Half::Morning);
  s.user_id = as_int(r, 4);
  s.user_name = as_text(r, 5);
  s.assigned_by = as_int(r, 6);
  return s;
}

const char* kAbsenceColumns =
    "SELECT a.id, a.user_id, COALESCE(NULLIF(u.name, ''), u.email), a.starts_on, a.ends_on, a.kind "
    "FROM helpdesk_absences a JOIN users u ON u.id = a.user_id ";

Absence absence_from(const soci::row& r) {
  Absence a;
  a.id = as_int(r, 0);
  a.user_id = as_int(r, 1);
  a.user_name = as_text(r, 2);
  a.starts_on = parse_day(as_text(r, 3)).value_or(Day{});
  a.ends_on = parse_day(as_text(r, 4)).value_or(Day{});
  a.kind = as_text(r, 5);
  return a;
}

}  // namespace

std::vector<Shift> shifts_of_line(soci::session& sql, std::int64_t line_id, Day from, Day to) {
  std::string f = day_iso(from), t = day_iso(to);
  std::vector<Shift> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kShiftColumns) +
                                                   "WHERE s.line_id = :l AND s.day >= :f AND s.day < :t ORDER BY s.day, s.half",
                                soci::use(line_id), soci::use(f), soci::use(t));
  for (auto& r : rs) out.push_back(shift_from(r));
  return out;
}

std::vector<Shift> shifts_of_user(soci::session& sql, std::int64_t user_id, Day from, Day to) {
  std::string f = day_iso(from), t = day_iso(to);
  std::vector<Shift> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kShiftColumns) +
                                                   "WHERE s.user_id = :u AND s.day >= :f AND s.day < :t ORDER BY s.day, s.half",
                                soci::use(user_id), soci::use(f), soci::use(t));
  for (auto& r : rs) out.push_back(shift_from(r));
  return out;
}

std::vector<Absence> absences_between(soci::session& sql, Day from, Day to) {
  std::string f = day_iso(from), t = day_iso(to);
  std::vector<Absence> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kAbsenceColumns) +
                                                   "WHERE a.ends_on >= :f AND a.starts_on < :t ORDER BY a.starts_on, a.id",
                                soci::use(f), soci::use(t));
  for (auto& r : rs) out.push_back(absence_from(r));
  return out;
}

std::vector<Absence> absences_of_user(soci::session& sql, std::int64_t user_id, Day from) {
  std::string f = day_iso(from);
  std::vector<Absence> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kAbsenceColumns) +
                                                   "WHERE a.user_id = :u AND a.ends_on >= :f ORDER BY a.starts_on, a.id",
                                soci::use(user_id), soci::use(f));
  for (auto& r : rs) out.push_back(absence_from(r));
  return out;
}

std::optional<Absence> find_absence(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kAbsenceColumns) + "WHERE a.id = :id", soci::use(id));
  for (auto& r : rs) return absence_from(r);
  return std::nullopt;
}

bool take_shift(soci::session& sql, std::int64_t line_id, Day d, Half h, std::int64_t user_id,
                std::int64_t assigned_by, std::int64_t now) {
  std::string day_ = day_iso(d), half = half_code(h);
  soci::indicator by = assigned_by ? soci::i_ok : soci::i_null;
  // ON CONFLICT DO NOTHING rather than catching the violation: on PostgreSQL a failed statement would abort the
  // caller's whole transaction. The second of two concurrent takers waits for the first to commit, then inserts
  // nothing, and reads the other holder below.
  sql << "INSERT INTO helpdesk_shifts (line_id, day, half, user_id, assigned_by, created_at) VALUES (:l, :d, :h, :u, "
         ":b, :t) ON CONFLICT (line_id, day, half) DO NOTHING",
      soci::use(line_id), soci::use(day_), soci::use(half), soci::use(user_id), soci::use(assigned_by, by), soci::use(now);
  auto holder = find_shift(sql, line_id, d, h);
  return holder && holder->user_id == user_id;
}

void assign_shift(soci::session& sql, std::int64_t line_id, Day d, Half h, std::int64_t user_id, std::int64_t by,
                  std::int64_t now) {
  std::string day_ = day_iso(d), half = half_code(h);
  sql << "INSERT INTO helpdesk_shifts (line_id, day, half, user_id, assigned_by, created_at) VALUES (:l, :d, :h, :u, "
         ":b, :t) ON CONFLICT (line_id, day, half) DO UPDATE SET user_id = excluded.user_id, assigned_by = "
         "excluded.assigned_by, created_at = excluded.created_at",
      soci::use(line_id), soci::use(day_), soci::use(half), soci::use(user_id), soci::use(by), soci::use(now);
}

std::optional<Shift> find_shift(soci::session& sql, std::int64_t line_id, Day d, Half h) {
  std::string day_ = day_iso(d), half = half_code(h);
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kShiftColumns) +
                                                   "WHERE s.line_id = :l AND s.day = :d AND s.half = :h",
                                soci::use(line_id), soci::use(day_), soci::use(half));
  for (auto& r : rs) return shift_from(r);
  return std::nullopt;
}

void remove_shift(soci::session& sql, std::int64_t shift_id) {
  sql << "DELETE FROM helpdesk_shifts WHERE id = :id", soci::use(shift_id);
}

std::int64_t add_absence(soci::session& sql, const Absence& a, std::int64_t by, std::int64_t now) {
  std::string f = day_iso(a.starts_on), t = day_iso(a.ends_on);
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  std::int64_t id = 0;
  sql << "INSERT INTO helpdesk_absences (user_id, starts_on, ends_on, kind, created_by, created_at) VALUES (:u, :f, "
         ":t, :k, :b, :c) RETURNING id",
      soci::use(a.user_id), soci::use(f), soci::use(t), soci::use(a.kind), soci::use(by, by_ind), soci::use(now),
      soci::into(id);
  return id;
}

void remove_absence(soci::session& sql, std::int64_t id) { sql << "DELETE FROM helpdesk_absences WHERE id = :id", soci::use(id); }

std::vector<Responder> responders_of_line(soci::session& sql, std::int64_t line_id) {
  std::string scope = std::to_string(line_id);
  std::vector<Responder> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT u.id, COALESCE(NULLIF(u.name, ''), u.email), u.email FROM grants g "
                                               "JOIN users u ON u.id = g.user_id WHERE g.role = 'responder' AND "
                                               "g.scope_type = 'line' AND g.scope_id = :s AND u.disabled = 0 "
                                               "ORDER BY u.name, u.email",
                                soci::use(scope));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2)});
  return out;
}

bool is_responder_of(soci::session& sql, std::int64_t user_id, std::int64_t line_id) {
  std::string scope = std::to_string(line_id);
  int n = 0;
  sql << "SELECT COUNT(*) FROM grants WHERE user_id = :u AND role = 'responder' AND scope_type = 'line' AND scope_id = :s",
      soci::use(user_id), soci::use(scope), soci::into(n);
  return n > 0;
}

std::vector<Line> lines_of_responder(soci::session& sql, std::int64_t user_id) {
  std::vector<Line> out;
  for (auto& l : list_lines(sql))
    if (is_responder_of(sql, user_id, l.id)) out.push_back(l);
  return out;
}

std::string new_feed_token(soci::session& sql, std::int64_t user_id, std::int64_t now) {
  std::string token = security::random_token(24);
  std::string hash = security::sha256_hex(token);
  sql << "INSERT INTO helpdesk_rota_feeds (user_id, token_hash, created_at) VALUES (:u, :h, :t) ON CONFLICT (user_id) "
         "DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
      soci::use(user_id), soci::use(hash), soci::use(now);
  return token;
}

std::optional<std::int64_t> user_of_feed_token(soci::session& sql, const std::string& token) {
  if (token.empty() || token.size() > 100) return std::nullopt;
  std::string hash = security::sha256_hex(token);
  std::int64_t user = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT f.user_id FROM helpdesk_rota_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = :h AND "
         "u.disabled = 0",
      soci::use(hash), soci::into(user, ind);
  if (ind != soci::i_ok || !sql.got_data()) return std::nullopt;
  return user;
}

bool has_feed(soci::session& sql, std::int64_t user_id) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_rota_feeds WHERE user_id = :u", soci::use(user_id), soci::into(n);
  return n > 0;
}

std::string rota_feed(App& app, soci::session& sql, std::int64_t user_id, const std::string& lang, std::int64_t now) {
  Day today = brussels_day(now);
  auto shifts = shifts_of_user(sql, user_id, today - days{60}, today + days{120});
  std::map<std::int64_t, Line> lines;
  for (auto& l : list_lines(sql, true)) lines[l.id] = l;
  std::vector<CalendarEvent> events;
  for (auto& s : shifts) {
    auto times = shift_times(s.day, s.half);
    CalendarEvent e;
    e.uid = "helpdesk-shift-" + std::to_string(s.line_id) + "-" + day_iso(s.day) + "-" + half_code(s.half) + "-" +
            std::to_string(user_id) + "@maillage";
    e.starts_at = times.starts_at;
    e.ends_at = times.ends_at;
    e.stamp = now;
    std::string line_name = lines.count(s.line_id) ? lines[s.line_id].name(lang) : "";
    e.summary = app.i18n.tr(lang, N_("Helpdesk shift")) + " — " + line_name;
    e.description = app.i18n.tr(lang, half_label(s.half));
    if (lines.count(s.line_id)) e.url = app.base_url() + "/helpdesk/lines/" + lines[s.line_id].code;
    events.push_back(std::move(e));
  }
  return ical_calendar(app.i18n.tr(lang, N_("My helpdesk shifts")), events, "Helpdesk");
}

namespace {

std::vector<std::pair<std::string, std::string>> coordinators_of_line(soci::session& sql, const Line& line) {
  std::vector<std::pair<std::string, std::string>> out;  // e-mail, language
  std::string bassin = line.bassin_slug;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT DISTINCT u.email, u.lang FROM grants g JOIN users u ON u.id = g.user_id "
                                               "WHERE g.role = 'coordinator' AND u.disabled = 0 AND (g.scope_type = "
                                               "'region' OR (g.scope_type = 'bassin' AND g.scope_id = :b)) ORDER BY u.email",
                                soci::use(bassin));
  for (auto& r : rs) out.emplace_back(as_text(r, 0), as_text(r, 1));
  return out;
}

}  // namespace

int mail_rota_gaps(App& app, std::int64_t now) {
  return app.db.transact([&](soci::session& sql) {
    Day from = brussels_day(now) + days{1}, to = from + days{7};
    auto extra = configured_extra_holidays();
    auto absences = absences_between(sql, from, to);
    int mailed = 0;
    for (auto& line : list_lines(sql)) {
      auto gaps = gaps_between(line, from, to, shifts_of_line(sql, line.id, from, to), absences, extra);
      std::vector<Slot> fresh;
      for (auto& g : gaps) {
        std::string d = day_iso(g.day), h = half_code(g.half);
        int n = 0;
        sql << "SELECT COUNT(*) FROM helpdesk_rota_gap_notices WHERE line_id = :l AND day = :d AND half = :h",
            soci::use(line.id), soci::use(d), soci::use(h), soci::into(n);
        if (n == 0) fresh.push_back(g);
      }
      if (fresh.empty()) continue;
      for (auto& [email, lang_] : coordinators_of_line(sql, line)) {
        std::string lang = lang_.empty() ? "fr" : lang_;
        Dictionary d("mail");
        d.SetValue("LINE", line.name(lang));
        d.SetValue("LINK", app.base_url() + "/helpdesk/lines/" + line.code + "/rota?week=" + day_iso(monday_of(from)));
        for (auto& g : fresh) {
          auto* s = d.AddSectionDictionary("GAP");
          s->SetValue("DAY", app.i18n.date(lang, shift_times(g.day, g.half).starts_at));
          s->SetValue("HALF", app.i18n.tr(lang, half_label(g.half)));
        }
        queue_mail(sql, compose_mail(app, lang, "helpdesk_rota_gaps", d, email));
      }
      for (auto& g : fresh) {
        std::string d = day_iso(g.day), h = half_code(g.half);
        sql << "INSERT INTO helpdesk_rota_gap_notices (line_id, day, half, notified_at) VALUES (:l, :d, :h, :t) "
               "ON CONFLICT (line_id, day, half) DO NOTHING",
            soci::use(line.id), soci::use(d), soci::use(h), soci::use(now);
      }
      mailed += static_cast<int>(fresh.size());
    }
    return mailed;
  });
}

void register_rota_jobs(Jobs& jobs) {
  // Hourly, so that a gap opened by a late absence is told within the hour; each gap is mailed once.
  jobs.every("helpdesk.rota_gaps", 3600, [](App& app, const JobRun&) { mail_rota_gaps(app, now_seconds()); });
}

}  // namespace maillage::helpdesk
