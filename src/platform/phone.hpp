// Phone numbers as people type them in Belgium: "0470 12 34 56", "0470/12.34.56", "+32 470 12 34 56",
// "0032 2 511 22 33", "02 511 22 33". One normal form (E.164, "+32470123456") so that the same number typed two
// ways is recognised as one (the offers' registrations by phone refuse a second one per session on it).
#pragma once
#include <optional>
#include <string>

namespace maillage {

// The E.164 form of a Belgian number (national 0 + 8 or 9 digits, or +32 / 0032 + 8 or 9 digits), or of a
// foreign number given with its country code (+ or 00, 8 to 15 digits); nullopt for anything else. Spaces, dots,
// slashes, dashes and brackets between the digits are ignored.
std::optional<std::string> normalise_phone(const std::string& typed);

// A normalised number written for reading aloud: "+32 470 12 34 56", "+32 2 511 22 33"; others as stored.
std::string phone_for_display(const std::string& e164);

}  // namespace maillage
