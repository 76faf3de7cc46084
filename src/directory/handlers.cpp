// The directory's pages: one search box with facets and a map, the service page and the organisation page.
#include "directory/handlers.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <ctime>
#include <optional>
#include <nlohmann/json.hpp>

#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/search_service.hpp"
#include "directory/views.hpp"
#include "platform/app.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"
#include "territory/zones.hpp"

namespace maillage::directory {

using nlohmann::json;

namespace {

struct FacetParam {
  search::Facet facet;
  const char* param;
  const char* title;
};
const FacetParam kFacets[] = {
    {search::Facet::Theme, "theme", N_("Theme")},
    {search::Facet::Access, "access", N_("Access")},
    {search::Facet::Public, "public", N_("Public")},
    {search::Facet::Language, "language", N_("Language spoken")},
    {search::Facet::Bassin, "bassin", N_("Care area")},
    {search::Facet::Commune, "commune", N_("Commune")},
    {search::Facet::Zone, "zone", N_("Zone")},
};

constexpr int kPerPage = 20;

// The current search's query string with one parameter value toggled (and the page reset).
std::string search_url(const RequestContext& ctx, const std::string& toggle_name = "", const std::string& toggle_value = "",
                       int page = 1) {
  std::string qs;
  bool removed = false;
  for (auto& [k, v] : ctx.query) {
    if (k == "page" || k == "lang") continue;
    if (k == toggle_name && v == toggle_value) {
      removed = true;
      continue;
    }
    qs += (qs.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
  }
  if (!toggle_name.empty() && !removed) qs += (qs.empty() ? "" : "&") + url_encode(toggle_name) + "=" + url_encode(toggle_value);
  if (page > 1) qs += (qs.empty() ? "" : "&") + std::string("page=") + std::to_string(page);
  return "/directory" + (qs.empty() ? std::string() : "?" + qs);
}

// The links of the facets' values: the current search with one more value (the page reset). The search's
// own query string is encoded once per page rather than once per value (a page shows a hundred values); a
// value already chosen is a link without it, built by search_url.
class FacetLinks {
 public:
  explicit FacetLinks(const RequestContext& ctx) : ctx_(ctx), base_(search_url(ctx)) {
    base_ += base_.find('?') == std::string::npos ? '?' : '&';
  }
  std::string toggle(const std::string& encoded_name, const std::string& name, const std::string& value) const {
    auto range = ctx_.query.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
      if (it->second == value) return search_url(ctx_, name, value);
    return base_ + encoded_name + '=' + url_encode(value);
  }

 private:
  const RequestContext& ctx_;
  std::string base_;  // "/directory?q=...&" or "/directory?"
};

// A decimal coordinate within [low, high], else nothing (the search is then not near a point).
std::optional<double> parse_coordinate(const std::string& text, double low, double high) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v) || v < low || v > high) return std::nullopt;
  return v;
}

bool has_value(const RequestContext& ctx, const std::string& name, const std::string& value) {
  auto range = ctx.query.equal_range(name);
  for (auto it = range.first; it != range.second; ++it)
    if (it->second == value) return true;
  return false;
}

}  // namespace

Response search_page(RequestContext& ctx) {
  Page page(ctx, "directory/search.tpl", N_("Directory"));
  page.show_map();
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());

  search::SearchQuery q;
  std::string text = ctx.q("q");
  if (!valid_text(text)) {
    text.clear();
    d.SetValueAndShowSection(tpl_name("TEXT"), ctx.tr(N_("The search text was not readable and is ignored.")), tpl_name("NOTICE"));
  } else if (text.size() > kMaxQueryChars) {
    text = utf8_prefix(text, kMaxQueryChars);
    d.SetValueAndShowSection(tpl_name("TEXT"), ctx.tr(N_("Your search was long: only its beginning is used.")), tpl_name("NOTICE"));
  }
  q.text = text;
  q.lang = ctx.lang == "qps" ? "en" : ctx.lang;
  d.SetValue(tpl_name("Q"), text);
  for (auto& f : kFacets) {
    auto range = ctx.query.equal_range(f.param);
    for (auto it = range.first; it != range.second; ++it)
      if (!it->second.empty() && it->second.size() < 64) q.filters[f.facet].push_back(it->second);
  }
  std::string postcode = ctx.q("postcode").substr(0, 16);
  d.SetValue(tpl_name("POSTCODE"), postcode);
  if (!postcode.empty()) {
    if (auto place = territory::snapshot(ctx.app.db)->find(postcode)) {
      q.near_lat = place->lat;
      q.near_lng = place->lng;
    } else {
      d.SetValueAndShowSection(tpl_name("TEXT"), ctx.tr(N_("This postal code is not one of the Brussels-Capital Region: results are not sorted by distance.")),
                               "NOTICE");
    }
  }
  // An address's coordinates (from a geocoded address or the device): the same as a postal code, more precise.
  // A postal code typed in the box wins over coordinates carried from an earlier search.
  if (auto lat = parse_coordinate(ctx.q("lat"), 50.7, 50.95), lng = parse_coordinate(ctx.q("lng"), 4.2, 4.5);
      lat && lng && postcode.empty()) {
    q.near_lat = *lat;
    q.near_lng = *lng;
  }
  if (q.near_lat) {
    static const char* const kRadii[] = {"1", "2", "5"};
    std::string km = ctx.q("km");
    for (const char* r : kRadii) {
      auto* o = d.AddSectionDictionary(tpl_name("KM_OPTION"));
      o->SetValue(tpl_name("VALUE"), r);
      if (km == r) {
        o->ShowSection(tpl_name("SELECTED"));
        q.within_km = std::stod(r);
      }
    }
    d.ShowSection(tpl_name("HAS_POINT"));
  }
  if (ctx.q("open") == "now") {
    q.open_now = true;
    d.ShowSection(tpl_name("OPEN_NOW"));
  }
  int page_number = 1;
  if (auto p = ctx.q("page"); !p.empty() && p.size() < 6 && std::all_of(p.begin(), p.end(), ::isdigit)) page_number = std::max(1, std::stoi(p));
  q.offset = (page_number - 1) * kPerPage;
  q.limit = kPerPage;
  for (auto& [k, v] : ctx.query)
    if (k != "q" && k != "postcode" && k != "page" && k != "lang" && k != "open" && k != "km" && k != "lat" && k != "lng") {
      auto* h = d.AddSectionDictionary(tpl_name("FILTER"));
      h->SetValue(tpl_name("NAME"), k);
      h->SetValue(tpl_name("VALUE"), v);
    }

  auto& engine = search_service(ctx.app);
  auto cached_results = engine.search_cached(q);
  const auto& results = *cached_results;
  auto cached_labels = cached_term_labels(ctx.app.db, q.lang);
  const auto& labels = *cached_labels;
  auto territory = territory::snapshot(ctx.app.db);
  const auto& bassins = territory->bassins;
  const auto& communes = territory->communes;
  std::optional<std::vector<territory::Zone>> zones;  // read only when the results fall in zones
  auto facet_label = [&](search::Facet f, const std::string& v) -> std::string {
    switch (f) {
      case search::Facet::Zone:
        if (!zones) zones = territory::list_zones(sql);
        for (auto& z : *zones)
          if (z.slug == v) return z.name(ctx.lang);
        return v;
      case search::Facet::Bassin:
        for (auto& b : bassins)
          if (b.slug == v) return b.name(ctx.lang);
        return v;
      case search::Facet::Commune:
        for (auto& c : communes)
          if (c.nis == v) return c.name(ctx.lang);
        return v;
      case search::Facet::Language: return language_name(ctx, v);
      default: {
        auto it = labels.find(v);
        return it == labels.end() ? v : it->second;
      }
    }
  };
  const FacetLinks links(ctx);
  for (auto& f : kFacets) {
    auto facet = results.facets.find(f.facet);
    if (facet == results.facets.end() || facet->second.empty()) continue;
    const auto& counts = facet->second;
    auto* s = d.AddSectionDictionary(tpl_name("FACET"));
    s->SetValue(tpl_name("TITLE"), ctx.tr(f.title));
    s->SetValue(tpl_name("PARAM"), f.param);
    const std::string param = url_encode(f.param);
    for (auto& c : counts) {
      auto* v = s->AddSectionDictionary(tpl_name("VALUE"));
      v->SetValue(tpl_name("LABEL"), facet_label(f.facet, c.value));
      v->SetValue(tpl_name("COUNT"), std::to_string(c.count));  // SetIntValue goes through snprintf, 100 times a page
      v->SetValue(tpl_name("HREF"), links.toggle(param, f.param, c.value));
      if (has_value(ctx, f.param, c.value)) v->ShowSection(tpl_name("ACTIVE"));
    }
  }
  d.SetIntValue(tpl_name("COUNT"), results.total);
  if (!results.suggestion.empty()) {
    auto* s = d.AddSectionDictionary(tpl_name("SUGGESTION"));
    s->SetValue(tpl_name("WORDS"), results.suggestion);
    std::string without_words = search_url(ctx, "q", ctx.q("q"));  // the same search, its words toggled off
    s->SetValue(tpl_name("HREF"), without_words + (without_words.find('?') == std::string::npos ? "?" : "&") + "q=" + url_encode(results.suggestion));
  }
  if (results.relaxed) d.ShowSection(tpl_name("RELAXED"));
  else if (results.full_matches < results.total)
    d.AddSectionDictionary(tpl_name("WIDENED"))->SetIntValue(tpl_name("FULL"), results.full_matches);
  auto sheet = current_sheet(ctx, sql);
  // The page's services: from memory once warm, else read together in a handful of queries.
  auto found = engine.documents(sql, results.hits);
  // Where "add to the sheet" returns: the page's one form, which every card's button submits.
  d.SetValue(tpl_name("BACK"), search_url(ctx, "", "", page_number));
  // Each card's HTML from memory, rendered once per service version, language and labels; only the distance
  // and the orientation sheet's form are filled per request.
  const std::uint64_t labels_seen = labels_version(ctx.app.db, q.lang, cached_labels);
  // The cards' HTML goes into the page without a copy: held here until the page is rendered, whatever another
  // request does to the document's cards meanwhile.
  std::vector<std::shared_ptr<const ResultCard>> shown;
  shown.reserve(results.hits.size());
  for (std::size_t i = 0; i < results.hits.size(); ++i) {
    const auto& hit = results.hits[i];
    if (!found[i].document) continue;
    std::int64_t id = found[i].service_id;
    const auto& doc = *found[i].document;
    const std::string key = result_card_key(ctx, doc, labels_seen);
    auto card = found[i].cards->find(key);
    if (!card) {
      card = std::make_shared<const ResultCard>(render_result_card(ctx, doc, labels));
      found[i].cards->keep(key, card);
    }
    shown.push_back(card);
    auto* r = d.AddSectionDictionary(tpl_name("RESULT"));
    r->SetValueWithoutCopy(tpl_name("CARD_HEAD"), card->head);
    r->SetValueWithoutCopy(tpl_name("CARD_TAIL"), card->tail);
    r->SetValue(tpl_name("ID"), doc.id);
    if (hit.distance_km) r->SetValueAndShowSection(tpl_name("KM"), format_km(*hit.distance_km), tpl_name("DISTANCE"));
    bool on_sheet = sheet && std::find(sheet->service_ids.begin(), sheet->service_ids.end(), id) != sheet->service_ids.end();
    r->ShowSection(on_sheet ? tpl_name("ON_SHEET") : tpl_name("ADD_TO_SHEET"));
  }
  if (!results.hits.empty()) d.ShowSection(tpl_name("HAS_RESULTS"));
  else d.ShowSection(tpl_name("NO_RESULTS"));
  if (page_number > 1) d.SetValueAndShowSection(tpl_name("HREF"), search_url(ctx, "", "", page_number - 1), tpl_name("PREVIOUS"));
  if (q.offset + kPerPage < results.total) d.SetValueAndShowSection(tpl_name("HREF"), search_url(ctx, "", "", page_number + 1), tpl_name("NEXT"));
  if (sheet) {
    d.SetValueAndShowSection(tpl_name("SHEET_URL"), "/directory/sheets/" + sheet->token, tpl_name("SHEET"));
    d.SetIntValue(tpl_name("SHEET_COUNT"), static_cast<long>(sheet->service_ids.size()));
  }
  return page.response();
}

Response service_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::int64_t id = service_id_of(sql, ctx.param("id"));
  if (!id) throw not_found();
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  auto s = export_service(sql, id, lang);
  Page page(ctx, "directory/service.tpl", N_("Service"));
  page.show_map();
  page.set_title(s.value("name", ""));
  auto& d = page.dict();
  auto labels = cached_term_labels(ctx.app.db, lang);
  auto doc = to_search_document(sql, id);
  fill_summary(ctx, d, doc, *labels);
  fill_service_details(ctx, d, s);
  auto sheet = current_sheet(ctx, sql);
  bool on_sheet = sheet && std::find(sheet->service_ids.begin(), sheet->service_ids.end(), id) != sheet->service_ids.end();
  d.ShowSection(on_sheet ? "ON_SHEET" : "ADD_TO_SHEET");
  d.SetValue(tpl_name("BACK"), "/directory/services/" + url_encode(doc.id));
  if (sheet) d.SetValueAndShowSection(tpl_name("SHEET_URL"), "/directory/sheets/" + sheet->token, tpl_name("SHEET"));
  if (ctx.user && may_propose(ctx, sql, id)) d.ShowSection(tpl_name("MAY_PROPOSE"));
  d.SetValue(tpl_name("API_URL"), "/api/hsds/services/" + url_encode(doc.id));
  return page.response();
}

Response organisation_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::int64_t id = organisation_id_of(sql, ctx.param("id"));
  if (!id) throw not_found();
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  auto o = export_organization(sql, id, lang, true);
  Page page(ctx, "directory/organisation.tpl", N_("Organisation"));
  page.set_title(o.value("name", ""));
  auto& d = page.dict();
  for (auto* k : {"description", "website", "email", "legal_status"})
    if (o.contains(k) && o[k].is_string() && !o[k].get<std::string>().empty()) {
      std::string upper = k;
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      d.SetValueAndShowSection(upper, o[k].get<std::string>(), "HAS_" + upper);
    }
  if (o.contains("website") && !safe_url(o["website"].get<std::string>())) d.SetValue(tpl_name("WEBSITE"), "");
  fill_phones(d, o.value("phones", json::array()));
  auto labels = cached_term_labels(ctx.app.db, lang);
  std::vector<std::int64_t> services;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM directory_services WHERE organisation_id = :o ORDER BY id", soci::use(id));
  for (auto& r : rs) services.push_back(as_int(r, 0));
  for (auto sid : services) {
    auto* r = d.AddSectionDictionary(tpl_name("RESULT"));
    fill_summary(ctx, *r, to_search_document(sql, sid), *labels);
  }
  if (services.empty()) d.ShowSection(tpl_name("NO_SERVICES"));
  d.SetValue(tpl_name("API_URL"), "/api/hsds/organizations/" + url_encode(o.value("id", "")));
  return page.response();
}

}  // namespace maillage::directory
