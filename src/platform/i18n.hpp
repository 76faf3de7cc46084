// Translations and formatting per language: gettext catalogues (compiled at build time and embedded) through
// Boost.Locale, dates in Europe/Brussels, numbers per language. "qps" is the pseudo-locale used by tests.
#pragma once
#include <cstdint>
#include <locale>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage {

// Marks a string for extraction into the catalogues without translating it here (translated where shown).
#define N_(text) text

class I18n {
 public:
  explicit I18n(bool with_pseudo_locale = false);

  // The languages offered to users, in display order.
  static const std::vector<std::string>& languages();
  // "fr", "nl", "en" (and "qps" when enabled) from a code such as "nl-BE" or "EN"; nullopt otherwise.
  std::optional<std::string> normalise(std::string_view code) const;
  // Best language for an Accept-Language header, honouring q-values; "fr" when nothing matches.
  std::string negotiate(std::string_view accept_language) const;

  std::string tr(const std::string& lang, const char* msgid) const;
  std::string tr(const std::string& lang, const std::string& msgid) const { return tr(lang, msgid.c_str()); }
  std::string trn(const std::string& lang, const char* singular, const char* plural, long n) const;

  // Date, date and time, number, formatted per language, in Europe/Brussels.
  std::string date(const std::string& lang, std::int64_t unix_seconds) const;
  std::string datetime(const std::string& lang, std::int64_t unix_seconds) const;
  std::string number(const std::string& lang, double value, int decimals = 0) const;

  const std::locale& locale(const std::string& lang) const;
  // Languages with a loaded catalogue (fr, nl, en, and qps when enabled).
  std::vector<std::string> loaded() const;

 private:
  bool pseudo_;
  std::map<std::string, std::locale> locales_;
};

}  // namespace maillage
