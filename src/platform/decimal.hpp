// A decimal number as people type it in a form: "3", "3.5" or "3,5" (the decimal comma of French and Dutch).
#pragma once
#include <optional>
#include <string>

namespace maillage {

// Spaces around are ignored; nullopt when empty, longer than 20 characters, or not wholly a number.
std::optional<double> parse_decimal(const std::string& text);

}  // namespace maillage
