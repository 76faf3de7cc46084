// What looks like identifying data of a person in free text that must stay anonymous (a helpdesk question, a
// concertation note, a caseload remark): a Belgian national register number with a valid check, an e-mail
// address, a phone number, a date of birth. The server runs it before saving; the person who typed removes
// what was found or confirms it is not about the person. Heuristics, not a guarantee: the form also warns.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maillage {

struct IdentifyingFinding {
  const char* kind;    // "national_number", "email", "phone", "birth_date"
  const char* label;   // catalogue msgid naming the kind, to translate
  std::size_t offset;  // bytes from the start of the text
  std::size_t length;  // bytes
  std::string text;    // what was found, as typed
};

// Findings in text order; an invalid national number (checksum) is not reported as one.
// `current_year` (0: this year) tells a recent date (a meeting) from a birth date when no birth word is near.
std::vector<IdentifyingFinding> find_identifying_data(std::string_view text, int current_year = 0);

// The mod-97 check of an 11-digit national register number (digits only), including the rule for people born
// from 2000 on (the check is computed on "2" followed by the first nine digits).
bool valid_national_number(std::string_view eleven_digits);

}  // namespace maillage
