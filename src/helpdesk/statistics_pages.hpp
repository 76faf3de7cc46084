// The statistics page and its CSV: the figures of the caller's territory (a territory coordinator), of its own
// lines (a responder), or of the region (an administrator, a regional coordinator). Counts only: no request is
// read or shown here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "helpdesk/statistics.hpp"
#include "platform/http.hpp"

namespace maillage::helpdesk {

// What a caller may count: its scope, and whether small cells of the person's cross tables are hidden (for
// anyone but the responders of every line of the scope). nullopt: the caller may count nothing.
struct StatisticsViewer {
  StatsScope scope;
  std::string bassin;                  // the bassin narrowed to ("" for every line the caller may count)
  std::vector<std::string> bassins;    // the bassins the caller may narrow to
  bool suppress_small_cells = true;
};
// `bassin`: the ?bassin= the caller asked for ("" for none). Throws HttpError 403 for a bassin out of reach.
std::optional<StatisticsViewer> statistics_viewer(soci::session& sql, const CurrentUser& user, const std::string& bassin);

// Cells under this are shown as "fewer than 5" to viewers who do not answer the lines themselves.
constexpr std::int64_t kSmallCell = 5;

Response statistics_page(RequestContext& ctx);
Response statistics_csv(RequestContext& ctx);

// The CSV of the networks' yearly table: line,phone,email,web_form,in_person,total, one row per line reached
// (named in `lang`), "non notifié", and a final total row.
std::string statistics_csv_text(soci::session& sql, const Statistics& s, const std::string& not_notified,
                                const std::string& lang);

}  // namespace maillage::helpdesk
