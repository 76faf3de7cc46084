// Zones: territories that cut across the bassins, made of whole communes and quarters (a network's area such
// as Rézone's = five communes and the Louise quarter of Bruxelles-Ville; a mobile team's zone; a pilot's
// perimeter). Any list or figure filtered by bassin can be filtered by zone with `in_zone()`.
#pragma once
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"
#include "territory/model.hpp"

namespace maillage::territory {

struct Zone {
  std::int64_t id = 0;
  std::string slug;  // fixed at creation: filters (zone=), links and the search index use it
  std::string name_fr, name_nl;
  std::string kind;     // "network", "mobile_team", "pilot", "other"
  std::string kept_by;  // the bassin whose coordinators may edit it; "" = the region's coordinators
  std::string description;
  std::vector<std::string> communes;  // NIS codes of whole communes
  std::vector<std::string> quarters;  // quarter codes
  const std::string& name(const std::string& lang) const { return lang == "nl" ? name_nl : name_fr; }
  bool holds_commune(const std::string& nis) const;
  bool holds_quarter_code(const std::string& code) const;
};

// Where something is, as the parts know it: a postal code, a commune, a quarter (any may be empty). A quarter
// in the zone, or a commune in the zone, puts it in; a postal code alone tells only its commune (so an address
// of 1000 Bruxelles without coordinates is not in the Louise quarter's zone unless the whole commune is).
struct Whereabouts {
  std::string postal_code;
  std::string commune_nis;
  std::string quarter_code;
};

// Does this location, postal code or quarter fall in the zone? The postal code gives the commune when none is
// given (through the snapshot's places).
bool in_zone(const Zone& zone, const Whereabouts& where, const Snapshot* territory = nullptr);
// The same from the database, for a location of the directory (its commune and quarter) or a quarter.
bool location_in_zone(soci::session& sql, const Zone& zone, std::int64_t directory_location_id);
bool quarter_in_zone(soci::session& sql, const Zone& zone, const std::string& quarter_code);
// The zones a place falls in, by slug (indexing, figures by zone).
std::vector<std::string> zones_of(const std::vector<Zone>& zones, const Whereabouts& where, const Snapshot* territory = nullptr);

const std::vector<std::string>& zone_kinds();
std::vector<Zone> list_zones(soci::session& sql);
std::optional<Zone> find_zone(soci::session& sql, const std::string& slug);
bool zone_exists(soci::session& sql, const std::string& slug);
// Zones holding a commune of the bassin or one of its quarters ("the zones that touch it").
std::vector<Zone> zones_touching_bassin(soci::session& sql, const std::string& bassin_slug);

// May this user edit (or delete) the zone: administrators and the region's coordinators every zone, a
// bassin's coordinators the zones their bassin keeps. `kept_by` of a new zone must be one the user may keep.
bool may_keep(const CurrentUser& user, const std::string& kept_by);
inline bool may_edit_zone(const CurrentUser& user, const Zone& zone) { return may_keep(user, zone.kept_by); }

// Checks a zone as typed (slug, names, kind, members that exist, not empty); each error is a field name and a
// catalogue message. Saves only when there is none.
struct ZoneErrors {
  std::vector<std::pair<std::string, const char*>> errors;
  bool empty() const { return errors.empty(); }
};
ZoneErrors check_zone(soci::session& sql, const Zone& zone, bool creating);
std::int64_t create_zone(soci::session& sql, const Zone& zone, std::int64_t by, std::int64_t now);
void update_zone(soci::session& sql, const Zone& zone, std::int64_t now);
void delete_zone(soci::session& sql, std::int64_t zone_id);
// Queues for the search index every service with a location in one of these communes or quarters (a zone's
// members before and after an edit), so that the zone filter follows.
void queue_services_in(soci::session& sql, const Zone& zone, std::int64_t now);

// Outlines for the map, as GeoJSON FeatureCollections: the quarters (of one bassin, or all), and the zones
// (those given, or all), each zone one MultiPolygon: its communes' and quarters' outlines merged where they
// share borders (see merge_outlines), a quarter of a member commune left out (it lies inside).
// The union of polygons that tile (GeoJSON coordinates: a list of polygons, each a list of closed rings): an
// edge two polygons share (the same two vertices, to 1e-7 degree) is dropped, and what is left is chained into
// rings, counter-clockwise outer rings with their clockwise holes. Polygons that do not share vertices (drawn
// by hand beside official outlines) come back as they were, each with its own outline.
nlohmann::json merge_outlines(const nlohmann::json& polygons);

std::string quarters_geojson(soci::session& sql, const std::string& lang, const std::string& bassin_slug = "");
std::string zones_geojson(soci::session& sql, const std::string& lang, const std::vector<std::string>& slugs = {});

}  // namespace maillage::territory
