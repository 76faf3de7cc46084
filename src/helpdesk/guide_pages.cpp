// The responder's guide in the helpdesk: the list and its search, a page in the reader's language (Markdown in
// safe mode), the edit form (three languages), and the history of every edit with the text it replaced.
#include <map>

#include "helpdesk/guide.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/rota_pages.hpp"
#include "platform/app.hpp"
#include "platform/forms.hpp"
#include "platform/markdown.hpp"
#include "platform/views.hpp"

namespace maillage::helpdesk {

namespace {

// Responders of any line read and edit; territory coordinators and administrators read.
bool may_read_guide(const CurrentUser& u) {
  return u.is_admin() || u.is_territory_coordinator() || !u.responder_line_ids().empty();
}
bool may_edit_guide(const CurrentUser& u) { return !u.responder_line_ids().empty(); }

void require_reader(RequestContext& ctx) {
  if (!may_read_guide(*ctx.user)) throw forbidden();
}
void require_editor(RequestContext& ctx) {
  if (!may_edit_guide(*ctx.user)) throw forbidden();
}

const char* kLanguageNames[][2] = {{"fr", N_("French")}, {"nl", N_("Dutch")}, {"en", N_("English")}};

std::string line_name(RequestContext& ctx, soci::session& sql, std::int64_t line_id) {
  if (!line_id) return ctx.tr(N_("All lines"));
  auto l = find_line(sql, line_id);
  return l ? l->name(ctx.lang) : "";
}

GuidePage find_or_404(soci::session& sql, RequestContext& ctx) {
  auto p = find_guide_page(sql, ctx.param("slug"));
  if (!p) throw not_found();
  return *p;
}

// The page's text in the reader's language (or the one it falls back to), rendered.
void fill_page_text(RequestContext& ctx, Dictionary& d, const GuidePage& p) {
  d.SetValue("TITLE", p.title(ctx.lang));
  // The HTML comes from cmark in safe mode: raw HTML in the text is dropped, dangerous links emptied.
  d.SetValue("BODY_HTML", markdown_to_html(p.body(ctx.lang)));
  std::string shown = p.body_language(ctx.lang);
  if (shown != ctx.lang && ctx.lang != "qps" && !p.body(ctx.lang).empty()) {
    for (auto& [code, name] : kLanguageNames)
      if (shown == code) d.SetValueAndShowSection("SHOWN_LANGUAGE", ctx.tr(name), "OTHER_LANGUAGE");
  }
  d.SetValue("BODY_LANG", shown);
}

Response render_form(RequestContext& ctx, soci::session& sql, const GuidePage& page, bool is_new, const FormErrors& errors,
                     int status = 200) {
  Page out(ctx, "helpdesk/guide_form.tpl", is_new ? N_("New guide page") : N_("Edit the guide page"));
  if (!is_new) out.set_title(ctx.tr(N_("Edit the guide page")) + " — " + page.title(ctx.lang));
  auto& d = out.dict();
  d.SetValue("ACTION", is_new ? "/helpdesk/guide/new" : guide_link(page.slug) + "/edit");
  if (is_new) d.ShowSection("IS_NEW");
  d.SetValue("SLUG", page.slug);
  d.SetValue("CANCEL", is_new ? "/helpdesk/guide" : guide_link(page.slug));
  auto* line0 = d.AddSectionDictionary("LINE_OPTION");
  line0->SetValue("ID", "0");
  line0->SetValue("NAME", ctx.tr(N_("All lines")));
  for (auto& l : list_lines(sql)) {
    auto* o = d.AddSectionDictionary("LINE_OPTION");
    o->SetIntValue("ID", l.id);
    o->SetValue("NAME", l.name(ctx.lang));
    if (l.id == page.line_id) o->ShowSection("SELECTED");
  }
  struct Lang {
    const char* code;
    const char* name;
    const std::string* title;
    const std::string* body;
  };
  for (const Lang& l : {Lang{"fr", N_("French"), &page.title_fr, &page.body_fr}, Lang{"nl", N_("Dutch"), &page.title_nl, &page.body_nl},
                        Lang{"en", N_("English"), &page.title_en, &page.body_en}}) {
    auto* s = d.AddSectionDictionary("LANGUAGE_TEXT");
    s->SetValue("CODE", l.code);
    s->SetValue("LANGUAGE", ctx.tr(l.name));
    s->SetValue("TITLE_VALUE", *l.title);
    s->SetValue("BODY_VALUE", *l.body);
  }
  errors.show(ctx, d);
  return out.response(status);
}

// The page as typed in the form (the slug of a new page from the form, else the existing one).
GuidePage page_from_form(RequestContext& ctx, soci::session& sql, GuidePage page) {
  page.title_fr = clean_text(ctx.f("title_fr"));
  page.title_nl = clean_text(ctx.f("title_nl"));
  page.title_en = clean_text(ctx.f("title_en"));
  // Bodies keep their line breaks (Markdown); only invalid UTF-8 is refused (clean_text would trim them).
  for (auto [field, target] : {std::pair{"body_fr", &page.body_fr}, {"body_nl", &page.body_nl}, {"body_en", &page.body_en}}) {
    std::string v = ctx.f(field);
    *target = valid_utf8(v) ? v : "";
  }
  std::int64_t line = 0;
  try { line = std::stoll(ctx.f("line_id")); } catch (...) {}
  page.line_id = line && find_line(sql, line) ? line : 0;
  return page;
}

}  // namespace

Response guide_index(RequestContext& ctx) {
  require_reader(ctx);
  soci::session sql(ctx.app.db.pool());
  std::string q = clean_text(ctx.q("q"));
  if (utf8_length(q) > 200) q.clear();
  Page page(ctx, "helpdesk/guide_index.tpl", N_("Responder's guide"));
  auto& d = page.dict();
  d.SetValue("Q", q);
  auto pages = q.empty() ? list_guide_pages(sql, ctx.lang) : search_guide(sql, q, ctx.lang);
  if (!q.empty()) {
    d.SetIntValue("COUNT", static_cast<long>(pages.size()));
    d.ShowSection("SEARCHED");
  }
  if (pages.empty()) d.ShowSection("NO_PAGES");
  std::map<std::int64_t, std::string> line_names;
  for (auto& p : pages) {
    auto* s = d.AddSectionDictionary("PAGE");
    s->SetValue("TITLE", p.title(ctx.lang));
    s->SetValue("LINK", guide_link(p.slug));
    if (!line_names.count(p.line_id)) line_names[p.line_id] = line_name(ctx, sql, p.line_id);
    s->SetValue("LINE", line_names[p.line_id]);
  }
  if (may_edit_guide(*ctx.user)) d.ShowSection("CAN_EDIT");
  return page.response();
}

Response guide_page(RequestContext& ctx) {
  require_reader(ctx);
  soci::session sql(ctx.app.db.pool());
  auto p = find_or_404(sql, ctx);
  Page page(ctx, "helpdesk/guide_page.tpl", N_("Responder's guide"));
  page.set_title(p.title(ctx.lang));
  auto& d = page.dict();
  fill_page_text(ctx, d, p);
  d.SetValue("LINK", guide_link(p.slug));
  d.SetValue("FULL_LINK", ctx.app.base_url() + guide_link(p.slug));
  d.SetValue("LINE", line_name(ctx, sql, p.line_id));
  d.SetValue("UPDATED", ctx.app.i18n.datetime(ctx.lang, p.updated_at));
  d.SetValue("UPDATED_BY", p.updated_by_name);
  if (may_edit_guide(*ctx.user)) d.ShowSection("CAN_EDIT");
  return page.response();
}

Response guide_new_form(RequestContext& ctx) {
  require_editor(ctx);
  soci::session sql(ctx.app.db.pool());
  return render_form(ctx, sql, GuidePage{}, true, {});
}

Response guide_create(RequestContext& ctx) {
  require_editor(ctx);
  soci::session sql(ctx.app.db.pool());
  GuidePage page = page_from_form(ctx, sql, GuidePage{});
  page.slug = clean_text(ctx.f("slug"));
  if (page.slug.empty()) page.slug = slug_from(!page.title_fr.empty() ? page.title_fr : !page.title_nl.empty() ? page.title_nl : page.title_en);
  FormErrors errors;
  if (const char* refusal = check_guide_page(page)) errors.add(std::string(refusal).find("address") != std::string::npos ? "slug" : "title_fr", refusal);
  if (errors.empty() && find_guide_page(sql, page.slug)) errors.add("slug", N_("A page has this address already: choose another one."));
  if (!errors.empty()) return render_form(ctx, sql, page, true, errors, 422);
  std::int64_t id = ctx.app.db.transact([&](soci::session& tx) { return save_guide_page(tx, page, ctx.user->id, now_seconds()); });
  if (!id) {
    errors.add("slug", N_("A page has this address already: choose another one."));
    return render_form(ctx, sql, page, true, errors, 422);
  }
  ctx.flash(N_("The guide page is saved."));
  return Response::redirect(guide_link(page.slug));
}

Response guide_edit_form(RequestContext& ctx) {
  require_editor(ctx);
  soci::session sql(ctx.app.db.pool());
  return render_form(ctx, sql, find_or_404(sql, ctx), false, {});
}

Response guide_save(RequestContext& ctx) {
  require_editor(ctx);
  soci::session sql(ctx.app.db.pool());
  GuidePage page = page_from_form(ctx, sql, find_or_404(sql, ctx));
  FormErrors errors;
  if (const char* refusal = check_guide_page(page)) errors.add("title_fr", refusal);
  if (!errors.empty()) return render_form(ctx, sql, page, false, errors, 422);
  ctx.app.db.transact([&](soci::session& tx) { save_guide_page(tx, page, ctx.user->id, now_seconds()); });
  ctx.flash(N_("The guide page is saved."));
  return Response::redirect(guide_link(page.slug));
}

Response guide_history_page(RequestContext& ctx) {
  require_reader(ctx);
  soci::session sql(ctx.app.db.pool());
  auto p = find_or_404(sql, ctx);
  Page page(ctx, "helpdesk/guide_history.tpl", N_("History of the page"));
  page.set_title(ctx.tr(N_("History of the page")) + " — " + p.title(ctx.lang));
  auto& d = page.dict();
  d.SetValue("LINK", guide_link(p.slug));
  d.SetValue("PAGE_TITLE", p.title(ctx.lang));
  auto history = guide_history(sql, p.id);
  for (std::size_t i = 0; i < history.size(); ++i) {
    auto* s = d.AddSectionDictionary("REVISION");
    s->SetValue("WHEN", ctx.app.i18n.datetime(ctx.lang, history[i].edited_at));
    s->SetValue("WHO", history[i].edited_by_name);
    s->SetValue("HREF", guide_link(p.slug) + "/history/" + std::to_string(history[i].id));
    if (i + 1 == history.size()) s->ShowSection("CREATED");
    if (i == 0) s->ShowSection("CURRENT");
  }
  return page.response();
}

Response guide_revision_page(RequestContext& ctx) {
  require_reader(ctx);
  soci::session sql(ctx.app.db.pool());
  auto p = find_or_404(sql, ctx);
  auto v = find_guide_revision(sql, p.id, ctx.param_id("id"));
  if (!v) throw not_found();
  Page page(ctx, "helpdesk/guide_revision.tpl", N_("Version of the page"));
  page.set_title(ctx.tr(N_("Version of the page")) + " — " + p.title(ctx.lang));
  auto& d = page.dict();
  d.SetValue("LINK", guide_link(p.slug));
  d.SetValue("HISTORY", guide_link(p.slug) + "/history");
  d.SetValue("WHEN", ctx.app.i18n.datetime(ctx.lang, v->edited_at));
  d.SetValue("WHO", v->edited_by_name);
  // The Markdown as typed, every language: what this edit saved and what it replaced.
  auto previous = previous_revision(sql, *v);
  struct Lang {
    const char* name;
    std::string GuidePage::*title;
    std::string GuidePage::*body;
  };
  for (const Lang& l : {Lang{N_("French"), &GuidePage::title_fr, &GuidePage::body_fr},
                        Lang{N_("Dutch"), &GuidePage::title_nl, &GuidePage::body_nl},
                        Lang{N_("English"), &GuidePage::title_en, &GuidePage::body_en}}) {
    auto* s = d.AddSectionDictionary("LANGUAGE_TEXT");
    s->SetValue("LANGUAGE", ctx.tr(l.name));
    s->SetValue("TITLE_TEXT", v->page.*l.title);
    s->SetValue("BODY_TEXT", v->page.*l.body);
    if (previous) {
      s->SetValue("PREVIOUS_TITLE", previous->page.*l.title);
      s->SetValue("PREVIOUS_BODY", previous->page.*l.body);
      s->ShowSection("HAS_PREVIOUS");
      if (previous->page.*l.title == v->page.*l.title && previous->page.*l.body == v->page.*l.body) s->ShowSection("UNCHANGED");
    }
  }
  if (previous) {
    d.SetValue("PREVIOUS_WHEN", ctx.app.i18n.datetime(ctx.lang, previous->edited_at));
    d.SetValue("PREVIOUS_WHO", previous->edited_by_name);
    d.ShowSection("HAS_PREVIOUS");
  } else {
    d.ShowSection("FIRST_VERSION");
  }
  return page.response();
}

}  // namespace maillage::helpdesk
