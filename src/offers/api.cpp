#include "offers/api.hpp"

#include <nlohmann/json.hpp>

#include "offers/common.hpp"
#include "platform/brussels_time.hpp"
#include "offers/service.hpp"
#include "platform/app.hpp"
#include "platform/mail.hpp"
#include "platform/sectors.hpp"

namespace maillage::offers::api {

namespace {
using nlohmann::json;

std::string iso(std::int64_t t) { return local_date_iso(t) + "T" + local_time_hm(t); }

json session_json(const Session& s) {
  return {{"id", s.id},
          {"starts_at", iso(s.starts_at)},
          {"ends_at", iso(s.ends_at)},
          {"starts_at_unix", s.starts_at},
          {"place", s.place},
          {"postal_code", s.postal_code},
          {"online", !s.online_url.empty()},
          {"format", s.format},
          {"host", s.host_name},
          {"capacity", s.capacity},
          {"free_seats", s.free()},
          {"waiting_list", s.waiting},
          {"status", s.status}};
}

json offer_json(RequestContext& ctx, const Offer& o) {
  return {{"id", o.id},
          {"type", o.type},
          {"type_label", ctx.tr(offer_type_label(o.type))},
          {"title", o.title(ctx.lang)},
          {"territory", o.territory},
          {"languages", o.languages},
          {"visibility", o.visibility},
          {"url", "/offers/" + std::to_string(o.id)}};
}

Response problem(int status, const std::string& code, const std::string& message) {
  return Response::json(status, json{{"status", code}, {"reason", message}}.dump());
}

// An immersion asked for by a caller outside the immersion network: 403, why, and where an organisation joins.
Response network_only(RequestContext& ctx) {
  return Response::json(403, json{{"status", "network_only"},
                                  {"reason", ctx.tr(N_("Immersions are visible only to the staff of the institutions of "
                                                       "the immersion network."))},
                                  {"join_url", "/offers/immersions/network"}}.dump());
}
}  // namespace

Response list(RequestContext& ctx) {
  OfferFilter f;
  f.type = ctx.q("type");
  f.bassin = ctx.q("bassin");
  f.language = ctx.q("language");
  soci::session sql(ctx.app.db.pool());
  f.audience = audience_of(ctx, sql);
  if (!f.type.empty() && !valid_offer_type(f.type)) return problem(422, "invalid", ctx.tr(N_("Unknown offer type.")));
  if (auto d = ctx.q("date"); !d.empty()) {
    auto from = from_brussels(d, "00:00");
    if (!from) return problem(422, "invalid", ctx.tr(N_("Give the date as YYYY-MM-DD.")));
    f.from = *from;
    f.to = *from + 86400;
  }
  std::int64_t now = now_seconds();
  json out = {{"offers", json::array()}};
  for (auto& o : list_offers(sql, f, now)) {
    auto j = offer_json(ctx, o);
    for (auto& s : sessions_of(sql, o.id, now))
      if (s.starts_at > now && s.status == "open") {
        j["next_session"] = session_json(s);
        break;
      }
    out["offers"].push_back(j);
  }
  return Response::json(200, out.dump());
}

Response show(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  auto o = find_offer(sql, id);
  auto audience = audience_of(ctx, sql);
  if (o && o->status == "published" && hidden_as_immersion(*o, audience)) return network_only(ctx);
  if (!o || o->status != "published" || !visible_to(*o, audience))
    return problem(404, "not_found", ctx.tr(N_("This offer does not exist or is not visible to you.")));
  auto j = offer_json(ctx, *o);
  j["description"] = o->description(ctx.lang);
  j["policy"] = {{"approval_required", o->policy.approval_required},
                 {"one_per_institution", o->policy.one_per_institution},
                 {"sector_quota", o->policy.sector_quota},
                 {"waiting_list", o->policy.waiting_list},
                 {"cancellation_hours", o->policy.cancellation_hours}};
  j["sessions"] = json::array();
  std::int64_t now = now_seconds();
  for (auto& s : sessions_of(sql, id, now))
    if (s.status != "proposed" && s.starts_at > now) j["sessions"].push_back(session_json(s));
  return Response::json(200, j.dump());
}

Response register_for_session(RequestContext& ctx) {
  auto session_id = ctx.param_id("id");
  // The route takes no form token, so a cookie alone must not act for the person: with a session cookie,
  // the X-CSRF-Token header is required (a cross-site page cannot read it).
  if (ctx.user && !ctx.csrf_ok)
    return problem(403, "forbidden", ctx.tr(N_("Send the X-CSRF-Token header with your session, or register without logging in.")));
  json body;
  try {
    body = json::parse(ctx.body);
    if (!body.is_object()) throw std::runtime_error("not an object");
  } catch (...) {
    return problem(400, "invalid", ctx.tr(N_("The request body must be a JSON object.")));
  }
  auto text = [&](const char* k) { return body.contains(k) && body[k].is_string() ? body[k].get<std::string>() : std::string(); };
  {
    soci::session sql(ctx.app.db.pool());
    auto found = find_offer_of_session(sql, session_id);
    auto audience = audience_of(ctx, sql);
    if (found && found->offer.status == "published" && found->session_status != "proposed" &&
        hidden_as_immersion(found->offer, audience))
      return network_only(ctx);
    if (!found || !visible_to(found->offer, audience) || found->session_status == "proposed")
      return problem(404, "not_found", ctx.tr(N_("This session does not exist.")));
  }
  RegistrationRequest req;
  json errors = json::object();
  if (ctx.user) {
    req = request_for_user(ctx);
  } else {
    req.name = field(text("name"), 200);
    req.email = field(text("email"), 254);
    req.organisation_name = field(text("organisation"), 300);
    req.function = field(text("function"), 200);
    req.lang = ctx.lang == "qps" ? "en" : ctx.lang;
    if (req.name.empty()) errors["name"] = ctx.tr(N_("Enter your name."));
    if (!looks_like_email(req.email)) errors["email"] = ctx.tr(N_("Enter a valid e-mail address, such as name@organisation.be."));
    if (req.organisation_name.empty()) errors["organisation"] = ctx.tr(N_("Enter your organisation."));
  }
  req.session_id = session_id;
  req.client_ip = ctx.remote_ip;
  req.sector = text("sector");
  req.phone = field(text("phone"), 30);
  if (!req.sector.empty()) {
    if (!sectors(ctx.app.db)->offered(req.sector)) errors["sector"] = ctx.tr(N_("Choose a sector from the list."));
  } else if (!ctx.user) {
    errors["sector"] = ctx.tr(N_("Choose a sector from the list."));
  }
  if (!errors.empty())
    return Response::json(422, json{{"status", "invalid"}, {"reason", ctx.tr(N_("Please correct the following:"))},
                                    {"errors", errors}}.dump());
  bool cycle = body.contains("whole_cycle") && body["whole_cycle"].is_boolean() && body["whole_cycle"].get<bool>();
  auto out = cycle ? register_cycle_and_notify(ctx.app, req) : register_and_notify(ctx.app, req);
  json j = {{"status", out.duplicate ? "duplicate" : status_code(out.status)},
            {"message", ctx.tr(status_label(out.status))}};
  if (out.reason) j["reason"] = ctx.tr(out.reason);
  if (out.id) j["registration_id"] = out.id;
  if (out.duplicate || out.status == Status::Refused) {
    j["status"] = out.duplicate ? "duplicate" : out.too_many_holds ? "too_many_holds" : "refused";
    if (!out.reason) j["reason"] = ctx.tr(N_("Registration for this session is closed."));
    return Response::json(409, j.dump());
  }
  int code = holds_seat(out.status) ? 201 : 202;
  return Response::json(code, j.dump());
}

}  // namespace maillage::offers::api
