// The helpdesk's publisher (see helpdesk/publishing.hpp). The contacts are the statistics' own table (line
// reached x channel, compute_line_reached): a request counts for the bassin of the line it reached, the
// regional line and "non notifié" for the region as a whole, so that the bassins and the region add up; each
// count also says the commune the person lives in (a zone's figures).
#include "helpdesk/publishing.hpp"

#include <map>
#include <tuple>

#include "directory/model.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "helpdesk/statistics.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/small_counts.hpp"

namespace maillage::helpdesk {

namespace {

std::vector<observatory::DataElement> elements() {
  std::vector<observatory::DataElement> v{
      {"helpdesk.contacts", N_("Helpdesk contacts"), "helpdesk", true, ""},
      {"helpdesk.contacts.not_notified", N_("Helpdesk contacts"), "helpdesk", true, N_("not notified")},
      {"helpdesk.unmet_needs", N_("Unmet needs flagged"), "helpdesk", true, ""},
  };
  for (auto& c : channels()) v.push_back({std::string("helpdesk.contacts.") + c.code, N_("Helpdesk contacts"), "helpdesk", true, c.label});
  return v;
}

std::vector<observatory::DataValue> values(soci::session& sql, const Period& period) {
  std::map<std::int64_t, std::string> bassin_of_line;
  for (auto& l : list_lines(sql, true)) bassin_of_line[l.id] = l.bassin_slug;
  // The statistics' line-reached table (compute_line_reached) split by the person's commune and quarter (when the
  // responder named it), so that a bassin's sum is the statistics' and a zone counts the contacts of the people who
  // live in it: one grouped pass read in the order of the index helpdesk_requests_reached_commune (line reached,
  // channel, commune, quarter, reception time; migrations 0064 and 0078), without sorting.
  using Key = std::tuple<std::string, std::string, std::string, std::string>;  // code, bassin, commune, quarter
  std::map<Key, double> sums;
  soci::rowset<soci::row> contacts =
      (sql.prepare << "SELECT r.person_commune_nis, COALESCE(r.line_reached_id, 0), r.channel, COUNT(*), "
                      "r.person_quarter_code FROM helpdesk_requests r WHERE r.received_at >= :f AND r.received_at < :t "
                      "GROUP BY r.line_reached_id, r.channel, r.person_commune_nis, r.person_quarter_code",
       soci::use(period.from), soci::use(period.to));
  for (auto& r : contacts) {
    std::string commune = as_text(r, 0), channel = as_text(r, 2), quarter = as_text(r, 4);
    std::int64_t line = as_int(r, 1);
    auto n = static_cast<double>(as_int(r, 3));
    if (line && !bassin_of_line.count(line)) continue;  // as the statistics' table, which lists the lines there are
    std::string bassin = line ? bassin_of_line[line] : "";
    sums[{"helpdesk.contacts", bassin, commune, quarter}] += n;
    if (!line) sums[{"helpdesk.contacts.not_notified", "", commune, quarter}] += n;
    for (const char* code : {"phone", "email", "web_form", "in_person"})
      if (channel == code) sums[{std::string("helpdesk.contacts.") + code, bassin, commune, quarter}] += n;
  }
  // An unmet need is placed by its request's person.
  soci::rowset<soci::row> needs =
      (sql.prepare << "SELECT n.bassin_slug, COALESCE(r.person_commune_nis, ''), COUNT(*), COALESCE(r.person_quarter_code, '') "
                      "FROM helpdesk_unmet_needs n LEFT JOIN helpdesk_requests r ON r.id = n.request_id WHERE n.created_at "
                      ">= :f AND n.created_at < :t GROUP BY n.bassin_slug, COALESCE(r.person_commune_nis, ''), "
                      "COALESCE(r.person_quarter_code, '')",
       soci::use(period.from), soci::use(period.to));
  for (auto& r : needs)
    sums[{"helpdesk.unmet_needs", as_text(r, 0), as_text(r, 1), as_text(r, 3)}] += static_cast<double>(as_int(r, 2));
  std::vector<observatory::DataValue> out;
  for (auto& [key, n] : sums)
    if (n) out.push_back({std::get<0>(key), std::get<1>(key), n, std::get<2>(key), std::get<3>(key)});
  return out;
}

// Each half-day a responder held (the rota's shifts): the line and its four hours, never who held it.
std::vector<observatory::Activity> activities(soci::session& sql, const Period& period) {
  std::map<std::int64_t, Line> lines;
  for (auto& l : list_lines(sql, true)) lines[l.id] = l;
  std::string from = local_date_iso(period.from), to = local_date_iso(period.to);
  std::vector<observatory::Activity> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, line_id, day, half FROM helpdesk_shifts WHERE day >= :f AND day < :t "
                                               "ORDER BY day, half, line_id",
                                soci::use(from), soci::use(to));
  for (auto& r : rs) {
    auto starts = from_brussels(as_text(r, 2), as_text(r, 3) == "pm" ? "13:00" : "09:00");
    if (!starts || *starts < period.from || *starts >= period.to) continue;
    auto& line = lines[as_int(r, 1)];
    observatory::Activity a;
    a.source = "helpdesk";
    a.ref = "shift:" + std::to_string(as_int(r, 0));
    a.kind = "permanence";
    a.title = line.name_fr;
    a.starts_at = *starts;
    a.duration_minutes = 240;
    a.bassin = line.bassin_slug;
    a.participants = 1;
    a.staff_hours.push_back({line.name_fr, 0, 4.0});
    a.confidential = true;
    out.push_back(std::move(a));
  }
  return out;
}

// The networks' yearly table, its small cells suppressed: the observatory's readers do not answer the lines.
std::vector<observatory::ReportTable> report_tables(soci::session& sql, const observatory::ReportScope& scope,
                                                    const observatory::Translate& tr) {
  StatsScope stats;
  if (!scope.bassin.empty()) {
    stats.all_lines = false;
    for (auto& l : list_lines(sql, true))
      if (l.bassin_slug == scope.bassin) stats.line_ids.push_back(l.id);
  }
  auto s = compute_line_reached(sql, stats, scope.period);
  auto lines = list_lines(sql, true);
  observatory::ReportTable t;
  t.source = "helpdesk";
  t.title = tr(N_("Helpdesk contacts by line reached and channel"));
  t.columns = {tr("Line reached"), tr("Phone"), tr("E-mail"), tr("Web form"), tr("In person"), tr("Total")};
  auto row = [&](const std::string& name, const ChannelCounts& c) {
    auto cells = shown_counts({static_cast<long>(c.phone), static_cast<long>(c.email), static_cast<long>(c.web_form),
                               static_cast<long>(c.in_person)},
                              false);
    std::vector<std::string> r{name};
    for (auto& cell : cells) r.push_back(cell.text);
    r.push_back(shown_count(static_cast<long>(c.total()), false).text);
    t.rows.push_back(std::move(r));
  };
  for (auto& r : s.by_line_reached) {
    if (!r.line_id) {
      // In a bassin's scope: the requests its lines handle without a line reached recorded.
      if (scope.bassin.empty() || r.channels.total()) row(tr("not notified"), r.channels);
      continue;
    }
    for (auto& l : lines)
      if (l.id == r.line_id) row(l.name(scope.lang == "qps" ? "en" : scope.lang), r.channels);
  }
  row(tr("Total"), s.channels);
  t.note = tr(N_("\"< 5\": fewer than five contacts; \"*\": hidden so that a small cell cannot be worked out from the total."));
  return {t};
}

std::vector<observatory::Observation> observations(soci::session& sql, const Period& period, const std::string& lang) {
  auto labels = directory::term_labels(sql, lang == "qps" ? "en" : lang);
  auto label = [&](const std::string& code) {
    auto it = labels.find(code);
    return it == labels.end() ? code : it->second;
  };
  std::vector<observatory::Observation> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT n.id, n.bassin_slug, n.themes, n.public, n.summary, n.created_at, COALESCE(r.person_commune_nis, ''), "
                      "COALESCE(r.person_quarter_code, '') FROM helpdesk_unmet_needs n LEFT JOIN helpdesk_requests r ON r.id = n.request_id WHERE n.created_at >= :f "
                      "AND n.created_at < :t ORDER BY n.created_at, n.id",
       soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) {
    auto themes = split_codes(as_text(r, 2));
    if (themes.empty()) themes.push_back("");
    // A need of several themes counts under each, as the requests' themes do.
    for (auto& theme : themes) {
      observatory::Observation o;
      o.source = "helpdesk";
      o.ref = "unmet_need:" + std::to_string(as_int(r, 0)) + (theme.empty() ? "" : ":" + theme);
      o.theme = theme;
      o.theme_label = theme.empty() ? "" : label(theme);
      o.public_group = as_text(r, 3);
      o.public_label = o.public_group.empty() ? "" : label(o.public_group);
      o.bassin = as_text(r, 1);
      o.sentence = as_text(r, 4);
      o.observed_at = as_int(r, 5);
      o.commune_nis = as_text(r, 6);
      o.quarter_code = as_text(r, 7);  // the needs watch's "by theme and quarter" when the responder named it
      out.push_back(std::move(o));
    }
  }
  return out;
}

}  // namespace

observatory::Publisher publisher() {
  return {"helpdesk", activities, elements(), values, report_tables, observations};
}

}  // namespace maillage::helpdesk
