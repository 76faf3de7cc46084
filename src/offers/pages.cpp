// The pages a participant sees: the catalogue, an offer with its registration form, the private page of one
// registration (confirm the address, cancel, after the session its questionnaire and certificate), "my
// registrations", calendar feeds. The questionnaire and the certificate themselves are in after_session.cpp.
#include <algorithm>
#include <map>

#include "agenda/easy_read.hpp"
#include "agenda/session_requests.hpp"
#include "offers/agreements.hpp"
#include "offers/common.hpp"
#include "platform/brussels_time.hpp"
#include "offers/handlers.hpp"
#include "offers/head_counts.hpp"
#include "platform/ical.hpp"
#include "offers/questions.hpp"
#include "offers/service.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/phone.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/zones.hpp"

namespace maillage::offers {

namespace {
constexpr std::size_t kMaxName = 200, kMaxOrganisation = 300, kMaxFunction = 200, kMaxPhone = 30;

// The offer of the path as the caller may see it. `network_only`: a published immersion the caller may not see
// because none of its organisations is in the immersion network; the page says so and shows the way in.
struct VisibleOffer {
  std::optional<Offer> offer;
  bool network_only = false;
};
VisibleOffer visible_offer(RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto o = find_offer(sql, id);
  if (!o) return {};
  if (may_organise(ctx, *o)) return {o};
  if (o->status != "published") return {};
  auto audience = audience_of(ctx, sql);
  if (hidden_as_immersion(*o, audience)) return {std::nullopt, true};
  if (!visible_to(*o, audience)) return {};
  return {o};
}

// What a caller outside the immersion network sees instead of an immersion: why, and how to join.
Response network_only_page(RequestContext& ctx, std::int64_t offer_id) {
  Page page(ctx, "offers/network_only.tpl", N_("Immersions are for the immersion network"));
  auto& d = page.dict();
  d.SetIntValue("OFFER_ID", offer_id);
  if (!ctx.user) d.ShowSection("ANONYMOUS");
  else d.ShowSection("LOGGED_IN");
  return page.response(403);
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
  f.audience = audience_of(ctx, sql);
  // Outside the immersion network the immersions are not listed: the catalogue says where they are.
  if (!f.audience.immersion_network && (f.type.empty() || f.type == "immersion")) {
    d.ShowSection("IMMERSIONS_FOR_NETWORK");
    if (ctx.user) d.ShowSection("NETWORK_LINK");
  }
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
  // By zone (territory/zones.hpp), as by bassin: the offers with a session whose place falls in the zone.
  std::optional<territory::Zone> zone;
  for (auto& z : territory::list_zones(sql)) {
    auto* o = d.AddSectionDictionary("ZONE_OPTION");
    o->SetValue("CODE", z.slug);
    o->SetValue("LABEL", z.name(ctx.lang));
    d.ShowSection("HAS_ZONES");
    if (z.slug == ctx.q("zone")) o->ShowSection("SELECTED"), zone = z;
  }
  if (zone) {
    auto places = territory::snapshot(ctx.app.db);
    std::erase_if(offers, [&](const Offer& o) {
      for (auto& s : sessions_of(sql, o.id, now))
        if ((!s.postal_code.empty() || !s.quarter_code.empty()) &&
            territory::in_zone(*zone, {s.postal_code, "", s.quarter_code}, places.get()))
          return false;
      return true;
    });
  }
  // Grouped by type, in catalogue order, so that the list reads as a few clear families.
  for (auto& type : offer_types()) {
    Dictionary* group = nullptr;
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
  auto [o, network_only] = visible_offer(ctx, sql, id);
  if (network_only) return network_only_page(ctx, id);
  if (!o) throw not_found();
  Page page(ctx, "offers/offer.tpl", N_("Offer"));
  page.set_title(o->title(ctx.lang));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *o);
  if (auto easy = agenda::easy_text_of(sql, o->id); !easy.empty())
    d.SetValueAndShowSection("EASY_TEXT", easy.in(ctx.lang), "HAS_EASY_TEXT");
  std::int64_t now = now_seconds();
  std::string chosen = ctx.f("session_id");
  if (chosen.empty()) chosen = ctx.q("session");  // the agenda links to one session
  int registrable = 0;
  for (auto& s : sessions_of(sql, id, now)) {
    if (s.status == "proposed") continue;
    auto* sd = d.AddSectionDictionary("SESSION");
    fill_session(ctx, *sd, s);
    // Replays (agenda/session_requests.hpp): the recording of a session that took place.
    if (auto rec = agenda::recording_of(sql, s.id); !rec.empty()) sd->SetValueAndShowSection("RECORDING_URL", rec, "HAS_RECORDING");
    if (s.ends_at <= now && s.status != "cancelled" && may_organise(ctx, *o)) sd->ShowSection("CAN_RECORD");
    if (s.starts_at > now && s.status == "open") {
      ++registrable;
      auto* opt = d.AddSectionDictionary("SESSION_OPTION");
      fill_session(ctx, *opt, s);
      if (chosen == std::to_string(s.id) || (chosen.empty() && registrable == 1)) opt->ShowSection("CHECKED");
    }
  }
  // The head counts of a recurring group, as a table (the source, and what a screen reader reads) and a chart.
  if (auto counts = head_counts(sql, id); !counts.empty()) {
    auto* h = d.AddSectionDictionary("HEAD_COUNTS");
    long total = 0;
    int highest = 0;
    for (auto& c : counts) {
      auto* row = h->AddSectionDictionary("HEAD_COUNT_ROW");
      row->SetValue("DATE", ctx.app.i18n.date(ctx.lang, c.starts_at));
      row->SetIntValue("COUNT", c.count);
      total += c.count;
      highest = std::max(highest, c.count);
    }
    h->SetIntValue("SESSIONS", static_cast<long>(counts.size()));
    h->SetValue("AVERAGE", ctx.app.i18n.number(ctx.lang, static_cast<double>(total) / counts.size(), 1));
    h->SetIntValue("HIGHEST", highest);
    h->SetIntValue("TOTAL", total);
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
  // Service users and their relatives register with a name and a phone number, without account or address.
  bool by_phone = !ctx.user && takes_phone_registrations(*o);
  if (by_phone) d.ShowSection("BY_PHONE");
  if (!by_phone || o->audience == "everyone") d.ShowSection("BY_EMAIL");
  if (by_phone && o->audience == "everyone") d.ShowSection("BOTH_WAYS");
  if (may_organise(ctx, *o)) d.ShowSection("ORGANISER_LINKS");
  if (o->campaign_id) {
    std::string status;
    soci::indicator ind = soci::i_null;
    sql << "SELECT status FROM opendoor_campaigns WHERE id = :c", soci::use(o->campaign_id), soci::into(status, ind);
    if (ind == soci::i_ok && status == "published")
      d.SetValueAndShowSection("PROGRAMME_URL", "/offers/open-door/" + std::to_string(o->campaign_id), "HAS_PROGRAMME");
  }
  echo_fields(ctx, d, {"name", "email", "organisation", "function", "phone", "caller_name", "caller_phone"});
  fill_sector_options(ctx, d, "SECTOR_OPTION", *sectors(ctx.app.db), ctx.f("sector"));
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
    auto [o, network_only] = visible_offer(ctx, sql, offer_id);
    if (network_only) return network_only_page(ctx, offer_id);
    if (!o) throw not_found();
    // The session's offer and status only: its seats are counted once, under the lock of the registration.
    auto s = session_id ? find_offer_of_session(sql, session_id) : std::nullopt;
    if (!s || s->offer.id != offer_id || s->session_status == "proposed") errors.add("session_id", N_("Choose a session."));
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
  req.client_ip = ctx.remote_ip;
  req.sector = ctx.f("sector");
  req.phone = field(ctx.f("phone"), kMaxPhone);
  if (!sectors(ctx.app.db)->offered(req.sector))
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

// A service user (or a relative) registers with a name or a pseudonym and a phone number: no account, no address,
// no mail. The seat is given at once under the same lock as any other; the page that follows is the confirmation.
Response register_by_phone(RequestContext& ctx) {
  auto offer_id = ctx.param_id("id");
  std::int64_t session_id = 0;
  try { session_id = std::stoll(ctx.f("session_id")); } catch (...) {}
  FormErrors errors;
  RegistrationRequest req;
  std::optional<Offer> offer;
  {
    soci::session sql(ctx.app.db.pool());
    auto [o, network_only] = visible_offer(ctx, sql, offer_id);
    if (network_only) return network_only_page(ctx, offer_id);
    if (!o || !takes_phone_registrations(*o)) throw not_found();
    offer = o;
    auto s = session_id ? find_offer_of_session(sql, session_id) : std::nullopt;
    if (!s || s->offer.id != offer_id || s->session_status == "proposed") errors.add("phone_session", N_("Choose a day."));
  }
  req.name = field(ctx.f("caller_name"), kMaxName);
  auto phone = normalise_phone(field(ctx.f("caller_phone"), kMaxPhone));
  if (req.name.empty()) errors.add("caller_name", N_("Write your first name, or a name you choose."));
  if (!phone) errors.add("caller_phone", N_("Write a phone number we can call, such as 0470 12 34 56 or 02 511 22 33."));
  if (!errors.empty()) return show_offer(ctx, offer_id, errors, 422);
  req.session_id = session_id;
  req.client_ip = ctx.remote_ip;
  req.lang = ctx.lang == "qps" ? "en" : ctx.lang;
  req.phone = *phone;
  req.email = phone_contact(*phone);
  req.email_verified = true;  // no address to confirm: the seat is not held, it is given
  req.by_phone = true;
  auto out = register_and_notify(ctx.app, req);
  if (out.duplicate || out.status == Status::Refused) {
    FormErrors refusal;
    refusal.add("phone_session", out.duplicate ? N_("This phone number is already registered for this day.")
                                 : out.reason ? out.reason : N_("Registration for this session is closed."));
    return show_offer(ctx, offer_id, refusal, 409);
  }
  soci::session sql(ctx.app.db.pool());
  auto s = find_session(sql, session_id, now_seconds());
  Page page(ctx, "offers/registered_by_phone.tpl", N_("You are registered"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *offer);
  fill_session(ctx, d, *s);
  d.SetValue("CALLER_NAME", req.name);
  d.SetValue("CALLER_PHONE", phone_for_display(*phone));
  d.SetValue("LINK", "/offers/r/" + registration_token(ctx.app, out.id));
  switch (out.status) {
    case Status::Confirmed: d.ShowSection("CONFIRMED"); break;
    case Status::WaitingList: d.ShowSection("WAITING_LIST"); break;
    default: d.ShowSection("TO_APPROVE"); break;
  }
  return page.response();
}

// --- The private page of one registration, reached from the e-mail link ---------------------------------

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
  // A member of a community of practice reads and gives their agreement from here.
  if (auto a = agreement_of_registration(sql, reg->id); a && a->kind == "community_of_practice") {
    auto* ad = d.AddSectionDictionary("PARTICIPATION_AGREEMENT");
    fill_agreement_status(ctx, *ad, *a);
    ad->ShowSection(a->party("participant")->agreed() ? "READ_ONLY" : "TO_AGREE");
  }
  // Someone who came finds the questionnaire and the certificate here, with or without an account.
  if (reg->attendance == "present")
    d.AddSectionDictionary("ATTENDED")->ShowSection(has_answered(sql, reg->id) ? "ANSWERED" : "NOT_ANSWERED");
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
    if (auto a = agreement_of_registration(sql, reg.id); a && a->kind == "community_of_practice") {
      auto* ad = r->AddSectionDictionary("PARTICIPATION_AGREEMENT");
      fill_agreement_status(ctx, *ad, *a);
      ad->SetIntValue("ID", reg.id);
      ad->ShowSection(a->party("participant")->agreed() ? "READ_ONLY" : "TO_AGREE");
    }
    if (past && reg.attendance == "present") {
      r->ShowSection("CERTIFICATE");
      if (!has_answered(sql, reg.id)) {
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
  auto o = visible_offer(ctx, sql, ctx.param_id("id")).offer;
  if (!o) throw not_found();
  return Response::text(200, offer_feed(ctx.app, sql, *o, ctx.lang), "text/calendar; charset=utf-8");
}

}  // namespace maillage::offers
