#include "platform/code_lists.hpp"

#include "platform/i18n.hpp"

namespace maillage {

namespace {
const Coded kSectors[] = {
    {"social", N_("Social action (CPAS, social services)")},
    {"mental_health", N_("Mental health")},
    {"homelessness", N_("Homelessness")},
    {"home_care", N_("Home care")},
    {"primary_care", N_("Primary care (GPs, community health centres)")},
    {"hospital", N_("Hospital")},
    {"housing", N_("Housing")},
    {"justice", N_("Justice")},
    {"youth", N_("Youth")},
    {"elderly", N_("Elderly care")},
    {"addictions", N_("Addictions")},
    {"other", N_("Other sector")},
};
}  // namespace

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

CodeList sectors() { return kSectors; }

}  // namespace maillage
