#include "platform/i18n.hpp"

#include <boost/locale.hpp>

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <unordered_map>

#include "platform/resources.hpp"

namespace maillage {

namespace {
struct LangSpec {
  const char* code;
  const char* icu;  // locale used for formatting
};
const LangSpec kSpecs[] = {{"fr", "fr_BE.UTF-8"}, {"nl", "nl_BE.UTF-8"}, {"en", "en_GB.UTF-8"}, {"qps", "en_GB.UTF-8"}};

std::locale make_locale(const LangSpec& spec) {
  static boost::locale::generator gen;
  std::locale base = gen(spec.icu);
  boost::locale::gnu_gettext::messages_info info;
  info.language = spec.code;
  info.encoding = "UTF-8";
  info.paths = {"embedded"};
  info.domains = {boost::locale::gnu_gettext::messages_info::domain("maillage")};
  // Catalogues come from the binary, not from the file system.
  info.callback = [](const std::string& file, const std::string&) -> std::vector<char> {
    // file looks like "embedded/<lang>/LC_MESSAGES/maillage.mo"
    auto first = file.find('/');
    auto second = file.find('/', first + 1);
    if (first == std::string::npos || second == std::string::npos) return {};
    auto lang = file.substr(first + 1, second - first - 1);
    auto mo = resources::find("locale/" + lang + ".mo");
    if (!mo) return {};
    return std::vector<char>(mo->begin(), mo->end());
  };
  return std::locale(base, boost::locale::gnu_gettext::create_messages_facet<char>(info));
}
}  // namespace

I18n::I18n(bool with_pseudo_locale) : pseudo_(with_pseudo_locale) {
  for (const auto& spec : kSpecs) {
    if (std::string(spec.code) == "qps" && !pseudo_) continue;
    locales_.emplace(spec.code, make_locale(spec));
  }
}

const std::vector<std::string>& I18n::languages() {
  static const std::vector<std::string> langs{"fr", "nl", "en"};
  return langs;
}

std::optional<std::string> I18n::normalise(std::string_view code) const {
  std::string c;
  for (char ch : code.substr(0, std::min<std::size_t>(code.size(), 3))) {
    if (ch == '-' || ch == '_') break;
    c += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (locales_.count(c)) return c;
  return std::nullopt;
}

std::string I18n::negotiate(std::string_view header) const {
  std::string best = "fr";
  double best_q = -1;
  std::size_t pos = 0;
  while (pos < header.size()) {
    auto end = header.find(',', pos);
    if (end == std::string_view::npos) end = header.size();
    std::string_view item = header.substr(pos, end - pos);
    pos = end + 1;
    double q = 1.0;
    if (auto semi = item.find(';'); semi != std::string_view::npos) {
      auto params = item.substr(semi + 1);
      item = item.substr(0, semi);
      if (auto qp = params.find("q="); qp != std::string_view::npos) {
        try { q = std::stod(std::string(params.substr(qp + 2))); } catch (...) { q = 0; }
      }
    }
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    auto lang = normalise(item);
    if (lang && *lang != "qps" && q > best_q) {
      best = *lang;
      best_q = q;
    }
  }
  return best;
}

std::vector<std::string> I18n::loaded() const {
  std::vector<std::string> out;
  for (auto& [k, v] : locales_) out.push_back(k);
  return out;
}

const std::locale& I18n::locale(const std::string& lang) const {
  auto it = locales_.find(lang);
  if (it == locales_.end()) it = locales_.find("fr");
  return it->second;
}

std::string I18n::tr(const std::string& lang, const char* msgid) const {
  return boost::locale::translate(msgid).str(locale(lang));
}

std::string I18n::trn(const std::string& lang, const char* singular, const char* plural, long n) const {
  // "{1}" stands for the count in every plural msgid ("{1} offer", "{1} offers").
  std::string text = boost::locale::translate(singular, plural, n).str(locale(lang));
  for (auto at = text.find("{1}"); at != std::string::npos; at = text.find("{1}", at))
    text.replace(at, 3, std::to_string(n));
  return text;
}

namespace {
std::string format_time(const std::locale& loc, std::int64_t t, bool with_time) {
  std::ostringstream ss;
  ss.imbue(loc);
  ss << boost::locale::as::time_zone("Europe/Brussels");
  if (with_time) ss << boost::locale::as::datetime << boost::locale::as::date_medium << boost::locale::as::time_short;
  else ss << boost::locale::as::date << boost::locale::as::date_long;
  ss << static_cast<double>(t);
  return ss.str();
}
}  // namespace

namespace {
// Formatting one date through Boost.Locale builds ICU's formatter, calendar and time zone again each time (about
// 9 µs, a sixth of a logged-in page): each thread keeps what it formatted, by language and minute (the formats
// show no seconds), bounded.
const std::string& memo_time(const std::string& code, const std::locale& loc, std::int64_t t, bool with_time) {
  thread_local std::unordered_map<std::string, std::string> memo;
  std::int64_t minute = t >= 0 ? t / 60 : -((-t + 59) / 60);
  std::string key = code;
  key += with_time ? '@' : '#';
  key += std::to_string(minute);
  auto it = memo.find(key);
  if (it != memo.end()) return it->second;
  if (memo.size() >= 4096) memo.clear();
  return memo.emplace(std::move(key), format_time(loc, minute * 60, with_time)).first->second;
}
}  // namespace

std::string I18n::date(const std::string& lang, std::int64_t t) const {
  auto it = locales_.find(lang);
  if (it == locales_.end()) it = locales_.find("fr");
  return memo_time(it->first, it->second, t, false);
}
std::string I18n::datetime(const std::string& lang, std::int64_t t) const {
  auto it = locales_.find(lang);
  if (it == locales_.end()) it = locales_.find("fr");
  return memo_time(it->first, it->second, t, true);
}

std::string I18n::number(const std::string& lang, double value, int decimals) const {
  std::ostringstream ss;
  ss.imbue(locale(lang));
  ss << boost::locale::as::number << std::fixed << std::setprecision(decimals) << value;
  return ss.str();
}

}  // namespace maillage
