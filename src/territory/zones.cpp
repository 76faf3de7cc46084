#include "territory/zones.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "territory/quarters.hpp"

namespace maillage::territory {

namespace {
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void load_members(soci::session& sql, std::vector<Zone>& zones) {
  std::map<std::int64_t, Zone*> by_id;
  for (auto& z : zones) by_id[z.id] = &z;
  soci::rowset<soci::row> rs = sql.prepare << "SELECT zone_id, member_type, code FROM zone_members ORDER BY code";
  for (auto& r : rs) {
    auto it = by_id.find(as_int(r, 0));
    if (it == by_id.end()) continue;
    (as_text(r, 1) == "commune" ? it->second->communes : it->second->quarters).push_back(as_text(r, 2));
  }
}

std::vector<Zone> read_zones(soci::session& sql, const std::string& where, const std::string& value) {
  std::vector<Zone> out;
  std::string q = "SELECT id, slug, name_fr, name_nl, kind, kept_by, description FROM zones ";
  soci::rowset<soci::row> rs = where.empty() ? (sql.prepare << q + "ORDER BY name_fr, slug")
                                             : (sql.prepare << q + where + " ORDER BY name_fr, slug", soci::use(value));
  for (auto& r : rs)
    out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_text(r, 4), as_text(r, 5), as_text(r, 6), {}, {}});
  load_members(sql, out);
  return out;
}

void write_members(soci::session& sql, const Zone& zone) {
  sql << "DELETE FROM zone_members WHERE zone_id = :z", soci::use(zone.id);
  std::set<std::string> communes(zone.communes.begin(), zone.communes.end()), quarters(zone.quarters.begin(), zone.quarters.end());
  for (auto* set : {&communes, &quarters}) {
    std::string type = set == &communes ? "commune" : "quarter";
    for (auto& code : *set)
      sql << "INSERT INTO zone_members (zone_id, member_type, code) VALUES (:z, :t, :c)", soci::use(zone.id), soci::use(type),
          soci::use(code);
  }
}

bool plain_slug(const std::string& s) {
  if (s.size() < 2 || s.size() > 40) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return s.front() != '-' && s.back() != '-';
}
}  // namespace

bool Zone::holds_commune(const std::string& nis) const { return !nis.empty() && has(communes, nis); }
bool Zone::holds_quarter_code(const std::string& code) const { return !code.empty() && has(quarters, code); }

bool in_zone(const Zone& zone, const Whereabouts& where, const Snapshot* territory) {
  if (zone.holds_quarter_code(where.quarter_code)) return true;
  std::string commune = where.commune_nis;
  if (commune.empty() && territory && !where.postal_code.empty())
    if (const auto* place = territory->find(where.postal_code)) commune = place->commune.nis;
  return zone.holds_commune(commune);
}

std::vector<std::string> zones_of(const std::vector<Zone>& zones, const Whereabouts& where, const Snapshot* territory) {
  std::vector<std::string> out;
  for (auto& z : zones)
    if (in_zone(z, where, territory)) out.push_back(z.slug);
  return out;
}

bool location_in_zone(soci::session& sql, const Zone& zone, std::int64_t directory_location_id) {
  std::string commune, quarter;
  sql << "SELECT commune_nis, quarter_code FROM directory_locations WHERE id = :i", soci::use(directory_location_id),
      soci::into(commune), soci::into(quarter);
  if (!sql.got_data()) return false;
  return in_zone(zone, {"", commune, quarter});
}

bool quarter_in_zone(soci::session& sql, const Zone& zone, const std::string& quarter_code) {
  if (zone.holds_quarter_code(quarter_code)) return true;
  std::string commune;
  sql << "SELECT commune_nis FROM quarters WHERE code = :c", soci::use(quarter_code), soci::into(commune);
  return sql.got_data() && zone.holds_commune(commune);
}

const std::vector<std::string>& zone_kinds() {
  static const std::vector<std::string> kinds{"network", "mobile_team", "pilot", "other"};
  return kinds;
}

std::vector<Zone> list_zones(soci::session& sql) { return read_zones(sql, "", ""); }

std::optional<Zone> find_zone(soci::session& sql, const std::string& slug) {
  auto found = read_zones(sql, "WHERE slug = :s", slug);
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool zone_exists(soci::session& sql, const std::string& slug) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM zones WHERE slug = :s", soci::use(slug), soci::into(n);
  return n > 0;
}

std::vector<Zone> zones_touching_bassin(soci::session& sql, const std::string& bassin_slug) {
  std::set<std::string> communes, quarters;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT commune_nis FROM postal_codes WHERE bassin_slug = :b", soci::use(bassin_slug));
    for (auto& r : rs) communes.insert(as_text(r, 0));
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT code, commune_nis FROM quarters WHERE bassin_slug = :b", soci::use(bassin_slug));
    for (auto& r : rs) quarters.insert(as_text(r, 0)), communes.insert(as_text(r, 1));
  }
  std::vector<Zone> out;
  for (auto& z : list_zones(sql)) {
    bool touches = std::any_of(z.communes.begin(), z.communes.end(), [&](auto& c) { return communes.count(c) > 0; }) ||
                   std::any_of(z.quarters.begin(), z.quarters.end(), [&](auto& q) { return quarters.count(q) > 0; });
    if (touches) out.push_back(z);
  }
  return out;
}

bool may_keep(const CurrentUser& user, const std::string& kept_by) {
  if (user.is_admin()) return true;
  for (auto& g : user.grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") return true;
    if (g.scope_type == "bassin" && !kept_by.empty() && g.scope_id == kept_by) return true;
  }
  return false;
}

ZoneErrors check_zone(soci::session& sql, const Zone& z, bool creating) {
  ZoneErrors e;
  if (creating) {
    if (!plain_slug(z.slug)) e.errors.emplace_back("slug", N_("Give a short code of 2 to 40 lower-case letters, digits and hyphens, such as rezone."));
    else if (zone_exists(sql, z.slug)) e.errors.emplace_back("slug", N_("Another zone already has this code."));
  }
  if (z.name_fr.empty() || utf8_length(z.name_fr) > 120) e.errors.emplace_back("name_fr", N_("Give the zone's name in French (at most 120 characters)."));
  if (utf8_length(z.name_nl) > 120) e.errors.emplace_back("name_nl", N_("The Dutch name is at most 120 characters."));
  if (!has(zone_kinds(), z.kind)) e.errors.emplace_back("kind", N_("Choose what kind of zone this is."));
  if (!z.kept_by.empty() && !bassin_exists(sql, z.kept_by)) e.errors.emplace_back("kept_by", N_("Choose an existing care area."));
  if (utf8_length(z.description) > 2000) e.errors.emplace_back("description", N_("The description is at most 2,000 characters."));
  std::set<std::string> communes, quarters;
  for (auto& c : list_communes(sql)) communes.insert(c.nis);
  for (auto& q : list_quarters(sql)) quarters.insert(q.code);
  bool unknown = std::any_of(z.communes.begin(), z.communes.end(), [&](auto& c) { return !communes.count(c); }) ||
                 std::any_of(z.quarters.begin(), z.quarters.end(), [&](auto& q) { return !quarters.count(q); });
  if (unknown) e.errors.emplace_back("communes", N_("Choose communes and quarters from the lists."));
  else if (z.communes.empty() && z.quarters.empty()) e.errors.emplace_back("communes", N_("A zone holds at least one commune or quarter."));
  return e;
}

std::int64_t create_zone(soci::session& sql, const Zone& zone, std::int64_t by, std::int64_t now) {
  std::int64_t id = 0;
  const std::string name_nl = zone.name_nl.empty() ? zone.name_fr : zone.name_nl;  // soci binds by reference
  sql << "INSERT INTO zones (slug, name_fr, name_nl, kind, kept_by, description, created_by, created_at, updated_at) VALUES "
         "(:s, :f, :n, :k, :b, :d, :by, :c, :u) RETURNING id",
      soci::use(zone.slug), soci::use(zone.name_fr), soci::use(name_nl),
      soci::use(zone.kind), soci::use(zone.kept_by), soci::use(zone.description), soci::use(by), soci::use(now), soci::use(now),
      soci::into(id);
  Zone saved = zone;
  saved.id = id;
  write_members(sql, saved);
  queue_services_in(sql, saved, now);
  return id;
}

void update_zone(soci::session& sql, const Zone& zone, std::int64_t now) {
  if (auto before = read_zones(sql, "WHERE slug = :s", zone.slug); !before.empty()) queue_services_in(sql, before.front(), now);
  const std::string name_nl = zone.name_nl.empty() ? zone.name_fr : zone.name_nl;
  sql << "UPDATE zones SET name_fr = :f, name_nl = :n, kind = :k, kept_by = :b, description = :d, updated_at = :u WHERE id = :i",
      soci::use(zone.name_fr), soci::use(name_nl), soci::use(zone.kind),
      soci::use(zone.kept_by), soci::use(zone.description), soci::use(now), soci::use(zone.id);
  write_members(sql, zone);
  queue_services_in(sql, zone, now);
}

void delete_zone(soci::session& sql, std::int64_t zone_id) {
  std::string slug;
  sql << "SELECT slug FROM zones WHERE id = :i", soci::use(zone_id), soci::into(slug);
  if (!sql.got_data()) return;
  if (auto before = read_zones(sql, "WHERE slug = :s", slug); !before.empty()) {
    sql << "DELETE FROM zone_members WHERE zone_id = :i", soci::use(zone_id);
    sql << "DELETE FROM zones WHERE id = :i", soci::use(zone_id);
    queue_services_in(sql, before.front(), now_seconds());
  }
}

void queue_services_in(soci::session& sql, const Zone& zone, std::int64_t now) {
  // Bound parameters one member at a time: a zone has a handful of members, and the queue takes duplicates.
  for (auto& nis : zone.communes)
    sql << "INSERT INTO directory_changes (service_id, at) SELECT DISTINCT sal.service_id, CAST(:t AS BIGINT) FROM "
           "directory_service_at_location sal JOIN directory_locations l ON l.id = sal.location_id WHERE l.commune_nis = :c",
        soci::use(now), soci::use(nis);
  for (auto& code : zone.quarters)
    sql << "INSERT INTO directory_changes (service_id, at) SELECT DISTINCT sal.service_id, CAST(:t AS BIGINT) FROM "
           "directory_service_at_location sal JOIN directory_locations l ON l.id = sal.location_id WHERE l.quarter_code = :q",
        soci::use(now), soci::use(code);
}

namespace {
// A Polygon's or MultiPolygon's coordinates as a list of polygons.
void append_polygons(nlohmann::json& polygons, const std::string& geometry) {
  auto g = nlohmann::json::parse(geometry, nullptr, false);
  if (g.is_discarded() || !g.is_object() || !g.contains("coordinates")) return;
  if (g.value("type", "") == "Polygon") polygons.push_back(g["coordinates"]);
  else if (g.value("type", "") == "MultiPolygon")
    for (auto& p : g["coordinates"]) polygons.push_back(p);
}
using Key = std::pair<long long, long long>;
Key key_of(const Point& p) { return {std::llround(p.lng * 1e7), std::llround(p.lat * 1e7)}; }

// A GeoJSON ring ([lng, lat] pairs), without its closing point.
Ring ring_points(const nlohmann::json& ring) {
  Ring out;
  for (auto& c : ring)
    if (c.is_array() && c.size() >= 2 && c[0].is_number() && c[1].is_number()) out.push_back({c[1].get<double>(), c[0].get<double>()});
  if (out.size() > 1 && key_of(out.front()) == key_of(out.back())) out.pop_back();
  return out;
}

// Twice the signed area (shoelace, x = lng): positive when counter-clockwise.
double signed_area(const Ring& ring) {
  double a = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const auto& p = ring[i];
    const auto& q = ring[(i + 1) % ring.size()];
    a += p.lng * q.lat - q.lng * p.lat;
  }
  return a;
}

nlohmann::json ring_json(const Ring& ring) {
  auto out = nlohmann::json::array();
  for (auto& p : ring) out.push_back({p.lng, p.lat});
  out.push_back({ring.front().lng, ring.front().lat});
  return out;
}
}  // namespace

nlohmann::json merge_outlines(const nlohmann::json& polygons) {
  // Directed edges, outer rings turned counter-clockwise and holes clockwise: two polygons side by side walk
  // their shared border in opposite directions, so an edge meeting its reverse cancels it.
  std::map<std::pair<Key, Key>, int> edges;
  std::map<Key, Point> where;
  for (auto& polygon : polygons) {
    if (!polygon.is_array()) continue;
    for (std::size_t r = 0; r < polygon.size(); ++r) {
      auto ring = ring_points(polygon[r]);
      if (ring.size() < 3) continue;
      if ((signed_area(ring) > 0) != (r == 0)) std::reverse(ring.begin(), ring.end());
      for (std::size_t i = 0; i < ring.size(); ++i) {
        Key a = key_of(ring[i]), b = key_of(ring[(i + 1) % ring.size()]);
        if (a == b) continue;
        where.emplace(a, ring[i]);
        auto reverse = edges.find({b, a});
        if (reverse != edges.end() && reverse->second > 0) {
          if (--reverse->second == 0) edges.erase(reverse);
        } else {
          ++edges[{a, b}];
        }
      }
    }
  }
  // What is left, chained into rings (at a vertex where two rings touch, either way round is a valid ring).
  std::multimap<Key, Key> next;
  for (auto& [e, n] : edges)
    for (int i = 0; i < n; ++i) next.emplace(e.first, e.second);
  std::vector<Ring> outers, holes;
  while (!next.empty()) {
    auto first = next.begin();
    Key start = first->first, at = first->second;
    next.erase(first);
    Ring ring{where[start]};
    bool closed = false;
    for (std::size_t guard = 0; guard <= where.size() + 1; ++guard) {
      if (at == start) {
        closed = true;
        break;
      }
      ring.push_back(where[at]);
      auto it = next.find(at);
      if (it == next.end()) break;
      at = it->second;
      next.erase(it);
    }
    if (!closed || ring.size() < 3) continue;
    (signed_area(ring) > 0 ? outers : holes).push_back(std::move(ring));
  }
  // Each hole goes to the smallest outer ring around it.
  std::vector<nlohmann::json> merged;
  for (auto& o : outers) merged.push_back(nlohmann::json::array({ring_json(o)}));
  for (auto& h : holes) {
    std::size_t best = outers.size();
    for (std::size_t i = 0; i < outers.size(); ++i) {
      bool border = false;
      if (in_ring(outers[i], h.front(), border) && (best == outers.size() || signed_area(outers[i]) < signed_area(outers[best])))
        best = i;
    }
    if (best < outers.size()) merged[best].push_back(ring_json(h));
  }
  auto out = nlohmann::json::array();
  for (auto& p : merged) out.push_back(std::move(p));
  return out;
}

std::string quarters_geojson(soci::session& sql, const std::string& lang, const std::string& bassin_slug) {
  nlohmann::json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
  std::string q = "SELECT code, name_fr, name_nl, commune_nis, bassin_slug, outline FROM quarters ";
  soci::rowset<soci::row> rs = bassin_slug.empty() ? (sql.prepare << q + "ORDER BY code")
                                                   : (sql.prepare << q + "WHERE bassin_slug = :b ORDER BY code", soci::use(bassin_slug));
  for (auto& r : rs) {
    auto g = nlohmann::json::parse(as_text(r, 5), nullptr, false);
    if (g.is_discarded()) continue;
    fc["features"].push_back({{"type", "Feature"},
                              {"properties",
                               {{"code", as_text(r, 0)},
                                {"name", lang == "nl" ? as_text(r, 2) : as_text(r, 1)},
                                {"commune_nis", as_text(r, 3)},
                                {"bassin", as_text(r, 4)}}},
                              {"geometry", g}});
  }
  return fc.dump();
}

std::string zones_geojson(soci::session& sql, const std::string& lang, const std::vector<std::string>& slugs) {
  std::map<std::string, std::string> commune_outlines, quarter_outlines, quarter_commune;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT nis, outline FROM communes WHERE outline <> ''";
    for (auto& r : rs) commune_outlines[as_text(r, 0)] = as_text(r, 1);
  }
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT code, outline, commune_nis FROM quarters";
    for (auto& r : rs) {
      quarter_outlines[as_text(r, 0)] = as_text(r, 1);
      quarter_commune[as_text(r, 0)] = as_text(r, 2);
    }
  }
  nlohmann::json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
  for (auto& z : list_zones(sql)) {
    if (!slugs.empty() && !has(slugs, z.slug)) continue;
    auto polygons = nlohmann::json::array();
    for (auto& c : z.communes)
      if (commune_outlines.count(c)) append_polygons(polygons, commune_outlines[c]);
    for (auto& q : z.quarters)
      if (quarter_outlines.count(q) && !has(z.communes, quarter_commune[q])) append_polygons(polygons, quarter_outlines[q]);
    polygons = merge_outlines(polygons);
    if (polygons.empty()) continue;
    fc["features"].push_back({{"type", "Feature"},
                              {"properties", {{"slug", z.slug}, {"name", z.name(lang)}, {"kind", z.kind}}},
                              {"geometry", {{"type", "MultiPolygon"}, {"coordinates", polygons}}}});
  }
  return fc.dump();
}

}  // namespace maillage::territory
