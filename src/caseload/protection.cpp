#include "caseload/protection.hpp"

namespace maillage::caseload {

namespace {
constexpr const char* kTeamMonths = "(SELECT tm.retention_months FROM caseload_teams tm WHERE tm.id = t.team_id)";
}

RetentionRule requests_retention_rule() {
  RetentionRule rule;
  rule.name = "caseload.requests";
  rule.table = "caseload_requests";
  rule.text_columns = {"note", "from_organisation_text"};
  rule.hold_column = "legal_hold";
  rule.months_sql = kTeamMonths;
  rule.default_months = 24;
  return rule;
}

RetentionRule episodes_retention_rule() {
  RetentionRule rule;
  rule.name = "caseload.episodes";
  rule.table = "caseload_episodes";
  rule.text_columns = {"note"};
  rule.closed_column = "ended_at";
  rule.hold_column = "legal_hold";
  rule.months_sql = kTeamMonths;
  rule.default_months = 24;
  rule.dependents = {{"caseload_contacts", "episode_id", {"note"}}};
  return rule;
}

void register_jobs(Jobs&) {
  register_retention_rule(requests_retention_rule());
  register_retention_rule(episodes_retention_rule());
}

}  // namespace maillage::caseload
