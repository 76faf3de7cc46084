#include "agenda/easy_read.hpp"

namespace maillage::agenda {

const std::string& EasyText::in(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? nl : (lang == "en" || lang == "qps") ? en : fr;
  if (!asked.empty()) return asked;
  return !fr.empty() ? fr : !nl.empty() ? nl : en;
}

EasyText easy_text_of(soci::session& sql, std::int64_t offer_id) {
  EasyText t;
  soci::indicator a = soci::i_null, b = soci::i_null, c = soci::i_null;
  sql << "SELECT easy_fr, easy_nl, easy_en FROM offers WHERE id = :id", soci::use(offer_id), soci::into(t.fr, a),
      soci::into(t.nl, b), soci::into(t.en, c);
  return t;
}

void set_easy_text(soci::session& sql, std::int64_t offer_id, const EasyText& t) {
  sql << "UPDATE offers SET easy_fr = :f, easy_nl = :n, easy_en = :e WHERE id = :id", soci::use(t.fr), soci::use(t.nl),
      soci::use(t.en), soci::use(offer_id);
}

}  // namespace maillage::agenda
