// The search query builder: any words in any of the three languages, with facets and a point, build a query
// the engine answers within its bounds (a page never longer than asked, a total never below the page).
#include "directory/search/search_index.hpp"
#include "fuzz_target.hpp"

namespace {
maillage::directory::search::SearchIndex& index() {
  using namespace maillage::directory::search;
  static SearchIndex* idx = [] {
    auto* i = new SearchIndex("");
    i->set_synonyms(default_synonyms());
    auto add = [&](const char* id, const char* fr, const char* nl, const char* theme, const char* bassin) {
      ServiceDocument d;
      d.id = id;
      d.name["fr"] = fr;
      d.name["nl"] = nl;
      d.description["fr"] = std::string(fr) + " : accueil, écoute et orientation";
      d.themes = {theme};
      d.bassins = {bassin};
      d.communes = {"21004"};
      d.lat = 50.85;
      d.lng = 4.35;
      d.opening = {{540, 1020}, {1980, 2460}};
      i->upsert(d);
    };
    add("a", "Service de santé mentale", "Centrum voor geestelijke gezondheidszorg", "mental-health", "sud");
    add("b", "Accueil de nuit pour sans-abri", "Nachtopvang voor daklozen", "housing", "nord");
    add("c", "CPAS de Bruxelles", "OCMW Brussel", "social-aid", "centre-ouest");
    add("d", "Aide aux usagers de drogues", "Drugshulpverlening", "addiction", "sud-est");
    i->commit();
    return i;
  }();
  return *idx;
}
}  // namespace

MAILLAGE_FUZZ_TARGET(search_query) {
  using namespace maillage::directory::search;
  if (size == 0) return 0;
  SearchQuery q;
  static const char* langs[] = {"fr", "nl", "en"};
  q.lang = langs[data[0] % 3];
  if (data[0] & 0x04) q.filters[Facet::Bassin] = {"sud", "nord"};
  if (data[0] & 0x08) q.near_lat = 50.84, q.near_lng = 4.36;
  if (data[0] & 0x10) q.within_km = 2;
  if (data[0] & 0x20) q.open_now = true, q.now = 1796286600;
  q.limit = 1 + data[0] % 7;
  q.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto r = index().search(q);
  MAILLAGE_FUZZ_CHECK(static_cast<int>(r.hits.size()) <= q.limit);
  MAILLAGE_FUZZ_CHECK(r.total >= static_cast<int>(r.hits.size()));
  return 0;
}
