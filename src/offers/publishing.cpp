// The offers' publisher (see offers/publishing.hpp). Sessions open or closed (not cancelled, not a proposed
// open-door slot) are what the reports count; registrations are the confirmed ones. A registration counts for
// its offer's bassin, or, in a region-wide offer, for the bassin of the participant's organisation, as
// /offers/reports counts a care area (ReportData::matches): the values of every bassin add up to the region.
// Each value also says where the sessions took place (the commune of the session's quarter, else of its postal
// code, and the quarter: offers/places.hpp), split finer without changing any bassin's sum, so that the
// observatory counts a zone.
#include "offers/publishing.hpp"

#include <map>
#include <set>
#include <tuple>

#include "offers/reports.hpp"
#include "offers/rules.hpp"
#include "platform/db.hpp"
#include "platform/http.hpp"
#include "platform/i18n.hpp"

namespace maillage::offers {

namespace {

// The observatory's kind of activity for an offer type.
std::string activity_kind(const std::string& type) {
  if (type == "open_door") return "open_door_visit";
  if (type == "immersion") return "immersion";
  if (type == "webinar") return "webinar";
  if (type == "intervision" || type == "community_of_practice" || type == "thematic_concertation") return "meeting";
  return "session";
}

const char* const kSessionFilter = "s.status IN ('open', 'closed') AND s.starts_at >= :f AND s.starts_at < :t";
// Where a session took place, for the joins below (sp: its postal code, sq: its quarter): the quarter's commune
// overrides the postal code's, as for a directory location.
const char* const kSessionPlaces =
    " LEFT JOIN postal_codes sp ON sp.code = s.postal_code LEFT JOIN quarters sq ON sq.code = s.quarter_code ";
const char* const kSessionCommune = "COALESCE(sq.commune_nis, sp.commune_nis, '')";

std::vector<observatory::Activity> activities(soci::session& sql, const Period& period) {
  struct Counts {
    long confirmed = 0, present = 0, marked = 0;
  };
  std::map<std::int64_t, Counts> counts;
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << std::string("SELECT r.session_id, COUNT(*), SUM(CASE WHEN r.attendance = 'present' THEN 1 ELSE 0 END), "
                                    "SUM(CASE WHEN r.attendance <> '' THEN 1 ELSE 0 END) FROM registrations r JOIN "
                                    "offer_sessions s ON s.id = r.session_id WHERE ") +
                            kSessionFilter + " AND r.status = 'confirmed' GROUP BY r.session_id",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) counts[as_int(r, 0)] = {static_cast<long>(as_int(r, 1)), static_cast<long>(as_int(r, 2)),
                                               static_cast<long>(as_int(r, 3))};
  }
  // The organisations represented: those of the people who came (or were registered, before attendance is marked).
  std::map<std::int64_t, std::set<std::int64_t>> organisations;
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << std::string("SELECT DISTINCT r.session_id, r.organisation_id FROM registrations r JOIN offer_sessions s "
                                    "ON s.id = r.session_id WHERE ") +
                            kSessionFilter + " AND r.status = 'confirmed' AND r.attendance <> 'no_show' AND r.organisation_id IS NOT NULL",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) organisations[as_int(r, 0)].insert(as_int(r, 1));
  }
  std::map<std::int64_t, std::vector<std::pair<std::int64_t, std::string>>> organisers;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT oo.offer_id, oo.organisation_id, g.name FROM offer_organisers oo JOIN "
                                                 "organisations g ON g.id = oo.organisation_id ORDER BY g.name, g.id");
    for (auto& r : rs) organisers[as_int(r, 0)].emplace_back(as_int(r, 1), as_text(r, 2));
  }
  std::vector<observatory::Activity> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT s.id, s.offer_id, o.type, o.territory, o.title_fr, o.title_nl, o.title_en, s.starts_at, "
                                  "s.ends_at, s.place, s.format, s.online_url, ") + kSessionCommune + ", "
                                  "COALESCE(s.host_organisation_id, 0), COALESCE(h.name, ''), COALESCE(s.head_count, -1), s.quarter_code "
                                  "FROM offer_sessions s JOIN offers o ON o.id = s.offer_id" + kSessionPlaces +
                          "LEFT JOIN organisations h ON h.id = s.host_organisation_id WHERE " + kSessionFilter +
                          " ORDER BY s.starts_at, s.id",
       soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) {
    observatory::Activity a;
    std::int64_t id = as_int(r, 0), offer = as_int(r, 1);
    std::string type = as_text(r, 2), territory = as_text(r, 3);
    a.source = "offers";
    a.ref = "session:" + std::to_string(id);
    a.kind = activity_kind(type);
    a.title = !as_text(r, 4).empty() ? as_text(r, 4) : !as_text(r, 5).empty() ? as_text(r, 5) : as_text(r, 6);
    a.starts_at = as_int(r, 7);
    a.duration_minutes = static_cast<int>((as_int(r, 8) - a.starts_at) / 60);
    a.place = as_text(r, 9);
    a.online = as_text(r, 10) == "online" || (a.place.empty() && !as_text(r, 11).empty());
    a.bassin = territory == "region" ? "" : territory;
    a.commune_nis = as_text(r, 12);
    a.quarter_code = as_text(r, 16);
    auto c = counts[id];
    // The head count the organiser recorded (a group people join without registering, offers/head_counts.hpp);
    // else, once attendance is marked, the people present; before, the people registered.
    if (auto head = as_int(r, 15); head >= 0) a.participants = static_cast<int>(head);
    else a.participants = static_cast<int>(c.marked ? c.present : c.confirmed);
    auto& orgs = organisations[id];
    if (std::int64_t host = as_int(r, 13)) orgs.insert(host);
    a.organisation_ids.assign(orgs.begin(), orgs.end());
    // Each organiser (the host of an open-door slot) gives one facilitator for the session's length.
    double hours = a.duration_minutes / 60.0;
    if (as_int(r, 13)) a.staff_hours.push_back({as_text(r, 14), as_int(r, 13), hours});
    else
      for (auto& [org, name] : organisers[offer]) a.staff_hours.push_back({name, org, hours});
    a.url = "/offers/" + std::to_string(offer);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<observatory::DataElement> elements() {
  std::vector<observatory::DataElement> v;
  for (auto& type : offer_types()) {
    v.push_back({"offers.registrations." + type, N_("Registered"), "offers", false, offer_type_label(type)});
    v.push_back({"offers.attendance." + type, N_("Attended"), "offers", false, offer_type_label(type)});
    v.push_back({"offers.sessions." + type, N_("Sessions"), "offers", false, offer_type_label(type)});
  }
  v.push_back({"offers.open_door.structures", N_("Structures that opened their doors"), "offers", false, ""});
  return v;
}

std::vector<observatory::DataValue> values(soci::session& sql, const Period& period) {
  std::vector<observatory::DataValue> out;
  const std::string bassin_of_registration =
      "CASE WHEN o.territory <> 'region' THEN o.territory ELSE COALESCE(pc.bassin_slug, '') END";
  const std::string where = std::string(kSessionCommune) + ", s.quarter_code";
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT o.type, " + bassin_of_registration + ", " + where +
                            ", COUNT(*), SUM(CASE WHEN r.attendance = 'present' THEN 1 ELSE 0 END) FROM registrations r JOIN "
                            "offer_sessions s ON s.id = r.session_id JOIN offers o ON o.id = s.offer_id LEFT JOIN organisations "
                            "g ON g.id = r.organisation_id LEFT JOIN postal_codes pc ON pc.code = g.postal_code" + kSessionPlaces +
                            "WHERE " + kSessionFilter + " AND r.status = 'confirmed' GROUP BY o.type, " + bassin_of_registration +
                            ", " + where,
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      std::string commune = as_text(r, 2), quarter = as_text(r, 3);
      out.push_back({"offers.registrations." + as_text(r, 0), as_text(r, 1), static_cast<double>(as_int(r, 4)), commune, quarter});
      out.push_back({"offers.attendance." + as_text(r, 0), as_text(r, 1), static_cast<double>(as_int(r, 5)), commune, quarter});
    }
  }
  const std::string bassin_of_session = "CASE WHEN o.territory <> 'region' THEN o.territory ELSE '' END";
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT o.type, " + bassin_of_session + ", " + where +
                            ", COUNT(*) FROM offer_sessions s JOIN offers o ON o.id = s.offer_id" + kSessionPlaces + "WHERE " +
                            kSessionFilter + " GROUP BY o.type, " + bassin_of_session + ", " + where,
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs)
      out.push_back({"offers.sessions." + as_text(r, 0), as_text(r, 1), static_cast<double>(as_int(r, 4)), as_text(r, 2), as_text(r, 3)});
  }
  // The structures that opened their doors: each host once per bassin (as COUNT(DISTINCT) counts it), placed where
  // its first slot of the period took place, so that a zone counts it once too.
  {
    std::map<std::pair<std::string, std::int64_t>, std::pair<std::string, std::string>> hosts;
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT " + bassin_of_session + ", s.host_organisation_id, " + where +
                            " FROM offer_sessions s JOIN offers o ON o.id = s.offer_id" + kSessionPlaces + "WHERE " +
                            kSessionFilter + " AND o.type = 'open_door' AND s.host_organisation_id IS NOT NULL ORDER BY s.starts_at, s.id",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) hosts.emplace(std::make_pair(as_text(r, 0), as_int(r, 1)), std::make_pair(as_text(r, 2), as_text(r, 3)));
    std::map<std::tuple<std::string, std::string, std::string>, int> structures;
    for (auto& [host, place] : hosts) ++structures[{host.first, place.first, place.second}];
    for (auto& [key, n] : structures)
      out.push_back({"offers.open_door.structures", std::get<0>(key), static_cast<double>(n), std::get<1>(key), std::get<2>(key)});
  }
  return out;
}

std::vector<observatory::ReportTable> report_tables(soci::session& sql, const observatory::ReportScope& scope,
                                                    const observatory::Translate&) {
  if (!scope.app) return {};
  RequestContext ctx(*scope.app);
  ctx.lang = scope.lang;
  report::Period period{"custom", scope.period.from, scope.period.to};
  std::vector<observatory::ReportTable> out;
  for (auto& t : report::text_tables(ctx, sql, period, scope.bassin, now_seconds()))
    out.push_back({"offers", t.heading, t.columns, t.rows, ""});
  return out;
}

}  // namespace

observatory::Publisher publisher() {
  return {"offers", activities, elements(), values, report_tables, {}};
}

}  // namespace maillage::offers
