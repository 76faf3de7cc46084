#include "territory/quarters.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "platform/db.hpp"

namespace maillage::territory {

using nlohmann::json;

namespace {

Ring ring_from(const json& coordinates) {
  if (!coordinates.is_array() || coordinates.size() < 4) throw std::invalid_argument("a ring needs at least four points");
  Ring ring;
  ring.reserve(coordinates.size());
  for (auto& pair : coordinates) {
    if (!pair.is_array() || pair.size() < 2 || !pair[0].is_number() || !pair[1].is_number())
      throw std::invalid_argument("a point is not a [longitude, latitude] pair");
    double lng = pair[0].get<double>(), lat = pair[1].get<double>();
    if (!std::isfinite(lat) || !std::isfinite(lng) || lat < -90 || lat > 90 || lng < -180 || lng > 180)
      throw std::invalid_argument("a point is outside the Earth's coordinates");
    ring.push_back({lat, lng});
  }
  return ring;
}

Polygon polygon_from(const json& rings) {
  if (!rings.is_array() || rings.empty()) throw std::invalid_argument("a polygon needs an outer ring");
  Polygon p;
  p.outer = ring_from(rings[0]);
  for (std::size_t i = 1; i < rings.size(); ++i) p.holes.push_back(ring_from(rings[i]));
  return p;
}

// On the segment a-b (within a few centimetres, in degrees)?
bool on_segment(Point p, Point a, Point b) {
  constexpr double eps = 1e-9;
  double cross = (b.lng - a.lng) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lng - a.lng);
  if (std::fabs(cross) > eps) return false;
  return p.lng >= std::min(a.lng, b.lng) - eps && p.lng <= std::max(a.lng, b.lng) + eps &&
         p.lat >= std::min(a.lat, b.lat) - eps && p.lat <= std::max(a.lat, b.lat) + eps;
}


Point centre_of(const Area& a) { return {(a.min.lat + a.max.lat) / 2, (a.min.lng + a.max.lng) / 2}; }

std::string first_string(const json& props, std::initializer_list<const char*> keys) {
  for (auto* k : keys) {
    auto it = props.find(k);
    if (it == props.end() || it->is_null()) continue;
    if (it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return "";
}

}  // namespace

bool in_ring(const Ring& ring, Point p, bool& on_border) {
  bool inside = false;
  on_border = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const Point& a = ring[i];
    const Point& b = ring[j];
    if (on_segment(p, a, b)) {
      on_border = true;
      return true;
    }
    if ((a.lat > p.lat) != (b.lat > p.lat)) {
      double lng_at = (b.lng - a.lng) * (p.lat - a.lat) / (b.lat - a.lat) + a.lng;
      if (p.lng < lng_at) inside = !inside;
    }
  }
  return inside;
}

Area area_from_geojson(const std::string& geometry_json) {
  json g = json::parse(geometry_json, nullptr, false);
  if (g.is_discarded() || !g.is_object()) throw std::invalid_argument("the geometry is not JSON");
  Area area;
  std::string type = g.value("type", "");
  const json& c = g.contains("coordinates") ? g["coordinates"] : json();
  if (type == "Polygon") {
    area.polygons.push_back(polygon_from(c));
  } else if (type == "MultiPolygon") {
    if (!c.is_array() || c.empty()) throw std::invalid_argument("a MultiPolygon needs polygons");
    for (auto& p : c) area.polygons.push_back(polygon_from(p));
  } else {
    throw std::invalid_argument("the geometry is a " + (type.empty() ? std::string("?") : type) +
                                ", not a Polygon or MultiPolygon");
  }
  for (auto& poly : area.polygons)
    for (auto& pt : poly.outer) {
      area.min.lat = std::min(area.min.lat, pt.lat);
      area.min.lng = std::min(area.min.lng, pt.lng);
      area.max.lat = std::max(area.max.lat, pt.lat);
      area.max.lng = std::max(area.max.lng, pt.lng);
    }
  return area;
}

bool contains(const Area& area, Point p) {
  if (p.lat < area.min.lat || p.lat > area.max.lat || p.lng < area.min.lng || p.lng > area.max.lng) return false;
  for (auto& poly : area.polygons) {
    bool border = false;
    if (!in_ring(poly.outer, p, border)) continue;
    if (border) return true;
    bool in_hole = false;
    for (auto& hole : poly.holes) {
      bool hole_border = false;
      // The hole's border is the quarter's border too: it counts as inside.
      if (in_ring(hole, p, hole_border) && !hole_border) {
        in_hole = true;
        break;
      }
    }
    if (!in_hole) return true;
  }
  return false;
}

QuarterIndex::QuarterIndex(std::vector<Quarter> quarters, std::vector<Area> areas, int cells_per_side)
    : quarters_(std::move(quarters)), areas_(std::move(areas)), n_(std::max(1, cells_per_side)) {
  if (quarters_.empty()) return;
  min_ = {90, 180};
  max_ = {-90, -180};
  for (auto& a : areas_) {
    min_ = {std::min(min_.lat, a.min.lat), std::min(min_.lng, a.min.lng)};
    max_ = {std::max(max_.lat, a.max.lat), std::max(max_.lng, a.max.lng)};
  }
  cells_.assign(static_cast<std::size_t>(n_) * n_, {});
  double dlat = (max_.lat - min_.lat) / n_, dlng = (max_.lng - min_.lng) / n_;
  auto cell_of = [&](double v, double lo, double step) {
    if (step <= 0) return 0;
    return std::clamp(static_cast<int>((v - lo) / step), 0, n_ - 1);
  };
  for (std::uint32_t i = 0; i < areas_.size(); ++i) {
    int r0 = cell_of(areas_[i].min.lat, min_.lat, dlat), r1 = cell_of(areas_[i].max.lat, min_.lat, dlat);
    int c0 = cell_of(areas_[i].min.lng, min_.lng, dlng), c1 = cell_of(areas_[i].max.lng, min_.lng, dlng);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) cells_[static_cast<std::size_t>(r) * n_ + c].push_back(i);
  }
}

const Quarter* QuarterIndex::find(const std::string& code) const {
  for (auto& q : quarters_)
    if (q.code == code) return &q;
  return nullptr;
}

const Quarter* QuarterIndex::at(Point p) const {
  if (quarters_.empty() || p.lat < min_.lat || p.lat > max_.lat || p.lng < min_.lng || p.lng > max_.lng) return nullptr;
  double dlat = (max_.lat - min_.lat) / n_, dlng = (max_.lng - min_.lng) / n_;
  int r = dlat > 0 ? std::clamp(static_cast<int>((p.lat - min_.lat) / dlat), 0, n_ - 1) : 0;
  int c = dlng > 0 ? std::clamp(static_cast<int>((p.lng - min_.lng) / dlng), 0, n_ - 1) : 0;
  for (auto i : cells_[static_cast<std::size_t>(r) * n_ + c])
    if (contains(areas_[i], p)) return &quarters_[i];
  return nullptr;
}

std::vector<Quarter> list_quarters(soci::session& sql, const std::string& bassin_slug) {
  std::vector<Quarter> out;
  std::string q = "SELECT code, name_fr, name_nl, commune_nis, bassin_slug FROM quarters ";
  soci::rowset<soci::row> rs = bassin_slug.empty()
                                   ? (sql.prepare << q + "ORDER BY name_fr, code")
                                   : (sql.prepare << q + "WHERE bassin_slug = :b ORDER BY name_fr, code", soci::use(bassin_slug));
  for (auto& r : rs) out.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_text(r, 4)});
  return out;
}

std::optional<Quarter> quarter_at(soci::session& sql, Point p) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT code, name_fr, name_nl, commune_nis, bassin_slug, outline FROM quarters WHERE min_lat <= :a "
                      "AND max_lat >= :b AND min_lng <= :c AND max_lng >= :d ORDER BY code",
       soci::use(p.lat), soci::use(p.lat), soci::use(p.lng), soci::use(p.lng));
  for (auto& r : rs) {
    try {
      if (contains(area_from_geojson(as_text(r, 5)), p))
        return Quarter{as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_text(r, 4)};
    } catch (const std::invalid_argument&) {
    }
  }
  return std::nullopt;
}

QuarterIndex load_quarter_index(soci::session& sql) {
  std::vector<Quarter> quarters;
  std::vector<Area> areas;
  soci::rowset<soci::row> rs =
      sql.prepare << "SELECT code, name_fr, name_nl, commune_nis, bassin_slug, outline FROM quarters ORDER BY code";
  for (auto& r : rs) {
    try {
      areas.push_back(area_from_geojson(as_text(r, 5)));
      quarters.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), as_text(r, 4)});
    } catch (const std::invalid_argument&) {
      // Checked on import; a row edited by hand into nonsense is left out rather than stopping every look-up.
    }
  }
  return QuarterIndex(std::move(quarters), std::move(areas));
}

namespace {
constexpr std::int64_t kIndexSeconds = 30;
std::mutex index_mutex;
std::map<std::uint64_t, std::pair<std::int64_t, std::shared_ptr<const QuarterIndex>>> indexes;
}  // namespace

std::shared_ptr<const QuarterIndex> quarter_index(Database& db) {
  std::int64_t now = now_seconds();
  {
    std::lock_guard lock(index_mutex);
    auto it = indexes.find(db.instance_id());
    if (it != indexes.end() && now - it->second.first < kIndexSeconds) return it->second.second;
  }
  soci::session sql(db.pool());
  auto index = std::make_shared<const QuarterIndex>(load_quarter_index(sql));
  std::lock_guard lock(index_mutex);
  indexes[db.instance_id()] = {now, index};
  return index;
}

void invalidate_quarter_index(Database& db) {
  std::lock_guard lock(index_mutex);
  indexes.erase(db.instance_id());
}

QuarterImport import_quarters(soci::session& sql, const std::string& geojson_text, const std::string& source,
                              std::int64_t now) {
  QuarterImport out;
  json doc = json::parse(geojson_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("type", "") != "FeatureCollection" ||
      !doc.contains("features") || !doc["features"].is_array()) {
    out.fatal = "the file is not a GeoJSON FeatureCollection";
    return out;
  }
  // The communes' outlines decide a quarter's commune when its properties do not; a commune whose postal codes
  // all share one bassin gives it its bassin.
  std::vector<std::pair<std::string, Area>> communes;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT nis, outline FROM communes WHERE outline <> ''";
    for (auto& r : rs) {
      try {
        communes.emplace_back(as_text(r, 0), area_from_geojson(as_text(r, 1)));
      } catch (const std::invalid_argument&) {
      }
    }
  }
  std::map<std::string, std::set<std::string>> bassins_of_commune;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT commune_nis, bassin_slug FROM postal_codes";
    for (auto& r : rs) bassins_of_commune[as_text(r, 0)].insert(as_text(r, 1));
  }
  std::set<std::string> bassins;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT slug FROM bassins";
    for (auto& r : rs) bassins.insert(as_text(r, 0));
  }
  std::set<std::string> seen;
  int number = 0;
  for (auto& f : doc["features"]) {
    ++number;
    json props = f.is_object() && f.contains("properties") && f["properties"].is_object() ? f["properties"] : json::object();
    std::string code = first_string(props, {"code", "MDRC", "mdrc", "id"});
    if (code.empty() && f.is_object() && f.contains("id")) code = first_string(f, {"id"});
    std::string label = code.empty() ? "feature " + std::to_string(number) : code;
    try {
      if (code.empty() || code.size() > 40) throw std::invalid_argument("no code (properties code, MDRC or id), or longer than 40");
      if (seen.count(code)) throw std::invalid_argument("this code appears twice in the file: the second is refused");
      std::string name_fr = first_string(props, {"name_fr", "NAME_FR", "nom", "name"});
      std::string name_nl = first_string(props, {"name_nl", "NAME_NL", "NAME_DUT", "naam"});
      if (name_fr.empty() && name_nl.empty()) throw std::invalid_argument("no name (name_fr, name_nl)");
      if (name_fr.empty()) name_fr = name_nl;
      if (name_nl.empty()) name_nl = name_fr;
      if (!f.contains("geometry")) throw std::invalid_argument("no geometry");
      std::string geometry = f["geometry"].dump();
      Area area = area_from_geojson(geometry);
      std::string nis = first_string(props, {"commune_nis", "NIS", "nis", "INS", "ins"});
      if (nis.empty()) {
        Point c = centre_of(area);
        for (auto& [n, a] : communes)
          if (contains(a, c)) {
            nis = n;
            break;
          }
      }
      if (nis.empty() || !bassins_of_commune.count(nis))
        throw std::invalid_argument("its commune is unknown (give commune_nis, or outlines inside a commune)");
      std::string bassin = first_string(props, {"bassin", "bassin_slug"});
      if (bassin.empty() && bassins_of_commune[nis].size() == 1) bassin = *bassins_of_commune[nis].begin();
      if (bassin.empty())
        throw std::invalid_argument("its commune lies in several bassins: give the quarter's bassin (property bassin)");
      if (!bassins.count(bassin)) throw std::invalid_argument("bassin " + bassin + " does not exist");
      int existing = 0;
      sql << "SELECT COUNT(*) FROM quarters WHERE code = :c", soci::use(code), soci::into(existing);
      if (existing) {
        sql << "UPDATE quarters SET name_fr = :f, name_nl = :n, commune_nis = :c, bassin_slug = :b, outline = :o, "
               "min_lat = :a, min_lng = :g, max_lat = :x, max_lng = :y, source = :s, updated_at = :t WHERE code = :k",
            soci::use(name_fr), soci::use(name_nl), soci::use(nis), soci::use(bassin), soci::use(geometry),
            soci::use(area.min.lat), soci::use(area.min.lng), soci::use(area.max.lat), soci::use(area.max.lng),
            soci::use(source), soci::use(now), soci::use(code);
        ++out.updated;
      } else {
        sql << "INSERT INTO quarters (code, name_fr, name_nl, commune_nis, bassin_slug, outline, min_lat, min_lng, "
               "max_lat, max_lng, source, updated_at) VALUES (:k, :f, :n, :c, :b, :o, :a, :g, :x, :y, :s, :t)",
            soci::use(code), soci::use(name_fr), soci::use(name_nl), soci::use(nis), soci::use(bassin),
            soci::use(geometry), soci::use(area.min.lat), soci::use(area.min.lng), soci::use(area.max.lat),
            soci::use(area.max.lng), soci::use(source), soci::use(now);
        ++out.created;
      }
      seen.insert(code);
    } catch (const std::invalid_argument& e) {
      out.refused.emplace_back(label, e.what());
    }
  }
  return out;
}

int reindex_locations(soci::session& sql, const QuarterIndex& index, std::int64_t now) {
  struct Loc {
    std::int64_t id;
    double lat, lng;
    std::string postal_code, quarter, bassin;
  };
  std::vector<Loc> locations;
  {
    soci::rowset<soci::row> rs = sql.prepare
                                 << "SELECT id, latitude, longitude, postal_code, quarter_code, bassin_slug FROM "
                                    "directory_locations WHERE latitude IS NOT NULL AND longitude IS NOT NULL";
    for (auto& r : rs) locations.push_back({as_int(r, 0), as_double(r, 1), as_double(r, 2), as_text(r, 3), as_text(r, 4), as_text(r, 5)});
  }
  std::map<std::string, std::string> bassin_of_code;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT code, bassin_slug FROM postal_codes";
    for (auto& r : rs) bassin_of_code[as_text(r, 0)] = as_text(r, 1);
  }
  int changed = 0;
  for (auto& l : locations) {
    const Quarter* q = index.at({l.lat, l.lng});
    std::string quarter = q ? q->code : "";
    std::string bassin = q ? q->bassin_slug : (bassin_of_code.count(l.postal_code) ? bassin_of_code[l.postal_code] : l.bassin);
    if (quarter == l.quarter && bassin == l.bassin) continue;
    sql << "UPDATE directory_locations SET quarter_code = :q, bassin_slug = :b, updated_at = :t WHERE id = :i",
        soci::use(quarter), soci::use(bassin), soci::use(now), soci::use(l.id);
    // The search index follows: every service at this location is queued.
    sql << "INSERT INTO directory_changes (service_id, at) SELECT service_id, :t FROM directory_service_at_location "
           "WHERE location_id = :i",
        soci::use(now), soci::use(l.id);
    ++changed;
  }
  return changed;
}

}  // namespace maillage::territory
