#include "platform/ical.hpp"

#include <cstdio>
#include <ctime>

namespace maillage {

std::string ical_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ical_fold(const std::string& line) {
  std::string out;
  std::size_t col = 0;
  for (std::size_t i = 0; i < line.size();) {
    unsigned char c = line[i];
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (col + len > 75) {
      out += "\r\n ";
      col = 1;  // the leading space counts
    }
    out.append(line, i, len);
    col += len;
    i += len;
  }
  return out + "\r\n";
}

namespace {
std::string utc_stamp(std::int64_t t) {
  std::time_t tt = t;
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}
}  // namespace

std::string ical_calendar(const std::string& name, const std::vector<CalendarEvent>& events, const std::string& product) {
  std::string out;
  auto line = [&](const std::string& l) { out += ical_fold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Maillage//" + product + "//FR");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + ical_escape(name));
  for (auto& e : events) {
    line("BEGIN:VEVENT");
    line("UID:" + e.uid);
    line("DTSTAMP:" + utc_stamp(e.stamp));
    line("DTSTART:" + utc_stamp(e.starts_at));
    line("DTEND:" + utc_stamp(e.ends_at));
    line("SUMMARY:" + ical_escape(e.summary));
    if (!e.description.empty()) line("DESCRIPTION:" + ical_escape(e.description));
    if (!e.location.empty()) line("LOCATION:" + ical_escape(e.location));
    if (!e.url.empty()) line("URL:" + e.url);
    line(std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

std::vector<std::string> ical_problems(const std::string& text) {
  std::vector<std::string> problems;
  std::vector<std::string> stack;
  std::string unfolded_prev;
  bool has_version = false, has_prodid = false;
  std::size_t pos = 0, n = 0;
  bool in_event = false, uid = false, dtstamp = false, dtstart = false;
  while (pos < text.size()) {
    auto crlf = text.find("\r\n", pos);
    auto lf = text.find('\n', pos);
    if (lf != std::string::npos && (crlf == std::string::npos || lf < crlf + 1) && (lf == 0 || text[lf - 1] != '\r')) {
      problems.push_back("line " + std::to_string(n + 1) + ": bare LF");
      return problems;
    }
    if (crlf == std::string::npos) {
      problems.push_back("the text does not end with CRLF");
      return problems;
    }
    std::string line = text.substr(pos, crlf - pos);
    ++n;
    pos = crlf + 2;
    if (line.size() > 75) problems.push_back("line " + std::to_string(n) + ": " + std::to_string(line.size()) + " octets");
    if (!line.empty() && (static_cast<unsigned char>(line[0]) & 0xC0) == 0x80)
      problems.push_back("line " + std::to_string(n) + ": a fold splits a UTF-8 character");
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) continue;  // continuation of a folded line
    auto colon = line.find(':');
    if (colon == std::string::npos) {
      problems.push_back("line " + std::to_string(n) + ": no colon");
      continue;
    }
    std::string name = line.substr(0, line.find_first_of(";:"));
    std::string value = line.substr(colon + 1);
    if (name == "BEGIN") {
      stack.push_back(value);
      if (value == "VEVENT") in_event = true, uid = dtstamp = dtstart = false;
    } else if (name == "END") {
      if (stack.empty() || stack.back() != value) problems.push_back("line " + std::to_string(n) + ": END:" + value + " unbalanced");
      else stack.pop_back();
      if (value == "VEVENT") {
        if (!uid || !dtstamp || !dtstart) problems.push_back("an event lacks UID, DTSTAMP or DTSTART");
        in_event = false;
      }
    } else if (name == "VERSION") has_version = true;
    else if (name == "PRODID") has_prodid = true;
    else if (in_event && name == "UID") uid = true;
    else if (in_event && name == "DTSTAMP") dtstamp = true;
    else if (in_event && name == "DTSTART") dtstart = true;
  }
  if (!stack.empty()) problems.push_back("BEGIN:" + stack.back() + " never ends");
  if (!has_version || !has_prodid) problems.push_back("VERSION or PRODID missing");
  return problems;
}

}  // namespace maillage
