#include "offers/views.hpp"

#include "platform/csv.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/i18n.hpp"
#include "territory/model.hpp"

namespace maillage::offers {

std::string territory_name(RequestContext& ctx, soci::session& sql, const std::string& territory) {
  if (territory.empty() || territory == "region") return ctx.tr(N_("Brussels-Capital Region"));
  return territory::bassin_name(sql, territory, ctx.lang);
}

std::string languages_label(const std::string& codes) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= codes.size()) {
    auto comma = codes.find(',', pos);
    if (comma == std::string::npos) comma = codes.size();
    auto c = codes.substr(pos, comma - pos);
    std::string name = c == "fr" ? "Français" : c == "nl" ? "Nederlands" : c == "en" ? "English" : c;
    if (!name.empty()) out += (out.empty() ? "" : ", ") + name;
    pos = comma + 1;
  }
  return out;
}

std::string csv_cell(const std::string& v) { return maillage::csv_cell(v, CsvQuote::Always); }

std::string hours_label(RequestContext& ctx, double hours) {
  return ctx.app.i18n.number(ctx.lang, hours, hours == static_cast<int>(hours) ? 0 : 1);
}

void fill_offer(RequestContext& ctx, soci::session& sql, Dictionary& d, const Offer& o) {
  d.SetIntValue("OFFER_ID", o.id);
  d.SetValue("TITLE", o.title(ctx.lang));
  d.SetValue("DESCRIPTION", o.description(ctx.lang));
  d.SetValue("TYPE", o.type);
  d.SetValue("TYPE_LABEL", ctx.tr(offer_type_label(o.type)));
  d.SetValue("TERRITORY", territory_name(ctx, sql, o.territory));
  d.SetValue("LANGUAGES", languages_label(o.languages));
  if (o.visibility == "members") d.ShowSection("MEMBERS_ONLY");
  if (o.visibility == "professionals") d.ShowSection("PROFESSIONALS_ONLY");
  if (o.status != "published") d.ShowSection("NOT_PUBLISHED");
}

void fill_session(RequestContext& ctx, Dictionary& d, const Session& s) {
  d.SetIntValue("SESSION_ID", s.id);
  d.SetValue("DATE", ctx.app.i18n.date(ctx.lang, s.starts_at));
  d.SetValue("DAY_ISO", local_date_iso(s.starts_at));
  d.SetValue("START", local_time_hm(s.starts_at));
  d.SetValue("END", local_time_hm(s.ends_at));
  d.SetValue("PLACE", s.place);
  d.SetValue("POSTAL_CODE", s.postal_code);
  d.SetValue("HOST", s.host_name);
  d.SetValue("THEME", s.theme);
  d.SetIntValue("CAPACITY", s.capacity);
  d.SetIntValue("FREE", s.free());
  d.SetIntValue("HELD", s.held);
  d.SetIntValue("WAITING", s.waiting);
  if (!s.online_url.empty()) d.SetValueAndShowSection("ONLINE_URL", s.online_url, "ONLINE");
  if (s.free() == 0) d.ShowSection("FULL");
  else d.ShowSection("HAS_FREE");
  if (s.status == "cancelled") d.ShowSection("CANCELLED");
  else d.ShowSection("NOT_CANCELLED");
  if (s.status == "proposed") d.ShowSection("PROPOSED");
  if (s.status == "closed" && s.starts_at > now_seconds()) d.ShowSection("CLOSED");
  if (s.starts_at <= now_seconds()) d.ShowSection("PAST");
  else if (s.status == "open") d.ShowSection("REGISTRABLE");
}

void fill_type_options(RequestContext& ctx, Dictionary& d, const std::string& selected) {
  for (auto& t : offer_types()) {
    auto* o = d.AddSectionDictionary("TYPE_OPTION");
    o->SetValue("CODE", t);
    o->SetValue("LABEL", ctx.tr(offer_type_label(t)));
    if (t == selected) o->ShowSection("SELECTED");
  }
}

void fill_bassin_options(RequestContext& ctx, soci::session& sql, Dictionary& d,
                         const std::string& selected, bool with_region) {
  if (with_region) {
    auto* o = d.AddSectionDictionary("BASSIN_OPTION");
    o->SetValue("CODE", "region");
    o->SetValue("LABEL", ctx.tr(N_("Brussels-Capital Region")));
    if (selected == "region") o->ShowSection("SELECTED");
  }
  for (auto& b : territory::list_bassins(sql)) {
    auto* o = d.AddSectionDictionary("BASSIN_OPTION");
    o->SetValue("CODE", b.slug);
    o->SetValue("LABEL", b.name(ctx.lang));
    if (b.slug == selected) o->ShowSection("SELECTED");
  }
}

void fill_language_options(Dictionary& d, const std::string& selected) {
  for (auto [code, name] : {std::pair{"fr", "Français"}, {"nl", "Nederlands"}, {"en", "English"}}) {
    auto* o = d.AddSectionDictionary("LANGUAGE_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", name);
    if (selected.find(code) != std::string::npos) o->ShowSection("SELECTED");
  }
}

const char* party_label(const std::string& party) {
  if (party == "participant") return N_("The participant");
  if (party == "employer") return N_("The employer");
  return N_("The organiser");
}

void fill_agreement_status(RequestContext& ctx, Dictionary& d, const Agreement& a) {
  d.SetIntValue("AGREEMENT_ID", a.id);
  if (a.complete()) d.ShowSection("AGREEMENT_COMPLETE");
  for (auto& party : a.waiting_for()) {
    const char* label = party == "participant" ? N_("waiting for the participant")
                        : party == "employer"  ? N_("waiting for the employer")
                                               : N_("waiting for the organiser");
    d.AddSectionDictionary("AGREEMENT_WAITING")->SetValue("LABEL", ctx.tr(label));
  }
  // A consent recorded from a signed paper says so wherever the agreement's state is shown.
  for (auto& p : a.parties) {
    if (!p.on_paper()) continue;
    const char* label = p.party == "participant" ? N_("the participant agreed on paper") : N_("the employer agreed on paper");
    d.AddSectionDictionary("AGREEMENT_ON_PAPER")->SetValue("LABEL", ctx.tr(label));
  }
}

}  // namespace maillage::offers
