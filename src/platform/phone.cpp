#include "platform/phone.hpp"

#include <cctype>

namespace maillage {

std::optional<std::string> normalise_phone(const std::string& typed) {
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(typed[i]);
    if (std::isdigit(c)) digits += static_cast<char>(c);
    else if (c == '+' && digits.empty() && !plus) plus = true;
    else if (c == ' ' || c == '.' || c == '/' || c == '-' || c == '(' || c == ')') continue;
    else return std::nullopt;
  }
  if (!plus && digits.rfind("00", 0) == 0) {
    plus = true;
    digits.erase(0, 2);
  }
  if (!plus) {
    // National form: a trunk 0, then 8 digits (fixed lines: 02 Brussels...) or 9 (mobiles 04xx).
    if (digits.size() < 9 || digits.size() > 10 || digits[0] != '0' || digits[1] == '0') return std::nullopt;
    if (digits.size() == 10 && digits[1] != '4') return std::nullopt;
    return "+32" + digits.substr(1);
  }
  if (digits.rfind("32", 0) == 0) {
    std::string national = digits.substr(2);
    if (!national.empty() && national[0] == '0') national.erase(0, 1);  // "+32 (0)470..." as often printed
    if (national.size() < 8 || national.size() > 9 || national[0] == '0') return std::nullopt;
    if (national.size() == 9 && national[0] != '4') return std::nullopt;
    return "+32" + national;
  }
  if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return std::nullopt;
  return "+" + digits;
}

std::string phone_for_display(const std::string& e164) {
  if (e164.rfind("+32", 0) != 0) return e164;
  std::string n = e164.substr(3);
  auto pairs = [](const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); i += 2) out += " " + s.substr(i, 2);
    return out;
  };
  if (n.size() == 9) return "+32 " + n.substr(0, 3) + pairs(n.substr(3));                  // mobile 4xx
  if (n.size() == 8 && (n[0] == '2' || n[0] == '3' || n[0] == '4' || n[0] == '9'))      // 1-digit zones
    return "+32 " + n.substr(0, 1) + " " + n.substr(1, 3) + pairs(n.substr(4));
  if (n.size() == 8) return "+32 " + n.substr(0, 2) + pairs(n.substr(2));
  return e164;
}

}  // namespace maillage
