// Pages of the zones (list, one zone, the coordinators' form to create, edit or delete one), each bassin's
// territory page (its communes, quarters, the zones that touch it, its population), and the outlines the map
// draws.
#include <algorithm>
#include <map>
#include <set>

#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"
#include "territory/handlers.hpp"
#include "territory/population.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

namespace maillage::territory {

namespace {

constexpr std::size_t kMaxMembers = 2000;

const char* kind_label(const std::string& kind) {
  if (kind == "network") return N_("Network's area");
  if (kind == "mobile_team") return N_("Mobile team's zone");
  if (kind == "pilot") return N_("Pilot's perimeter");
  return N_("Other zone");
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

struct Names {
  std::map<std::string, std::string> communes, quarters, bassins;
};
Names names_of(soci::session& sql, const std::string& lang) {
  Names n;
  for (auto& c : list_communes(sql)) n.communes[c.nis] = c.name(lang);
  for (auto& q : list_quarters(sql)) n.quarters[q.code] = q.name(lang);
  for (auto& b : list_bassins(sql)) n.bassins[b.slug] = b.name(lang);
  return n;
}
std::vector<std::string> named(const std::vector<std::string>& codes, const std::map<std::string, std::string>& names) {
  std::vector<std::string> out;
  for (auto& c : codes) out.push_back(names.count(c) ? names.at(c) : c);
  std::sort(out.begin(), out.end());
  return out;
}

std::string format_int(std::int64_t n) {
  // Thin groups of three digits, readable in every language (a narrow no-break space, as in French).
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u202f";
    out += digits[i];
  }
  return out;
}

// The population block of a bassin's or a zone's page: the latest year with figures.
void fill_population(RequestContext& ctx, soci::session& sql, Dictionary& d, const TerritoryRef& where,
                     const Names& names) {
  auto years = population_years(sql);
  std::optional<Population> p;
  if (!years.empty()) p = population_of(sql, where, years.front());
  if (!p) {
    d.ShowSection("NO_POPULATION");
    return;
  }
  auto* s = d.AddSectionDictionary("POPULATION");
  s->SetValue("COUNT", format_int(p->population));
  s->SetIntValue("YEAR", p->year);
  s->SetValue("SOURCES", joined(p->sources));
  static const char* const kBands[kAgeBands] = {N_("Aged 0 to 17"), N_("Aged 18 to 64"), N_("Aged 65 to 79"), N_("Aged 80 and over")};
  static const char* const kIndicatorLabels[kIndicators] = {N_("Unemployment rate"), N_("Share with increased reimbursement (BIM)"),
                                                            N_("Single-person households")};
  for (std::size_t i = 0; i < kAgeBands; ++i)
    if (p->age_bands[i]) {
      auto* b = s->AddSectionDictionary("BAND");
      b->SetValue("LABEL", ctx.tr(kBands[i]));
      b->SetValue("VALUE", format_int(*p->age_bands[i]));
    }
  for (std::size_t i = 0; i < kIndicators; ++i)
    if (p->indicators[i]) {
      auto* b = s->AddSectionDictionary("INDICATOR");
      b->SetValue("LABEL", ctx.tr(kIndicatorLabels[i]));
      char value[32];
      std::snprintf(value, sizeof value, "%.1f", *p->indicators[i]);
      b->SetValue("VALUE", value);
    }
  std::vector<std::string> parts, missing;
  for (auto& part : p->parts) parts.push_back((part.type == "commune" ? names.communes : names.quarters).count(part.code)
                                                  ? (part.type == "commune" ? names.communes : names.quarters).at(part.code)
                                                  : part.code);
  for (auto& [type, code] : p->missing) {
    auto& m = type == "commune" ? names.communes : names.quarters;
    missing.push_back(m.count(code) ? m.at(code) : code);
  }
  s->SetValue("PARTS", joined(parts));
  if (!missing.empty()) s->SetValueAndShowSection("MISSING", joined(missing), "PARTIAL");
}

Zone zone_from_form(RequestContext& ctx) {
  Zone z;
  z.slug = clean_text(ctx.f("slug"));
  z.name_fr = clean_text(ctx.f("name_fr"));
  z.name_nl = clean_text(ctx.f("name_nl"));
  z.kind = ctx.f("kind");
  z.kept_by = ctx.f("kept_by");
  z.description = clean_text(ctx.f("description"));
  for (auto& c : ctx.f_all("commune"))
    if (z.communes.size() < kMaxMembers && std::find(z.communes.begin(), z.communes.end(), c) == z.communes.end()) z.communes.push_back(c);
  for (auto& q : ctx.f_all("quarter"))
    if (z.quarters.size() < kMaxMembers && std::find(z.quarters.begin(), z.quarters.end(), q) == z.quarters.end()) z.quarters.push_back(q);
  return z;
}

Response zone_form(RequestContext& ctx, soci::session& sql, const Zone& z, bool creating, const FormErrors& errors, int status) {
  Page page(ctx, "territory/zone_form.tpl", creating ? N_("New zone") : N_("Edit the zone"));
  if (!creating) page.set_title(ctx.tr(N_("Edit the zone")) + " — " + z.name(ctx.lang));
  auto& d = page.dict();
  errors.show(ctx, d);
  d.ShowSection(creating ? "CREATING" : "EDITING");
  d.SetValue("ACTION", creating ? "/territory/zones/new" : "/territory/zones/" + z.slug + "/edit");
  d.SetValue("SLUG", z.slug);
  d.SetValue("NAME_FR", z.name_fr);
  d.SetValue("NAME_NL", z.name_nl);
  d.SetValue("DESCRIPTION", z.description);
  for (auto& k : zone_kinds()) {
    auto* o = d.AddSectionDictionary("KIND_OPTION");
    o->SetValue("VALUE", k);
    o->SetValue("LABEL", ctx.tr(kind_label(k)));
    if (k == z.kind) o->ShowSection("SELECTED");
  }
  if (may_keep(*ctx.user, "")) {
    auto* o = d.AddSectionDictionary("KEEPER_OPTION");
    o->SetValue("LABEL", ctx.tr(N_("The region's coordinators")));
    if (z.kept_by.empty()) o->ShowSection("SELECTED");
  }
  for (auto& b : list_bassins(sql)) {
    if (!may_keep(*ctx.user, b.slug)) continue;
    auto* o = d.AddSectionDictionary("KEEPER_OPTION");
    o->SetValue("VALUE", b.slug);
    o->SetValue("LABEL", b.name(ctx.lang));
    if (b.slug == z.kept_by) o->ShowSection("SELECTED");
  }
  for (auto& c : list_communes(sql)) {
    auto* o = d.AddSectionDictionary("COMMUNE_OPTION");
    o->SetValue("NIS", c.nis);
    o->SetValue("NAME", c.name(ctx.lang));
    if (z.holds_commune(c.nis)) o->ShowSection("CHECKED");
  }
  std::map<std::string, std::string> commune_names;
  for (auto& c : list_communes(sql)) commune_names[c.nis] = c.name(ctx.lang);
  auto quarters = list_quarters(sql);
  if (quarters.empty()) d.ShowSection("NO_QUARTER_OPTION");
  for (auto& q : quarters) {
    auto* o = d.AddSectionDictionary("QUARTER_OPTION");
    o->SetValue("CODE", q.code);
    o->SetValue("NAME", q.name(ctx.lang));
    o->SetValue("COMMUNE", commune_names[q.commune_nis]);
    if (z.holds_quarter_code(q.code)) o->ShowSection("CHECKED");
  }
  return page.response(status);
}

// Checks and, when all is well, saves; otherwise the form again with what was typed (422).
Response save_zone(RequestContext& ctx, const Zone& z, bool creating) {
  {
    FormErrors errors;
    soci::session sql(ctx.app.db.pool());
    for (auto& [field, msgid] : check_zone(sql, z, creating).errors) errors.add(field, msgid);
    if (!may_keep(*ctx.user, z.kept_by)) errors.add("kept_by", N_("You may keep a zone only for your own care area."));
    if (!errors.empty()) return zone_form(ctx, sql, z, creating, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& tx) {
    std::int64_t now = now_seconds();
    std::string detail = "communes " + joined(z.communes) + "; quarters " + joined(z.quarters);
    if (creating) {
      create_zone(tx, z, ctx.user->id, now);
      audit(tx, ctx, "territory.zone.create", "zone:" + z.slug, detail);
    } else {
      update_zone(tx, z, now);
      audit(tx, ctx, "territory.zone.update", "zone:" + z.slug, detail);
    }
  });
  ctx.flash(N_("The zone is saved. The directory's search follows within a few seconds."));
  return Response::redirect("/territory/zones/" + z.slug);
}

Zone editable_zone(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto z = find_zone(sql, ctx.param("slug"));
  if (!z) throw not_found();
  if (!may_edit_zone(*ctx.user, *z)) throw forbidden();
  return *z;
}

}  // namespace

Response zones_list(RequestContext& ctx) {
  Page page(ctx, "territory/zones.tpl", N_("Zones"));
  page.show_map();
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto names = names_of(sql, ctx.lang);
  d.SetValue("GEOJSON_URL", "/territory/communes.geojson?lang=" + ctx.lang);
  d.SetValue("ZONES_URL", "/territory/zones.geojson?lang=" + ctx.lang);
  if (ctx.user && ctx.user->may(Access::Coordinator)) d.ShowSection("MAY_CREATE");
  auto zones = list_zones(sql);
  d.ShowSection(zones.empty() ? "NO_ZONES" : "HAS_ZONES");
  for (auto& z : zones) {
    auto* s = d.AddSectionDictionary("ZONE");
    s->SetValue("SLUG", z.slug);
    s->SetValue("NAME", z.name(ctx.lang));
    s->SetValue("KIND", ctx.tr(kind_label(z.kind)));
    s->SetValue("COMMUNES", z.communes.empty() ? "—" : joined(named(z.communes, names.communes)));
    s->SetValue("QUARTERS", z.quarters.empty() ? "—" : joined(named(z.quarters, names.quarters)));
    s->SetValue("KEPT_BY", z.kept_by.empty() ? ctx.tr(N_("The region's coordinators")) : names.bassins[z.kept_by]);
  }
  return page.response();
}

Response zone_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto z = find_zone(sql, ctx.param("slug"));
  if (!z) throw not_found();
  Page page(ctx, "territory/zone.tpl", N_("Zone"));
  page.show_map();
  page.set_title(z->name(ctx.lang));
  auto& d = page.dict();
  auto names = names_of(sql, ctx.lang);
  d.SetValue("SLUG", z->slug);
  d.SetValue("KIND", ctx.tr(kind_label(z->kind)));
  d.SetValue("KEPT_BY", z->kept_by.empty() ? ctx.tr(N_("The region's coordinators")) : names.bassins[z->kept_by]);
  if (!z->description.empty()) d.SetValueAndShowSection("DESCRIPTION", z->description, "HAS_DESCRIPTION");
  d.SetValue("GEOJSON_URL", "/territory/communes.geojson?lang=" + ctx.lang);
  d.SetValue("ZONES_URL", "/territory/zones.geojson?zone=" + url_encode(z->slug) + "&lang=" + ctx.lang);
  for (auto& n : named(z->communes, names.communes)) d.AddSectionDictionary("COMMUNE")->SetValue("NAME", n);
  for (auto& n : named(z->quarters, names.quarters)) d.AddSectionDictionary("QUARTER")->SetValue("NAME", n);
  if (z->communes.empty()) d.ShowSection("NO_COMMUNE");
  if (z->quarters.empty()) d.ShowSection("NO_QUARTER");
  fill_population(ctx, sql, d, {"zone", z->slug}, names);
  if (ctx.user && may_edit_zone(*ctx.user, *z)) d.ShowSection("MAY_EDIT");
  return page.response();
}

Response zone_new_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Zone z;
  z.kind = "network";
  // A bassin's coordinator keeps the zones of their bassin; the region's keep them for the region.
  if (!may_keep(*ctx.user, ""))
    for (auto& g : ctx.user->grants)
      if (g.role == "coordinator" && g.scope_type == "bassin") {
        z.kept_by = g.scope_id;
        break;
      }
  return zone_form(ctx, sql, z, true, {}, 200);
}

Response zone_create(RequestContext& ctx) { return save_zone(ctx, zone_from_form(ctx), true); }

Response zone_edit_form(RequestContext& ctx) {
  Zone z = editable_zone(ctx);
  soci::session sql(ctx.app.db.pool());
  return zone_form(ctx, sql, z, false, {}, 200);
}

Response zone_update(RequestContext& ctx) {
  Zone before = editable_zone(ctx);
  Zone z = zone_from_form(ctx);
  z.id = before.id;
  z.slug = before.slug;
  return save_zone(ctx, z, false);
}

Response zone_delete(RequestContext& ctx) {
  Zone z = editable_zone(ctx);
  ctx.app.db.transact([&](soci::session& sql) {
    delete_zone(sql, z.id);
    audit(sql, ctx, "territory.zone.delete", "zone:" + z.slug, z.name_fr);
  });
  ctx.flash(N_("The zone is deleted."));
  return Response::redirect("/territory/zones");
}

Response zones_geojson_file(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::vector<std::string> slugs;
  if (auto z = ctx.q("zone"); !z.empty()) slugs.push_back(z.substr(0, 40));
  if (auto b = ctx.q("bassin"); !b.empty())
    for (auto& z : zones_touching_bassin(sql, b.substr(0, 40))) slugs.push_back(z.slug);
  if (!ctx.q("bassin").empty() && slugs.empty()) slugs.push_back("");  // no zone touches it: an empty collection
  return Response::text(200, zones_geojson(sql, ctx.lang, slugs), "application/geo+json; charset=utf-8")
      .header("Cache-Control", "public, max-age=60");
}

Response quarters_geojson_file(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return Response::text(200, quarters_geojson(sql, ctx.lang, ctx.q("bassin").substr(0, 40)), "application/geo+json; charset=utf-8")
      .header("Cache-Control", "public, max-age=300");
}

Response bassin_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::string slug = ctx.param("slug");
  if (!bassin_exists(sql, slug)) throw not_found();
  Page page(ctx, "territory/bassin.tpl", N_("Care area"));
  page.show_map();
  page.set_title(bassin_name(sql, slug, ctx.lang));
  auto& d = page.dict();
  auto names = names_of(sql, ctx.lang);
  d.SetValue("SLUG", slug);
  d.SetValue("GEOJSON_URL", "/territory/communes.geojson?lang=" + ctx.lang);
  d.SetValue("QUARTERS_URL", "/territory/quarters.geojson?bassin=" + url_encode(slug) + "&lang=" + ctx.lang);
  d.SetValue("ZONES_URL", "/territory/zones.geojson?bassin=" + url_encode(slug) + "&lang=" + ctx.lang);
  // Its communes with their postal codes; a commune shared with another bassin says so.
  std::map<std::string, std::set<std::string>> bassins_of;
  std::map<std::string, std::vector<std::string>> codes_of;
  for (auto& p : list_places(sql)) {
    bassins_of[p.commune.nis].insert(p.bassin.slug);
    if (p.bassin.slug == slug) codes_of[p.commune.nis].push_back(p.postal_code + " " + p.label(ctx.lang));
  }
  auto quarters = list_quarters(sql);
  for (auto& q : quarters) bassins_of[q.commune_nis].insert(q.bassin_slug);
  for (auto& c : list_communes(sql)) {
    if (!bassins_of[c.nis].count(slug)) continue;
    auto* s = d.AddSectionDictionary("COMMUNE");
    s->SetValue("NAME", c.name(ctx.lang));
    s->SetValue("CODES", codes_of[c.nis].empty() ? "—" : joined(codes_of[c.nis]));
    if (bassins_of[c.nis].size() > 1) s->ShowSection("SHARED");
  }
  auto years = population_years(sql);
  int shown = 0;
  for (auto& q : quarters) {
    if (q.bassin_slug != slug) continue;
    auto* s = d.AddSectionDictionary("QUARTER");
    s->SetValue("CODE", q.code);
    s->SetValue("NAME", q.name(ctx.lang));
    s->SetValue("COMMUNE", names.communes[q.commune_nis]);
    std::optional<Population> p;
    if (!years.empty()) p = population_of(sql, {"quarter", q.code}, years.front());
    s->SetValue("POPULATION", p ? format_int(p->population) : "—");
    ++shown;
  }
  d.ShowSection(shown ? "HAS_QUARTERS" : "NO_QUARTERS");
  auto zones = zones_touching_bassin(sql, slug);
  d.ShowSection(zones.empty() ? "NO_ZONES" : "HAS_ZONES");
  for (auto& z : zones) {
    auto* s = d.AddSectionDictionary("ZONE");
    s->SetValue("SLUG", z.slug);
    s->SetValue("NAME", z.name(ctx.lang));
    s->SetValue("KIND", ctx.tr(kind_label(z.kind)));
  }
  fill_population(ctx, sql, d, {"bassin", slug}, names);
  return page.response();
}

}  // namespace maillage::territory
