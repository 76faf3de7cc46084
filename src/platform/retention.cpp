#include "platform/retention.hpp"

#include <mutex>
#include <spdlog/spdlog.h>

#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/jobs.hpp"

namespace maillage {

namespace {
std::mutex rules_mutex;
std::vector<RetentionRule>& rules() {
  static std::vector<RetentionRule> r;
  return r;
}

std::string blanks(const std::vector<std::string>& columns) {
  std::string set;
  for (auto& c : columns) set += (set.empty() ? "" : ", ") + c + " = ''";
  return set;
}
}  // namespace

void register_retention_rule(RetentionRule rule) {
  std::lock_guard lock(rules_mutex);
  for (auto& r : rules())
    if (r.name == rule.name) {
      r = std::move(rule);
      return;
    }
  rules().push_back(std::move(rule));
}

void unregister_retention_rule(const std::string& name) {
  std::lock_guard lock(rules_mutex);
  std::erase_if(rules(), [&](const RetentionRule& r) { return r.name == name; });
}

std::vector<RetentionRule> retention_rules() {
  std::lock_guard lock(rules_mutex);
  return rules();
}

int run_retention_rule(soci::session& sql, const RetentionRule& rule, std::int64_t now) {
  // The records whose time is up, as one subquery the dependents' and the record's updates share.
  std::string months = rule.months_sql.empty()
                           ? std::to_string(rule.default_months)
                           : "COALESCE(" + rule.months_sql + ", " + std::to_string(rule.default_months) + ")";
  std::string due = "SELECT t.id FROM " + rule.table + " t WHERE t." + rule.closed_column + " IS NOT NULL AND t." +
                    rule.purged_column + " IS NULL" + (rule.hold_column.empty() ? "" : " AND t." + rule.hold_column + " = 0") +
                    " AND t." + rule.closed_column + " + " + months + " * " + std::to_string(kRetentionMonthSeconds) +
                    " <= :now";
  int count = 0;
  sql << "SELECT COUNT(*) FROM (" + due + ") d", soci::use(now), soci::into(count);
  if (count == 0) return 0;
  for (auto& d : rule.dependents) {
    if (d.text_columns.empty()) continue;
    sql << "UPDATE " + d.table + " SET " + blanks(d.text_columns) + " WHERE " + d.key_column + " IN (" + due + ")",
        soci::use(now);
  }
  std::string set = blanks(rule.text_columns);
  sql << "UPDATE " + rule.table + " SET " + set + (set.empty() ? "" : ", ") + rule.purged_column + " = :at WHERE id IN (" +
             due + ")",
      soci::use(now, "at"), soci::use(now, "now");
  return count;
}

std::vector<PurgeCount> run_retention(soci::session& sql, std::int64_t now) {
  std::vector<PurgeCount> counts;
  for (auto& rule : retention_rules()) counts.push_back({rule.name, run_retention_rule(sql, rule, now)});
  return counts;
}

void register_retention_job(Jobs& jobs) {
  jobs.every("retention.purge", 86400, [](App& app, const JobRun&) {
    auto counts = app.db.transact([](soci::session& sql) { return run_retention(sql, now_seconds()); });
    for (auto& c : counts)
      if (c.records > 0) spdlog::info("{{\"event\":\"retention_purge\",\"rule\":\"{}\",\"records\":{}}}", c.rule, c.records);
  });
}

}  // namespace maillage
