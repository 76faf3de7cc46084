// Orientation sheets: while searching, a professional gathers services for one person, chooses the person's
// language, prints the sheet or sends it by e-mail. No login: the sheet is kept under a random token (cookie and
// share link /directory/sheets/{token}).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "directory/handlers.hpp"
#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/views.hpp"

namespace maillage::directory {

using nlohmann::json;

namespace {
constexpr long kSheetCookieSeconds = 30L * 86400;
constexpr int kMailsPerSheetPerDay = 5;

std::string safe_back(const std::string& back) {
  if (back.rfind("/directory", 0) == 0 && back.find("//") == std::string::npos && back.size() < 2000) return back;
  return "/directory";
}

Sheet sheet_or_404(RequestContext& ctx, soci::session& sql) {
  auto sheet = find_sheet(sql, ctx.param("token"));
  if (!sheet) throw not_found();
  return *sheet;
}

void fill_sheet(RequestContext& ctx, soci::session& sql, Dictionary& d, const Sheet& sheet) {
  auto labels = term_labels(sql, sheet.lang);
  for (auto id : sheet.service_ids) {
    auto s = export_service(sql, id, sheet.lang);
    if (!s.is_object()) continue;
    auto* r = d.AddSectionDictionary("SERVICE");
    auto doc = to_search_document(sql, id);
    RequestContext in_lang = ctx;  // the person's language for the record's own words
    in_lang.lang = sheet.lang;
    fill_summary(in_lang, *r, doc, labels);
    fill_service_details(in_lang, *r, s);
    r->SetValue("TOKEN", sheet.token);
  }
  if (sheet.service_ids.empty()) d.ShowSection("EMPTY");
}
}  // namespace

void queue_sheet_mail(App& app, soci::session& sql, const Sheet& sheet, const std::string& email) {
  Dictionary d("mail");
  for (auto id : sheet.service_ids) {
    auto s = export_service(sql, id, sheet.lang);
    auto* r = d.AddSectionDictionary("SERVICE");
    r->SetValue("NAME", s.value("name", ""));
    if (s.contains("organization")) r->SetValue("ORGANISATION", s["organization"].value("name", ""));
    std::string address;
    for (auto& sal : s.value("service_at_locations", json::array()))
      for (auto& a : sal["location"].value("addresses", json::array()))
        if (address.empty()) address = a.value("address_1", "") + ", " + a.value("postal_code", "") + " " + a.value("city", "");
    r->SetValue("ADDRESS", address);
    std::string phones;
    for (auto& p : s.value("phones", json::array()))
      if (p.contains("number") && p["number"].is_string()) phones += (phones.empty() ? "" : ", ") + p["number"].get<std::string>();
    r->SetValue("PHONES", phones);
    r->SetValue("LINK", app.base_url() + "/directory/services/" + url_encode(s.value("id", "")));
  }
  d.SetValue("LINK", app.base_url() + "/directory/sheets/" + sheet.token + "?lang=" + sheet.lang);
  queue_mail(sql, compose_mail(app, sheet.lang, "directory_sheet", d, email));
}

Response sheet_add(RequestContext& ctx) {
  std::string back = safe_back(ctx.f("back"));
  bool full = false;
  std::string token = ctx.app.db.transact([&](soci::session& sql) {
    std::int64_t id = service_id_of(sql, ctx.f("service"));
    if (!id) throw not_found();
    auto sheet = current_sheet(ctx, sql);
    if (!sheet) sheet = create_sheet(sql, ctx.lang == "qps" ? "fr" : ctx.lang);
    full = !add_to_sheet(sql, *sheet, id);
    return sheet->token;
  });
  ctx.set_cookie("maillage_sheet", token, kSheetCookieSeconds);
  ctx.flash(full ? N_("The orientation sheet is full: remove a service first.") : N_("The service is on the orientation sheet."));
  return Response::redirect(back);
}

Response sheet_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto sheet = sheet_or_404(ctx, sql);
  // Opening a shared link makes it this browser's sheet.
  if (ctx.cookies["maillage_sheet"] != sheet.token) ctx.set_cookie("maillage_sheet", sheet.token, kSheetCookieSeconds);
  Page page(ctx, "directory/sheet.tpl", N_("Orientation sheet"));
  auto& d = page.dict();
  fill_sheet(ctx, sql, d, sheet);
  d.SetValue("TOKEN", sheet.token);
  d.SetValue("SHARE_URL", ctx.app.base_url() + "/directory/sheets/" + sheet.token);
  for (const char* l : kLanguages) {
    auto* o = d.AddSectionDictionary("LANG_OPTION");
    o->SetValue("CODE", l);
    o->SetValue("NAME", language_name(ctx, l));
    if (sheet.lang == l) o->ShowSection("SELECTED");
  }
  d.SetValue("SHEET_LANG", sheet.lang);
  d.SetValue("EMAIL", ctx.q("email"));
  return page.response();
}

Response sheet_update(RequestContext& ctx) {
  std::string token = ctx.param("token");
  ctx.app.db.transact([&](soci::session& sql) {
    auto sheet = sheet_or_404(ctx, sql);
    if (auto l = ctx.f("sheet_lang"); !l.empty()) set_sheet_language(sql, sheet, l);
    if (auto r = ctx.f("remove"); !r.empty())
      if (auto id = service_id_of(sql, r)) remove_from_sheet(sql, sheet, id);
  });
  ctx.flash(N_("The orientation sheet is updated."));
  return Response::redirect("/directory/sheets/" + url_encode(token));
}

Response sheet_send(RequestContext& ctx) {
  std::string token = ctx.param("token");
  std::string email = clean_text(ctx.f("email"));
  if (!looks_like_email(email)) {
    ctx.flash(N_("Enter a valid e-mail address to send the sheet."));
    return Response::redirect("/directory/sheets/" + url_encode(token));
  }
  bool sent = ctx.app.db.transact([&](soci::session& sql) {
    auto sheet = sheet_or_404(ctx, sql);
    // An anonymous form that sends mail: bounded per sheet and day so it cannot become a spam relay.
    int recent = 0;
    std::int64_t since = now_seconds() - 86400;
    std::string target = "sheet:" + std::to_string(sheet.id);
    sql << "SELECT COUNT(*) FROM audit_log WHERE action = 'directory.sheet.send' AND target = :t AND at > :s", soci::use(target),
        soci::use(since), soci::into(recent);
    if (recent >= kMailsPerSheetPerDay || sheet.service_ids.empty()) return false;
    queue_sheet_mail(ctx.app, sql, sheet, email);
    audit(sql, ctx, "directory.sheet.send", target, "");
    return true;
  });
  ctx.flash(sent ? N_("The orientation sheet is sent.") : N_("The sheet was not sent: it is empty or was sent too often today."));
  return Response::redirect("/directory/sheets/" + url_encode(token));
}

}  // namespace maillage::directory
