// Easy-to-read texts of the offers for service users (migration 0029): kept beside the offer's description and
// read where service users read it (the offer's page, the paper programme), so that the offers' model stays as it is.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>

namespace maillage::agenda {

struct EasyText {
  std::string fr, nl, en;
  // In the asked language, else French, Dutch, English ("" when none).
  const std::string& in(const std::string& lang) const;
  bool empty() const { return fr.empty() && nl.empty() && en.empty(); }
};
constexpr std::size_t kMaxEasyTextChars = 2000;

EasyText easy_text_of(soci::session& sql, std::int64_t offer_id);
void set_easy_text(soci::session& sql, std::int64_t offer_id, const EasyText& text);

}  // namespace maillage::agenda
