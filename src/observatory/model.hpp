// The observatory's records: activities entered by hand, their links (and the published ones') to the actions
// of a plan, the action plans per territory and year with deliverables and indicators, the needs watch's
// observations entered by hand. A territory is "region" or a bassin slug (plans, activities and needs entered
// here); an indicator and the yearly report may also count a zone of the territory, "zone:SLUG" (communes and
// quarters across the bassins, territory/zones.hpp). Functions take the caller's session.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "observatory/publishing.hpp"

namespace maillage::observatory {

constexpr const char* kRegion = "region";
// A ratio's denominator that is the inhabitants of the territory computed (territory::population_of).
constexpr const char* kPopulationDenominator = "population";
constexpr const char* kManualSource = "observatory";  // the source of the activities entered here

// "region" and every bassin slug, in the territory's order.
std::vector<std::string> territories(soci::session& sql);
bool valid_territory(soci::session& sql, const std::string& territory);
// The bassin's name in a language, or `region_name` for the region (the territory's facts, read as data).
std::string territory_name(soci::session& sql, const std::string& territory, const std::string& lang,
                           const std::string& region_name);
// The bassin a territory stands for in the publishing interface ("" for the region; a zone stays "zone:SLUG").
inline std::string bassin_of(const std::string& territory) { return territory == kRegion ? "" : territory; }

// A zone as a territory of the indicators and the report: "zone:SLUG".
constexpr const char* kZonePrefix = "zone:";
inline bool is_zone(const std::string& territory) { return territory.rfind(kZonePrefix, 0) == 0; }
inline std::string zone_slug(const std::string& territory) { return is_zone(territory) ? territory.substr(5) : ""; }
// "region", every bassin, then every zone ("zone:SLUG"): the territories an indicator or a report may count.
std::vector<std::string> report_territories(soci::session& sql);
bool valid_report_territory(soci::session& sql, const std::string& territory);
// Does a value, an activity or an observation of this commune and quarter count in the territory "zone:SLUG"?
// (territory::in_zone; a value with only a bassin is in no zone.) Loaded once for a list: see ZoneFilter.
class ZoneFilter {
 public:
  ZoneFilter(soci::session& sql, const std::string& territory);
  ~ZoneFilter();
  bool known() const;  // the zone exists
  bool holds(const std::string& commune_nis, const std::string& quarter_code) const;

 private:
  struct Members;
  std::unique_ptr<Members> members_;
};

// ---- Activities ----------------------------------------------------------------------------------------------
// The kinds an activity may have (codes) with their catalogue labels.
const std::vector<std::pair<std::string, const char*>>& activity_kinds();
const char* activity_kind_label(const std::string& kind);

struct ManualActivity {
  std::int64_t id = 0;
  std::string kind = "meeting", title;
  std::int64_t starts_at = 0;
  int duration_minutes = 0;
  std::string place;
  bool online = false;
  std::string territory = kRegion;
  int participants = 0;
  std::vector<std::string> organisations;  // names
  std::vector<StaffHours> staff;
};
std::int64_t create_activity(soci::session& sql, const ManualActivity& a, std::int64_t user_id, const std::string& user_name,
                             std::int64_t now);
// The activities entered here in the period, as the parts publish theirs (source "observatory", ref "activity:ID").
std::vector<Activity> manual_activities(soci::session& sql, const Period& period);
// Published and hand-entered activities of a period, by start; only a bassin's when `bassin` is not ""; only
// those whose commune or quarter lies in the zone when it is "zone:SLUG".
std::vector<Activity> all_activities(soci::session& sql, const Period& period, const std::string& bassin = "");

// ---- Plans, actions, deliverables, indicators ------------------------------------------------------------------
struct Plan {
  std::int64_t id = 0;
  std::string territory;
  int year = 0;
  std::string title;
  std::int64_t copied_from = 0;
};
struct Deliverable {
  std::int64_t id = 0;
  std::string text;
  std::optional<double> target;
  std::int64_t indicator_id = 0;  // what says it is achieved (0: none)
};
struct Indicator {
  std::int64_t id = 0, action_id = 0;
  std::string name;
  std::string kind = "element";      // "element", "ratio", "manual"
  std::string element_code;          // the numerator of a ratio
  std::string bassin;                // "" = the plan's territory, "region", or a bassin slug
  std::optional<std::int64_t> period_from, period_to;  // none = the plan's year
  std::string denominator_code;      // a ratio: a data element, kPopulationDenominator...
  std::optional<double> denominator_value;  // ...or a fixed denominator (e.g. inhabitants)
  double multiplier = 1;
  bool by_territory = false;         // also computed for the region and each bassin side by side
  std::optional<double> manual_value;
  std::string manual_note, entered_by_name;
  std::int64_t entered_by = 0, entered_at = 0;
};
struct Action {
  std::int64_t id = 0, plan_id = 0;
  int position = 0;
  std::string reference;
  std::string title_fr, title_nl, title_en, description_fr, description_nl, description_en;
  std::string assessment, perspectives;
  std::vector<Deliverable> deliverables;
  std::vector<Indicator> indicators;
  const std::string& title(const std::string& lang) const;
  const std::string& description(const std::string& lang) const;
};

std::vector<Plan> list_plans(soci::session& sql);
std::optional<Plan> find_plan(soci::session& sql, std::int64_t id);
std::optional<Plan> find_plan_for(soci::session& sql, const std::string& territory, int year);
// Creates the plan (0 when the territory has one for that year already).
std::int64_t create_plan(soci::session& sql, const std::string& territory, int year, const std::string& title, std::int64_t now);
// Copies a plan to the next year: its actions, deliverables (targets kept) and indicators (their periods moved
// by a year; manual values, assessments and linked activities left behind: they belong to the year done).
// Returns the new plan's id, or 0 when the next year has a plan already.
std::int64_t copy_plan_to_next_year(soci::session& sql, std::int64_t plan_id, std::int64_t now);

std::vector<Action> actions_of(soci::session& sql, std::int64_t plan_id);
std::optional<Action> find_action(soci::session& sql, std::int64_t id);
// Inserts (id 0) or updates an action with its deliverables (replaced); returns its id.
std::int64_t save_action(soci::session& sql, const Action& a, std::int64_t now);
std::int64_t add_indicator(soci::session& sql, const Indicator& i);
std::optional<Indicator> find_indicator(soci::session& sql, std::int64_t id);
void delete_indicator(soci::session& sql, std::int64_t id);
// A manual indicator's value, with who typed it and when.
void set_manual_value(soci::session& sql, std::int64_t indicator_id, double value, const std::string& note,
                      std::int64_t user_id, const std::string& user_name, std::int64_t now);

// ---- Links of activities to actions ----------------------------------------------------------------------------
void link_activity(soci::session& sql, std::int64_t action_id, const std::string& source, const std::string& ref,
                   std::int64_t now);
void unlink_activity(soci::session& sql, std::int64_t action_id, const std::string& source, const std::string& ref);
// The activities of the period linked to the action, by start.
std::vector<Activity> activities_of_action(soci::session& sql, std::int64_t action_id, const Period& period);
// (source, ref) -> the action ids each activity is linked to.
std::vector<std::pair<std::string, std::int64_t>> links_of_actions(soci::session& sql, const std::vector<std::int64_t>& actions);

// ---- The needs watch -----------------------------------------------------------------------------------------------
struct ManualNeed {
  std::string theme, public_group, territory = kRegion, sentence;
  std::int64_t observed_at = 0;
};
std::int64_t add_need(soci::session& sql, const ManualNeed& n, std::int64_t user_id, const std::string& user_name, std::int64_t now);
// The parts' observations and those entered here, by time (labels in `lang`).
std::vector<Observation> all_observations(soci::session& sql, const Period& period, const std::string& lang);

}  // namespace maillage::observatory
