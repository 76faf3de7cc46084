// Form validation that keeps what the person typed: errors are collected as catalogue messages, attached to
// their field, and the page is shown again with the values filled in.
#pragma once
#include "platform/dictionary.hpp"

#include <string>
#include <utility>
#include <vector>

#include "platform/http.hpp"

namespace maillage {

class FormErrors {
 public:
  void add(const std::string& field, const char* msgid) { errors_.emplace_back(field, msgid); }
  bool empty() const { return errors_.empty(); }
  // Fills the ERRORS section (summary at the top) and <FIELD>_ERROR values next to each field.
  void show(const RequestContext& ctx, Dictionary& dict) const;

 private:
  std::vector<std::pair<std::string, const char*>> errors_;
};

// Trims spaces and control characters; returns "" for text that is not valid UTF-8.
std::string clean_text(const std::string& s);
bool valid_utf8(const std::string& s);
// Characters (not bytes) of UTF-8 text: a name in Cyrillic or Arabic is as long as one in Latin letters.
std::size_t utf8_length(const std::string& s);

// Copies the named form fields into the dictionary as upper-case variables (name -> NAME).
void echo_fields(const RequestContext& ctx, Dictionary& dict, std::initializer_list<const char*> names);

}  // namespace maillage
