#include "platform/forms.hpp"

#include <algorithm>

namespace maillage {

namespace {
std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return c == '-' ? '_' : std::toupper(c); });
  return s;
}
}  // namespace

void FormErrors::show(const RequestContext& ctx, Dictionary& dict) const {
  if (errors_.empty()) return;
  dict.ShowSection("HAS_ERRORS");
  for (auto& [field, msgid] : errors_) {
    auto* e = dict.AddSectionDictionary("ERROR");
    e->SetValue("MESSAGE", ctx.tr(msgid));
    e->SetValue("FIELD", field);
    dict.SetValue(upper(field) + "_ERROR", ctx.tr(msgid));
    dict.ShowSection(upper(field) + "_INVALID");
  }
}

std::size_t utf8_length(const std::string& s) {
  std::size_t chars = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++chars;
  return chars;
}

bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + n >= s.size()) return false;
    for (int k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += n + 1;
  }
  return true;
}

std::string clean_text(const std::string& s) {
  if (!valid_utf8(s)) return "";
  std::string out;
  for (char c : s) {
    unsigned char u = c;
    if (u < 0x20 && c != '\n' && c != '\t') continue;  // drop control characters, keep line breaks
    if (c == '\r') continue;
    out += c;
  }
  auto b = out.find_first_not_of(" \t\n");
  if (b == std::string::npos) return "";
  auto e = out.find_last_not_of(" \t\n");
  return out.substr(b, e - b + 1);
}

void echo_fields(const RequestContext& ctx, Dictionary& dict, std::initializer_list<const char*> names) {
  for (auto n : names) dict.SetValue(upper(n), ctx.f(n));
}

}  // namespace maillage
