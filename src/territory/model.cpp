#include "territory/model.hpp"

#include <cmath>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "platform/db.hpp"
#include "platform/resources.hpp"

namespace maillage::territory {

const std::string& Bassin::name(const std::string& lang) const {
  if (lang == "nl") return name_nl;
  if (lang == "en" || lang == "qps") return name_en;
  return name_fr;
}

double distance_km(Point a, Point b) {
  constexpr double kEarthRadiusKm = 6371.0088;
  constexpr double rad = M_PI / 180.0;
  double dlat = (b.lat - a.lat) * rad, dlng = (b.lng - a.lng) * rad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dlng / 2) * std::sin(dlng / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::vector<Bassin> list_bassins(soci::session& sql) {
  std::vector<Bassin> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT slug, name_fr, name_nl, name_en FROM bassins ORDER BY position, slug");
  for (auto& r : rs) out.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3)});
  return out;
}

bool bassin_exists(soci::session& sql, const std::string& slug) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM bassins WHERE slug = :s", soci::use(slug), soci::into(n);
  return n > 0;
}

std::string bassin_name(soci::session& sql, const std::string& slug, const std::string& lang) {
  for (auto& b : list_bassins(sql))
    if (b.slug == slug) return b.name(lang);
  return slug;
}

std::vector<Commune> list_communes(soci::session& sql) {
  std::vector<Commune> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT nis, name_fr, name_nl FROM communes ORDER BY name_fr");
  for (auto& r : rs) out.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2)});
  return out;
}

namespace {
const char* kPlaceQuery =
    "SELECT p.code, p.label_fr, p.label_nl, p.lat, p.lng, c.nis, c.name_fr, c.name_nl, b.slug, b.name_fr, b.name_nl, "
    "b.name_en FROM postal_codes p JOIN communes c ON c.nis = p.commune_nis JOIN bassins b ON b.slug = p.bassin_slug ";

Place place_from(const soci::row& r) {
  Place p;
  p.postal_code = as_text(r, 0);
  p.label_fr = as_text(r, 1);
  p.label_nl = as_text(r, 2);
  p.lat = as_double(r, 3);
  p.lng = as_double(r, 4);
  p.commune = {as_text(r, 5), as_text(r, 6), as_text(r, 7)};
  p.bassin = {as_text(r, 8), as_text(r, 9), as_text(r, 10), as_text(r, 11)};
  return p;
}
}  // namespace

std::optional<Place> locate(soci::session& sql, const std::string& postal_code) {
  if (postal_code.size() != 4) return std::nullopt;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kPlaceQuery) + "WHERE p.code = :c", soci::use(postal_code));
  for (auto& r : rs) return place_from(r);
  return std::nullopt;
}

std::vector<Place> list_places(soci::session& sql) {
  std::vector<Place> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kPlaceQuery) + "ORDER BY p.code");
  for (auto& r : rs) out.push_back(place_from(r));
  return out;
}

const Place* Snapshot::find(const std::string& postal_code) const {
  for (auto& p : places)
    if (p.postal_code == postal_code) return &p;
  return nullptr;
}

const Commune* Snapshot::commune(const std::string& nis) const {
  for (auto& c : communes)
    if (c.nis == nis) return &c;
  return nullptr;
}

namespace {
constexpr std::int64_t kSnapshotSeconds = 30;
std::mutex snapshot_mutex;
std::map<std::uint64_t, std::shared_ptr<const Snapshot>> snapshots;  // by Database::instance_id()
}  // namespace

std::shared_ptr<const Snapshot> snapshot(Database& db) {
  std::int64_t now = now_seconds();
  {
    std::lock_guard lock(snapshot_mutex);
    auto it = snapshots.find(db.instance_id());
    if (it != snapshots.end() && now - it->second->loaded_at < kSnapshotSeconds) return it->second;
  }
  auto s = std::make_shared<Snapshot>();
  {
    soci::session sql(db.pool());
    s->bassins = list_bassins(sql);
    s->communes = list_communes(sql);
    s->places = list_places(sql);
  }
  s->loaded_at = now;
  std::lock_guard lock(snapshot_mutex);
  snapshots[db.instance_id()] = s;
  return s;
}

void invalidate_snapshot(Database& db) {
  std::lock_guard lock(snapshot_mutex);
  snapshots.erase(db.instance_id());
}

bool remap_postal_code(soci::session& sql, const std::string& postal_code, const std::string& commune_nis,
                       const std::string& bassin_slug, std::int64_t by) {
  int communes = 0, codes = 0;
  sql << "SELECT COUNT(*) FROM communes WHERE nis = :n", soci::use(commune_nis), soci::into(communes);
  sql << "SELECT COUNT(*) FROM postal_codes WHERE code = :c", soci::use(postal_code), soci::into(codes);
  if (!communes || !codes || !bassin_exists(sql, bassin_slug)) return false;
  std::int64_t now = now_seconds();
  sql << "UPDATE postal_codes SET commune_nis = :n, bassin_slug = :b, updated_at = :t, updated_by = :u WHERE code = :c",
      soci::use(commune_nis), soci::use(bassin_slug), soci::use(now), soci::use(by), soci::use(postal_code);
  return true;
}

std::string communes_geojson(soci::session& sql, const std::string& lang) {
  std::map<std::string, std::set<std::string>> bassins_of;
  std::map<std::string, std::string> bassin_names;
  for (auto& p : list_places(sql)) {
    bassins_of[p.commune.nis].insert(p.bassin.slug);
    bassin_names[p.bassin.slug] = p.bassin.name(lang);
  }
  nlohmann::json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT nis, name_fr, name_nl, outline FROM communes ORDER BY nis");
  for (auto& r : rs) {
    auto outline = as_text(r, 3);
    if (outline.empty()) continue;
    std::string nis = as_text(r, 0);
    std::vector<std::string> slugs(bassins_of[nis].begin(), bassins_of[nis].end());
    std::string names;
    for (auto& s : slugs) names += (names.empty() ? "" : ", ") + bassin_names[s];
    fc["features"].push_back({{"type", "Feature"},
                              {"properties",
                               {{"nis", nis},
                                {"name", lang == "nl" ? as_text(r, 2) : as_text(r, 1)},
                                {"bassins", slugs},
                                {"bassin_names", names}}},
                              {"geometry", nlohmann::json::parse(outline)}});
  }
  return fc.dump();
}

namespace {
// Minimal CSV reader for our own fact files (quoted fields, commas inside quotes).
std::vector<std::vector<std::string>> read_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') row.push_back(field), field.clear();
    else if (c == '\n') {
      row.push_back(field), field.clear();
      rows.push_back(row), row.clear();
    } else if (c != '\r') field += c;
  }
  if (!field.empty() || !row.empty()) row.push_back(field), rows.push_back(row);
  return rows;
}
}  // namespace

bool load_initial_facts(Database& db) {
  return db.transact([](soci::session& sql) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM bassins", soci::into(n);
    if (n > 0) return false;
    auto bassins = read_csv(resources::get("share/territory/bassins.csv"));
    for (std::size_t i = 1; i < bassins.size(); ++i) {
      auto& b = bassins[i];
      int pos = static_cast<int>(i);
      sql << "INSERT INTO bassins (slug, name_fr, name_nl, name_en, position) VALUES (:s, :f, :n, :e, :p)", soci::use(b[0]),
          soci::use(b[1]), soci::use(b[2]), soci::use(b[3]), soci::use(pos);
    }
    std::map<std::string, std::string> outlines;
    auto geo = nlohmann::json::parse(resources::get("share/territory/brussels-communes.geojson"));
    for (auto& f : geo["features"]) outlines[f["properties"]["nis"].get<std::string>()] = f["geometry"].dump();
    auto communes = read_csv(resources::get("share/territory/communes.csv"));
    for (std::size_t i = 1; i < communes.size(); ++i) {
      auto& c = communes[i];
      std::string outline = outlines[c[0]];
      sql << "INSERT INTO communes (nis, name_fr, name_nl, outline) VALUES (:n, :f, :l, :o)", soci::use(c[0]),
          soci::use(c[1]), soci::use(c[2]), soci::use(outline);
    }
    auto codes = read_csv(resources::get("share/territory/postcodes.csv"));
    for (std::size_t i = 1; i < codes.size(); ++i) {
      auto& p = codes[i];
      double lat = std::stod(p[3]), lng = std::stod(p[4]);
      sql << "INSERT INTO postal_codes (code, commune_nis, bassin_slug, label_fr, label_nl, lat, lng) VALUES (:c, :n, :b, "
             ":lf, :ln, :la, :lo)",
          soci::use(p[0]), soci::use(p[1]), soci::use(p[2]), soci::use(p[5]), soci::use(p[6]), soci::use(lat),
          soci::use(lng);
    }
    return true;
  });
}

}  // namespace maillage::territory
