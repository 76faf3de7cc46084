// What the concertation's pages share: the group being read (404 when none), the facts of a group, dates,
// years, free text checked for identifying data, and the links a member's standing opens.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <string>
#include <vector>

#include "concertation/groups.hpp"
#include "platform/forms.hpp"
#include "platform/http.hpp"
#include "platform/identifying_data.hpp"

namespace maillage::concertation {

Group group_or_404(soci::session& sql, std::int64_t id);
std::string group_target(std::int64_t id);    // "concertation_group:3"
std::string meeting_target(std::int64_t id);  // "concertation_meeting:4"

// GROUP_ID, GROUP_NAME and the sections the caller's standing opens (IS_READER, IS_MEMBER, MANAGES).
void fill_group_header(const RequestContext& ctx, Dictionary& d, const Group& g, const Standing& s);

// Free text a member types: bounded, and checked for identifying data unless the member confirms
// (confirm_not_person=1). Adds errors to `errors` and returns the findings.
std::vector<IdentifyingFinding> check_free_text(const RequestContext& ctx, FormErrors& errors, const std::string& field,
                                                const std::string& text, std::size_t max_chars, bool required);

// The year asked (?year=), else `fallback` (0: this year); and the YEAR options (the last 5 years).
int year_asked(const RequestContext& ctx, int fallback = 0);
// The year of the group's latest meeting up to now (0 when none): the year its pages open on.
int latest_meeting_year(soci::session& sql, std::int64_t group_id);
void fill_years(Dictionary& d, int selected);

std::int64_t to_id(const std::string& s);
// A due date "2026-12-31" as Brussels midnight; 0 when empty or invalid.
std::int64_t date_value(const std::string& iso);

}  // namespace maillage::concertation
