#include "directory/views.hpp"
#include "platform/views.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <mutex>

#include "platform/app.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"

namespace maillage::directory {

using nlohmann::json;

bool valid_text(const std::string& s) {
  if (!valid_utf8(s)) return false;
  for (unsigned char c : s)
    if (c < 0x20 && c != '\t') return false;
  return true;
}

std::string utf8_prefix(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string language_name(const RequestContext& ctx, const std::string& code) {
  static const std::map<std::string, const char*> names = {
      {"fr", N_("French")},     {"nl", N_("Dutch")},      {"en", N_("English")},    {"de", N_("German")},
      {"ar", N_("Arabic")},     {"tr", N_("Turkish")},    {"es", N_("Spanish")},    {"pt", N_("Portuguese")},
      {"it", N_("Italian")},    {"pl", N_("Polish")},     {"ro", N_("Romanian")},   {"bg", N_("Bulgarian")},
      {"ru", N_("Russian")},    {"uk", N_("Ukrainian")},  {"fa", N_("Persian")},    {"ps", N_("Pashto")},
      {"ber", N_("Berber")},    {"ln", N_("Lingala")},    {"sw", N_("Swahili")},    {"so", N_("Somali")},
      {"ti", N_("Tigrinya")},   {"sq", N_("Albanian")},   {"ur", N_("Urdu")},       {"sgn", N_("Sign language")},
  };
  auto it = names.find(code);
  if (it != names.end()) return ctx.tr(it->second);
  std::string upper = code;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  return upper;
}

std::string format_km(double km) {
  char buf[32];
  std::snprintf(buf, sizeof buf, km < 10 ? "%.1f" : "%.0f", km);
  return buf;
}

std::string format_date(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

bool safe_url(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

namespace {
bool stale(const search::ServiceDocument& doc) {
  return doc.verified_at && doc.verified_at < std::time(nullptr) - kStaleSeconds;
}
}  // namespace

void fill_summary(const RequestContext& ctx, Dictionary& d, const search::ServiceDocument& doc,
                  const std::map<std::string, std::string>& labels) {
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  d.SetValue(tpl_name("ID"), doc.id);
  d.SetValue(tpl_name("NAME"), pick(doc.name, lang));
  d.SetValue(tpl_name("HREF"), "/directory/services/" + url_encode(doc.id));
  d.SetValue(tpl_name("ORGANISATION"), pick(doc.organisation_name, lang));
  d.SetValue(tpl_name("ORG_HREF"), "/directory/organisations/" + url_encode(doc.organisation_id));
  std::string description = pick(doc.description, lang);
  if (description.size() > 240) description = utf8_prefix(description, 240) + "…";
  d.SetValue(tpl_name("SUMMARY"), description);
  auto label = [&](const std::string& code) {
    auto it = labels.find(code);
    return it == labels.end() ? code : it->second;
  };
  for (auto& t : doc.themes) d.AddSectionDictionary(tpl_name("THEME"))->SetValue(tpl_name("LABEL"), label(t));
  for (auto& t : doc.access) d.AddSectionDictionary(tpl_name("ACCESS"))->SetValue(tpl_name("LABEL"), label(t));
  for (auto& t : doc.publics) d.AddSectionDictionary(tpl_name("PUBLIC"))->SetValue(tpl_name("LABEL"), label(t));
  if (!doc.languages.empty()) {
    std::string list;
    for (auto& l : doc.languages) list += (list.empty() ? "" : ", ") + language_name(ctx, l);
    d.SetValueAndShowSection(tpl_name("LANGUAGES"), list, tpl_name("HAS_LANGUAGES"));
  }
  if (doc.verified_at) d.SetValueAndShowSection(tpl_name("VERIFIED"), format_date(doc.verified_at), tpl_name("IS_VERIFIED"));
  else d.ShowSection(tpl_name("NOT_VERIFIED"));
  if (stale(doc)) d.ShowSection(tpl_name("STALE"));
  if (doc.status == "inactive") d.ShowSection(tpl_name("INACTIVE"));
  if (doc.status == "defunct") d.ShowSection(tpl_name("DEFUNCT"));
  if (doc.lat && doc.lng) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", *doc.lat);
    d.SetValue(tpl_name("LAT"), buf);
    std::snprintf(buf, sizeof buf, "%.6f", *doc.lng);
    d.SetValue(tpl_name("LNG"), buf);
    d.ShowSection(tpl_name("HAS_POSITION"));
  }
}

ResultCard render_result_card(const RequestContext& ctx, const search::ServiceDocument& doc,
                              const std::map<std::string, std::string>& labels) {
  // A section shown cannot be hidden again: one dictionary per part.
  ResultCard card;
  for (auto [part, out] : {std::pair{"HEAD", &card.head}, std::pair{"TAIL", &card.tail}}) {
    Dictionary d("result_card");
    fill_summary(ctx, d, doc, labels);
    d.ShowSection(part);
    *out = ctx.app.views.render(ctx.lang, "directory/result_card.tpl", d);
  }
  return card;
}

std::string result_card_key(const RequestContext& ctx, const search::ServiceDocument& doc, std::uint64_t labels_version) {
  return ctx.lang + ':' + std::to_string(labels_version) + (stale(doc) ? ":stale" : "");
}

std::uint64_t labels_version(const Database& db, const std::string& lang,
                             const std::shared_ptr<const std::map<std::string, std::string>>& labels) {
  struct Seen {
    std::shared_ptr<const std::map<std::string, std::string>> labels;
    std::uint64_t version = 0;
  };
  static std::mutex mutex;
  static std::map<std::pair<std::uint64_t, std::string>, Seen> seen;  // by database instance and language
  static std::uint64_t last_version = 0;
  std::lock_guard lock(mutex);
  if (seen.size() > 64) seen.clear();  // databases of tests come and go; a server has one
  auto& s = seen[{db.instance_id(), lang}];
  if (s.labels != labels) {
    // Compared once per reload (every second at most), not per card.
    if (!s.labels || *s.labels != *labels) s.version = ++last_version;
    s.labels = labels;
  }
  return s.version;
}

void fill_phones(Dictionary& d, const json& phones) {
  if (!phones.is_array()) return;
  for (auto& p : phones) {
    if (!p.is_object() || !p.contains("number")) continue;
    auto* s = d.AddSectionDictionary(tpl_name("PHONE"));
    std::string number = p["number"].is_string() ? p["number"].get<std::string>() : p["number"].dump();
    s->SetValue(tpl_name("NUMBER"), number);
    std::string tel;
    for (char c : number)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') tel += c;
    s->SetValue(tpl_name("TEL"), tel);
    if (p.contains("description") && p["description"].is_string()) s->SetValue(tpl_name("DESCRIPTION"), p["description"].get<std::string>());
  }
}

namespace {
std::string str(const json& o, const char* key) {
  if (!o.is_object() || !o.contains(key) || o[key].is_null()) return "";
  return o[key].is_string() ? o[key].get<std::string>() : o[key].dump();
}

// `section`: a distinct name per level, since a ctemplate section missing in a child dictionary is looked up in
// its parents (the location's hours would otherwise repeat the service's).
void fill_schedules(const RequestContext& ctx, Dictionary& d, const json& schedules,
                    const char* section = "SCHEDULE") {
  const auto& days = weekdays();
  if (!schedules.is_array()) return;
  for (auto& s : schedules) {
    auto* row = d.AddSectionDictionary(section);
    std::string byday = str(s, "byday"), list;
    for (auto& [code, name] : days)
      if (byday.find(code) != std::string::npos) list += (list.empty() ? "" : ", ") + ctx.tr(name);
    row->SetValue(tpl_name("DAYS"), list);
    std::string opens = str(s, "opens_at").substr(0, 5), closes = str(s, "closes_at").substr(0, 5);
    if (!opens.empty() && !closes.empty()) {
      row->SetValue(tpl_name("OPENS"), opens);
      row->SetValue(tpl_name("CLOSES"), closes);
      row->ShowSection(tpl_name("HOURS"));
    }
    std::string note = str(s, "description");
    if (note.empty()) note = str(s, "notes");
    row->SetValue(tpl_name("NOTE"), note);
    if (!str(s, "valid_from").empty() || !str(s, "valid_to").empty()) {
      row->SetValue(tpl_name("FROM"), str(s, "valid_from"));
      row->SetValue(tpl_name("TO"), str(s, "valid_to"));
      row->ShowSection(tpl_name("VALIDITY"));
    }
  }
}
}  // namespace

const std::vector<std::pair<const char*, const char*>>& weekdays() {
  static const std::vector<std::pair<const char*, const char*>> days = {
      {"MO", N_("Monday")}, {"TU", N_("Tuesday")},  {"WE", N_("Wednesday")}, {"TH", N_("Thursday")},
      {"FR", N_("Friday")}, {"SA", N_("Saturday")}, {"SU", N_("Sunday")}};
  return days;
}

void fill_service_details(const RequestContext& ctx, Dictionary& d, const json& s) {
  struct Text {
    const char* key;
    const char* var;
  };
  for (auto& t : std::initializer_list<Text>{{"description", "DESCRIPTION"},
                                             {"alert", "ALERT"},
                                             {"application_process", "APPLICATION"},
                                             {"fees_description", "FEES"},
                                             {"eligibility_description", "ELIGIBILITY"},
                                             {"interpretation_services", "INTERPRETATION"},
                                             {"wait_time", "WAIT"},
                                             {"notes", "NOTES"},
                                             {"email", "EMAIL"}}) {
    auto v = str(s, t.key);
    if (!v.empty()) d.SetValueAndShowSection(t.var, v, std::string("HAS_") + t.var);
  }
  if (auto url = str(s, "url"); safe_url(url)) d.SetValueAndShowSection(tpl_name("URL"), url, tpl_name("HAS_URL"));
  auto min = str(s, "minimum_age"), max = str(s, "maximum_age");
  if (!min.empty() && !max.empty()) d.SetValue(tpl_name("MIN_AGE"), min), d.SetValue(tpl_name("MAX_AGE"), max), d.ShowSection(tpl_name("AGE_RANGE"));
  else if (!min.empty()) d.SetValueAndShowSection(tpl_name("MIN_AGE"), min, tpl_name("AGE_MIN"));
  else if (!max.empty()) d.SetValueAndShowSection(tpl_name("MAX_AGE"), max, tpl_name("AGE_MAX"));
  fill_phones(d, s.value("phones", json::array()));
  fill_schedules(ctx, d, s.value("schedules", json::array()));
  for (auto& doc : s.value("required_documents", json::array()))
    if (auto v = str(doc, "document"); !v.empty()) d.AddSectionDictionary(tpl_name("DOCUMENT"))->SetValue(tpl_name("TEXT"), v);
  // Categories from another directory's vocabulary that ours has no term for (Bruxelles Social's...).
  for (auto& a : s.value("attributes", json::array())) {
    const json& term = a.contains("taxonomy_term") ? a["taxonomy_term"] : json();
    if (!is_vocabulary_taxonomy(str(term, "taxonomy_id")))
      if (auto v = str(term, "name"); !v.empty()) d.AddSectionDictionary(tpl_name("EXTRA_CATEGORY"))->SetValue(tpl_name("TEXT"), v);
  }
  for (auto& a : s.value("service_areas", json::array()))
    if (auto v = str(a, "name"); !v.empty()) d.AddSectionDictionary(tpl_name("AREA"))->SetValue(tpl_name("TEXT"), v);
  for (auto& sal : s.value("service_at_locations", json::array())) {
    auto& l = sal["location"];
    auto* loc = d.AddSectionDictionary(tpl_name("LOCATION"));
    loc->SetValue(tpl_name("NAME"), str(l, "name"));
    for (auto& a : l.value("addresses", json::array())) {
      auto* ad = loc->AddSectionDictionary(tpl_name("ADDRESS"));
      ad->SetValue(tpl_name("LINE"), str(a, "address_1") + (str(a, "address_2").empty() ? "" : ", " + str(a, "address_2")));
      ad->SetValue(tpl_name("POSTAL_CODE"), str(a, "postal_code"));
      ad->SetValue(tpl_name("CITY"), str(a, "city"));
    }
    for (auto& a : l.value("accessibility", json::array()))
      if (auto v = str(a, "description"); !v.empty()) loc->AddSectionDictionary(tpl_name("ACCESSIBILITY"))->SetValue(tpl_name("TEXT"), v);
    if (auto v = str(l, "transportation"); !v.empty()) loc->SetValueAndShowSection(tpl_name("TRANSPORT"), v, tpl_name("HAS_TRANSPORT"));
    fill_schedules(ctx, *loc, sal.value("schedules", json::array()), "LOCATION_SCHEDULE");
    fill_schedules(ctx, *loc, l.value("schedules", json::array()), "LOCATION_SCHEDULE");
  }
}

std::optional<Sheet> current_sheet(const RequestContext& ctx, soci::session& sql) {
  auto it = ctx.cookies.find("maillage_sheet");
  if (it == ctx.cookies.end()) return std::nullopt;
  return find_sheet(sql, it->second);
}

bool may_review(const RequestContext& ctx, soci::session& sql, std::int64_t service_id) {
  if (!ctx.user) return false;
  if (ctx.user->is_admin() || ctx.user->is_territory_coordinator()) {
    for (auto& g : ctx.user->grants)
      if (g.role == "admin" || (g.role == "coordinator" && g.scope_type == "region")) return true;
    auto bassins = service_bassins(sql, service_id);
    for (auto& g : ctx.user->grants)
      if (g.role == "coordinator" && g.scope_type == "bassin" && std::find(bassins.begin(), bassins.end(), g.scope_id) != bassins.end())
        return true;
  }
  return false;
}

bool may_propose(const RequestContext& ctx, soci::session& sql, std::int64_t service_id) {
  if (!ctx.user) return false;
  if (may_review(ctx, sql, service_id)) return true;
  auto org = service_organisation(sql, service_id);
  for (auto& m : ctx.user->memberships)
    if (m.organisation_id == org && (m.role == "editor" || m.role == "coordinator")) return true;
  return false;
}

}  // namespace maillage::directory
