// The pages a participant sees: the catalogue, an offer with its registration form, the private page of one
// registration (confirm the address, cancel), "my registrations", evaluations and certificates, calendar feeds.
#include <algorithm>
#include <map>

#include "offers/common.hpp"
#include "offers/dates.hpp"
#include "offers/handlers.hpp"
#include "offers/ical.hpp"
#include "offers/pdf.hpp"
#include "offers/service.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

namespace {
constexpr std::size_t kMaxName = 200, kMaxOrganisation = 300, kMaxFunction = 200, kMaxPhone = 30;

std::optional<Offer> visible_offer(RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto o = find_offer(sql, id);
  if (!o) return std::nullopt;
  if (may_organise(ctx, *o)) return o;
  if (o->status != "published" || !visible_to(*o, audience_of(ctx))) return std::nullopt;
  return o;
}

std::string status_text(RequestContext& ctx, Status s) { return ctx.tr(status_label(s)); }
}  // namespace

Response catalogue(RequestContext& ctx) {
  Page page(ctx, "offers/catalogue.tpl", N_("Meeting and training offers"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  OfferFilter f;
  f.type = valid_offer_type(ctx.q("type")) ? ctx.q("type") : "";
  f.bassin = ctx.q("bassin");
  f.language = ctx.q("language");
  if (f.language != "fr" && f.language != "nl" && f.language != "en") f.language.clear();
  f.audience = audience_of(ctx);
  if (auto range = month_range(ctx.q("month"))) {
    f.from = range->first;
    f.to = range->second;
    d.SetValue("MONTH", ctx.q("month"));
  }
  fill_type_options(ctx, d, f.type);
  fill_bassin_options(ctx, sql, d, f.bassin, false);
  for (auto [code, name] : {std::pair{"fr", "Français"}, {"nl", "Nederlands"}, {"en", "English"}}) {
    auto* o = d.AddSectionDictionary("LANGUAGE_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", name);
    if (f.language == code) o->ShowSection("SELECTED");
  }
  std::int64_t now = now_seconds();
  auto offers = list_offers(sql, f, now);
  // Grouped by type, in catalogue order, so that the list reads as a few clear families.
  for (auto& type : offer_types()) {
    ctemplate::TemplateDictionary* group = nullptr;
    for (auto& o : offers) {
      if (o.type != type) continue;
      if (!group) {
        group = d.AddSectionDictionary("GROUP");
        group->SetValue("GROUP_LABEL", ctx.tr(offer_type_label(type)));
        group->SetValue("GROUP_ID", type);
      }
      auto* c = group->AddSectionDictionary("OFFER");
      fill_offer(ctx, sql, *c, o);
      int upcoming = 0;
      for (auto& s : sessions_of(sql, o.id, now)) {
        if (s.starts_at <= now || s.status != "open") continue;
        if (upcoming++ == 0) {
          auto* n = c->AddSectionDictionary("NEXT");
          fill_session(ctx, *n, s);
        }
      }
      c->SetValue("UPCOMING", ctx.trn("{1} upcoming session", "{1} upcoming sessions", upcoming));
    }
  }
  if (offers.empty()) d.ShowSection("NO_OFFER");
  d.SetIntValue("COUNT", static_cast<long>(offers.size()));
  d.SetValue("COUNT_LABEL", ctx.trn("{1} offer", "{1} offers", static_cast<long>(offers.size())));
  if (ctx.user) d.ShowSection("LOGGED_IN_LINKS");
  return page.response();
}

namespace {
Response show_offer(RequestContext& ctx, std::int64_t id, const FormErrors& errors, int status) {
  soci::session sql(ctx.app.db.pool());
  auto o = visible_offer(ctx, sql, id);
  if (!o) throw not_found();
  Page page(ctx, "offers/offer.tpl", N_("Offer"));
  page.set_title(o->title(ctx.lang));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *o);
  std::int64_t now = now_seconds();
  std::string chosen = ctx.f("session_id");
  int registrable = 0;
  for (auto& s : sessions_of(sql, id, now)) {
    if (s.status == "proposed") continue;
    auto* sd = d.AddSectionDictionary("SESSION");
    fill_session(ctx, *sd, s);
    if (s.starts_at > now && s.status == "open") {
      ++registrable;
      auto* opt = d.AddSectionDictionary("SESSION_OPTION");
      fill_session(ctx, *opt, s);
      if (chosen == std::to_string(s.id) || (chosen.empty() && registrable == 1)) opt->ShowSection("CHECKED");
    }
  }
  if (registrable) d.ShowSection("CAN_REGISTER");
  if (registrable > 1 && (o->type == "intervision" || o->type == "community_of_practice" || o->type == "training"))
    d.SetIntValue("CYCLE_SESSIONS", registrable), d.ShowSection("CYCLE");
  else d.ShowSection("NO_SESSION");
  for (auto org : o->organisers) {
    std::string name;
    soci::indicator ind = soci::i_null;
    sql << "SELECT name FROM organisations WHERE id = :id", soci::use(org), soci::into(name, ind);
    if (ind == soci::i_ok) d.AddSectionDictionary("ORGANISER")->SetValue("NAME", name);
  }
  if (o->policy.approval_required) d.ShowSection("APPROVAL");
  if (o->policy.one_per_institution) d.ShowSection("ONE_PER_INSTITUTION");
  if (o->policy.sector_quota > 0) d.SetIntValue("QUOTA", o->policy.sector_quota), d.ShowSection("HAS_QUOTA");
  d.SetIntValue("CANCEL_HOURS", o->policy.cancellation_hours);
  if (!o->immersion_conditions.empty()) d.SetValueAndShowSection("CONDITIONS", o->immersion_conditions, "HAS_CONDITIONS");
  if (ctx.user) d.ShowSection("AS_USER");
  else d.ShowSection("AS_ANONYMOUS");
  if (may_organise(ctx, *o)) d.ShowSection("ORGANISER_LINKS");
  if (o->campaign_id) {
    std::string status;
    soci::indicator ind = soci::i_null;
    sql << "SELECT status FROM opendoor_campaigns WHERE id = :c", soci::use(o->campaign_id), soci::into(status, ind);
    if (ind == soci::i_ok && status == "published")
      d.SetValueAndShowSection("PROGRAMME_URL", "/offers/open-door/" + std::to_string(o->campaign_id), "HAS_PROGRAMME");
  }
  echo_fields(ctx, d, {"name", "email", "organisation", "function", "phone"});
  fill_sector_options(ctx, d, ctx.f("sector"));
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response offer_page(RequestContext& ctx) { return show_offer(ctx, ctx.param_id("id"), {}, 200); }

Response register_form(RequestContext& ctx) {
  auto offer_id = ctx.param_id("id");
  std::int64_t session_id = 0;
  try { session_id = std::stoll(ctx.f("session_id")); } catch (...) {}
  FormErrors errors;
  RegistrationRequest req;
  {
    soci::session sql(ctx.app.db.pool());
    auto o = visible_offer(ctx, sql, offer_id);
    if (!o) throw not_found();
    auto s = session_id ? find_session(sql, session_id, now_seconds()) : std::nullopt;
    if (!s || s->offer_id != offer_id || s->status == "proposed") errors.add("session_id", N_("Choose a session."));
  }
  if (ctx.user) {
    req = request_for_user(ctx);
  } else {
    req.name = field(ctx.f("name"), kMaxName);
    req.email = field(ctx.f("email"), 254);
    req.organisation_name = field(ctx.f("organisation"), kMaxOrganisation);
    req.function = field(ctx.f("function"), kMaxFunction);
    req.lang = ctx.lang == "qps" ? "en" : ctx.lang;
    if (req.name.empty()) errors.add("name", N_("Enter your name."));
    if (!looks_like_email(req.email)) errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
    if (req.organisation_name.empty()) errors.add("organisation", N_("Enter your organisation."));
  }
  req.session_id = session_id;
  req.sector = ctx.f("sector");
  req.phone = field(ctx.f("phone"), kMaxPhone);
  if (std::find(sectors().begin(), sectors().end(), req.sector) == sectors().end())
    errors.add("sector", N_("Choose a sector from the list."));
  if (!errors.empty()) return show_offer(ctx, offer_id, errors, 422);
  auto out = ctx.f("whole_cycle") == "1" ? register_cycle_and_notify(ctx.app, req) : register_and_notify(ctx.app, req);
  if (out.duplicate || out.status == Status::Refused) {
    FormErrors refusal;
    refusal.add("session_id", out.reason ? out.reason : N_("Registration for this session is closed."));
    return show_offer(ctx, offer_id, refusal, 409);
  }
  switch (out.status) {
    case Status::Confirmed: ctx.flash(N_("You are registered. A confirmation with a calendar file is on its way by e-mail.")); break;
    case Status::AwaitingEmail: ctx.flash(N_("A seat is held for you. Open the link we sent you by e-mail to confirm it.")); break;
    case Status::WaitingList: ctx.flash(N_("The session is full: you are on the waiting list and will be told by e-mail when a seat frees.")); break;
    default: ctx.flash(N_("Your registration is waiting for the organiser's approval. You will be told by e-mail.")); break;
  }
  if (ctx.user) return Response::redirect("/offers/mine");
  return Response::redirect("/offers/" + std::to_string(offer_id));
}

// --- The private page of one registration, reached from the e-mail link ---------------------------------

namespace {
std::int64_t registration_of_link(RequestContext& ctx) {
  auto id = registration_from_token(ctx.app, ctx.param("token"));
  if (!id) throw not_found();
  return *id;
}
}  // namespace

Response manage_registration(RequestContext& ctx) {
  auto id = registration_of_link(ctx);
  soci::session sql(ctx.app.db.pool());
  auto reg = find_registration(sql, id);
  if (!reg) throw not_found();
  auto o = find_offer(sql, reg->offer_id);
  auto s = find_session(sql, reg->session_id, now_seconds());
  Page page(ctx, "offers/registration.tpl", N_("Your registration"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *o);
  fill_session(ctx, d, *s);
  d.SetValue("TOKEN", ctx.param("token"));
  d.SetValue("NAME", reg->name);
  d.SetValue("STATUS", status_text(ctx, reg->status));
  d.SetValue("STATUS_CODE", status_code(reg->status));
  if (!reg->email_verified && is_active(reg->status)) d.ShowSection("CAN_CONFIRM");
  if (is_active(reg->status) && may_cancel(o->policy, s->starts_at, now_seconds())) d.ShowSection("CAN_CANCEL");
  if (!reg->refusal_reason.empty()) d.SetValueAndShowSection("REASON", reg->refusal_reason, "HAS_REASON");
  return page.response();
}

Response confirm_registration(RequestContext& ctx) {
  auto id = registration_of_link(ctx);
  const char* refusal = ctx.app.db.transact([&](soci::session& sql) {
    auto before = find_registration(sql, id);
    auto r = confirm_email(sql, id, now_seconds());
    auto after = find_registration(sql, id);
    if (!r && before && after && before->status != Status::Confirmed && after->status == Status::Confirmed)
      notify(ctx.app, sql, id, "confirmed");
    return r;
  });
  ctx.flash(refusal ? refusal : N_("Your e-mail address is confirmed."));
  return Response::redirect("/offers/r/" + ctx.param("token"));
}

Response cancel_by_link(RequestContext& ctx) {
  auto id = registration_of_link(ctx);
  const char* refusal = ctx.app.db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    auto r = cancel_registration(sql, id, false, now_seconds(), promoted);
    if (!r) notify(ctx.app, sql, id, "cancelled");
    notify_promoted(ctx.app, sql, promoted);
    return r;
  });
  ctx.flash(refusal ? refusal : N_("Your registration is cancelled. Thank you for freeing the seat."));
  return Response::redirect("/offers/r/" + ctx.param("token"));
}

// --- My registrations ------------------------------------------------------------------------------------

Response my_registrations(RequestContext& ctx) {
  Page page(ctx, "offers/mine.tpl", N_("My registrations"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  int n = 0;
  for (auto& reg : registrations_of_person(sql, ctx.user->id, ctx.user->email)) {
    auto o = find_offer(sql, reg.offer_id);
    auto s = find_session(sql, reg.session_id, now);
    if (!o || !s) continue;
    ++n;
    bool past = s->ends_at <= now;
    auto* r = d.AddSectionDictionary(past ? "PAST_REGISTRATION" : "REGISTRATION");
    fill_offer(ctx, sql, *r, *o);
    fill_session(ctx, *r, *s);
    r->SetIntValue("ID", reg.id);
    r->SetValue("STATUS", status_text(ctx, reg.status));
    r->SetValue("STATUS_CODE", status_code(reg.status));
    if (!past && is_active(reg.status) && may_cancel(o->policy, s->starts_at, now)) r->ShowSection("CAN_CANCEL");
    if (past && reg.attendance == "present") {
      r->ShowSection("CERTIFICATE");
      int answered = 0;
      sql << "SELECT COUNT(*) FROM evaluation_answers WHERE registration_id = :r", soci::use(reg.id), soci::into(answered);
      if (!answered) {
        r->ShowSection("EVALUATE");
        auto* p = d.AddSectionDictionary("PENDING_EVALUATION");
        p->SetIntValue("ID", reg.id);
        p->SetValue("TITLE", o->title(ctx.lang));
      }
    }
    if (past && reg.attendance == "no_show") r->ShowSection("NO_SHOW");
  }
  if (!n) d.ShowSection("NONE");
  d.SetValue("CALENDAR_URL", ctx.app.base_url() + "/offers/calendar/" + calendar_token(ctx.app, ctx.user->id) + ".ics");
  return page.response();
}

namespace {
// The caller's own registration (the path id), or 404: a person never reaches someone else's.
Registration own_registration(RequestContext& ctx, soci::session& sql) {
  auto reg = find_registration(sql, ctx.param_id("id"));
  if (!reg || (reg->user_id != ctx.user->id && reg->email != ctx.user->email)) throw not_found();
  return *reg;
}
}  // namespace

Response cancel_mine(RequestContext& ctx) {
  std::int64_t id;
  {
    soci::session sql(ctx.app.db.pool());
    id = own_registration(ctx, sql).id;
  }
  const char* refusal = ctx.app.db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> promoted;
    auto r = cancel_registration(sql, id, false, now_seconds(), promoted);
    if (!r) notify(ctx.app, sql, id, "cancelled");
    notify_promoted(ctx.app, sql, promoted);
    return r;
  });
  ctx.flash(refusal ? refusal : N_("Your registration is cancelled. Thank you for freeing the seat."));
  return Response::redirect("/offers/mine");
}

// --- Evaluation and certificate (only for people marked present) ---------------------------------------

namespace {
struct Question {
  std::int64_t id = 0;
  std::string kind, text, choices;
};

std::vector<Question> questions_for(soci::session& sql, const Offer& o, const std::string& lang) {
  std::vector<Question> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, kind, text_fr, text_nl, text_en, choices FROM evaluation_questions WHERE (offer_id IS NULL "
                      "AND (offer_type = '' OR offer_type = :t)) OR offer_id = :o ORDER BY position, id",
       soci::use(o.type), soci::use(o.id));
  for (auto& r : rs) {
    std::string text = lang == "nl" ? as_text(r, 3) : (lang == "en" || lang == "qps") ? as_text(r, 4) : as_text(r, 2);
    out.push_back({as_int(r, 0), as_text(r, 1), text, as_text(r, 5)});
  }
  return out;
}

Registration attended_registration(RequestContext& ctx, soci::session& sql) {
  auto reg = own_registration(ctx, sql);
  if (reg.attendance != "present")
    throw HttpError{403, N_("Only people marked present at the session can answer the questionnaire or get a certificate.")};
  return reg;
}

const char* choice_label(const std::string& c) {
  if (c == "yes") return N_("Yes");
  if (c == "no") return N_("No");
  return N_("Other");
}
}  // namespace

Response evaluation_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto reg = attended_registration(ctx, sql);
  auto o = find_offer(sql, reg.offer_id);
  Page page(ctx, "offers/evaluation.tpl", N_("Evaluation"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *o);
  d.SetIntValue("ID", reg.id);
  int answered = 0;
  sql << "SELECT COUNT(*) FROM evaluation_answers WHERE registration_id = :r", soci::use(reg.id), soci::into(answered);
  if (answered) d.ShowSection("ANSWERED");
  else d.ShowSection("FORM");
  for (auto& q : questions_for(sql, *o, ctx.lang)) {
    auto* qd = d.AddSectionDictionary("QUESTION");
    qd->SetIntValue("QID", q.id);
    qd->SetValue("TEXT", q.text);
    if (q.kind == "scale") {
      auto* s = qd->AddSectionDictionary("SCALE");
      for (int i = 1; i <= 5; ++i) s->AddSectionDictionary("POINT")->SetIntValue("VALUE", i);
    } else if (q.kind == "choice") {
      auto* c = qd->AddSectionDictionary("CHOICE");
      std::size_t pos = 0;
      while (pos <= q.choices.size()) {
        auto bar = q.choices.find('|', pos);
        if (bar == std::string::npos) bar = q.choices.size();
        auto value = q.choices.substr(pos, bar - pos);
        auto* opt = c->AddSectionDictionary("OPTION");
        opt->SetValue("VALUE", value);
        opt->SetValue("LABEL", ctx.tr(choice_label(value)));
        pos = bar + 1;
      }
    } else {
      qd->ShowSection("FREE_TEXT");
    }
  }
  return page.response();
}

Response evaluation_submit(RequestContext& ctx) {
  Registration reg;
  std::vector<Question> questions;
  {
    soci::session sql(ctx.app.db.pool());
    reg = attended_registration(ctx, sql);
    questions = questions_for(sql, *find_offer(sql, reg.offer_id), ctx.lang);
  }
  std::int64_t now = now_seconds();
  ctx.app.db.transact([&](soci::session& sql) {
    for (auto& q : questions) {
      std::string value = ctx.f("q" + std::to_string(q.id));
      if (value.empty()) continue;
      int score = 0;
      soci::indicator score_ind = soci::i_null;
      std::string text;
      if (q.kind == "scale") {
        try { score = std::stoi(value); } catch (...) { continue; }
        if (score < 1 || score > 5) continue;
        score_ind = soci::i_ok;
      } else {
        text = field(value, 4000);
      }
      sql << "INSERT INTO evaluation_answers (registration_id, question_id, score, answer, answered_at) VALUES (:r, :q, :s, "
             ":a, :t) ON CONFLICT (registration_id, question_id) DO UPDATE SET score = excluded.score, answer = "
             "excluded.answer, answered_at = excluded.answered_at",
          soci::use(reg.id), soci::use(q.id), soci::use(score, score_ind), soci::use(text), soci::use(now);
    }
  });
  ctx.flash(N_("Thank you: your answers are saved."));
  return Response::redirect("/offers/mine");
}

namespace {
struct CertificateData {
  std::string name, organisation, offer, type, date, hours;
  double hours_value = 0;
};

CertificateData certificate_data(RequestContext& ctx, soci::session& sql, const Registration& reg) {
  auto o = find_offer(sql, reg.offer_id);
  auto s = find_session(sql, reg.session_id, now_seconds());
  CertificateData c;
  c.name = reg.name.empty() ? reg.email : reg.name;
  c.organisation = reg.organisation_name;
  c.offer = o->title(ctx.lang);
  c.type = ctx.tr(offer_type_label(o->type));
  c.date = ctx.app.i18n.date(ctx.lang, s->starts_at);
  c.hours_value = certified_hours({{s->starts_at, s->ends_at}});
  c.hours = hours_label(ctx, c.hours_value);
  return c;
}
}  // namespace

Response certificate_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto reg = attended_registration(ctx, sql);
  auto c = certificate_data(ctx, sql, reg);
  Page page(ctx, "offers/certificate.tpl", N_("Attendance certificate"));
  auto& d = page.dict();
  d.SetValue("NAME", c.name);
  d.SetValue("ORGANISATION", c.organisation);
  d.SetValue("OFFER", c.offer);
  d.SetValue("TYPE_LABEL", c.type);
  d.SetValue("DATE", c.date);
  d.SetValue("HOURS", c.hours);
  d.SetIntValue("ID", reg.id);
  return page.response();
}

Response certificate_pdf(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto reg = attended_registration(ctx, sql);
  auto c = certificate_data(ctx, sql, reg);
  auto fill = [&](const char* msgid) {
    std::string t = ctx.tr(msgid);
    for (auto [key, value] : {std::pair{"{{NAME}}", &c.name}, {"{{OFFER}}", &c.offer}, {"{{DATE}}", &c.date},
                              {"{{HOURS}}", &c.hours}, {"{{ORGANISATION}}", &c.organisation}, {"{{TYPE}}", &c.type}})
      for (std::size_t p; (p = t.find(key)) != std::string::npos;) t.replace(p, std::string(key).size(), *value);
    return t;
  };
  std::vector<PdfLine> lines = {
      {"Maillage", 11, false, 0},
      {ctx.tr(N_("Attendance certificate")), 22, true, 24},
      {fill(N_("This certifies that {{NAME}}")), 13, false, 30},
      {fill(N_("of {{ORGANISATION}}")), 13, false, 0},
      {fill(N_("attended {{OFFER}} ({{TYPE}}) on {{DATE}},")), 13, false, 0},
      {fill(N_("for {{HOURS}} hours, recognised as continuing training.")), 13, false, 0},
      {ctx.tr(N_("Issued by Maillage, the coordination platform of the Brussels care areas.")), 10, false, 40},
  };
  auto pdf = pdf_document(ctx.tr(N_("Attendance certificate")), lines);
  return Response::text(200, std::move(pdf), "application/pdf")
      .header("Content-Disposition", "inline; filename=\"certificate-" + std::to_string(reg.id) + ".pdf\"");
}

// --- Calendar feeds ------------------------------------------------------------------------------------

Response person_calendar(RequestContext& ctx) {
  std::string token = ctx.param("token");
  if (token.size() < 5 || token.substr(token.size() - 4) != ".ics") throw not_found();
  auto user = user_from_calendar_token(ctx.app, token.substr(0, token.size() - 4));
  if (!user) throw not_found();
  soci::session sql(ctx.app.db.pool());
  return Response::text(200, person_feed(ctx.app, sql, *user, ctx.lang), "text/calendar; charset=utf-8")
      .header("Cache-Control", "private, max-age=300");
}

Response offer_calendar(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto o = visible_offer(ctx, sql, ctx.param_id("id"));
  if (!o) throw not_found();
  return Response::text(200, offer_feed(ctx.app, sql, *o, ctx.lang), "text/calendar; charset=utf-8");
}

}  // namespace maillage::offers
