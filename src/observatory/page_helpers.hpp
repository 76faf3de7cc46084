// What the observatory's pages share: the year and territory asked, the territories' options.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <optional>
#include <string>

#include "platform/decimal.hpp"  // parse_decimal: the numbers typed in the forms
#include "platform/http.hpp"

namespace maillage::observatory {

// The year in `?name=` (2000-2100), else the current Brussels year.
int year_param(const RequestContext& ctx, const std::string& value);
int current_year();
std::string region_name(const RequestContext& ctx);
// OPTION sections (CODE, LABEL, SELECTED) of the territories; only the editable ones when asked; "all" first when asked.
void fill_territory_options(RequestContext& ctx, soci::session& sql, Dictionary& d, const char* section,
                            const std::string& selected, bool editable_only, bool with_all);
// OPTION sections (CODE "zone:SLUG", LABEL, SELECTED) of the zones of the territory (territory/zones.hpp), which an
// indicator and the report may count; returns how many there are.
int fill_zone_options(RequestContext& ctx, soci::session& sql, Dictionary& d, const char* section,
                      const std::string& selected);
// A Brussels date typed in a form ("2026-02-03") at 00:00, or nullopt.
std::optional<std::int64_t> parse_date(const std::string& text);
std::int64_t id_of(const std::string& text);  // 0 when not a positive number

}  // namespace maillage::observatory
