// iCalendar (RFC 5545) for every part: the offers' .ics attached to confirmations and their private feeds, the
// helpdesk responders' shifts. Lines end with
// CRLF, are folded at 75 octets without cutting a UTF-8 character, and text values are escaped.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace maillage {

struct CalendarEvent {
  std::string uid;  // stable: "session-12-registration-34@maillage"
  std::int64_t starts_at = 0, ends_at = 0, stamp = 0;
  std::string summary, description, location, url;
  bool cancelled = false;
};

std::string ical_escape(const std::string& text);
// Folds one content line (without its CRLF) into lines of at most 75 octets.
std::string ical_fold(const std::string& line);
// A whole calendar; `product` names the part in PRODID ("-//Maillage//Offers//FR").
std::string ical_calendar(const std::string& name, const std::vector<CalendarEvent>& events,
                         const std::string& product = "Maillage");
// Problems of a calendar text at line level (empty when it is well-formed): bare LF, lines over 75 octets,
// folds that split a UTF-8 character, unbalanced BEGIN/END, missing mandatory properties.
std::vector<std::string> ical_problems(const std::string& text);

}  // namespace maillage
