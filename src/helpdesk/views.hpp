// What the helpdesk's pages share: the code lists as options and checkboxes, the lines' names, Brussels dates,
// the identifying-data findings, and who may work on a request.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/http.hpp"
#include "platform/identifying_data.hpp"

namespace maillage::helpdesk {

// One OPTION-like section per code: CODE, LABEL and SELECTED (its code is `selected` or in `ticked`).
void fill_codes(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                const std::string& selected);
void fill_codes(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                const std::vector<std::string>& ticked);
std::string label_of(const RequestContext& ctx, CodeList list, const std::string& code);

std::string line_name(const std::vector<Line>& lines, std::int64_t id, const RequestContext& ctx);
// "2026-12-06 14:05", Brussels time ("" for 0).
std::string brussels_datetime(std::int64_t utc);

// The findings of the identifying-data check as a FINDING section (KIND, TEXT) and FINDINGS shown.
void fill_findings(const RequestContext& ctx, Dictionary& d, const std::vector<IdentifyingFinding>& found);

// A line's responders, and responders of the line a transfer of this request is proposed to (they decide).
bool may_work_on(const CurrentUser& user, soci::session& sql, const OrientationRequest& r);
// The request, when the caller may work on it; else 404 (no such request) or 403. Not audited: the callers
// read it through audited_read.
OrientationRequest request_for(const RequestContext& ctx, soci::session& sql, std::int64_t id);
std::string request_target(std::int64_t id);  // "helpdesk_request:12", the audit log's target

// The summaries of a list (REQUEST section): reference, received, line, channel, requester, themes, call-back.
void fill_summaries(const RequestContext& ctx, Dictionary& d, const char* section,
                    const std::vector<RequestSummary>& list, const std::vector<Line>& lines,
                    const std::map<std::string, std::string>& theme_labels);

}  // namespace maillage::helpdesk
