// The newsletters' pages. Public: the lists, a sign-up with the consent text shown (its version kept with the
// subscriber), the confirmation and the unsubscription by private link. Coordinators: the lists of their care
// area (the region's coordinators: every list), campaigns with a preview, a test send and their figures.
#include <algorithm>

#include "newsletters/handlers.hpp"
#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/markdown.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::newsletters {

namespace {
std::string field(const std::string& v, std::size_t max) {
  std::string t = clean_text(v);
  return utf8_length(t) > max ? std::string() : t;
}
bool too_long(const std::string& v, std::size_t max) { return utf8_length(clean_text(v)) > max; }

std::string lang_of(const RequestContext& ctx) { return ctx.lang == "nl" || ctx.lang == "en" ? ctx.lang : "fr"; }

bool oversees_region(const RequestContext& ctx) {
  if (!ctx.user) return false;
  if (ctx.user->is_admin()) return true;
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "region") return true;
  return false;
}

bool may_manage(const RequestContext& ctx, const List& l) {
  if (oversees_region(ctx)) return true;
  if (!ctx.user || l.scope_type != "bassin") return false;
  for (auto& g : ctx.user->grants)
    if (g.role == "coordinator" && g.scope_type == "bassin" && g.scope_id == l.scope_id) return true;
  return false;
}

List managed_list(RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto l = find_list(sql, id);
  if (!l) throw not_found();
  if (!may_manage(ctx, *l)) throw forbidden();
  return *l;
}

std::string scope_label(RequestContext& ctx, soci::session& sql, const List& l) {
  if (l.scope_type == "bassin") return territory::bassin_name(sql, l.scope_id, ctx.lang);
  if (l.scope_type == "region") return ctx.tr(N_("Brussels-Capital Region"));
  if (l.scope_type == "theme") return ctx.tr(N_("Theme")) + ": " + l.scope_id;
  return ctx.tr(N_("Network")) + ": " + l.scope_id;
}

void fill_list(RequestContext& ctx, soci::session& sql, Dictionary& d, const List& l) {
  d.SetIntValue("LIST_ID", l.id);
  d.SetValue("NAME", l.name.in(ctx.lang));
  d.SetValue("DESCRIPTION", l.description.in(ctx.lang));
  d.SetValue("SCOPE", scope_label(ctx, sql, l));
  d.SetValue("CONSENT", l.consent.in(ctx.lang));
  d.SetIntValue("CONSENT_VERSION", l.consent_version);
}

// ---- The public sign-up --------------------------------------------------------------------------------------
Response show_list(RequestContext& ctx, const List& l, const FormErrors& errors, int status) {
  Page page(ctx, "newsletters/list.tpl", N_("Subscribe to a newsletter"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  fill_list(ctx, sql, d, l);
  page.set_title(l.name.in(ctx.lang));
  echo_fields(ctx, d, {"email"});
  d.SetValue("NAME_VALUE", ctx.f("name"));
  if (ctx.f("consent") == "1") d.ShowSection("CONSENT_CHECKED");
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response lists_page(RequestContext& ctx) {
  Page page(ctx, "newsletters/lists.tpl", N_("Newsletters"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  auto lists = all_lists(sql);
  for (auto& l : lists) fill_list(ctx, sql, *d.AddSectionDictionary("LIST"), l);
  if (lists.empty()) d.ShowSection("NO_LIST");
  if (ctx.user && ctx.user->may(Access::Coordinator)) d.ShowSection("MANAGE_LINK");
  return page.response();
}

Response list_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto l = find_list(sql, ctx.param_id("id"));
  if (!l) throw not_found();
  return show_list(ctx, *l, {}, 200);
}

Response subscribe(RequestContext& ctx) {
  std::optional<List> l;
  {
    soci::session sql(ctx.app.db.pool());
    l = find_list(sql, ctx.param_id("id"));
  }
  if (!l) throw not_found();
  FormErrors errors;
  std::string email = field(ctx.f("email"), 254);
  std::string name = field(ctx.f("name"), kMaxNameChars);
  if (!looks_like_email(email)) errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
  if (too_long(ctx.f("name"), kMaxNameChars)) errors.add("name", N_("The name is too long (200 characters at most)."));
  if (ctx.f("consent") != "1") errors.add("consent", N_("Tick the box to agree to receive this newsletter."));
  // The consent text shown must be the current one: a page opened before a change asks again.
  if (ctx.f("consent_version") != std::to_string(l->consent_version))
    errors.add("consent", N_("The consent text has changed since the page was opened: read it again and tick the box."));
  if (!errors.empty()) return show_list(ctx, *l, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    SignUp s{email, name, lang_of(ctx), ctx.remote_ip};
    auto out = sign_up(sql, *l, s, now_seconds());
    if (out.send_confirmation) queue_confirmation(ctx.app, sql, *l, *find_subscriber(sql, out.subscriber_id));
  });
  // The same answer whatever the address's state, so that the page tells no one who is subscribed.
  Page page(ctx, "newsletters/check_mail.tpl", N_("Check your mailbox"));
  page.dict().SetValue("EMAIL", email);
  page.dict().SetValue("LIST", l->name.in(ctx.lang));
  return page.response();
}

namespace {
Subscriber subscriber_of_link(RequestContext& ctx, soci::session& sql) {
  auto id = subscriber_of_confirm_token(ctx.app, ctx.param("token"));
  if (!id) throw not_found();
  auto s = find_subscriber(sql, *id);
  if (!s) throw not_found();
  return *s;
}
}  // namespace

Response confirm_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto s = subscriber_of_link(ctx, sql);
  auto l = find_list(sql, s.list_id);
  if (!l) throw not_found();
  Page page(ctx, "newsletters/confirm.tpl", N_("Confirm your subscription"));
  auto& d = page.dict();
  d.SetValue("LIST", l->name.in(ctx.lang));
  d.SetValue("TOKEN", ctx.param("token"));
  d.SetValue("EMAIL", s.email);
  if (s.status == "pending") d.ShowSection("PENDING");
  else if (s.status == "confirmed") d.ShowSection("ALREADY");
  else d.ShowSection("ENDED");
  return page.response();
}

Response confirm_submit(RequestContext& ctx) {
  bool done = ctx.app.db.transact([&](soci::session& sql) {
    auto s = subscriber_of_link(ctx, sql);
    return confirm(sql, s.id, ctx.remote_ip, now_seconds());
  });
  Page page(ctx, "newsletters/done.tpl", done ? N_("Subscription confirmed") : N_("Nothing to confirm"));
  page.dict().ShowSection(done ? "CONFIRMED" : "NOTHING");
  return page.response();
}

namespace {
UnsubscribeLink unsubscribe_link(RequestContext& ctx) {
  auto link = parse_unsubscribe_token(ctx.app, ctx.param("token"));
  if (!link) throw not_found();
  return *link;
}
}  // namespace

Response unsubscribe_page(RequestContext& ctx) {
  auto link = unsubscribe_link(ctx);
  soci::session sql(ctx.app.db.pool());
  auto s = find_subscriber(sql, link.subscriber_id);
  Page page(ctx, "newsletters/unsubscribe.tpl", N_("Unsubscribe"));
  auto& d = page.dict();
  d.SetValue("TOKEN", ctx.param("token"));
  if (s) {
    if (auto l = find_list(sql, s->list_id)) d.SetValue("LIST", l->name.in(ctx.lang));
    d.SetValue("EMAIL", s->email);
  }
  if (s && (s->status == "confirmed" || s->status == "pending")) d.ShowSection("SUBSCRIBED");
  else d.ShowSection("NOT_SUBSCRIBED");
  return page.response();
}

Response unsubscribe_submit(RequestContext& ctx) {
  // One click (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click" without cookie or form token; the
  // page's button posts the same. The signed link is the only authority.
  auto link = unsubscribe_link(ctx);
  ctx.app.db.transact([&](soci::session& sql) {
    if (link.subscriber_id) unsubscribe(sql, link.subscriber_id, link.campaign_id, now_seconds());
  });
  if (ctx.header("content-type").rfind("application/x-www-form-urlencoded", 0) == 0 && ctx.f("_page") != "1")
    return Response::text(200, ctx.tr(N_("You are unsubscribed.")));
  Page page(ctx, "newsletters/done.tpl", N_("You are unsubscribed"));
  page.dict().ShowSection("UNSUBSCRIBED");
  return page.response();
}

// ---- Coordinators ----------------------------------------------------------------------------------------------
namespace {
Response show_manage(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "newsletters/manage.tpl", N_("Newsletters of my care area"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  int shown = 0;
  for (auto& l : all_lists(sql)) {
    if (!may_manage(ctx, l)) continue;
    auto* s = d.AddSectionDictionary("LIST");
    fill_list(ctx, sql, *s, l);
    auto c = counts_of(sql, l.id);
    s->SetIntValue("CONFIRMED", c.confirmed);
    s->SetIntValue("PENDING", c.pending);
    s->SetIntValue("UNSUBSCRIBED", c.unsubscribed);
    s->SetIntValue("BOUNCED", c.bounced);
    ++shown;
  }
  if (!shown) d.ShowSection("NO_LIST");
  std::string scope = ctx.f("scope");
  for (auto& b : territory::list_bassins(sql)) {
    List probe;
    probe.scope_type = "bassin";
    probe.scope_id = b.slug;
    if (!may_manage(ctx, probe)) continue;
    auto* o = d.AddSectionDictionary("SCOPE_OPTION");
    o->SetValue("CODE", "bassin:" + b.slug);
    o->SetValue("LABEL", b.name(ctx.lang));
    if (scope == "bassin:" + b.slug) o->ShowSection("SELECTED");
  }
  if (oversees_region(ctx)) {
    d.ShowSection("REGION_SCOPES");
    if (scope == "region:") d.ShowSection("REGION_SELECTED");
  }
  echo_fields(ctx, d, {"name_fr", "name_nl", "name_en", "description_fr", "consent_fr", "consent_nl", "consent_en",
                       "scope_name"});
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response manage_lists(RequestContext& ctx) { return show_manage(ctx, {}, 200); }

Response create_list(RequestContext& ctx) {
  FormErrors errors;
  List l;
  std::string scope = ctx.f("scope");
  auto colon = scope.find(':');
  l.scope_type = colon == std::string::npos ? "" : scope.substr(0, colon);
  l.scope_id = colon == std::string::npos ? "" : scope.substr(colon + 1);
  if (l.scope_type == "network" || l.scope_type == "theme") l.scope_id = field(ctx.f("scope_name"), 100);
  {
    soci::session sql(ctx.app.db.pool());
    bool known = (l.scope_type == "bassin" && territory::bassin_exists(sql, l.scope_id)) ||
                 (l.scope_type == "region" && l.scope_id.empty()) ||
                 ((l.scope_type == "network" || l.scope_type == "theme") && !l.scope_id.empty());
    if (!known) errors.add("scope", N_("Choose the care area, network or theme of the list."));
    else if (!may_manage(ctx, l)) errors.add("scope", N_("You may create lists only for your own care area."));
  }
  l.name = {field(ctx.f("name_fr"), kMaxNameChars), field(ctx.f("name_nl"), kMaxNameChars), field(ctx.f("name_en"), kMaxNameChars)};
  l.description = {field(ctx.f("description_fr"), kMaxTextChars), "", ""};
  l.consent = {field(ctx.f("consent_fr"), kMaxTextChars), field(ctx.f("consent_nl"), kMaxTextChars),
               field(ctx.f("consent_en"), kMaxTextChars)};
  if (l.name.fr.empty()) errors.add("name_fr", N_("Give the list a name in French at least."));
  if (l.consent.fr.empty()) errors.add("consent_fr", N_("Write the consent text the subscribers agree to, in French at least."));
  if (!errors.empty()) return show_manage(ctx, errors, 422);
  l.created_by = ctx.user->id;
  auto id = ctx.app.db.transact([&](soci::session& sql) {
    auto id = save_list(sql, l, now_seconds());
    audit(sql, ctx, "newsletter.list.create", "newsletter_list:" + std::to_string(id));
    return id;
  });
  ctx.flash(N_("The list is created."));
  return Response::redirect("/newsletters/manage/" + std::to_string(id));
}

namespace {
void fill_figures(RequestContext& ctx, Dictionary& d, const Figures& f) {
  d.SetValue("RECIPIENTS", ctx.app.i18n.number(ctx.lang, f.recipients));
  d.SetValue("SENT", ctx.app.i18n.number(ctx.lang, f.sent));
  d.SetValue("FAILED", ctx.app.i18n.number(ctx.lang, f.failed));
  d.SetValue("WAITING", ctx.app.i18n.number(ctx.lang, f.waiting));
  d.SetValue("UNSUBSCRIBED", ctx.app.i18n.number(ctx.lang, f.unsubscribed));
}

const char* campaign_status_label(const std::string& s) {
  if (s == "sending") return N_("Sending");
  if (s == "sent") return N_("Sent");
  return N_("Draft");
}

Response show_list_admin(RequestContext& ctx, const List& l, const FormErrors& errors, int status) {
  Page page(ctx, "newsletters/manage_list.tpl", N_("Newsletter"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  page.set_title(l.name.in(ctx.lang));
  fill_list(ctx, sql, d, l);
  auto c = counts_of(sql, l.id);
  d.SetIntValue("CONFIRMED", c.confirmed);
  d.SetIntValue("PENDING", c.pending);
  d.SetIntValue("UNSUBSCRIBED_COUNT", c.unsubscribed);
  d.SetIntValue("BOUNCED", c.bounced);
  auto campaigns = campaigns_of(sql, l.id);
  for (auto& cp : campaigns) {
    auto* s = d.AddSectionDictionary("CAMPAIGN");
    s->SetIntValue("CAMPAIGN_ID", cp.id);
    s->SetValue("SUBJECT", cp.subject.in(ctx.lang));
    s->SetValue("STATUS", ctx.tr(campaign_status_label(cp.status)));
    s->SetValue("CREATED", ctx.app.i18n.date(ctx.lang, cp.created_at));
    fill_figures(ctx, *s, figures_of(sql, cp.id));
  }
  if (campaigns.empty()) d.ShowSection("NO_CAMPAIGN");
  echo_fields(ctx, d, {"subject_fr", "subject_nl", "subject_en", "body_fr", "body_nl", "body_en"});
  if (ctx.method == Method::Get || ctx.f("include_agenda") == "1") d.ShowSection("AGENDA_CHECKED");
  errors.show(ctx, d);
  return page.response(status);
}

// Subject and body of a campaign form; errors added.
Campaign campaign_from_form(RequestContext& ctx, FormErrors& errors) {
  Campaign c;
  c.subject = {field(ctx.f("subject_fr"), kMaxSubjectChars), field(ctx.f("subject_nl"), kMaxSubjectChars),
               field(ctx.f("subject_en"), kMaxSubjectChars)};
  c.body = {field(ctx.f("body_fr"), kMaxBodyChars), field(ctx.f("body_nl"), kMaxBodyChars), field(ctx.f("body_en"), kMaxBodyChars)};
  c.include_agenda = ctx.f("include_agenda") == "1";
  if (c.subject.fr.empty() && c.subject.nl.empty() && c.subject.en.empty())
    errors.add("subject_fr", N_("Give the campaign a subject in at least one language."));
  if (c.body.fr.empty() && c.body.nl.empty() && c.body.en.empty())
    errors.add("body_fr", N_("Write the message in at least one language."));
  for (auto* k : {"subject_fr", "subject_nl", "subject_en"})
    if (too_long(ctx.f(k), kMaxSubjectChars)) errors.add(k, N_("The subject is too long (200 characters at most)."));
  return c;
}
}  // namespace

Response manage_list(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto l = managed_list(ctx, sql, ctx.param_id("id"));
  return show_list_admin(ctx, l, {}, 200);
}

Response create_campaign(RequestContext& ctx) {
  List l;
  {
    soci::session sql(ctx.app.db.pool());
    l = managed_list(ctx, sql, ctx.param_id("id"));
  }
  FormErrors errors;
  Campaign c = campaign_from_form(ctx, errors);
  if (!errors.empty()) return show_list_admin(ctx, l, errors, 422);
  c.list_id = l.id;
  c.created_by = ctx.user->id;
  auto id = ctx.app.db.transact([&](soci::session& sql) { return save_campaign(sql, c, now_seconds()); });
  ctx.flash(N_("The campaign is saved as a draft. Send yourself a test before sending it."));
  return Response::redirect("/newsletters/campaigns/" + std::to_string(id));
}

namespace {
struct Managed {
  List list;
  Campaign campaign;
};
Managed managed_campaign(RequestContext& ctx, soci::session& sql) {
  auto c = find_campaign(sql, ctx.param_id("id"));
  if (!c) throw not_found();
  return {managed_list(ctx, sql, c->list_id), *c};
}

Response show_campaign(RequestContext& ctx, const FormErrors& errors, int status) {
  soci::session sql(ctx.app.db.pool());
  auto [l, c] = managed_campaign(ctx, sql);
  Page page(ctx, "newsletters/campaign.tpl", N_("Campaign"));
  auto& d = page.dict();
  page.set_title(c.subject.in(ctx.lang));
  d.SetIntValue("CAMPAIGN_ID", c.id);
  d.SetIntValue("LIST_ID", l.id);
  d.SetValue("LIST", l.name.in(ctx.lang));
  d.SetValue("STATUS", ctx.tr(campaign_status_label(c.status)));
  fill_figures(ctx, d, figures_of(sql, c.id));
  if (c.status == "draft") d.ShowSection("DRAFT");
  if (c.test_sent_at) d.SetValueAndShowSection("TEST_SENT", ctx.app.i18n.datetime(ctx.lang, c.test_sent_at), "HAS_TEST");
  if (c.rate_per_minute) d.SetIntValue("RATE", c.rate_per_minute), d.ShowSection("HAS_RATE");
  auto counts = counts_of(sql, l.id);
  d.SetIntValue("CONFIRMED", counts.confirmed);
  // The preview: the message as a subscriber in the page's language receives it.
  auto mail = preview_mail(ctx.app, l, c, ctx.lang);
  d.SetValue("PREVIEW_SUBJECT", mail.subject);
  d.SetValue("PREVIEW_HTML", mail.html);
  bool typed = ctx.method == Method::Post;
  d.SetValue("SUBJECT_FR", typed ? ctx.f("subject_fr") : c.subject.fr);
  d.SetValue("SUBJECT_NL", typed ? ctx.f("subject_nl") : c.subject.nl);
  d.SetValue("SUBJECT_EN", typed ? ctx.f("subject_en") : c.subject.en);
  d.SetValue("BODY_FR", typed ? ctx.f("body_fr") : c.body.fr);
  d.SetValue("BODY_NL", typed ? ctx.f("body_nl") : c.body.nl);
  d.SetValue("BODY_EN", typed ? ctx.f("body_en") : c.body.en);
  if (typed ? ctx.f("include_agenda") == "1" : c.include_agenda) d.ShowSection("AGENDA_CHECKED");
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response campaign_page(RequestContext& ctx) { return show_campaign(ctx, {}, 200); }

Response update_campaign(RequestContext& ctx) {
  FormErrors errors;
  Campaign typed = campaign_from_form(ctx, errors);
  {
    soci::session sql(ctx.app.db.pool());
    auto m = managed_campaign(ctx, sql);
    if (m.campaign.status != "draft") errors.add("subject_fr", N_("A campaign that was sent can no longer be changed."));
  }
  if (!errors.empty()) return show_campaign(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    typed.id = ctx.param_id("id");
    save_campaign(sql, typed, now_seconds());
  });
  ctx.flash(N_("The campaign is saved."));
  return Response::redirect("/newsletters/campaigns/" + ctx.param("id"));
}

Response test_campaign(RequestContext& ctx) {
  ctx.app.db.transact([&](soci::session& sql) {
    auto m = managed_campaign(ctx, sql);
    queue_test(ctx.app, sql, m.list, m.campaign, ctx.user->email, ctx.user->lang.empty() ? ctx.lang : ctx.user->lang);
  });
  ctx.flash(N_("A test was sent to your own address."));
  return Response::redirect("/newsletters/campaigns/" + ctx.param("id"));
}

Response send_campaign_now(RequestContext& ctx) {
  bool started = ctx.app.db.transact([&](soci::session& sql) {
    auto m = managed_campaign(ctx, sql);
    bool ok = send_campaign(sql, m.campaign.id, now_seconds());
    if (ok) audit(sql, ctx, "newsletter.campaign.send", "newsletter_campaign:" + std::to_string(m.campaign.id));
    return ok;
  });
  ctx.flash(started ? N_("The campaign is being sent.") : N_("This campaign was already sent."));
  return Response::redirect("/newsletters/campaigns/" + ctx.param("id"));
}

}  // namespace maillage::newsletters
