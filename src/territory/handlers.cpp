#include "territory/handlers.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::territory {

Response overview(RequestContext& ctx) {
  Page page(ctx, "territory/overview.tpl", N_("The territory"));
  page.show_map();
  auto& d = page.dict();
  d.SetValue("GEOJSON_URL", "/territory/communes.geojson?lang=" + ctx.lang);
  d.SetValue("QUARTERS_URL", "/territory/quarters.geojson?lang=" + ctx.lang);
  d.SetValue("ZONES_URL", "/territory/zones.geojson?lang=" + ctx.lang);
  auto territory = snapshot(ctx.app.db);
  const auto& places = territory->places;
  for (auto& b : territory->bassins) {
    auto* s = d.AddSectionDictionary("BASSIN");
    s->SetValue("SLUG", b.slug);
    s->SetValue("NAME", b.name(ctx.lang));
    std::map<std::string, std::vector<std::string>> codes_by_commune;
    for (auto& p : places)
      if (p.bassin.slug == b.slug) codes_by_commune[p.commune.name(ctx.lang)].push_back(p.postal_code + " " + p.label(ctx.lang));
    for (auto& [commune, codes] : codes_by_commune) {
      auto* c = s->AddSectionDictionary("COMMUNE");
      c->SetValue("NAME", commune);
      std::string list;
      for (auto& code : codes) list += (list.empty() ? "" : ", ") + code;
      c->SetValue("CODES", list);
    }
    auto* l = d.AddSectionDictionary("LEGEND");
    l->SetValue("SLUG", b.slug);
    l->SetValue("NAME", b.name(ctx.lang));
  }
  return page.response();
}

Response communes_geojson_file(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return Response::text(200, communes_geojson(sql, ctx.lang), "application/geo+json; charset=utf-8")
      .header("Cache-Control", "public, max-age=300");
}

Response postal_code_json(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto place = locate(sql, ctx.param("code"));
  if (!place) {
    return Response::json(404, nlohmann::json{{"error", ctx.tr(N_("This is not a postal code of the Brussels-Capital Region."))}}.dump());
  }
  nlohmann::json j = {{"postal_code", place->postal_code},
                      {"label", place->label(ctx.lang)},
                      {"commune", {{"nis", place->commune.nis}, {"name", place->commune_name(ctx.lang)}}},
                      {"bassin", {{"slug", place->bassin.slug}, {"name", place->bassin_name(ctx.lang)}}},
                      {"lat", place->lat},
                      {"lng", place->lng}};
  return Response::json(200, j.dump());
}

Response admin_mapping(RequestContext& ctx) {
  Page page(ctx, "territory/admin.tpl", N_("Territory mapping"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto communes = list_communes(sql);
  auto bassins = list_bassins(sql);
  for (auto& p : list_places(sql)) {
    auto* s = d.AddSectionDictionary("CODE");
    s->SetValue("CODE", p.postal_code);
    s->SetValue("LABEL", p.label(ctx.lang));
    for (auto& c : communes) {
      auto* o = s->AddSectionDictionary("COMMUNE_OPTION");
      o->SetValue("NIS", c.nis);
      o->SetValue("NAME", c.name(ctx.lang));
      if (c.nis == p.commune.nis) o->ShowSection("SELECTED");
    }
    for (auto& b : bassins) {
      auto* o = s->AddSectionDictionary("BASSIN_OPTION");
      o->SetValue("SLUG", b.slug);
      o->SetValue("NAME", b.name(ctx.lang));
      if (b.slug == p.bassin.slug) o->ShowSection("SELECTED");
    }
  }
  return page.response();
}

Response admin_remap(RequestContext& ctx) {
  std::string code = ctx.param("code");
  bool ok = ctx.app.db.transact([&](soci::session& sql) {
    auto before = locate(sql, code);
    if (!before) return false;
    if (!remap_postal_code(sql, code, ctx.f("commune"), ctx.f("bassin"), ctx.user->id)) return false;
    audit(sql, ctx, "territory.remap", "postal_code:" + code,
          before->commune.nis + "/" + before->bassin.slug + " -> " + ctx.f("commune") + "/" + ctx.f("bassin"));
    return true;
  });
  if (ok) invalidate_snapshot(ctx.app.db);
  ctx.flash(ok ? N_("The postal code's mapping is saved.") : N_("Choose an existing commune and care area."));
  return Response::redirect("/admin/territory#code-" + code);
}

}  // namespace maillage::territory
