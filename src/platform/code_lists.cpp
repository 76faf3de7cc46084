#include "platform/code_lists.hpp"

#include "platform/i18n.hpp"

namespace maillage {

namespace {
const Coded kAudiences[] = {
    {"professionals", N_("Professionals")},
    {"service_users", N_("Service users and relatives")},
    {"everyone", N_("Everyone")},
};
}  // namespace

CodeList audiences() { return kAudiences; }

bool is_code(CodeList list, std::string_view code) {
  for (auto& c : list)
    if (code == c.code) return true;
  return false;
}

const char* code_label(CodeList list, std::string_view code, const char* fallback) {
  for (auto& c : list)
    if (code == c.code) return c.label;
  return fallback;
}

std::vector<std::string> codes_of(CodeList list) {
  std::vector<std::string> out;
  for (auto& c : list) out.push_back(c.code);
  return out;
}

}  // namespace maillage
