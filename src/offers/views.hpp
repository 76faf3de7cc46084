// Filling templates with offers and sessions: one place for how an offer, a session, a status read on a page.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include "offers/agreements.hpp"
#include "offers/model.hpp"
#include "platform/http.hpp"

namespace maillage::offers {

void fill_offer(RequestContext& ctx, soci::session& sql, Dictionary& d, const Offer& offer);
void fill_session(RequestContext& ctx, Dictionary& d, const Session& s);
void fill_type_options(RequestContext& ctx, Dictionary& d, const std::string& selected);
void fill_bassin_options(RequestContext& ctx, soci::session& sql, Dictionary& d,
                         const std::string& selected, bool with_region);
void fill_language_options(Dictionary& d, const std::string& selected);
std::string territory_name(RequestContext& ctx, soci::session& sql, const std::string& territory);
std::string languages_label(const std::string& codes);
std::string hours_label(RequestContext& ctx, double hours);
// One CSV cell, quoted; a value starting with = + - @ is prefixed with ' so that no spreadsheet runs it.
std::string csv_cell(const std::string& value);
// Where a participation agreement stands: AGREEMENT_COMPLETE, or one AGREEMENT_WAITING (LABEL) per party still
// to agree; one AGREEMENT_ON_PAPER (LABEL) per consent recorded from paper; AGREEMENT_ID for its page.
void fill_agreement_status(RequestContext& ctx, Dictionary& d, const Agreement& a);
const char* party_label(const std::string& party);

}  // namespace maillage::offers
