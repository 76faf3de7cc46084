#include "caseload/publish.hpp"

#include "caseload/figure_tables.hpp"
#include "caseload/figures.hpp"
#include "caseload/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::caseload {

namespace {

const observatory::DataElement kElements[] = {
    {"caseload.requests", N_("Requests to caseload teams"), "caseload", true},
    {"caseload.requests_accepted", N_("Requests accepted into follow-up"), "caseload", true},
    {"caseload.people_followed", N_("People followed by caseload teams"), "caseload", true},
    {"caseload.contacts", N_("Contacts of caseload teams"), "caseload", true},
    {"caseload.home_visits", N_("Home visits of caseload teams"), "caseload", true},
    {"caseload.missed_appointments", N_("Missed appointments of caseload teams"), "caseload", true},
};

// The observatory may ask a database without the caseload's tables (its own tests use an empty one): then the
// part has nothing to say. Asked of the catalogue, so that no failed query aborts the caller's transaction.
bool has_teams_table(soci::session& sql) {
  int n = 0;
  if (is_postgres(sql))
    sql << "SELECT COUNT(*) FROM pg_catalog.pg_class WHERE oid = to_regclass('caseload_teams')", soci::into(n);
  else
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'caseload_teams'", soci::into(n);
  return n > 0;
}

std::vector<observatory::DataValue> values(soci::session& sql, const Period& period) {
  std::vector<observatory::DataValue> out;
  if (!has_teams_table(sql)) return out;
  std::int64_t now = now_seconds();
  for (auto& team : list_teams(sql)) {
    auto f = compute_figures(sql, team.id, period, now);
    long home = 0;
    for (auto& t : f.by_type)
      if (t.code == "home_visit") home = t.count;
    const std::pair<const char*, long> counts[] = {
        {"caseload.requests", f.requests},       {"caseload.requests_accepted", f.accepted},
        {"caseload.people_followed", f.people_followed}, {"caseload.contacts", f.contacts},
        {"caseload.home_visits", home},          {"caseload.missed_appointments", f.absent + f.cancelled}};
    for (auto& [code, n] : counts) out.push_back({code, team.territory, static_cast<double>(n)});
  }
  return out;
}

std::vector<observatory::ReportTable> report(soci::session& sql, const observatory::ReportScope& scope,
                                             const observatory::Translate& tr) {
  std::vector<observatory::ReportTable> out;
  if (!has_teams_table(sql)) return out;
  std::int64_t now = now_seconds();
  for (auto& team : list_teams(sql)) {
    if (!scope.bassin.empty() && team.territory != scope.bassin) continue;
    auto f = compute_figures(sql, team.id, scope.period, now);
    for (auto& t : figure_tables(sql, f, team, true, tr, scope.lang)) {
      if (t.id == "refusals" || t.id == "sectors") continue;  // the team's page has them; the report keeps to the funder's table
      observatory::ReportTable r;
      r.source = "caseload";
      r.title = team.name + " — " + t.title;
      r.columns = t.columns;
      for (auto& row : t.rows) {
        std::vector<std::string> cells;
        for (auto& c : row) cells.push_back(c.text);
        r.rows.push_back(std::move(cells));
      }
      r.note = t.note;
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace

observatory::Publisher publisher() {
  observatory::Publisher p;
  p.source = "caseload";
  p.elements.assign(std::begin(kElements), std::end(kElements));
  p.data = values;
  p.report = report;
  return p;
}

}  // namespace maillage::caseload
