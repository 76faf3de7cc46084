// How the directory's records are shown: the summary of a service in a list (themes, languages, access
// badges, distance, verified date), its full details, and the small helpers the pages share.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "directory/model.hpp"
#include "platform/http.hpp"

namespace maillage::directory {

bool valid_text(const std::string& s);                       // valid UTF-8 without control characters
std::string utf8_prefix(const std::string& s, std::size_t max_bytes);  // cut on a character boundary
std::string language_name(const RequestContext& ctx, const std::string& iso_code);
std::string format_km(double km);
// The week as HSDS writes its days ("MO"...) with the catalogue's day names, Monday first.
const std::vector<std::pair<const char*, const char*>>& weekdays();
std::string format_date(std::int64_t unix_seconds);          // YYYY-MM-DD, UTC
bool safe_url(const std::string& url);                       // http(s) only

void fill_summary(const RequestContext& ctx, Dictionary& d, const search::ServiceDocument& doc,
                  const std::map<std::string, std::string>& labels);
// A results card of the search page without what depends on the request (the distance, the orientation
// sheet's form), as templates/directory/result_card.tpl renders it: `head` ends in the meta line where the
// distance goes, `tail` closes that line. Rendered once per service, language and labels, then kept with the
// service's document (SearchService::Found::cards).
struct ResultCard {
  std::string head, tail;
};
ResultCard render_result_card(const RequestContext& ctx, const search::ServiceDocument& doc,
                              const std::map<std::string, std::string>& labels);
// What a card's HTML depends on besides its document: the language, the labels' version (see
// labels_version) and whether its verification is stale (the date moves on).
std::string result_card_key(const RequestContext& ctx, const search::ServiceDocument& doc, std::uint64_t labels_version);
// A number that changes when the vocabularies' labels of a database in a language change: cached_term_labels()
// reads them again every second, a new map each time and almost always equal to the last one.
std::uint64_t labels_version(const Database& db, const std::string& lang,
                             const std::shared_ptr<const std::map<std::string, std::string>>& labels);

void fill_service_details(const RequestContext& ctx, Dictionary& d, const nlohmann::json& service);
void fill_phones(Dictionary& d, const nlohmann::json& phones);

// The orientation sheet of this browser (cookie maillage_sheet), if any.
std::optional<Sheet> current_sheet(const RequestContext& ctx, soci::session& sql);
// Sends a sheet's services in its language to an address (the outbox, in the caller's transaction): the
// directory's "send the sheet" and the helpdesk's orientation of a request use it.
void queue_sheet_mail(App& app, soci::session& sql, const Sheet& sheet, const std::string& email);
// Editors and coordinators of the service's organisation, coordinators of its bassin or the region, admins.
bool may_propose(const RequestContext& ctx, soci::session& sql, std::int64_t service_id);
// Coordinators of one of the service's bassins or of the region, and administrators.
bool may_review(const RequestContext& ctx, soci::session& sql, std::int64_t service_id);

}  // namespace maillage::directory
