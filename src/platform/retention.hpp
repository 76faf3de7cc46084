// The retention purge shared by the confidential parts (helpdesk now, concertation and caseload later): a part
// registers a rule (which table's records, which free-text columns of the record and of the rows that belong to
// it, how long after closing, which column holds a legal hold); one daily job, `retention.purge`, blanks the
// free text of every record past its time and marks it purged. Coded columns stay, so the figures do not move.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

namespace maillage {

class Jobs;

struct RetentionRule {
  std::string name;                        // "helpdesk.requests": in the job's log
  std::string table;                       // the record's table, with an integer primary key `id`
  std::vector<std::string> text_columns;   // the record's free text, blanked
  std::string closed_column = "closed_at"; // NULL while the record is open: an open record is never purged
  std::string purged_column = "purged_at"; // set when purged; a purged record is not purged again
  std::string hold_column;                 // INTEGER 0/1; 1 stops the purge ("" when the part has none)
  // Months after closing, as an SQL expression on the record (aliased `t`), e.g. a per-line setting:
  // "(SELECT l.retention_months FROM helpdesk_lines l WHERE l.id = t.line_id)"; NULL or "" use default_months.
  std::string months_sql;
  int default_months = 12;
  // Rows of other tables that belong to the record (the history, attachments' notes...): their free text too.
  struct Dependent {
    std::string table;
    std::string key_column;  // references the record's id
    std::vector<std::string> text_columns;
  };
  std::vector<Dependent> dependents;
};

// A month of retention, in seconds: a twelfth of the mean Gregorian year (12 months = 365.2425 days).
constexpr std::int64_t kRetentionMonthSeconds = 2629746;

// Registers a rule (at start-up, from the part's register_jobs or setup; names are unique, a second
// registration of a name replaces the first). Table and column names come from code, never from input.
void register_retention_rule(RetentionRule rule);
void unregister_retention_rule(const std::string& name);
std::vector<RetentionRule> retention_rules();

struct PurgeCount {
  std::string rule;
  int records = 0;
};
// Purges, in the caller's transaction, every record of every rule whose time is up at `now`.
std::vector<PurgeCount> run_retention(soci::session& sql, std::int64_t now);
// The same for one rule (tests, a part's own command).
int run_retention_rule(soci::session& sql, const RetentionRule& rule, std::int64_t now);

// The daily job `retention.purge` running every registered rule.
void register_retention_job(Jobs& jobs);

}  // namespace maillage
