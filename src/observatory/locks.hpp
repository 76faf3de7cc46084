// Publishing a year's report freezes its period: an edit that would change a published report (a plan's actions,
// deliverables, indicators and typed values, the activities attached or entered by hand, the needs entered by
// hand) is refused, unless it is given as a correction: then it is saved and every report it changes is published
// again at once as a new version, with the correction as its note and the tables that changed listed. The parts'
// own records are not locked here (an offer's attendance is corrected in the offers); the published versions
// never move, whatever changes.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

#include "platform/forms.hpp"
#include "platform/http.hpp"

namespace maillage {
class App;
}

namespace maillage::observatory {

struct Lock {
  int year = 0;
  std::vector<std::string> reports;  // the published reports ("all", "region", a bassin) the edit would change
  bool locked() const { return !reports.empty(); }
};
// An edit of the plan of `territory` for `year`: its own report and the whole organisation's.
Lock plan_lock(soci::session& sql, const std::string& territory, int year);
// An activity or a need of `territory` at time `at`: also the region's report, which counts every bassin's.
Lock record_lock(soci::session& sql, const std::string& territory, std::int64_t at);
// Both at once (an activity attached to an action: its own territory's and the action's plan's).
Lock merged(Lock a, const Lock& b);

// In a handler: the correction typed with an edit ("correction" field, at most 300 characters). When the edit
// falls in a locked period and none is given, adds the message that refuses it to `errors` (status 422).
std::string correction_of(const RequestContext& ctx, const Lock& lock, FormErrors& errors);
// After a corrected edit, in its transaction: publishes every locked report again (in each language it was
// published in) with the correction as note; audits each new version. Returns the number of new versions.
int republish(RequestContext& ctx, soci::session& sql, const Lock& lock, const std::string& correction);

}  // namespace maillage::observatory
