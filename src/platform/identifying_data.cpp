#include "platform/identifying_data.hpp"
#include "platform/ascii.hpp"

#include <algorithm>
#include <ctime>
#include <regex>

#include "platform/i18n.hpp"

namespace maillage {

namespace {

constexpr const char* kNational = N_("a national register number");
constexpr const char* kEmail = N_("an e-mail address");
constexpr const char* kPhone = N_("a phone number");
constexpr const char* kBirth = N_("a date of birth");

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


int this_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

// Words that say the date next to them is a birth date (fr, nl, en and the Belgian "°").
bool birth_word_before(const std::string& lower, std::size_t at) {
  std::size_t from = at > 40 ? at - 40 : 0;
  std::string_view before(lower.data() + from, at - from);
  for (const char* w : {"né ", "née", "born", "geboren", "geb.", "naissance", "dob", "\xc2\xb0", "n\xc3\xa9 le"})
    if (before.find(w) != std::string_view::npos) return true;
  return false;
}

void find_emails(const std::string& lower, std::vector<IdentifyingFinding>& out) {
  static const std::regex email(R"([a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,})");
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), email); it != std::sregex_iterator(); ++it)
    out.push_back({"email", kEmail, static_cast<std::size_t>(it->position(0)), static_cast<std::size_t>(it->length(0)), ""});
}

// Every date-like text goes into `mask` (its figures are no phone number); birth dates into `out`.
void find_dates(const std::string& lower, int current_year, std::vector<IdentifyingFinding>& out,
                std::vector<std::pair<std::size_t, std::size_t>>& mask) {
  // Group 1 is the character before the date (or nothing at the start): the date itself starts after it.
  static const std::regex dmy(R"((^|[^0-9])([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})(?![0-9]))");
  static const std::regex ymd(R"((^|[^0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9]))");
  static const std::regex written(
      "(^|[^0-9a-z])([0-9]{1,2})(?:er|e|st|nd|rd|th)?\\s+"
      "(janvier|f\xc3\xa9vrier|fevrier|mars|avril|mai|juin|juillet|ao\xc3\xbbt|aout|septembre|octobre|novembre|"
      "d\xc3\xa9" "cembre|decembre|januari|februari|maart|april|mei|juni|juli|augustus|oktober|december|january|"
      "february|march|may|june|july|august|september|october|november)\\s+([0-9]{4})(?![0-9])");
  auto month_of_name = [](const std::string& m) -> int {
    if (m.rfind("jan", 0) == 0) return 1;
    if (m.rfind("f", 0) == 0) return 2;
    if (m == "mars" || m == "maart" || m == "march") return 3;
    if (m.rfind("a", 0) == 0 && (m.find("vril") != std::string::npos || m == "april")) return 4;
    if (m == "mai" || m == "mei" || m == "may") return 5;
    if (m == "juin" || m == "juni" || m == "june") return 6;
    if (m == "juillet" || m == "juli" || m == "july") return 7;
    if (m.rfind("ao", 0) == 0 || m.rfind("aug", 0) == 0) return 8;
    if (m.rfind("sep", 0) == 0) return 9;
    if (m.rfind("o", 0) == 0) return 10;
    if (m.rfind("no", 0) == 0) return 11;
    return 12;
  };
  auto consider = [&](const std::smatch& m, int day, int month, int year) {
    std::size_t start = static_cast<std::size_t>(m.position(0) + m.length(1));
    std::size_t length = static_cast<std::size_t>(m.length(0) - m.length(1));
    mask.emplace_back(start, length);
    if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1900 || year > current_year) return;
    // A date of the last two years is more likely an appointment than a birth, unless a word says "born".
    if (year >= current_year - 1 && !birth_word_before(lower, start)) return;
    out.push_back({"birth_date", kBirth, start, length, ""});
  };
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), dmy); it != std::sregex_iterator(); ++it)
    consider(*it, std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4]));
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), ymd); it != std::sregex_iterator(); ++it)
    consider(*it, std::stoi((*it)[4]), std::stoi((*it)[3]), std::stoi((*it)[2]));
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), written); it != std::sregex_iterator(); ++it)
    consider(*it, std::stoi((*it)[2]), month_of_name((*it)[3]), std::stoi((*it)[4]));
}

// Runs of digit groups separated by one or two of " .-/()": a phone number or a national number as people
// write them ("02/512 34 56", "+32 470 12 34 56", "87.03.12-123.45"). At each group, the longest run that
// reads as one is taken, so that a number followed by other figures is still found.
struct Group {
  std::size_t start, end;  // bytes [start, end)
  std::string digits;
};

void find_numbers(const std::string& masked, std::vector<IdentifyingFinding>& out) {
  std::vector<std::vector<Group>> runs;
  std::size_t i = 0, n = masked.size();
  while (i < n) {
    bool plus = masked[i] == '+' && i + 1 < n && is_digit(masked[i + 1]);
    if (!(is_digit(masked[i]) || plus) || (i > 0 && is_alnum(masked[i - 1]))) {
      ++i;
      continue;
    }
    std::vector<Group> run;
    std::size_t j = i;
    while (j < n) {
      std::size_t g = j;
      if (masked[g] == '+' && run.empty()) ++g;
      std::size_t k = g;
      while (k < n && is_digit(masked[k])) ++k;
      if (k == g) break;
      run.push_back({j, k, masked.substr(g, k - g)});
      std::size_t s = k, seps = 0;
      while (s < n && seps < 3 && (masked[s] == ' ' || masked[s] == '.' || masked[s] == '-' || masked[s] == '/' ||
                                   masked[s] == '(' || masked[s] == ')')) {
        ++s;
        ++seps;
      }
      if (seps == 0 || s >= n || !is_digit(masked[s])) {
        j = k;
        break;
      }
      j = s;
    }
    if (run.empty() || (j < n && is_alnum(masked[j]) && !is_digit(masked[j]))) {
      i = run.empty() ? i + 1 : run.back().end;
      continue;
    }
    runs.push_back(std::move(run));
    i = runs.back().back().end;
  }
  for (auto& run : runs) {
    std::size_t g = 0;
    while (g < run.size()) {
      bool plus = masked[run[g].start] == '+';
      std::string digits;
      std::size_t best_end = 0;
      const char* best_kind = nullptr;
      for (std::size_t k = g; k < run.size(); ++k) {
        digits += run[k].digits;
        if (digits.size() > 15) break;
        const char* kind = nullptr;
        if (!plus && digits.size() == 11 && valid_national_number(digits)) kind = "national_number";
        else if (plus && digits.size() >= 8) kind = "phone";
        else if (digits.rfind("00", 0) == 0 && digits.size() >= 10) kind = "phone";
        else if (digits[0] == '0' && digits.rfind("00", 0) != 0 && (digits.size() == 9 || digits.size() == 10)) kind = "phone";
        if (kind && (!best_kind || std::string_view(best_kind) != "national_number")) {
          best_kind = kind;
          best_end = k;
        }
      }
      // A run that does not read as a number from its start is some other figure ("85.07.30-033.29", an
      // invalid national number, is not read again from "07" as a phone number).
      if (!best_kind) break;
      bool national = std::string_view(best_kind) == "national_number";
      out.push_back({best_kind, national ? kNational : kPhone, run[g].start, run[best_end].end - run[g].start, ""});
      g = best_end + 1;
    }
  }
}

}  // namespace

bool valid_national_number(std::string_view d) {
  if (d.size() != 11 || !std::all_of(d.begin(), d.end(), is_digit)) return false;
  long long first9 = std::stoll(std::string(d.substr(0, 9)));
  int check = std::stoi(std::string(d.substr(9, 2)));
  if (97 - first9 % 97 == check) return true;
  return 97 - (2000000000LL + first9) % 97 == check;  // born in 2000 or later
}

std::vector<IdentifyingFinding> find_identifying_data(std::string_view text, int current_year) {
  if (current_year == 0) current_year = this_year();
  std::string lower = ascii_lower(text);
  std::vector<IdentifyingFinding> found;
  find_emails(lower, found);
  std::vector<std::pair<std::size_t, std::size_t>> mask;
  find_dates(lower, current_year, found, mask);
  // E-mail addresses and dates are masked so that their figures are not read again as a phone number.
  for (auto& f : found) mask.emplace_back(f.offset, f.length);
  std::string masked = lower;
  for (auto& [at, length] : mask) std::fill(masked.begin() + at, masked.begin() + at + length, 'x');
  find_numbers(masked, found);
  std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.offset < b.offset; });
  for (auto& f : found) f.text = std::string(text.substr(f.offset, f.length));
  return found;
}

}  // namespace maillage
