// The territory every other part attaches to: the region, its five bassins (care areas), the 19 communes and
// their postal codes with centres and outlines. Data the operator can correct, never constants in code.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace maillage {
class Database;
}

namespace maillage::territory {

struct Bassin {
  std::string slug;
  std::string name_fr, name_nl, name_en;
  const std::string& name(const std::string& lang) const;
};

struct Commune {
  std::string nis;
  std::string name_fr, name_nl;
  const std::string& name(const std::string& lang) const { return lang == "nl" ? name_nl : name_fr; }
};

// What a postal code tells: its commune, its bassin and its centre.
struct Place {
  std::string postal_code;
  std::string label_fr, label_nl;
  Commune commune;
  Bassin bassin;
  double lat = 0, lng = 0;
  std::string commune_name(const std::string& lang) const { return commune.name(lang); }
  std::string bassin_name(const std::string& lang) const { return bassin.name(lang); }
  const std::string& label(const std::string& lang) const { return lang == "nl" ? label_nl : label_fr; }
};

struct Point {
  double lat = 0, lng = 0;
};

// Great-circle distance in kilometres (haversine; Brussels is small enough for any formula, this one is exact
// enough anywhere).
double distance_km(Point a, Point b);

std::vector<Bassin> list_bassins(soci::session& sql);
bool bassin_exists(soci::session& sql, const std::string& slug);
std::string bassin_name(soci::session& sql, const std::string& slug, const std::string& lang);
std::vector<Commune> list_communes(soci::session& sql);
std::optional<Place> locate(soci::session& sql, const std::string& postal_code);
std::vector<Place> list_places(soci::session& sql);

// The whole territory in memory, for pages and look-ups outside a transaction: it changes a few times a year
// and is read on every page that shows a place. Refreshed at most every 30 seconds (another server's
// correction shows within that time) and at once after a correction made through this process.
struct Snapshot {
  std::vector<Bassin> bassins;
  std::vector<Commune> communes;
  std::vector<Place> places;
  std::int64_t loaded_at = 0;
  const Place* find(const std::string& postal_code) const;
  const Commune* commune(const std::string& nis) const;
};
std::shared_ptr<const Snapshot> snapshot(Database& db);
void invalidate_snapshot(Database& db);

// Corrects the mapping of one postal code (commune and bassin). Returns false if either does not exist.
bool remap_postal_code(soci::session& sql, const std::string& postal_code, const std::string& commune_nis,
                       const std::string& bassin_slug, std::int64_t by);

// The communes' outlines as a GeoJSON FeatureCollection, each feature with its names and the bassin(s) its
// postal codes belong to (Bruxelles-Ville has several).
std::string communes_geojson(soci::session& sql, const std::string& lang);

// Loads the facts shipped in share/territory when the tables are empty (first migration). Returns true if
// it loaded them.
bool load_initial_facts(Database& db);

}  // namespace maillage::territory
