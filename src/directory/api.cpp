// The read-only HSDS 3.0 API under /api/hsds/, for other directories and helplines: pages of services,
// organisations and vocabularies in the shapes of schema/compiled/*.json, readable from any site (CORS *).
#include <algorithm>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "directory/handlers.hpp"
#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/search_service.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/resources.hpp"
#include "territory/model.hpp"
#include "territory/zones.hpp"

namespace maillage::directory {

using nlohmann::json;

namespace {

constexpr int kMaxPerPage = 100;

Response api_json(int status, const json& body) {
  return Response::json(status, body.dump())
      .header("Access-Control-Allow-Origin", "*")
      .header("Cache-Control", "public, max-age=60");
}

Response api_error(int status, const std::string& message) { return api_json(status, {{"error", message}}); }

std::string api_lang(const RequestContext& ctx) {
  auto l = ctx.q("lang");
  return is_language(l) ? l : (is_language(ctx.lang) ? ctx.lang : "fr");
}

int int_param(const RequestContext& ctx, const std::string& name, int fallback, int lo, int hi) {
  auto v = ctx.q(name);
  if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), ::isdigit)) return fallback;
  return std::clamp(std::stoi(v), lo, hi);
}

// An HSDS page: `contents` is the page asked for, out of `total` items.
json page_json(json contents, int total, int page, int per_page) {
  int pages = std::max(1, (total + per_page - 1) / per_page);
  return {{"total_items", total},      {"total_pages", pages},        {"page_number", page},
          {"size", contents.size()},  {"first_page", page == 1},     {"last_page", page >= pages},
          {"empty", contents.empty()}, {"contents", contents}};
}

json page_of(std::vector<json> all, int page, int per_page) {
  int total = static_cast<int>(all.size());
  json contents = json::array();
  for (int i = (page - 1) * per_page; i < total && i < page * per_page; ++i) contents.push_back(std::move(all[i]));
  return page_json(std::move(contents), total, page, per_page);
}

// "2024-01-31" or "2024-01-31T10:00:00Z" or Unix seconds -> Unix seconds (UTC); nullopt when unreadable.
std::optional<std::int64_t> parse_time(const std::string& s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  if (std::all_of(s.begin(), s.end(), ::isdigit)) return std::stoll(s.substr(0, 12));
  std::tm tm{};
  int y, mo, d, h = 0, mi = 0, se = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &se) < 3) return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
  tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d, tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = se;
  return static_cast<std::int64_t>(timegm(&tm));
}

json list_item(json s) {
  // A service in a list: its own fields and its organisation, without the nested collections.
  for (auto* k : {"phones", "schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options",
                  "required_documents", "contacts", "attributes", "metadata"})
    s.erase(k);
  if (s.contains("organization") && s["organization"].is_object())
    for (auto* k : {"funding", "contacts", "phones", "locations", "programs", "organization_identifiers", "attributes", "metadata"})
      s["organization"].erase(k);
  return s;
}

}  // namespace

// The Maillage extensions `bassin=`, `commune=` (NIS code) and `zone=` (a zone's code, territory/zones.hpp):
// repeated or comma-separated values, OR within one, AND between them. Unknown codes are an error, not an
// empty page: a typo must not read "nothing here".
struct TerritoryFilter {
  std::vector<std::string> bassins, communes;
  std::vector<territory::Zone> zones;
  std::string error;
  bool empty() const { return bassins.empty() && communes.empty() && zones.empty(); }
  bool in_zones(const territory::Whereabouts& where, const territory::Snapshot* facts) const {
    if (zones.empty()) return true;
    return std::any_of(zones.begin(), zones.end(), [&](auto& z) { return territory::in_zone(z, where, facts); });
  }
};

std::vector<std::string> query_values(const RequestContext& ctx, const std::string& name) {
  std::vector<std::string> out;
  auto [from, to] = ctx.query.equal_range(name);
  for (auto it = from; it != to; ++it) {
    std::string v = it->second;
    std::size_t start = 0;
    while (start <= v.size()) {
      auto comma = v.find(',', start);
      auto part = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      part.erase(0, part.find_first_not_of(' '));
      part.erase(part.find_last_not_of(' ') + 1);
      if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.push_back(part);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

TerritoryFilter territory_filter(RequestContext& ctx) {
  TerritoryFilter f;
  auto facts = territory::snapshot(ctx.app.db);
  for (auto& b : query_values(ctx, "bassin")) {
    bool known = std::any_of(facts->bassins.begin(), facts->bassins.end(), [&](auto& x) { return x.slug == b; });
    if (!known) {
      f.error = "bassin must be one of the region's bassins (see /territory): " + b.substr(0, 40);
      return f;
    }
    f.bassins.push_back(b);
  }
  for (auto& c : query_values(ctx, "commune")) {
    bool known = std::any_of(facts->communes.begin(), facts->communes.end(), [&](auto& x) { return x.nis == c; });
    if (!known) {
      f.error = "commune must be the NIS code of a commune of the region, such as 21004: " + c.substr(0, 40);
      return f;
    }
    f.communes.push_back(c);
  }
  auto zones = query_values(ctx, "zone");
  if (!zones.empty()) {
    soci::session sql(ctx.app.db.pool());
    for (auto& z : zones) {
      auto zone = territory::find_zone(sql, z);
      if (!zone) {
        f.error = "zone must be the code of a zone defined in Maillage (see /territory/zones): " + z.substr(0, 40);
        return f;
      }
      f.zones.push_back(*zone);
    }
  }
  return f;
}

// Whether an organisation's postal code lies in the filter's bassins and communes.
bool in_territory(const territory::Snapshot& facts, const TerritoryFilter& f, const std::string& postal_code) {
  const auto* place = facts.find(postal_code);
  if (!place) return false;
  if (!f.bassins.empty() && std::find(f.bassins.begin(), f.bassins.end(), place->bassin.slug) == f.bassins.end()) return false;
  if (!f.communes.empty() && std::find(f.communes.begin(), f.communes.end(), place->commune.nis) == f.communes.end())
    return false;
  return f.in_zones({postal_code, "", ""}, &facts);
}

// The extensions as OpenAPI parameters, added to the standard description we serve.
void add_territory_parameters(json& doc) {
  auto& params = doc["components"]["parameters"];
  params["bassin"] = {{"name", "bassin"}, {"in", "query"}, {"required", false}, {"x-maillage-extension", true},
                      {"description", "Maillage extension: only records in these bassins d'aide et de soins of the "
                                      "Brussels-Capital Region (nord, nord-est, centre-ouest, sud, sud-est), comma-separated "
                                      "or repeated. An unknown bassin is a 400 error."},
                      {"schema", {{"type", "string"}}}};
  params["commune"] = {{"name", "commune"}, {"in", "query"}, {"required", false}, {"x-maillage-extension", true},
                       {"description", "Maillage extension: only records in these communes, by NIS code (e.g. 21004 for "
                                       "Bruxelles), comma-separated or repeated. An unknown code is a 400 error."},
                       {"schema", {{"type", "string"}}}};
  params["zone"] = {{"name", "zone"}, {"in", "query"}, {"required", false}, {"x-maillage-extension", true},
                    {"description", "Maillage extension: only records in these zones, by code (e.g. rezone). A zone is a set "
                                    "of communes and quarters that cuts across the bassins, such as a network's area or a "
                                    "mobile team's zone; the list is at /territory/zones. A record is in a zone when one of "
                                    "its locations lies in one of the zone's communes or quarters (an organisation without "
                                    "locations: by its postal code's commune). Comma-separated or repeated. An unknown zone "
                                    "is a 400 error."},
                    {"schema", {{"type", "string"}}}};
  for (auto* path : {"/services", "/organizations"}) {
    auto& get = doc["paths"][path]["get"];
    if (!get.is_object()) continue;
    get["parameters"].push_back({{"$ref", "#/components/parameters/bassin"}});
    get["parameters"].push_back({{"$ref", "#/components/parameters/commune"}});
    get["parameters"].push_back({{"$ref", "#/components/parameters/zone"}});
  }
}

Response api_root(RequestContext& ctx) {
  return api_json(200, {{"version", "3.0"},
                        {"profile", ctx.app.base_url() + "/api/hsds/openapi.json"},
                        {"openapi_url", ctx.app.base_url() + "/api/hsds/openapi.json"}});
}

Response api_openapi(RequestContext& ctx) {
  auto doc = json::parse(resources::get("share/hsds/openapi.json"), nullptr, false);
  if (doc.is_discarded()) return api_error(500, "the OpenAPI description is missing");
  doc["servers"] = json::array({{{"url", ctx.app.base_url() + "/api/hsds"}, {"description", "Maillage"}}});
  add_territory_parameters(doc);
  return api_json(200, doc);
}

// The engine pages through its first 10,000 hits; beyond, a listing without words comes from the database.
constexpr int kMaxSearchedHits = 10000;

Response api_services(RequestContext& ctx) {
  std::string lang = api_lang(ctx);
  int page = int_param(ctx, "page", 1, 1, 100000);
  int per_page = int_param(ctx, "per_page", 20, 1, kMaxPerPage);
  soci::session sql(ctx.app.db.pool());
  search::SearchQuery q;
  q.text = ctx.q("search").substr(0, kMaxQueryChars);
  q.lang = lang;
  if (auto term = ctx.q("taxonomy_term_id"); !term.empty()) {
    bool found = false;
    for (auto& t : list_terms(sql)) {
      if (t.hsds_id != term && t.code != term) continue;
      found = true;
      auto f = t.taxonomy == "themes" ? search::Facet::Theme : t.taxonomy == "publics" ? search::Facet::Public : search::Facet::Access;
      q.filters[f].push_back(t.code);
    }
    if (!found) return api_json(200, page_of({}, 1, per_page));
  }
  if (auto pc = ctx.q("postcode"); !pc.empty()) {
    auto place = territory::locate(sql, pc);
    if (!place) return api_error(400, "postcode is not a postal code of the Brussels-Capital Region");
    q.near_lat = place->lat;
    q.near_lng = place->lng;
    if (auto km = ctx.q("proximity"); !km.empty()) {
      try {
        double d = std::stod(km);
        if (!std::isfinite(d) || d < 0) throw std::invalid_argument("negative");
        q.within_km = std::min(d, 100.0);
      } catch (...) {
        return api_error(400, "proximity must be a distance in kilometres");
      }
    }
  }
  auto area = territory_filter(ctx);
  if (!area.error.empty()) return api_error(400, area.error);
  for (auto& b : area.bassins) q.filters[search::Facet::Bassin].push_back(b);
  for (auto& c : area.communes) q.filters[search::Facet::Commune].push_back(c);
  for (auto& z : area.zones) q.filters[search::Facet::Zone].push_back(z.slug);
  std::optional<std::int64_t> modified_after;
  if (auto m = ctx.q("modified_after"); !m.empty()) {
    modified_after = parse_time(m);
    if (!modified_after) return api_error(400, "modified_after must be a date such as 2025-01-31");
  }
  std::string organisation = ctx.q("organization_id");
  const bool searching = !q.text.empty() || !q.filters.empty() || q.near_lat;
  // The engine knows each service's bassins, communes and zones: with a territory filter the search answers (a
  // harvest by organisation or date within a territory looks at the search's first 10,000 hits).
  const bool sql_filters = modified_after || !organisation.empty();
  const int offset = (page - 1) * per_page;

  auto page_of_ids = [&](const std::vector<std::int64_t>& ids, int total) {
    json contents = json::array();
    for (auto id : ids) contents.push_back(list_item(export_service(sql, id, lang)));
    return page_json(std::move(contents), total, page, per_page);
  };

  if (!searching && (sql_filters || offset + per_page > kMaxSearchedHits)) {
    // Harvesting (by organisation, by date, or every page of the whole directory): straight from the
    // database in id order, one page at a time. A harvest by date also gets the services that closed.
    std::int64_t org = organisation.empty() ? 0 : organisation_id_of(sql, organisation);
    if (!organisation.empty() && !org) return api_json(200, page_of_ids({}, 0));
    std::int64_t after = modified_after.value_or(-1);
    const std::string status = modified_after ? "" : "defunct";  // '' matches no status: nothing left out
    const char* where = " FROM directory_services WHERE (:o = 0 OR organisation_id = :o2) AND updated_at > :m AND status <> :s";
    int total = 0;
    sql << std::string("SELECT COUNT(*)") + where, soci::use(org), soci::use(org), soci::use(after), soci::use(status),
        soci::into(total);
    std::vector<std::int64_t> ids;
    soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT id") + where + " ORDER BY id LIMIT :l OFFSET :f", soci::use(org),
                                  soci::use(org), soci::use(after), soci::use(status), soci::use(per_page), soci::use(offset));
    for (auto& r : rs) ids.push_back(as_int(r, 0));
    return api_json(200, page_of_ids(ids, total));
  }
  if (!sql_filters) {
    // One page of the search, as the pages ask for it (the engine pages up to its 10,000th hit).
    if (offset >= kMaxSearchedHits) return api_json(200, page_of_ids({}, 0));
    q.offset = offset;
    q.limit = per_page;
    auto r = search_service(ctx.app).search(q);
    std::vector<std::int64_t> ids;
    for (auto& h : r.hits)
      if (auto id = service_id_of(sql, h.id)) ids.push_back(id);
    return api_json(200, page_of_ids(ids, std::min(r.total, kMaxSearchedHits)));
  }
  // A search narrowed by organisation or date: the first 10,000 hits of the search, filtered.
  std::vector<std::int64_t> selected;
  std::int64_t org = organisation.empty() ? 0 : organisation_id_of(sql, organisation);
  for (q.offset = 0, q.limit = 100; q.offset < kMaxSearchedHits; q.offset += 100) {
    auto r = search_service(ctx.app).search(q);
    for (auto& h : r.hits) {
      std::int64_t id = service_id_of(sql, h.id);
      if (!id) continue;
      std::int64_t updated = 0, owner = 0;
      soci::indicator owner_ind = soci::i_null;
      sql << "SELECT updated_at, organisation_id FROM directory_services WHERE id = :i", soci::use(id), soci::into(updated),
          soci::into(owner, owner_ind);
      if (modified_after && updated <= *modified_after) continue;
      if (!organisation.empty() && (owner_ind != soci::i_ok || owner != org)) continue;
      selected.push_back(id);
    }
    if (r.hits.empty() || q.offset + 100 >= r.total) break;
  }
  std::vector<std::int64_t> ids;
  for (int i = offset; i < static_cast<int>(selected.size()) && i < offset + per_page; ++i) ids.push_back(selected[i]);
  return api_json(200, page_of_ids(ids, static_cast<int>(selected.size())));
}

Response api_service(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::int64_t id = service_id_of(sql, ctx.param("id"));
  if (!id) return api_error(404, "no service with this id");
  return api_json(200, export_service(sql, id, api_lang(ctx)));
}

Response api_organizations(RequestContext& ctx) {
  std::string lang = api_lang(ctx);
  int page = int_param(ctx, "page", 1, 1, 100000);
  int per_page = int_param(ctx, "per_page", 20, 1, kMaxPerPage);
  std::string search = fold_text(ctx.q("search").substr(0, kMaxQueryChars));
  auto area = territory_filter(ctx);
  if (!area.error.empty()) return api_error(400, area.error);
  auto facts = territory::snapshot(ctx.app.db);
  soci::session sql(ctx.app.db.pool());
  // An organisation is in a territory by its own postal code or by any of its locations (placed in their
  // quarter's bassin when the outlines are loaded).
  std::set<std::int64_t> located;
  if (!area.empty()) {
    soci::rowset<soci::row> locations =
        (sql.prepare << "SELECT organisation_id, bassin_slug, commune_nis, quarter_code, postal_code FROM directory_locations "
                        "WHERE organisation_id IS NOT NULL");
    for (auto& r : locations) {
      auto has = [](const std::vector<std::string>& v, const std::string& x) { return v.empty() || std::find(v.begin(), v.end(), x) != v.end(); };
      if (has(area.bassins, as_text(r, 1)) && has(area.communes, as_text(r, 2)) &&
          area.in_zones({as_text(r, 4), as_text(r, 2), as_text(r, 3)}, facts.get()))
        located.insert(as_int(r, 0));
    }
  }
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, name, postal_code FROM organisations ORDER BY name, id");
  for (auto& r : rs) {
    if (!search.empty() && fold_text(as_text(r, 1)).find(search) == std::string::npos) continue;
    std::int64_t id = as_int(r, 0);
    if (!area.empty() && !located.count(id) && !in_territory(*facts, area, as_text(r, 2))) continue;
    ids.push_back(id);
  }
  std::vector<json> all;
  for (int i = 0; i < static_cast<int>(ids.size()); ++i) {
    if (i >= (page - 1) * per_page && i < page * per_page) {
      auto o = export_organization(sql, ids[i], lang, false);
      for (auto* k : {"funding", "contacts", "phones", "locations", "programs", "organization_identifiers", "attributes", "metadata"}) o.erase(k);
      all.push_back(o);
    } else {
      all.push_back(json::object());
    }
  }
  return api_json(200, page_of(std::move(all), page, per_page));
}

Response api_organization(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::int64_t id = organisation_id_of(sql, ctx.param("id"));
  if (!id) return api_error(404, "no organization with this id");
  return api_json(200, export_organization(sql, id, api_lang(ctx), true));
}

Response api_taxonomies(RequestContext& ctx) {
  std::string lang = api_lang(ctx);
  soci::session sql(ctx.app.db.pool());
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM directory_taxonomies ORDER BY id");
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  std::vector<json> all;
  for (auto id : ids) all.push_back(export_taxonomy(sql, id, lang));
  return api_json(200, page_of(std::move(all), int_param(ctx, "page", 1, 1, 100000), int_param(ctx, "per_page", 50, 1, kMaxPerPage)));
}

Response api_taxonomy_terms(RequestContext& ctx) {
  std::string lang = api_lang(ctx);
  std::string taxonomy = ctx.q("taxonomy_id");
  soci::session sql(ctx.app.db.pool());
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT t.id, COALESCE(x.hsds_id, '') FROM directory_taxonomy_terms t "
                                               "LEFT JOIN directory_taxonomies x ON x.id = t.taxonomy_id ORDER BY x.id, t.position, t.id");
  for (auto& r : rs)
    if (taxonomy.empty() || as_text(r, 1) == taxonomy) ids.push_back(as_int(r, 0));
  std::vector<json> all;
  for (auto id : ids) all.push_back(export_taxonomy_term(sql, id, lang));
  return api_json(200, page_of(std::move(all), int_param(ctx, "page", 1, 1, 100000), int_param(ctx, "per_page", 50, 1, kMaxPerPage)));
}

namespace {
// One record of a table that has HSDS ids, or the API's 404.
Response api_record(RequestContext& ctx, const char* id_by_hsds_id, const char* missing,
                    json (*exporter)(soci::session&, std::int64_t, const std::string&)) {
  soci::session sql(ctx.app.db.pool());
  std::string hsds = ctx.param("id");
  std::int64_t id = 0;
  sql << id_by_hsds_id, soci::use(hsds), soci::into(id);
  if (!sql.got_data()) return api_error(404, missing);
  return api_json(200, exporter(sql, id, api_lang(ctx)));
}
}  // namespace

Response api_taxonomy(RequestContext& ctx) {
  return api_record(ctx, "SELECT id FROM directory_taxonomies WHERE hsds_id = :h", "no taxonomy with this id", export_taxonomy);
}

Response api_taxonomy_term(RequestContext& ctx) {
  return api_record(ctx, "SELECT id FROM directory_taxonomy_terms WHERE hsds_id = :h", "no taxonomy term with this id",
                    export_taxonomy_term);
}

}  // namespace maillage::directory
