// What the bassins' own websites show in a frame: the agenda of a filter and the directory's search box, as
// whole small documents without the site's layout, cookies or scripts (the route is `embeddable`: its CSP lets
// the operator's sites, Config::embed_allow, frame it). Coordinators copy the snippet from /agenda/embed-code.
#include "agenda/agenda.hpp"
#include "agenda/handlers.hpp"
#include "agenda/render.hpp"
#include "platform/app.hpp"
#include "platform/server.hpp"
#include "platform/views.hpp"

namespace maillage::agenda {

namespace {
constexpr std::size_t kEmbedItems = 20;

std::string html_lang(const RequestContext& ctx) { return ctx.lang == "qps" ? "en" : ctx.lang; }

Response fragment(RequestContext& ctx, const std::string& body) {
  Response r = Response::text(200, body, "text/html; charset=utf-8");
  // Identical for every visitor: the embedding site's readers may share it for a few minutes.
  r.header("Cache-Control", "public, max-age=300");
  return r;
}

std::string attribute_escape(const std::string& s) { return html_escape(s); }

// The bassin a coordinator works for (their first bassin grant), else "" (the region).
std::string own_bassin(const RequestContext& ctx) {
  if (!ctx.user) return "";
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "bassin") return g.scope_id;
  return "";
}
}  // namespace

Response agenda_embed(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  std::string key = "embed|" + ctx.lang + "|" + ctx.raw_query;
  if (auto out = cached_output(*snap, key)) return fragment(ctx, out->body);
  Filter f = filter_from(ctx, *snap);
  Dictionary d("embed");
  d.SetValue(tpl_name("LANG"), html_lang(ctx));
  std::string title = ctx.tr(N_("Agenda"));
  if (!f.bassin.empty()) title += " · " + snap->bassin_name(f.bassin, ctx.lang);
  if (!f.theme.empty()) title += " · " + snap->theme_name(f.theme, ctx.lang);
  d.SetValue(tpl_name("TITLE"), title);
  // Links relative to the fragment, which is served by Maillage: they open Maillage, whatever its public address.
  fill_list(ctx, *snap, f, 1, kEmbedItems, d);
  d.SetValue(tpl_name("AGENDA_URL"), "/agenda" + (f.query().empty() ? "" : "?" + f.query()));
  std::string body = ctx.app.views.render(ctx.lang, "agenda/embed.tpl", d);
  store_output(*snap, key, std::make_shared<Output>(Output{body, "text/html; charset=utf-8"}));
  return fragment(ctx, body);
}

Response directory_embed(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  Dictionary d("embed");
  d.SetValue(tpl_name("LANG"), html_lang(ctx));
  Filter f = filter_from(ctx, *snap);
  if (!f.bassin.empty()) d.SetValueAndShowSection(tpl_name("CODE"), f.bassin, tpl_name("BASSIN"));
  if (!f.theme.empty()) d.SetValueAndShowSection(tpl_name("CODE"), f.theme, tpl_name("THEME"));
  return fragment(ctx, ctx.app.views.render(ctx.lang, "agenda/directory_embed.tpl", d));
}

Response embed_code(RequestContext& ctx) {
  auto snap = snapshot(ctx.app.db);
  Page page(ctx, "agenda/embed_code.tpl", N_("Show the agenda on your website"));
  auto& d = page.dict();
  Filter f = filter_from(ctx, *snap);
  // A bassin coordinator opening the page gets the code of their own care area first.
  if (!ctx.query.count("bassin")) f.bassin = own_bassin(ctx);
  fill_filters(ctx, *snap, f, d);
  std::string lang = ctx.q("embed_lang");
  if (lang != "fr" && lang != "nl" && lang != "en") lang = ctx.lang == "nl" || ctx.lang == "en" ? ctx.lang : "fr";
  for (auto [code, name] : {std::pair{"fr", "Français"}, {"nl", "Nederlands"}, {"en", "English"}}) {
    auto* o = d.AddSectionDictionary(tpl_name("LANG_OPTION"));
    o->SetValue(tpl_name("CODE"), code);
    o->SetValue(tpl_name("LABEL"), name);
    if (lang == code) o->ShowSection(tpl_name("SELECTED"));
  }
  std::string base = ctx.app.base_url();
  std::string q = f.query();
  std::string agenda_url = base + "/agenda/embed?" + (q.empty() ? "" : q + "&") + "lang=" + lang;
  Filter box;
  box.bassin = f.bassin;
  box.theme = f.theme;
  std::string directory_url = base + "/directory/embed?" + (box.query().empty() ? "" : box.query() + "&") + "lang=" + lang;
  std::string agenda_title = ctx.app.i18n.tr(lang, N_("Agenda")) + " · Maillage";
  std::string directory_title = ctx.app.i18n.tr(lang, N_("Find a service")) + " · Maillage";
  // The snippet is text shown in a textarea (escaped by the template); its own attribute values are escaped
  // here once, as the embedding page will read them.
  d.SetValue(tpl_name("AGENDA_SNIPPET"), "<iframe src=\"" + attribute_escape(agenda_url) + "\" title=\"" +
                                             attribute_escape(agenda_title) +
                                             "\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>");
  d.SetValue(tpl_name("DIRECTORY_SNIPPET"), "<iframe src=\"" + attribute_escape(directory_url) + "\" title=\"" +
                                                attribute_escape(directory_title) +
                                                "\" width=\"100%\" height=\"160\" loading=\"lazy\"></iframe>");
  d.SetValue(tpl_name("AGENDA_EMBED"), agenda_url);
  d.SetValue(tpl_name("DIRECTORY_EMBED"), directory_url);
  auto ancestors = frame_ancestors(ctx.app.config.embed_allow);
  if (ancestors == "'none'") d.ShowSection(tpl_name("NO_ANCESTORS"));
  else d.SetValueAndShowSection(tpl_name("ANCESTORS"), ancestors, tpl_name("HAS_ANCESTORS"));
  return page.response();
}

}  // namespace maillage::agenda
