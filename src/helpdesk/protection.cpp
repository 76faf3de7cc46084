#include "helpdesk/protection.hpp"

namespace maillage::helpdesk {

RetentionRule retention_rule() {
  RetentionRule rule;
  rule.name = "helpdesk.requests";
  rule.table = "helpdesk_requests";
  rule.text_columns = {"question", "requester_contact", "feedback"};
  rule.hold_column = "legal_hold";
  rule.months_sql = "(SELECT l.retention_months FROM helpdesk_lines l WHERE l.id = t.line_id)";
  rule.default_months = 12;
  rule.dependents = {
      {"helpdesk_events", "request_id", {"note"}},
      {"helpdesk_orientations", "request_id", {"reason"}},
      {"helpdesk_transfers", "request_id", {"reason", "answer_note"}},
  };
  return rule;
}

RetentionRule calls_retention_rule() {
  RetentionRule rule;
  rule.name = "helpdesk.calls";
  rule.table = "helpdesk_calls";
  rule.text_columns = {"caller_number"};
  rule.closed_column = "received_at";  // a call is over when it is received
  rule.default_months = 1;
  return rule;
}

void register_jobs(Jobs&) {
  register_retention_rule(retention_rule());
  register_retention_rule(calls_retention_rule());
}

}  // namespace maillage::helpdesk
