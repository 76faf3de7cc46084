// Coded vocabularies shared by several parts: a stable code stored in the database and its catalogue label
// (an N_() msgid the page translates). The professionals' sectors, which administrators edit, are not here but in
// the database (platform/sectors.hpp).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maillage {

struct Coded {
  const char* code;   // stored: never change one once data uses it
  const char* label;  // catalogue msgid (N_())
};
using CodeList = std::span<const Coded>;

bool is_code(CodeList list, std::string_view code);
// The label of a code, or `fallback` (may be nullptr) when the code is not in the list.
const char* code_label(CodeList list, std::string_view code, const char* fallback = nullptr);
std::vector<std::string> codes_of(CodeList list);

// Who an offer is for (offers, the public agenda, the newsletters): "professionals", "service_users" (service
// users and their relatives), "everyone".
CodeList audiences();

}  // namespace maillage
