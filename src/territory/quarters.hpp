// Quarters: the finest division of the territory (the region's monitoring quarters), with their outlines.
// A point with coordinates is placed in its quarter by point-in-polygon over a grid index, so that placing
// 100,000 addresses takes well under a second; the quarter's bassin overrides the postal code's.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "territory/model.hpp"

namespace maillage {
class Database;
}

namespace maillage::territory {

// A ring is a closed list of points; a polygon an outer ring and its holes; a quarter one or more polygons.
using Ring = std::vector<Point>;
struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};
struct Area {
  std::vector<Polygon> polygons;
  Point min{90, 180}, max{-90, -180};  // bounding box
};

// Reads a GeoJSON geometry (Polygon or MultiPolygon, [lng, lat] pairs). Throws std::invalid_argument with the
// reason when it is neither or is malformed.
Area area_from_geojson(const std::string& geometry_json);
// Even-odd ray casting; the border counts as inside (on_border tells which it was).
bool in_ring(const Ring& ring, Point p, bool& on_border);
// Inside, or on the border (a point on a shared border belongs to one of the two, whichever the index finds
// first); inside a hole is outside.
bool contains(const Area& area, Point p);

struct Quarter {
  std::string code;
  std::string name_fr, name_nl;
  std::string commune_nis;
  std::string bassin_slug;
  const std::string& name(const std::string& lang) const { return lang == "nl" ? name_nl : name_fr; }
};

// The quarters in memory with a uniform grid over their bounding boxes: each cell lists the quarters whose box
// overlaps it, so a look-up tests a handful of outlines instead of 145.
class QuarterIndex {
 public:
  QuarterIndex() = default;
  QuarterIndex(std::vector<Quarter> quarters, std::vector<Area> areas, int cells_per_side = 64);
  const Quarter* at(Point p) const;
  const Quarter* find(const std::string& code) const;  // by code, nullptr when unknown
  bool empty() const { return quarters_.empty(); }
  const std::vector<Quarter>& quarters() const { return quarters_; }

 private:
  std::vector<Quarter> quarters_;
  std::vector<Area> areas_;
  Point min_{0, 0}, max_{0, 0};
  int n_ = 0;
  std::vector<std::vector<std::uint32_t>> cells_;
};

// The quarter holding a point, read in the caller's transaction: the bounding boxes pick the candidates in SQL
// and only their outlines are parsed (imports place one location at a time).
std::optional<Quarter> quarter_at(soci::session& sql, Point p);

std::vector<Quarter> list_quarters(soci::session& sql, const std::string& bassin_slug = "");
// The quarters of the database, indexed; reloaded at most every 30 seconds and at once after an import by
// this process (like the territory snapshot).
std::shared_ptr<const QuarterIndex> quarter_index(Database& db);
void invalidate_quarter_index(Database& db);
// Builds the index from the database in the caller's transaction (imports, reindexing).
QuarterIndex load_quarter_index(soci::session& sql);

struct QuarterImport {
  int created = 0, updated = 0;
  std::vector<std::pair<std::string, std::string>> refused;  // code (or feature number), reason
  std::string fatal;                                         // the file could not be read at all
};
// Imports a GeoJSON FeatureCollection of quarters. Each feature needs a code and names (properties code, or
// MDRC / id; name_fr or NAME_FR / nom; name_nl or NAME_NL / naam), and may give commune_nis (or NIS /
// INS) and bassin; without them the commune is the one whose outline holds the quarter's centre, and the
// bassin is the commune's when all its postal codes share one. Same code: updated. A bad feature is refused
// with its reason and the others go in.
QuarterImport import_quarters(soci::session& sql, const std::string& geojson_text, const std::string& source,
                              std::int64_t now);

// Places every directory location with coordinates in its quarter and gives it the quarter's bassin (or the
// postal code's where it is in none). Returns how many locations changed; they are queued for the search
// index. Run after an import of quarters (`maillage reindex-territory`).
int reindex_locations(soci::session& sql, const QuarterIndex& index, std::int64_t now);

}  // namespace maillage::territory
