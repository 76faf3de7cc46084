#include "agenda/session_requests.hpp"

#include <algorithm>
#include <map>

#include "directory/model.hpp"
#include "offers/common.hpp"
#include "offers/model.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::agenda {

namespace {
const char* kColumns =
    "SELECT id, organisation_name, contact_name, email, phone, theme, bassin, place, postal_code, wished, message, "
    "lang, status, decline_reason, participants, COALESCE(user_id, 0), COALESCE(decided_by, 0), "
    "COALESCE(decided_at, 0), COALESCE(session_id, 0), created_at FROM session_requests ";

SessionRequest request_from(const soci::row& r) {
  SessionRequest s;
  s.id = as_int(r, 0);
  s.organisation_name = as_text(r, 1);
  s.contact_name = as_text(r, 2);
  s.email = as_text(r, 3);
  s.phone = as_text(r, 4);
  s.theme = as_text(r, 5);
  s.bassin = as_text(r, 6);
  s.place = as_text(r, 7);
  s.postal_code = as_text(r, 8);
  s.wished = as_text(r, 9);
  s.message = as_text(r, 10);
  s.lang = as_text(r, 11);
  s.status = as_text(r, 12);
  s.decline_reason = as_text(r, 13);
  s.participants = static_cast<int>(as_int(r, 14));
  s.user_id = as_int(r, 15);
  s.decided_by = as_int(r, 16);
  s.decided_at = as_int(r, 17);
  s.session_id = as_int(r, 18);
  s.created_at = as_int(r, 19);
  return s;
}

std::vector<RequestCount> counts(soci::session& sql, const std::string& column, std::int64_t from, std::int64_t to) {
  std::vector<RequestCount> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT " + column + ", COUNT(*) FROM session_requests WHERE created_at >= "
                                                                   ":f AND created_at < :t GROUP BY " + column +
                                                   " ORDER BY " + column,
                                soci::use(from), soci::use(to));
  for (auto& r : rs) out.push_back({as_text(r, 0), static_cast<int>(as_int(r, 1))});
  return out;
}
}  // namespace

std::int64_t insert_request(soci::session& sql, SessionRequest& r) {
  soci::indicator user = r.user_id ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO session_requests (organisation_name, contact_name, email, phone, theme, bassin, place, postal_code, "
         "wished, participants, message, lang, user_id, status, created_at) VALUES (:o, :c, :e, :p, :t, :b, :pl, :pc, :w, "
         ":n, :m, :l, :u, 'new', :at) RETURNING id",
      soci::use(r.organisation_name), soci::use(r.contact_name), soci::use(r.email), soci::use(r.phone), soci::use(r.theme),
      soci::use(r.bassin), soci::use(r.place), soci::use(r.postal_code), soci::use(r.wished), soci::use(r.participants),
      soci::use(r.message), soci::use(r.lang), soci::use(r.user_id, user), soci::use(r.created_at), soci::into(r.id);
  return r.id;
}

std::optional<SessionRequest> find_request(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kColumns) + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return request_from(r);
  return std::nullopt;
}

std::vector<SessionRequest> list_requests(soci::session& sql, const std::vector<std::string>& bassins, int limit) {
  std::vector<SessionRequest> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kColumns) + "ORDER BY created_at DESC, id DESC LIMIT :n", soci::use(limit * 10));
  for (auto& r : rs) {
    auto s = request_from(r);
    if (!bassins.empty() && std::find(bassins.begin(), bassins.end(), s.bassin) == bassins.end()) continue;
    out.push_back(std::move(s));
    if (static_cast<int>(out.size()) >= limit) break;
  }
  return out;
}

std::vector<RequestCount> requests_by_bassin(soci::session& sql, std::int64_t from, std::int64_t to) {
  return counts(sql, "bassin", from, to);
}
std::vector<RequestCount> requests_by_theme(soci::session& sql, std::int64_t from, std::int64_t to) {
  return counts(sql, "theme", from, to);
}

std::int64_t schedule_request(soci::session& sql, SessionRequest& r, const Scheduling& s, std::int64_t now) {
  offers::Offer o;
  o.type = "information_session";
  o.title_fr = s.title_fr;
  o.title_nl = s.title_nl;
  o.title_en = s.title_en;
  o.description_fr = r.message;
  o.territory = r.bassin;
  o.theme = r.theme;
  o.visibility = "professionals";
  o.status = "published";
  o.capacity = r.participants > 0 ? r.participants : 20;
  o.created_by = s.decided_by;
  offers::save_offer(sql, o);
  offers::Session session;
  session.offer_id = o.id;
  session.starts_at = s.starts_at;
  session.ends_at = s.ends_at;
  session.place = r.organisation_name + (r.place.empty() ? "" : ", " + r.place);
  session.postal_code = r.postal_code;
  session.capacity = o.capacity;
  offers::save_session(sql, session);
  sql << "UPDATE session_requests SET status = 'scheduled', session_id = :s, decided_by = :b, decided_at = :t WHERE id = :id",
      soci::use(session.id), soci::use(s.decided_by), soci::use(now), soci::use(r.id);
  r.status = "scheduled";
  r.session_id = session.id;
  return session.id;
}

bool decline_request(soci::session& sql, std::int64_t id, const std::string& reason, std::int64_t by, std::int64_t now) {
  soci::statement st = (sql.prepare << "UPDATE session_requests SET status = 'declined', decline_reason = :r, decided_by = "
                                       ":b, decided_at = :t WHERE id = :id AND status = 'new'",
                        soci::use(reason), soci::use(by), soci::use(now), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::string recording_of(soci::session& sql, std::int64_t session_id) {
  std::string url;
  soci::indicator ind = soci::i_null;
  sql << "SELECT recording_url FROM offer_sessions WHERE id = :id", soci::use(session_id), soci::into(url, ind);
  return ind == soci::i_ok ? url : "";
}

void set_recording(soci::session& sql, std::int64_t session_id, const std::string& url) {
  sql << "UPDATE offer_sessions SET recording_url = :u WHERE id = :id", soci::use(url), soci::use(session_id);
}

// ---- Pages -------------------------------------------------------------------------------------------------
namespace {
constexpr std::size_t kMaxText = 300, kMaxMessage = 4000;

std::string text_field(const RequestContext& ctx, const char* name, std::size_t max) {
  std::string t = clean_text(ctx.f(name));
  return utf8_length(t) > max ? std::string() : t;
}

// Bassins whose requests the caller handles; empty with all = true for the region's coordinators.
struct Handles {
  bool all = false;
  std::vector<std::string> bassins;
  bool covers(const std::string& bassin) const {
    return all || std::find(bassins.begin(), bassins.end(), bassin) != bassins.end();
  }
};
Handles handles_of(const RequestContext& ctx) {
  Handles h;
  if (!ctx.user) return h;
  if (ctx.user->is_admin()) h.all = true;
  for (auto& g : ctx.user->grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") h.all = true;
    if (g.scope_type == "bassin") h.bassins.push_back(g.scope_id);
  }
  return h;
}

void fill_theme_options(RequestContext& ctx, soci::session& sql, Dictionary& d, const std::string& chosen) {
  for (auto& t : directory::list_terms(sql, "themes")) {
    auto* o = d.AddSectionDictionary(tpl_name("THEME_OPTION"));
    o->SetValue(tpl_name("CODE"), t.code);
    o->SetValue(tpl_name("LABEL"), directory::pick(t.label, ctx.lang == "qps" ? "en" : ctx.lang));
    if (t.code == chosen) o->ShowSection(tpl_name("SELECTED"));
  }
}

std::string theme_label(RequestContext& ctx, soci::session& sql, const std::string& code) {
  for (auto& t : directory::list_terms(sql, "themes"))
    if (t.code == code) return directory::pick(t.label, ctx.lang == "qps" ? "en" : ctx.lang);
  return code;
}

std::string bassin_label(RequestContext& ctx, soci::session& sql, const std::string& slug) {
  if (slug == "region" || slug.empty()) return ctx.tr(N_("Brussels-Capital Region"));
  return territory::bassin_name(sql, slug, ctx.lang);
}

Response show_form(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "agenda/request_form.tpl", N_("Ask for an information session"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  bool typed = ctx.method == Method::Post;
  auto value = [&](const char* field, const std::string& fallback) { return typed ? ctx.f(field) : fallback; };
  std::string org = ctx.user && !ctx.user->memberships.empty() ? ctx.user->memberships.front().organisation_name : "";
  d.SetValue("ORGANISATION", value("organisation", org));
  d.SetValue("CONTACT", value("contact", ctx.user ? ctx.user->name : ""));
  d.SetValue("EMAIL", value("email", ctx.user ? ctx.user->email : ""));
  echo_fields(ctx, d, {"phone", "postal_code", "place", "wished", "participants", "message"});
  fill_theme_options(ctx, sql, d, ctx.f("theme"));
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response request_form(RequestContext& ctx) { return show_form(ctx, {}, 200); }

Response request_submit(RequestContext& ctx) {
  FormErrors errors;
  SessionRequest r;
  r.organisation_name = text_field(ctx, "organisation", kMaxText);
  r.contact_name = text_field(ctx, "contact", kMaxText);
  r.email = text_field(ctx, "email", 254);
  r.phone = text_field(ctx, "phone", 30);
  r.theme = ctx.f("theme");
  r.postal_code = text_field(ctx, "postal_code", 8);
  r.place = text_field(ctx, "place", kMaxText);
  r.wished = text_field(ctx, "wished", kMaxText);
  r.message = text_field(ctx, "message", kMaxMessage);
  r.participants = offers::int_field(ctx.f("participants"), 0);
  r.lang = ctx.lang == "nl" || ctx.lang == "en" ? ctx.lang : "fr";
  r.user_id = ctx.user ? ctx.user->id : 0;
  r.created_at = now_seconds();
  if (r.organisation_name.empty()) errors.add("organisation", N_("Enter your organisation."));
  if (r.contact_name.empty()) errors.add("contact", N_("Enter your name."));
  if (!looks_like_email(r.email)) errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
  if (r.participants < 0 || r.participants > 1000) errors.add("participants", N_("Give the number of participants, from 1 to 1,000."));
  {
    soci::session sql(ctx.app.db.pool());
    bool known = false;
    for (auto& t : directory::list_terms(sql, "themes")) known = known || t.code == r.theme;
    if (!known) errors.add("theme", N_("Choose a theme from the list."));
    if (!r.postal_code.empty()) {
      if (auto place = territory::locate(sql, r.postal_code)) r.bassin = place->bassin.slug.empty() ? "region" : place->bassin.slug;
    }
  }
  if (!errors.empty()) return show_form(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) { insert_request(sql, r); });
  ctx.flash(N_("Thank you: your request is sent to the coordination team of your care area, who will contact you."));
  return Response::redirect("/agenda");
}

Response requests_page(RequestContext& ctx) {
  auto h = handles_of(ctx);
  Page page(ctx, "agenda/requests.tpl", N_("Information sessions on request"));
  soci::session sql(ctx.app.db.pool());
  auto& d = page.dict();
  int year = to_brussels(now_seconds()).year;
  if (auto y = offers::int_field(ctx.q("year"), 0); y >= 2000 && y <= 2100) year = y;
  auto period = *year_period(year);
  d.SetIntValue("YEAR", year);
  d.SetIntValue("PREVIOUS_YEAR", year - 1);
  d.SetIntValue("NEXT_YEAR", year + 1);
  int total = 0;
  // The table the networks publish: requests received by care area ("Région" for the region's team).
  std::map<std::string, int> by_bassin;
  for (auto& c : requests_by_bassin(sql, period.from, period.to)) by_bassin[c.key] = c.count, total += c.count;
  std::vector<std::string> keys = {"region"};
  for (auto& b : territory::list_bassins(sql)) keys.push_back(b.slug);
  for (auto& k : keys) {
    auto* row = d.AddSectionDictionary("BASSIN_ROW");
    row->SetValue("LABEL", bassin_label(ctx, sql, k));
    row->SetIntValue("COUNT", by_bassin[k]);
  }
  for (auto& c : requests_by_theme(sql, period.from, period.to)) {
    auto* row = d.AddSectionDictionary("THEME_ROW");
    row->SetValue("LABEL", theme_label(ctx, sql, c.key));
    row->SetIntValue("COUNT", c.count);
  }
  d.SetIntValue("TOTAL", total);
  auto requests = list_requests(sql, h.all ? std::vector<std::string>{} : h.bassins);
  int shown = 0;
  for (auto& r : requests) {
    if (!h.covers(r.bassin)) continue;
    auto* row = d.AddSectionDictionary("REQUEST");
    row->SetIntValue("ID", r.id);
    row->SetValue("ORGANISATION", r.organisation_name);
    row->SetValue("THEME", theme_label(ctx, sql, r.theme));
    row->SetValue("BASSIN", bassin_label(ctx, sql, r.bassin));
    row->SetValue("RECEIVED", ctx.app.i18n.date(ctx.lang, r.created_at));
    const char* status = N_("To answer");
    if (r.status == "scheduled") status = N_("Scheduled");
    else if (r.status == "declined") status = N_("Declined");
    row->SetValue("STATUS", ctx.tr(status));
    ++shown;
  }
  if (!shown) d.ShowSection("NO_REQUEST");
  return page.response();
}

namespace {
SessionRequest handled_request(RequestContext& ctx, soci::session& sql) {
  auto r = find_request(sql, ctx.param_id("id"));
  if (!r) throw not_found();
  if (!handles_of(ctx).covers(r->bassin)) throw forbidden();
  return *r;
}

Response show_request(RequestContext& ctx, const FormErrors& errors, int status) {
  soci::session sql(ctx.app.db.pool());
  auto r = handled_request(ctx, sql);
  Page page(ctx, "agenda/request.tpl", N_("Information session on request"));
  auto& d = page.dict();
  page.set_title(r.organisation_name + " · " + theme_label(ctx, sql, r.theme));
  d.SetIntValue("ID", r.id);
  d.SetValue("ORGANISATION", r.organisation_name);
  d.SetValue("CONTACT", r.contact_name);
  d.SetValue("EMAIL", r.email);
  d.SetValue("PHONE", r.phone);
  d.SetValue("THEME", theme_label(ctx, sql, r.theme));
  d.SetValue("BASSIN", bassin_label(ctx, sql, r.bassin));
  d.SetValue("PLACE", r.place);
  d.SetValue("POSTAL_CODE", r.postal_code);
  d.SetValue("WISHED", r.wished);
  d.SetIntValue("PARTICIPANTS", r.participants);
  d.SetValue("MESSAGE", r.message);
  d.SetValue("RECEIVED", ctx.app.i18n.datetime(ctx.lang, r.created_at));
  if (r.status == "new") d.ShowSection("TO_ANSWER");
  if (r.status == "scheduled") {
    std::int64_t offer = 0;
    sql << "SELECT offer_id FROM offer_sessions WHERE id = :s", soci::use(r.session_id), soci::into(offer);
    d.SetIntValue("OFFER_ID", offer);
    d.ShowSection("SCHEDULED");
  }
  if (r.status == "declined") d.SetValueAndShowSection("REASON", r.decline_reason, "DECLINED");
  std::string title = "Brus'Info : " + theme_label(ctx, sql, r.theme);
  d.SetValue("TITLE_FR", ctx.method == Method::Post ? ctx.f("title_fr") : title);
  echo_fields(ctx, d, {"date", "start", "end", "reason"});
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response request_page(RequestContext& ctx) { return show_request(ctx, {}, 200); }

Response request_schedule(RequestContext& ctx) {
  FormErrors errors;
  auto starts = from_brussels(ctx.f("date"), ctx.f("start"));
  auto ends = from_brussels(ctx.f("date"), ctx.f("end"));
  if (!starts) errors.add("date", N_("Give the date as YYYY-MM-DD and the time as HH:MM."));
  else if (!ends || *ends <= *starts) errors.add("end", N_("The session must end after it starts."));
  std::string title = text_field(ctx, "title_fr", kMaxText);
  if (title.empty()) errors.add("title_fr", N_("Give the session a title."));
  if (!errors.empty()) return show_request(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    auto r = handled_request(ctx, sql);
    if (r.status != "new") return;
    Scheduling s;
    s.starts_at = *starts;
    s.ends_at = *ends;
    s.decided_by = ctx.user->id;
    s.title_fr = title;
    auto session = schedule_request(sql, r, s, now_seconds());
    audit(sql, ctx, "session_request.schedule", "session_request:" + std::to_string(r.id), "session:" + std::to_string(session));
  });
  ctx.flash(N_("The session is scheduled: it is an offer now, where the organisation's team registers."));
  return Response::redirect("/agenda/requests/" + ctx.param("id"));
}

Response request_decline(RequestContext& ctx) {
  ctx.app.db.transact([&](soci::session& sql) {
    auto r = handled_request(ctx, sql);
    decline_request(sql, r.id, text_field(ctx, "reason", kMaxMessage), ctx.user->id, now_seconds());
    audit(sql, ctx, "session_request.decline", "session_request:" + std::to_string(r.id));
  });
  ctx.flash(N_("The request is declined."));
  return Response::redirect("/agenda/requests/" + ctx.param("id"));
}

Response recording_submit(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  std::string url = clean_text(ctx.f("recording_url"));
  std::int64_t offer_id = 0;
  ctx.app.db.transact([&](soci::session& sql) {
    auto s = offers::find_session(sql, id, now_seconds());
    if (!s) throw not_found();
    auto o = offers::find_offer(sql, s->offer_id);
    if (!o || !offers::may_organise(ctx, *o)) throw forbidden();
    offer_id = o->id;
    bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!url.empty() && (!web || url.size() > 500 || url.find_first_of(" \"<>") != std::string::npos))
      throw HttpError{422, N_("Give the recording as a web address starting with https://.")};
    if (s->ends_at > now_seconds()) throw HttpError{422, N_("A recording is added once the session has taken place.")};
    set_recording(sql, id, url);
    audit(sql, ctx, "session.recording", "session:" + std::to_string(id));
  });
  ctx.flash(url.empty() ? N_("The recording link is removed.") : N_("The recording link is saved."));
  return Response::redirect("/offers/" + std::to_string(offer_id));
}

}  // namespace maillage::agenda
