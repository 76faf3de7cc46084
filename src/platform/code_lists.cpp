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
    // Added for the networks' tables of participants by sector (issue 13): before "other", which stays last.
    {"disability", N_("Disability")},
    {"migration_reception", N_("Migration and reception")},
    {"early_childhood", N_("Early childhood")},
    {"public_services", N_("Public services (communes, regional administrations)")},
    {"employment_insertion", N_("Employment and insertion")},
    {"prevention_security", N_("Prevention and security")},
    {"other", N_("Other sector")},
};
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

CodeList sectors() { return kSectors; }

}  // namespace maillage
