#include "concertation/counts.hpp"

#include <map>

#include "concertation/groups.hpp"
#include "concertation/meetings.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/small_counts.hpp"

namespace maillage::concertation {

namespace {
// The situations treated in a period: presented in it, or on the agenda of one of its meetings.
const char* kTreated =
    "FROM concertation_situations s WHERE s.group_id = :g AND ((s.created_at >= :f AND s.created_at < :t) OR EXISTS "
    "(SELECT 1 FROM concertation_meeting_items i JOIN concertation_meetings m ON m.id = i.meeting_id WHERE "
    "i.situation_id = s.id AND m.starts_at >= :f2 AND m.starts_at < :t2))";

std::vector<std::pair<std::string, long>> grouped(soci::session& sql, const std::string& select, const std::string& tail,
                                                  std::int64_t group_id, const Period& p) {
  std::vector<std::pair<std::string, long>> out;
  soci::rowset<soci::row> rs = (sql.prepare << select + " " + kTreated + tail, soci::use(group_id), soci::use(p.from),
                                soci::use(p.to), soci::use(p.from), soci::use(p.to));
  for (auto& r : rs) out.emplace_back(as_text(r, 0), static_cast<long>(as_int(r, 1)));
  return out;
}
}  // namespace

GroupCounts group_counts(soci::session& sql, std::int64_t group_id, const Period& period) {
  GroupCounts c;
  long n = 0;
  sql << std::string("SELECT COUNT(*) ") + kTreated, soci::use(group_id), soci::use(period.from), soci::use(period.to),
      soci::use(period.from), soci::use(period.to), soci::into(n);
  c.situations_treated = n;
  c.by_outcome = grouped(sql, "SELECT s.outcome, COUNT(*)",
                         " AND s.status = 'closed' AND s.outcome <> '' GROUP BY s.outcome ORDER BY COUNT(*) DESC, s.outcome",
                         group_id, period);
  for (auto& [code, count] : c.by_outcome) c.situations_closed += count;
  c.by_bassin = grouped(sql, "SELECT s.bassin_slug, COUNT(*)",
                        " AND s.bassin_slug <> '' GROUP BY s.bassin_slug ORDER BY s.bassin_slug", group_id, period);
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT th.theme, COUNT(*) FROM concertation_situation_themes th WHERE th.situation_id IN "
                                  "(SELECT s.id ") +
                          kTreated + ") GROUP BY th.theme ORDER BY COUNT(*) DESC, th.theme",
       soci::use(group_id), soci::use(period.from), soci::use(period.to), soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) c.by_theme.emplace_back(as_text(r, 0), static_cast<long>(as_int(r, 1)));
  auto t = meetings_table(sql, group_id, period);
  c.meetings = static_cast<long>(t.rows.size());
  c.minutes = t.total_minutes;
  return c;
}

observatory::Publisher publisher() {
  observatory::Publisher p;
  p.source = "concertation";
  // Each meeting is an activity: only the group's name, date, place, duration, participants and hours.
  p.activities = [](soci::session& sql, const Period& period) {
    std::vector<observatory::Activity> out;
    for (auto& g : list_groups(sql)) {
      for (auto& m : meetings_of(sql, g.id, period)) {
        observatory::Activity a;
        a.source = "concertation";
        a.ref = "meeting:" + std::to_string(m.id);
        a.kind = "concertation_meeting";
        a.title = g.name;
        a.starts_at = m.starts_at;
        a.duration_minutes = m.duration_minutes;
        a.online = m.video;
        a.place = m.video ? "" : m.place;
        a.bassin = g.bassin_slug;
        if (g.territory_kind == "commune") a.commune_nis = g.territory_code;
        if (g.territory_kind == "quarter") a.quarter_code = g.territory_code;
        a.participants = m.participants;
        for (auto& pt : participants_of(sql, m.id)) {
          if (pt.organisation_id) a.organisation_ids.push_back(pt.organisation_id);
          a.staff_hours.push_back({pt.organisation_name, pt.organisation_id, m.duration_minutes / 60.0});
        }
        a.url = "/concertation/groups/" + std::to_string(g.id);
        a.confidential = true;
        out.push_back(std::move(a));
      }
    }
    return out;
  };
  p.elements = {
      {"concertation.situations_treated", N_("Situations treated in concertation"), "concertation", true},
      {"concertation.situations_closed", N_("Concertation situations closed with an outcome"), "concertation", true},
      {"concertation.meetings", N_("Concertation meetings"), "concertation", true},
      {"concertation.hours", N_("Hours of concertation meetings"), "concertation", true},
  };
  p.data = [](soci::session& sql, const Period& period) {
    std::vector<observatory::DataValue> out;
    for (auto& g : list_groups(sql)) {
      auto c = group_counts(sql, g.id, period);
      // A group of a commune or a quarter counts in the zones holding it (a neighbourhood concertation).
      std::string commune = g.territory_kind == "commune" ? g.territory_code : "";
      std::string quarter = g.territory_kind == "quarter" ? g.territory_code : "";
      out.push_back({"concertation.situations_treated", g.bassin_slug, static_cast<double>(c.situations_treated), commune, quarter});
      out.push_back({"concertation.situations_closed", g.bassin_slug, static_cast<double>(c.situations_closed), commune, quarter});
      out.push_back({"concertation.meetings", g.bassin_slug, static_cast<double>(c.meetings), commune, quarter});
      out.push_back({"concertation.hours", g.bassin_slug, c.minutes / 60.0, commune, quarter});
    }
    return out;
  };
  // The report's table: per group, its meetings, hours and situations treated, small counts suppressed with the
  // group's own threshold (the report is read outside the groups).
  p.report = [](soci::session& sql, const observatory::ReportScope& scope, const observatory::Translate& tr) {
    observatory::ReportTable t;
    t.source = "concertation";
    t.title = tr(N_("Case concertations"));
    t.columns = {tr(N_("Group")), tr(N_("Meetings")), tr(N_("Hours")), tr(N_("Situations treated")),
                 tr(N_("Situations closed"))};
    for (auto& g : list_groups(sql)) {
      if (!scope.bassin.empty() && g.bassin_slug != scope.bassin) continue;
      auto c = group_counts(sql, g.id, scope.period);
      if (c.meetings == 0 && c.situations_treated == 0) continue;
      t.rows.push_back({g.name, std::to_string(c.meetings), hours_text(static_cast<int>(c.minutes)),
                        shown_count(c.situations_treated, false, g.small_count_threshold).text,
                        shown_count(c.situations_closed, false, g.small_count_threshold).text});
    }
    t.note = tr(N_("A count below the group's threshold is shown as \"< 5\" so that nobody is recognisable."));
    return std::vector<observatory::ReportTable>{t};
  };
  return p;
}

}  // namespace maillage::concertation
