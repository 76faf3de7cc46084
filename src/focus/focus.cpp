#include "focus/focus.hpp"

#include <algorithm>

#include "agenda/session_requests.hpp"
#include "directory/model.hpp"
#include "offers/model.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/markdown.hpp"
#include "platform/fill_in.hpp"
#include "platform/typeset/pdf.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::focus {

const std::string& Texts::in(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? nl : (lang == "en" || lang == "qps") ? en : fr;
  if (!asked.empty()) return asked;
  return !fr.empty() ? fr : !nl.empty() ? nl : en;
}

namespace {
const char* kColumns =
    "SELECT id, bassin, title_fr, title_nl, title_en, intro_fr, intro_nl, intro_en, status, COALESCE(created_by, 0), "
    "updated_at FROM focus_selections ";

Focus focus_from(const soci::row& r) {
  Focus f;
  f.id = as_int(r, 0);
  f.bassin = as_text(r, 1);
  f.title = {as_text(r, 2), as_text(r, 3), as_text(r, 4)};
  f.intro = {as_text(r, 5), as_text(r, 6), as_text(r, 7)};
  f.status = as_text(r, 8);
  f.created_by = as_int(r, 9);
  f.updated_at = as_int(r, 10);
  return f;
}
}  // namespace

std::int64_t save_focus(soci::session& sql, Focus& f, std::int64_t now) {
  soci::indicator by = f.created_by ? soci::i_ok : soci::i_null;
  if (f.id == 0) {
    sql << "INSERT INTO focus_selections (bassin, title_fr, title_nl, title_en, intro_fr, intro_nl, intro_en, status, "
           "created_by, created_at, updated_at) VALUES (:b, :tf, :tn, :te, :if, :in, :ie, :s, :by, :c, :u) RETURNING id",
        soci::use(f.bassin), soci::use(f.title.fr), soci::use(f.title.nl), soci::use(f.title.en), soci::use(f.intro.fr),
        soci::use(f.intro.nl), soci::use(f.intro.en), soci::use(f.status), soci::use(f.created_by, by), soci::use(now),
        soci::use(now), soci::into(f.id);
    return f.id;
  }
  sql << "UPDATE focus_selections SET title_fr = :tf, title_nl = :tn, title_en = :te, intro_fr = :if, intro_nl = :in, "
         "intro_en = :ie, status = :s, updated_at = :u WHERE id = :id",
      soci::use(f.title.fr), soci::use(f.title.nl), soci::use(f.title.en), soci::use(f.intro.fr), soci::use(f.intro.nl),
      soci::use(f.intro.en), soci::use(f.status), soci::use(now), soci::use(f.id);
  return f.id;
}

std::optional<Focus> find_focus(soci::session& sql, std::int64_t id) {
  std::optional<Focus> out;
  {
    soci::rowset<soci::row> rs = (sql.prepare << std::string(kColumns) + "WHERE id = :id", soci::use(id));
    for (auto& r : rs) out = focus_from(r);
  }
  if (!out) return out;
  soci::rowset<soci::row> hs = (sql.prepare << "SELECT id, title_fr, title_nl, title_en FROM focus_headings WHERE "
                                               "focus_id = :f ORDER BY position, id", soci::use(id));
  for (auto& r : hs) out->headings.push_back({as_int(r, 0), {as_text(r, 1), as_text(r, 2), as_text(r, 3)}, {}});
  for (auto& h : out->headings) {
    soci::rowset<soci::row> is = (sql.prepare << "SELECT service_id FROM focus_items WHERE heading_id = :h ORDER BY "
                                                 "position, service_id", soci::use(h.id));
    for (auto& r : is) h.services.push_back(as_int(r, 0));
  }
  soci::rowset<soci::row> os = (sql.prepare << "SELECT offer_id FROM focus_offers WHERE focus_id = :f ORDER BY offer_id",
                                soci::use(id));
  for (auto& r : os) out->offers.push_back(as_int(r, 0));
  return out;
}

std::vector<Focus> list_focus(soci::session& sql, bool published_only) {
  std::vector<Focus> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kColumns) +
                                                   (published_only ? "WHERE status = 'published' " : "") +
                                                   "ORDER BY updated_at DESC, id DESC");
  for (auto& r : rs) out.push_back(focus_from(r));
  return out;
}

std::int64_t add_heading(soci::session& sql, std::int64_t focus_id, const Texts& t) {
  int position = 0;
  sql << "SELECT COALESCE(MAX(position), 0) + 1 FROM focus_headings WHERE focus_id = :f", soci::use(focus_id),
      soci::into(position);
  std::int64_t id = 0;
  sql << "INSERT INTO focus_headings (focus_id, position, title_fr, title_nl, title_en) VALUES (:f, :p, :tf, :tn, :te) "
         "RETURNING id",
      soci::use(focus_id), soci::use(position), soci::use(t.fr), soci::use(t.nl), soci::use(t.en), soci::into(id);
  return id;
}

bool add_service(soci::session& sql, std::int64_t heading_id, std::int64_t service_id) {
  int position = 0, already = 0;
  sql << "SELECT COUNT(*) FROM focus_items WHERE heading_id = :h AND service_id = :s", soci::use(heading_id),
      soci::use(service_id), soci::into(already);
  if (already) return false;
  sql << "SELECT COALESCE(MAX(position), 0) + 1 FROM focus_items WHERE heading_id = :h", soci::use(heading_id),
      soci::into(position);
  sql << "INSERT INTO focus_items (heading_id, service_id, position) VALUES (:h, :s, :p)", soci::use(heading_id),
      soci::use(service_id), soci::use(position);
  return true;
}

void remove_service(soci::session& sql, std::int64_t heading_id, std::int64_t service_id) {
  sql << "DELETE FROM focus_items WHERE heading_id = :h AND service_id = :s", soci::use(heading_id), soci::use(service_id);
}

bool link_offer(soci::session& sql, std::int64_t focus_id, std::int64_t offer_id) {
  sql << "INSERT INTO focus_offers (focus_id, offer_id) VALUES (:f, :o) ON CONFLICT DO NOTHING", soci::use(focus_id),
      soci::use(offer_id);
  return true;
}

// ---- Pages -------------------------------------------------------------------------------------------------
namespace {
constexpr std::size_t kMaxTitle = 300, kMaxIntro = 20000;

std::string text_field(const RequestContext& ctx, const std::string& name, std::size_t max) {
  std::string t = clean_text(ctx.f(name));
  return utf8_length(t) > max ? std::string() : t;
}

bool oversees_region(const RequestContext& ctx) {
  if (!ctx.user) return false;
  if (ctx.user->is_admin()) return true;
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "region") return true;
  return false;
}

bool may_edit(const RequestContext& ctx, const std::string& bassin) {
  if (oversees_region(ctx)) return true;
  if (!ctx.user) return false;
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "bassin" && g.scope_id == bassin) return true;
  return false;
}

std::string own_bassin(const RequestContext& ctx) {
  if (oversees_region(ctx)) return "region";
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "bassin") return g.scope_id;
  return "region";
}

Focus edited_focus(RequestContext& ctx, soci::session& sql) {
  auto f = find_focus(sql, ctx.param_id("id"));
  if (!f) throw not_found();
  if (!may_edit(ctx, f->bassin)) throw forbidden();
  return *f;
}

std::string bassin_label(RequestContext& ctx, soci::session& sql, const std::string& slug) {
  if (slug == "region" || slug.empty()) return ctx.tr(N_("Brussels-Capital Region"));
  return territory::bassin_name(sql, slug, ctx.lang);
}

std::string pick(const std::map<std::string, std::string>& by, const std::string& lang) {
  return directory::pick(by, lang == "qps" ? "en" : lang);
}

// The headings and their services as the directory has them now.
// The directory's current record of every service the Focus names, by service id (a removed one is absent).
std::map<std::int64_t, directory::search::ServiceDocument> services_of(soci::session& sql, const Focus& f) {
  std::vector<std::int64_t> ids;
  for (auto& h : f.headings) ids.insert(ids.end(), h.services.begin(), h.services.end());
  std::map<std::int64_t, directory::search::ServiceDocument> docs;
  if (!ids.empty()) {
    auto loaded = directory::load_documents(sql, ids);
    for (auto& doc : loaded) docs.emplace(directory::service_id_of(sql, doc.id), std::move(doc));
  }
  return docs;
}

// A linked offer as the Focus shows it: its next sessions and the replays of those that took place.
struct OfferShown {
  std::int64_t id = 0;
  std::string title;
  std::vector<std::string> next;                             // dates
  std::vector<std::pair<std::string, std::string>> replays;  // date, recording address
};

std::vector<OfferShown> offers_shown(RequestContext& ctx, soci::session& sql, const Focus& f) {
  std::vector<OfferShown> shown;
  std::int64_t now = now_seconds();
  for (auto id : f.offers) {
    auto o = offers::find_offer(sql, id);
    if (!o || o->status != "published") continue;
    OfferShown& os = shown.emplace_back();
    os.id = o->id;
    os.title = o->title(ctx.lang);
    for (auto& s : offers::sessions_of(sql, o->id, now)) {
      if (s.status == "proposed" || s.status == "cancelled") continue;
      auto rec = agenda::recording_of(sql, s.id);
      if (s.starts_at > now) os.next.push_back(ctx.app.i18n.date(ctx.lang, s.starts_at));
      else if (!rec.empty()) os.replays.emplace_back(ctx.app.i18n.date(ctx.lang, s.starts_at), rec);
    }
  }
  return shown;
}

void fill_headings(RequestContext& ctx, soci::session& sql, const Focus& f, Dictionary& d, bool editing) {
  auto docs = services_of(sql, f);
  for (auto& h : f.headings) {
    auto* hd = d.AddSectionDictionary(tpl_name("HEADING"));
    hd->SetIntValue(tpl_name("HEADING_ID"), h.id);
    hd->SetValue(tpl_name("HEADING_TITLE"), h.title.in(ctx.lang));
    for (auto id : h.services) {
      auto it = docs.find(id);
      if (it == docs.end()) continue;
      auto& doc = it->second;
      auto* s = hd->AddSectionDictionary(tpl_name("SERVICE"));
      s->SetIntValue(tpl_name("SERVICE_ID"), id);
      s->SetIntValue(tpl_name("HEADING_ID"), h.id);
      s->SetValue(tpl_name("HSDS_ID"), doc.id);
      s->SetValue(tpl_name("NAME"), pick(doc.name, ctx.lang));
      s->SetValue(tpl_name("ORGANISATION"), pick(doc.organisation_name, ctx.lang));
      s->SetValue(tpl_name("DESCRIPTION"), pick(doc.description, ctx.lang));
      if (doc.status == "defunct") s->ShowSection(tpl_name("CLOSED"));
      else if (doc.status == "inactive") s->ShowSection(tpl_name("INACTIVE"));
      if (editing) s->ShowSection(tpl_name("EDITING"));
    }
    if (editing) {
      hd->ShowSection(tpl_name("EDITING"));
      hd->SetValue(tpl_name("CSRF_TOKEN"), ctx.csrf_token);
    }
  }
}

void fill_offers(RequestContext& ctx, soci::session& sql, const Focus& f, Dictionary& d) {
  for (auto& o : offers_shown(ctx, sql, f)) {
    auto* od = d.AddSectionDictionary(tpl_name("OFFER"));
    od->SetIntValue(tpl_name("OFFER_ID"), o.id);
    od->SetValue(tpl_name("TITLE"), o.title);
    for (auto& date : o.next) od->AddSectionDictionary(tpl_name("NEXT"))->SetValue(tpl_name("DATE"), date);
    for (auto& [date, url] : o.replays) {
      auto* r = od->AddSectionDictionary(tpl_name("REPLAY"));
      r->SetValue(tpl_name("DATE"), date);
      r->SetValue(tpl_name("URL"), url);
    }
  }
}

// The Focus a visitor may read: a published one, or a draft for those who edit it.
Focus readable_focus(RequestContext& ctx, soci::session& sql) {
  auto f = find_focus(sql, ctx.param_id("id"));
  if (!f) throw not_found();
  if (f->status != "published" && !(ctx.user && may_edit(ctx, f->bassin))) throw not_found();
  return *f;
}


Response show_edit(RequestContext& ctx, const FormErrors& errors, int status) {
  soci::session sql(ctx.app.db.pool());
  auto f = edited_focus(ctx, sql);
  Page page(ctx, "focus/edit.tpl", N_("Edit the Focus"));
  auto& d = page.dict();
  page.set_title(f.title.in(ctx.lang));
  d.SetIntValue(tpl_name("FOCUS_ID"), f.id);
  bool typed = ctx.method == Method::Post && ctx.path.size() > 5 && ctx.path.substr(ctx.path.size() - 5) == "/edit";
  auto value = [&](const char* name, const std::string& stored) { return typed ? ctx.f(name) : stored; };
  d.SetValue("TITLE_FR", value("title_fr", f.title.fr));
  d.SetValue("TITLE_NL", value("title_nl", f.title.nl));
  d.SetValue("TITLE_EN", value("title_en", f.title.en));
  d.SetValue("INTRO_FR", value("intro_fr", f.intro.fr));
  d.SetValue("INTRO_NL", value("intro_nl", f.intro.nl));
  d.SetValue("INTRO_EN", value("intro_en", f.intro.en));
  if (f.status == "published") d.ShowSection(tpl_name("PUBLISHED"));
  fill_headings(ctx, sql, f, d, true);
  for (auto& h : f.headings) {
    auto* o = d.AddSectionDictionary(tpl_name("HEADING_OPTION"));
    o->SetIntValue(tpl_name("ID"), h.id);
    o->SetValue(tpl_name("LABEL"), h.title.in(ctx.lang));
  }
  if (f.headings.empty()) d.ShowSection(tpl_name("NO_HEADING"));
  fill_offers(ctx, sql, f, d);
  errors.show(ctx, d);
  return page.response(status);
}

// The heading of this Focus a form names, or 0.
std::int64_t heading_of(const Focus& f, const std::string& typed) {
  for (auto& h : f.headings)
    if (std::to_string(h.id) == typed) return h.id;
  return 0;
}

// The service a coordinator names: its directory address (…/directory/services/{id}) or its id.
std::int64_t service_named(soci::session& sql, std::string typed) {
  typed = clean_text(typed);
  if (auto q = typed.find_first_of("?#"); q != std::string::npos) typed = typed.substr(0, q);
  while (!typed.empty() && typed.back() == '/') typed.pop_back();
  if (auto slash = typed.rfind('/'); slash != std::string::npos) typed = typed.substr(slash + 1);
  if (typed.empty() || typed.size() > 100) return 0;
  return directory::service_id_of(sql, typed);
}
}  // namespace

Response index_page(RequestContext& ctx) {
  Page page(ctx, "focus/index.tpl", N_("Focus"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  bool coordinator = ctx.user && ctx.user->may(Access::Coordinator);
  int shown = 0;
  for (auto& f : list_focus(sql, false)) {
    bool mine = coordinator && may_edit(ctx, f.bassin);
    if (f.status != "published" && !mine) continue;
    auto* s = d.AddSectionDictionary(tpl_name("FOCUS"));
    s->SetIntValue(tpl_name("FOCUS_ID"), f.id);
    s->SetValue(tpl_name("TITLE"), f.title.in(ctx.lang));
    s->SetValue(tpl_name("BASSIN"), bassin_label(ctx, sql, f.bassin));
    if (f.status != "published") s->ShowSection(tpl_name("DRAFT"));
    if (mine) s->ShowSection(tpl_name("MINE"));
    ++shown;
  }
  if (!shown) d.ShowSection(tpl_name("NO_FOCUS"));
  if (coordinator) d.ShowSection(tpl_name("CAN_CREATE"));
  return page.response();
}

Response focus_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto f = std::optional<Focus>(readable_focus(ctx, sql));
  bool editor = ctx.user && may_edit(ctx, f->bassin);
  Page page(ctx, "focus/focus.tpl", N_("Focus"));
  auto& d = page.dict();
  page.set_title(f->title.in(ctx.lang));
  d.SetIntValue(tpl_name("FOCUS_ID"), f->id);
  d.SetValue(tpl_name("BASSIN"), bassin_label(ctx, sql, f->bassin));
  d.SetValue(tpl_name("INTRO_HTML"), markdown_to_html(f->intro.in(ctx.lang)));
  d.SetValue(tpl_name("UPDATED"), ctx.app.i18n.date(ctx.lang, f->updated_at));
  if (editor) d.ShowSection(tpl_name("EDITOR"));
  if (f->status != "published") d.ShowSection(tpl_name("DRAFT"));
  fill_headings(ctx, sql, *f, d, false);
  fill_offers(ctx, sql, *f, d);
  if (!f->offers.empty()) d.ShowSection(tpl_name("HAS_OFFERS"));
  return page.response();
}

Response focus_pdf(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto f = readable_focus(ctx, sql);
  using typeset::Block;
  typeset::Document doc;
  doc.title = f.title.in(ctx.lang);
  doc.author = "Maillage";
  doc.blocks.push_back({Block::Kind::Title, doc.title});
  doc.blocks.push_back({Block::Kind::Note, bassin_label(ctx, sql, f.bassin) + " · " +
                                               fill_in(ctx.tr(N_("Updated on {{UPDATED}}")),
                                                       {{"{{UPDATED}}", ctx.app.i18n.date(ctx.lang, f.updated_at)}})});
  auto intro = markdown_to_text(f.intro.in(ctx.lang));
  for (std::size_t start = 0; start < intro.size();) {
    auto end = intro.find("\n\n", start);
    if (end == std::string::npos) end = intro.size();
    doc.blocks.push_back({Block::Kind::Paragraph, intro.substr(start, end - start)});
    start = end + 2;
  }
  auto docs = services_of(sql, f);
  for (auto& h : f.headings) {
    doc.blocks.push_back({Block::Kind::Heading, h.title.in(ctx.lang)});
    for (auto id : h.services) {
      auto it = docs.find(id);
      if (it == docs.end()) continue;
      auto& s = it->second;
      std::string name = pick(s.name, ctx.lang) + " — " + pick(s.organisation_name, ctx.lang);
      if (s.status == "defunct") name += " (" + ctx.tr(N_("Closed")) + ")";
      else if (s.status == "inactive") name += " (" + ctx.tr(N_("Temporarily closed")) + ")";
      doc.blocks.push_back({Block::Kind::Subheading, name});
      doc.blocks.push_back({Block::Kind::Paragraph, pick(s.description, ctx.lang) + "\n" + ctx.app.base_url() +
                                                        "/directory/services/" + s.id});
    }
  }
  auto offers = offers_shown(ctx, sql, f);
  if (!offers.empty()) doc.blocks.push_back({Block::Kind::Heading, ctx.tr(N_("Webinars and sessions"))});
  for (auto& o : offers) {
    std::string line = o.title;
    for (auto& date : o.next) line += " · " + fill_in(ctx.tr(N_("next on {{DATE}}")), {{"{{DATE}}", date}});
    for (auto& [date, url] : o.replays) line += " · " + fill_in(ctx.tr(N_("replay of {{DATE}}")), {{"{{DATE}}", date}}) + " " + url;
    doc.blocks.push_back({Block::Kind::Paragraph, line});
  }
  return Response::text(200, typeset::to_pdf(doc), "application/pdf")
      .header("Content-Disposition", "inline; filename=\"focus-" + std::to_string(f.id) + ".pdf\"");
}

Response create(RequestContext& ctx) {
  Focus f;
  f.bassin = own_bassin(ctx);
  f.title.fr = text_field(ctx, "title_fr", kMaxTitle);
  if (f.title.fr.empty()) {
    ctx.flash(N_("Give the Focus a title."));
    return Response::redirect("/focus");
  }
  f.created_by = ctx.user->id;
  auto id = ctx.app.db.transact([&](soci::session& sql) {
    auto id = save_focus(sql, f, now_seconds());
    audit(sql, ctx, "focus.create", "focus:" + std::to_string(id));
    return id;
  });
  return Response::redirect("/focus/" + std::to_string(id) + "/edit");
}

Response edit_page(RequestContext& ctx) { return show_edit(ctx, {}, 200); }

Response update(RequestContext& ctx) {
  FormErrors errors;
  Texts title{text_field(ctx, "title_fr", kMaxTitle), text_field(ctx, "title_nl", kMaxTitle), text_field(ctx, "title_en", kMaxTitle)};
  Texts intro{text_field(ctx, "intro_fr", kMaxIntro), text_field(ctx, "intro_nl", kMaxIntro), text_field(ctx, "intro_en", kMaxIntro)};
  if (title.fr.empty() && title.nl.empty() && title.en.empty()) errors.add("title_fr", N_("Give the Focus a title."));
  if (!errors.empty()) return show_edit(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    auto f = edited_focus(ctx, sql);
    f.title = title;
    f.intro = intro;
    f.status = ctx.f("published") == "1" ? "published" : "draft";
    save_focus(sql, f, now_seconds());
  });
  ctx.flash(N_("The Focus is saved."));
  return Response::redirect("/focus/" + ctx.param("id") + "/edit");
}

Response heading_add(RequestContext& ctx) {
  Texts t{text_field(ctx, "heading_fr", kMaxTitle), text_field(ctx, "heading_nl", kMaxTitle), text_field(ctx, "heading_en", kMaxTitle)};
  if (t.fr.empty() && t.nl.empty() && t.en.empty()) {
    FormErrors errors;
    errors.add("heading_fr", N_("Give the heading a title."));
    return show_edit(ctx, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& sql) { add_heading(sql, edited_focus(ctx, sql).id, t); });
  return Response::redirect("/focus/" + ctx.param("id") + "/edit");
}

Response service_add(RequestContext& ctx) {
  FormErrors errors;
  bool added = ctx.app.db.transact([&](soci::session& sql) {
    auto f = edited_focus(ctx, sql);
    std::int64_t heading = heading_of(f, ctx.f("heading_id"));
    std::int64_t service = service_named(sql, ctx.f("service"));
    if (!heading) errors.add("heading_id", N_("Choose a heading."));
    if (!service) errors.add("service", N_("Paste the address of a service of the directory, or its id."));
    if (!errors.empty()) return false;
    add_service(sql, heading, service);
    std::int64_t now = now_seconds();
    sql << "UPDATE focus_selections SET updated_at = :t WHERE id = :id", soci::use(now), soci::use(f.id);
    return true;
  });
  if (!added) return show_edit(ctx, errors, 422);
  return Response::redirect("/focus/" + ctx.param("id") + "/edit");
}

Response service_remove(RequestContext& ctx) {
  ctx.app.db.transact([&](soci::session& sql) {
    auto f = edited_focus(ctx, sql);
    std::int64_t heading = heading_of(f, ctx.f("heading_id"));
    std::int64_t service = 0;
    try { service = std::stoll(ctx.f("service_id")); } catch (...) {}
    if (heading && service) remove_service(sql, heading, service);
  });
  return Response::redirect("/focus/" + ctx.param("id") + "/edit");
}

Response offer_link(RequestContext& ctx) {
  FormErrors errors;
  bool linked = ctx.app.db.transact([&](soci::session& sql) {
    auto f = edited_focus(ctx, sql);
    std::string typed = clean_text(ctx.f("offer"));
    if (auto slash = typed.rfind("/offers/"); slash != std::string::npos) typed = typed.substr(slash + 8);
    std::int64_t id = 0;
    try { id = std::stoll(typed); } catch (...) {}
    auto o = id ? offers::find_offer(sql, id) : std::nullopt;
    if (!o || o->status != "published") {
      errors.add("offer", N_("Paste the address of a published offer, or its number."));
      return false;
    }
    return link_offer(sql, f.id, o->id);
  });
  if (!linked) return show_edit(ctx, errors, 422);
  return Response::redirect("/focus/" + ctx.param("id") + "/edit");
}

}  // namespace maillage::focus
