#include "directory/model.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "platform/db.hpp"
#include "platform/security.hpp"
#include "territory/model.hpp"
#include "territory/zones.hpp"

namespace maillage::directory {

namespace s = search;

namespace {
// HSDS's day codes (byday), Monday first: the index of a code is its day in the week.
const char* const kWeekdayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
}  // namespace

// ---- Vocabularies ------------------------------------------------------------------------------------

namespace {
struct VocabularyTerm {
  const char* code;
  const char* fr;
  const char* nl;
  const char* en;
};
struct Vocabulary {
  const char* code;
  const char* hsds_id;
  const char* fr;
  const char* nl;
  const char* en;
  std::vector<VocabularyTerm> terms;
};

// Stable HSDS ids (UUIDs) so that exports and other directories can refer to the terms.
const std::vector<Vocabulary>& vocabularies() {
  static const std::vector<Vocabulary> v = {
      {"themes", "4d41494c-0000-4000-8000-000000000001", "Thématiques", "Thema's", "Themes",
       {{"mental-health", "Santé mentale", "Geestelijke gezondheid", "Mental health"},
        {"addictions", "Assuétudes", "Verslaving", "Addictions"},
        {"housing", "Logement", "Huisvesting", "Housing"},
        {"homelessness", "Sans-abrisme", "Dakloosheid", "Homelessness"},
        {"food-aid", "Aide alimentaire", "Voedselhulp", "Food aid"},
        {"employment", "Emploi et insertion", "Werk en inschakeling", "Employment and insertion"},
        {"disability", "Handicap", "Handicap", "Disability"},
        {"dual-diagnosis", "Double diagnostic", "Dubbele diagnose", "Dual diagnosis"},
        {"perinatality", "Périnatalité", "Perinataliteit", "Perinatality"},
        {"palliative-care", "Soins palliatifs et fin de vie", "Palliatieve zorg en levenseinde", "Palliative care and end of life"},
        {"home-care", "Aide et soins à domicile", "Thuiszorg", "Home care"},
        {"elderly", "Personnes âgées", "Ouderen", "Elderly"},
        {"youth", "Jeunesse", "Jeugd", "Youth"},
        {"legal-aid", "Aide juridique", "Juridische hulp", "Legal aid"},
        {"migration", "Migration et droit de séjour", "Migratie en verblijfsrecht", "Migration and residence status"},
        {"domestic-violence", "Violences conjugales et intrafamiliales", "Partner- en intrafamiliaal geweld", "Domestic violence"},
        {"peer-support", "Pair-aidance", "Ervaringsdeskundigheid", "Peer support"},
        {"crisis", "Crise et urgence", "Crisis en urgentie", "Crisis"}}},
      {"publics", "4d41494c-0000-4000-8000-000000000002", "Publics", "Doelgroepen", "Target publics",
       {{"children", "Enfants", "Kinderen", "Children"},
        {"adolescents", "Adolescents", "Jongeren", "Adolescents"},
        {"young-adults", "Jeunes adultes", "Jongvolwassenen", "Young adults"},
        {"adults", "Adultes", "Volwassenen", "Adults"},
        {"older-people", "Aînés", "Senioren", "Older people"},
        {"families", "Familles et proches", "Gezinnen en naasten", "Families and relatives"},
        {"women", "Femmes", "Vrouwen", "Women"},
        {"people-in-exile", "Personnes exilées", "Mensen op de vlucht", "People in exile"},
        {"professionals", "Professionnels", "Professionals", "Professionals"}}},
      {"access", "4d41494c-0000-4000-8000-000000000003", "Conditions d'accès", "Toegangsvoorwaarden", "Access conditions",
       {{"free", "Gratuit", "Gratis", "Free"},
        {"without-appointment", "Sans rendez-vous", "Zonder afspraak", "Without appointment"},
        {"walk-in-hours", "Permanences", "Vrije inloopuren", "Walk-in hours"},
        {"referral-required", "Sur orientation d'un professionnel", "Na doorverwijzing", "Referral required"},
        {"undocumented", "Accepte les personnes sans titre de séjour (AMU)", "Ook voor mensen zonder verblijfsvergunning (DMH)",
         "Accepts people without residence permit (urgent medical aid)"},
        {"without-address", "Accepte les personnes sans adresse", "Ook voor mensen zonder adres", "Accepts people without address"},
        {"anonymous", "Anonyme", "Anoniem", "Anonymous"},
        {"interpreting", "Interprétariat disponible", "Tolken beschikbaar", "Interpreting available"}}},
  };
  return v;
}

std::string term_uuid(int taxonomy_index, int term_index) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "4d41494c-0000-4000-8000-%012d", (taxonomy_index + 1) * 1000 + term_index + 1);
  return buf;
}
}  // namespace

void ensure_vocabularies(soci::session& sql) {
  std::int64_t now = now_seconds();
  int ti = 0;
  for (auto& v : vocabularies()) {
    std::int64_t tax = 0;
    soci::indicator ind;
    std::string hid = v.hsds_id, code = v.code;
    sql << "SELECT id FROM directory_taxonomies WHERE hsds_id = :h", soci::use(hid), soci::into(tax, ind);
    if (!sql.got_data()) {
      sql << "INSERT INTO directory_taxonomies (hsds_id, code, version, updated_at) VALUES (:h, :c, '1', :n) RETURNING id",
          soci::use(hid), soci::use(code), soci::use(now), soci::into(tax);
      set_text(sql, "taxonomy", tax, "name", "fr", v.fr);
      set_text(sql, "taxonomy", tax, "name", "nl", v.nl);
      set_text(sql, "taxonomy", tax, "name", "en", v.en);
    }
    int position = 0;
    for (auto& t : v.terms) {
      std::string th = term_uuid(ti, position), tc = t.code;
      std::int64_t term = 0;
      sql << "SELECT id FROM directory_taxonomy_terms WHERE hsds_id = :h", soci::use(th), soci::into(term, ind);
      if (!sql.got_data()) {
        sql << "INSERT INTO directory_taxonomy_terms (hsds_id, taxonomy_id, code, taxonomy, position, updated_at) "
               "VALUES (:h, :t, :c, :x, :p, :n) RETURNING id",
            soci::use(th), soci::use(tax), soci::use(tc), soci::use(code), soci::use(position), soci::use(now), soci::into(term);
        set_text(sql, "taxonomy_term", term, "name", "fr", t.fr);
        set_text(sql, "taxonomy_term", term, "name", "nl", t.nl);
        set_text(sql, "taxonomy_term", term, "name", "en", t.en);
      }
      ++position;
    }
    ++ti;
  }
}

bool is_vocabulary_taxonomy(const std::string& taxonomy_hsds_id) {
  for (auto& v : vocabularies())
    if (taxonomy_hsds_id == v.hsds_id) return true;
  return false;
}

std::vector<Term> list_terms(soci::session& sql, const std::string& taxonomy) {
  std::vector<Term> out;
  std::map<std::int64_t, std::size_t> at;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT t.id, t.hsds_id, t.code, COALESCE(x.code, ''), x.hsds_id FROM directory_taxonomy_terms t "
                                               "LEFT JOIN directory_taxonomies x ON x.id = t.taxonomy_id ORDER BY x.id, t.position, t.id");
  for (auto& r : rs) {
    if (!taxonomy.empty() && as_text(r, 3) != taxonomy) continue;
    at[as_int(r, 0)] = out.size();
    out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), {}});
  }
  soci::rowset<soci::row> ts = (sql.prepare << "SELECT record_id, lang, value FROM directory_texts WHERE record_type = 'taxonomy_term' AND field = 'name'");
  for (auto& r : ts) {
    auto it = at.find(as_int(r, 0));
    if (it != at.end()) out[it->second].label[as_text(r, 1)] = as_text(r, 2);
  }
  return out;
}

namespace {
std::atomic<std::uint64_t> vocabulary_generation{0};
}

void vocabulary_changed() { ++vocabulary_generation; }

std::shared_ptr<const std::map<std::string, std::string>> cached_term_labels(Database& db, const std::string& lang) {
  struct Entry {
    std::uint64_t generation = 0;
    std::chrono::steady_clock::time_point loaded;
    std::shared_ptr<const std::map<std::string, std::string>> labels;
  };
  static std::mutex mutex;
  static std::map<std::pair<std::uint64_t, std::string>, Entry> cache;  // by database instance and language
  constexpr auto kFreshFor = std::chrono::seconds(1);
  auto now = std::chrono::steady_clock::now();
  auto generation = vocabulary_generation.load();
  std::pair<std::uint64_t, std::string> key{db.instance_id(), lang};
  {
    std::lock_guard lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end() && it->second.generation == generation && now - it->second.loaded < kFreshFor)
      return it->second.labels;
  }
  soci::session sql(db.pool());
  auto labels = std::make_shared<const std::map<std::string, std::string>>(term_labels(sql, lang));
  std::lock_guard lock(mutex);
  if (cache.size() > 64) cache.clear();  // databases of tests come and go; a server has one
  cache[key] = Entry{generation, now, labels};
  return labels;
}

std::map<std::string, std::string> term_labels(soci::session& sql, const std::string& lang) {
  std::map<std::string, std::string> out;
  for (auto& t : list_terms(sql))
    if (!t.code.empty()) out[t.code] = pick(t.label, lang);
  return out;
}

// ---- Search documents ------------------------------------------------------------------------------------

std::vector<ServiceChange> changes_since(soci::session& sql, std::int64_t after_id, int limit) {
  std::vector<ServiceChange> out;
  std::map<std::int64_t, std::size_t> at;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT c.id, c.service_id, CASE WHEN s.id IS NULL THEN 0 ELSE 1 END FROM directory_changes c "
                                               "LEFT JOIN directory_services s ON s.id = c.service_id WHERE c.id > :a ORDER BY c.id",
                                soci::use(after_id));
  for (auto& r : rs) {
    ServiceChange c{as_int(r, 0), as_int(r, 1), as_int(r, 2) == 1};
    auto it = at.find(c.service_id);
    if (it != at.end()) {
      out[it->second].change_id = c.change_id;
      continue;
    }
    if (static_cast<int>(out.size()) >= limit) break;
    at[c.service_id] = out.size();
    out.push_back(c);
  }
  return out;
}

std::int64_t service_id_of(soci::session& sql, const std::string& hsds_id) {
  std::int64_t id = 0;
  soci::indicator ind;
  sql << "SELECT id FROM directory_services WHERE hsds_id = :h", soci::use(hsds_id), soci::into(id, ind);
  return sql.got_data() ? id : 0;
}

void ensure_organisation_ids(soci::session& sql) {
  std::vector<std::int64_t> missing;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM organisations WHERE hsds_id IS NULL OR hsds_id = ''");
  for (auto& r : rs) missing.push_back(as_int(r, 0));
  for (auto id : missing) {
    std::string uuid = security::random_uuid();
    // Only if still without one: two servers starting together must not give it two ids in turn.
    sql << "UPDATE organisations SET hsds_id = :h WHERE id = :i AND (hsds_id IS NULL OR hsds_id = '')", soci::use(uuid),
        soci::use(id);
  }
}

std::int64_t organisation_id_of(soci::session& sql, const std::string& hsds_id) {
  std::int64_t id = 0;
  soci::indicator ind;
  sql << "SELECT id FROM organisations WHERE hsds_id = :h", soci::use(hsds_id), soci::into(id, ind);
  if (sql.got_data()) return id;
  if (!hsds_id.empty() && hsds_id.size() < 18 && std::all_of(hsds_id.begin(), hsds_id.end(), ::isdigit)) {
    std::int64_t n = std::stoll(hsds_id);
    sql << "SELECT id FROM organisations WHERE id = :i", soci::use(n), soci::into(id, ind);
    if (sql.got_data()) return id;
  }
  return 0;
}

std::optional<int> minutes_of_day(const std::string& text) {
  std::size_t i = 0;
  auto digits = [&](int max_count, int& out) {
    int n = 0, v = 0;
    while (i < text.size() && n < max_count && text[i] >= '0' && text[i] <= '9') v = v * 10 + (text[i++] - '0'), ++n;
    out = v;
    return n;
  };
  int h = 0, m = 0, sec = 0;
  int hd = digits(2, h);
  if (hd == 0 || i >= text.size() || text[i] != ':') return std::nullopt;
  ++i;
  if (digits(2, m) != 2) return std::nullopt;
  if (i < text.size() && text[i] == ':') {
    ++i;
    if (digits(2, sec) != 2) return std::nullopt;
  }
  std::string zone = text.substr(i);
  bool zone_ok = zone.empty() || zone == "Z" ||
                 (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && std::isdigit(static_cast<unsigned char>(zone[1])) &&
                  std::isdigit(static_cast<unsigned char>(zone[2])) && zone[3] == ':' &&
                  std::isdigit(static_cast<unsigned char>(zone[4])) && std::isdigit(static_cast<unsigned char>(zone[5])));
  if (!zone_ok || m > 59 || sec > 59 || h > 24 || (h == 24 && (m || sec))) return std::nullopt;
  return h * 60 + m;
}

std::vector<s::ServiceDocument> load_documents(soci::session& sql, std::optional<std::int64_t> service_id) {
  if (service_id) return load_documents(sql, std::vector<std::int64_t>{*service_id});
  return load_documents(sql, std::vector<std::int64_t>{});
}

std::vector<s::ServiceDocument> load_documents(soci::session& sql, const std::vector<std::int64_t>& service_ids) {
  // The filter lists integers we hold, never user text: appending it keeps each query readable. Empty: all.
  std::string only;
  for (auto id : service_ids) only += (only.empty() ? "" : ",") + std::to_string(id);
  std::vector<s::ServiceDocument> docs;
  std::map<std::int64_t, std::size_t> at;
  std::map<std::int64_t, std::vector<std::size_t>> by_org;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT s.id, s.hsds_id, COALESCE(o.hsds_id, ''), s.organisation_id, s.status, s.last_verified_at, "
                                                 "COALESCE(o.name, '') FROM directory_services s LEFT JOIN organisations o ON o.id = s.organisation_id" +
                                                     (only.empty() ? "" : " WHERE s.id IN (" + only + ")") + " ORDER BY s.id");
    for (auto& r : rs) {
      s::ServiceDocument d;
      d.id = as_text(r, 1);
      d.organisation_id = as_text(r, 2).empty() ? std::to_string(as_int(r, 3)) : as_text(r, 2);
      d.status = as_text(r, 4);
      d.verified_at = as_int(r, 5);
      d.organisation_name["fr"] = as_text(r, 6);
      at[as_int(r, 0)] = docs.size();
      by_org[as_int(r, 3)].push_back(docs.size());
      docs.push_back(std::move(d));
    }
  }
  if (docs.empty()) return docs;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT record_id, field, lang, value FROM directory_texts WHERE record_type = 'service' "
                                                 "AND field IN ('name', 'description', 'alternate_name', 'eligibility_description')" +
                                                     (only.empty() ? "" : " AND record_id IN (" + only + ")"));
    for (auto& r : rs) {
      auto it = at.find(as_int(r, 0));
      if (it == at.end()) continue;
      auto& d = docs[it->second];
      std::string field = as_text(r, 1);
      if (field == "name") d.name[as_text(r, 2)] = as_text(r, 3);
      else if (field == "description") d.description[as_text(r, 2)] = as_text(r, 3);
      else d.extra_terms.push_back(as_text(r, 3));
    }
  }
  {
    // Only the organisations of the services read (integers we hold): one service must not read every name.
    std::string orgs;
    for (auto& [org, idx] : by_org) orgs += (orgs.empty() ? "" : ",") + std::to_string(org);
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT record_id, lang, value FROM directory_texts WHERE record_type = 'organization' AND field = 'name'" +
                                                     (only.empty() || orgs.empty() ? "" : " AND record_id IN (" + orgs + ")"));
    for (auto& r : rs) {
      auto it = by_org.find(as_int(r, 0));
      if (it == by_org.end()) continue;
      for (auto i : it->second) docs[i].organisation_name[as_text(r, 1)] = as_text(r, 2);
    }
  }
  {
    std::map<std::string, std::vector<std::string>> labels;
    for (auto& t : list_terms(sql))
      for (auto& [l, v] : t.label) labels[t.code].push_back(v);
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT a.owner_id, t.code, COALESCE(x.code, '') FROM directory_attributes a "
                                                 "JOIN directory_taxonomy_terms t ON t.id = a.taxonomy_term_id "
                                                 "LEFT JOIN directory_taxonomies x ON x.id = t.taxonomy_id WHERE a.owner_type = 'service'" +
                                                     (only.empty() ? "" : " AND a.owner_id IN (" + only + ")"));
    for (auto& r : rs) {
      auto it = at.find(as_int(r, 0));
      if (it == at.end()) continue;
      auto& d = docs[it->second];
      std::string code = as_text(r, 1), tax = as_text(r, 2);
      if (tax == "themes") d.themes.push_back(code);
      else if (tax == "publics") d.publics.push_back(code);
      else if (tax == "access") d.access.push_back(code);
      for (auto& l : labels[code]) d.extra_terms.push_back(l);
    }
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT sal.service_id, l.latitude, l.longitude, l.bassin_slug, l.commune_nis, l.postal_code, "
                                                 "CASE WHEN l.latitude IS NULL THEN 0 ELSE 1 END, l.quarter_code FROM directory_service_at_location sal "
                                                 "JOIN directory_locations l ON l.id = sal.location_id" +
                                                     (only.empty() ? "" : " WHERE sal.service_id IN (" + only + ")") + " ORDER BY sal.id");
    const auto& places = territory::list_places(sql);
    const auto zones = territory::list_zones(sql);  // the zone filter: zones its locations fall in
    for (auto& r : rs) {
      auto it = at.find(as_int(r, 0));
      if (it == at.end()) continue;
      auto& d = docs[it->second];
      double lat = as_double(r, 1), lng = as_double(r, 2);
      bool has = as_int(r, 6) == 1 && lat > 50.7 && lat < 51.0 && lng > 4.2 && lng < 4.5;
      if (!has) {  // no usable coordinates: the centre of its postal code
        for (auto& p : places)
          if (p.postal_code == as_text(r, 5)) lat = p.lat, lng = p.lng, has = true;
      }
      if (has && !d.lat) d.lat = lat, d.lng = lng;
      if (!as_text(r, 3).empty() && std::find(d.bassins.begin(), d.bassins.end(), as_text(r, 3)) == d.bassins.end())
        d.bassins.push_back(as_text(r, 3));
      if (!as_text(r, 4).empty() && std::find(d.communes.begin(), d.communes.end(), as_text(r, 4)) == d.communes.end())
        d.communes.push_back(as_text(r, 4));
      for (auto& z : territory::zones_of(zones, {as_text(r, 5), as_text(r, 4), as_text(r, 7)}))
        if (std::find(d.zones.begin(), d.zones.end(), z) == d.zones.end()) d.zones.push_back(z);
    }
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT owner_id, code FROM directory_languages WHERE owner_type = 'service'" +
                                                     (only.empty() ? "" : " AND owner_id IN (" + only + ")") + " ORDER BY id");
    for (auto& r : rs) {
      auto it = at.find(as_int(r, 0));
      if (it == at.end() || as_text(r, 1).empty()) continue;
      auto& langs = docs[it->second].languages;
      std::string code = as_text(r, 1).substr(0, 3);
      if (std::find(langs.begin(), langs.end(), code) == langs.end()) langs.push_back(code);
    }
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT owner_id, byday, opens_at, closes_at FROM directory_schedules WHERE owner_type = 'service' "
                                                 "AND is_exception = 0" + (only.empty() ? "" : " AND owner_id IN (" + only + ")"));
    for (auto& r : rs) {
      auto it = at.find(as_int(r, 0));
      if (it == at.end()) continue;
      auto opens = minutes_of_day(as_text(r, 2)), closes = minutes_of_day(as_text(r, 3));
      if (!opens || !closes || *closes <= *opens) continue;
      int open = *opens, close = *closes;
      std::string byday = as_text(r, 1);
      for (int d = 0; d < 7; ++d)
        if (byday.find(kWeekdayCodes[d]) != std::string::npos)
          docs[it->second].opening.push_back({d * 1440 + open, d * 1440 + close});
    }
  }
  return docs;
}

s::ServiceDocument to_search_document(soci::session& sql, std::int64_t service_id) {
  auto docs = load_documents(sql, service_id);
  if (docs.empty()) throw std::runtime_error("no service " + std::to_string(service_id));
  return docs.front();
}

// ---- The temporary search ----------------------------------------------------------------------------

std::string fold_text(const std::string& in) {
  // Latin-1 supplement letters to their base letter; other characters kept (lower-cased when ASCII).
  static const char* latin1 = "aaaaaaaceeeeiiiidnooooo ouuuuyts" "aaaaaaaceeeeiiiidnooooo ouuuuyty";
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    unsigned char c = in[i];
    if (c < 0x80) {
      out += static_cast<char>(std::tolower(c));
      ++i;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < in.size()) {
      unsigned cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3F);
      if (cp >= 0xC0 && cp <= 0xFF && latin1[cp - 0xC0] != ' ') out += latin1[cp - 0xC0];
      else if (cp == 0x152 || cp == 0x153) out += "oe";
      else out.append(in, i, 2);
      i += 2;
    } else {
      std::size_t n = (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
      out.append(in, i, std::min(n, in.size() - i));
      i += n;
    }
  }
  return out;
}


// ---- Orientation sheets ----------------------------------------------------------------------------------

Sheet create_sheet(soci::session& sql, const std::string& lang) {
  Sheet sheet;
  sheet.token = security::random_token(18);
  sheet.lang = is_language(lang) ? lang : "fr";
  std::int64_t now = now_seconds();
  sql << "INSERT INTO directory_sheets (token, lang, created_at, updated_at) VALUES (:t, :l, :c, :u) RETURNING id",
      soci::use(sheet.token), soci::use(sheet.lang), soci::use(now), soci::use(now), soci::into(sheet.id);
  return sheet;
}

std::optional<Sheet> find_sheet(soci::session& sql, const std::string& token) {
  if (token.empty() || token.size() > 64) return std::nullopt;
  Sheet sheet;
  soci::indicator ind;
  sql << "SELECT id, token, lang FROM directory_sheets WHERE token = :t", soci::use(token), soci::into(sheet.id),
      soci::into(sheet.token, ind), soci::into(sheet.lang);
  if (!sql.got_data()) return std::nullopt;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT service_id FROM directory_sheet_items WHERE sheet_id = :s ORDER BY added_at, service_id",
                                soci::use(sheet.id));
  for (auto& r : rs) sheet.service_ids.push_back(as_int(r, 0));
  return sheet;
}

bool add_to_sheet(soci::session& sql, const Sheet& sheet, std::int64_t service_id) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM directory_sheet_items WHERE sheet_id = :s", soci::use(sheet.id), soci::into(n);
  if (n >= static_cast<int>(kMaxSheetServices)) return false;
  std::int64_t now = now_seconds();
  sql << "INSERT INTO directory_sheet_items (sheet_id, service_id, added_at) VALUES (:s, :v, :a) ON CONFLICT (sheet_id, service_id) DO NOTHING",
      soci::use(sheet.id), soci::use(service_id), soci::use(now);
  sql << "UPDATE directory_sheets SET updated_at = :n WHERE id = :s", soci::use(now), soci::use(sheet.id);
  return true;
}

void remove_from_sheet(soci::session& sql, const Sheet& sheet, std::int64_t service_id) {
  sql << "DELETE FROM directory_sheet_items WHERE sheet_id = :s AND service_id = :v", soci::use(sheet.id), soci::use(service_id);
}

void set_sheet_language(soci::session& sql, const Sheet& sheet, const std::string& lang) {
  if (!is_language(lang)) return;
  sql << "UPDATE directory_sheets SET lang = :l WHERE id = :s", soci::use(lang), soci::use(sheet.id);
}

// ---- Freshness and proposals ---------------------------------------------------------------------------

void mark_verified(soci::session& sql, std::int64_t service_id, const std::string& by, std::int64_t at) {
  sql << "UPDATE directory_services SET last_verified_at = :a, verified_by = :b WHERE id = :i", soci::use(at), soci::use(by),
      soci::use(service_id);
}

const std::vector<std::string>& proposable_fields() {
  static const std::vector<std::string> f = {"name", "description", "application_process", "fees_description",
                                             "eligibility_description", "alert"};
  return f;
}

const std::vector<std::string>& proposable_columns() {
  static const std::vector<std::string> c = {"email", "url", "status"};
  return c;
}

bool is_proposable_list(const std::string& field) {
  static const std::string lists[] = {"themes", "publics", "access", "phones", "hours"};
  return std::find(std::begin(lists), std::end(lists), field) != std::end(lists);
}

std::string opening_line(const WeeklyOpening& o) { return o.day + " " + o.opens + "-" + o.closes; }

std::optional<WeeklyOpening> parse_opening_line(const std::string& line) {
  if (line.size() != 14 || line[2] != ' ' || line[8] != '-') return std::nullopt;
  WeeklyOpening o{line.substr(0, 2), line.substr(3, 5), line.substr(9, 5)};
  if (std::find(std::begin(kWeekdayCodes), std::end(kWeekdayCodes), o.day) == std::end(kWeekdayCodes)) return std::nullopt;
  if (o.opens[2] != ':' || o.closes[2] != ':' || !minutes_of_day(o.opens) || !minutes_of_day(o.closes)) return std::nullopt;
  return o;
}

namespace {

// A service's terms of one vocabulary (sorted codes), its phone numbers (in order) or its weekly openings, one a line.
std::string current_list(soci::session& sql, std::int64_t service_id, const std::string& field) {
  std::vector<std::string> items;
  if (field == "hours") {
    // Weekly openings, one day and range a line, Monday first and by time within a day (the order the form
    // sends them in); exceptions are not shown.
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT byday, opens_at, closes_at FROM directory_schedules WHERE owner_type = 'service' "
                                                 "AND owner_id = :s AND is_exception = 0 ORDER BY id",
                                  soci::use(service_id));
    std::vector<std::string> by_day[std::size(kWeekdayCodes)];
    for (auto& r : rs) {
      std::string byday = as_text(r, 0), opens = as_text(r, 1).substr(0, 5), closes = as_text(r, 2).substr(0, 5);
      if (opens.size() != 5 || closes.size() != 5) continue;
      for (std::size_t d = 0; d < std::size(kWeekdayCodes); ++d)
        if (byday.find(kWeekdayCodes[d]) != std::string::npos) by_day[d].push_back(opening_line({kWeekdayCodes[d], opens, closes}));
    }
    for (auto& day : by_day) {
      std::sort(day.begin(), day.end());
      day.erase(std::unique(day.begin(), day.end()), day.end());
      items.insert(items.end(), day.begin(), day.end());
    }
  } else if (field == "phones") {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT number FROM directory_phones WHERE owner_type = 'service' AND owner_id = :s ORDER BY id",
                                  soci::use(service_id));
    for (auto& r : rs) items.push_back(as_text(r, 0));
  } else {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT DISTINCT t.code FROM directory_attributes a JOIN directory_taxonomy_terms t ON "
                                                 "t.id = a.taxonomy_term_id WHERE a.owner_type = 'service' AND a.owner_id = :s AND "
                                                 "t.taxonomy = :x ORDER BY t.code",
                                  soci::use(service_id), soci::use(field));
    for (auto& r : rs) items.push_back(as_text(r, 0));
  }
  return join(items);
}

// Replaces the list an accepted proposal changes: the service's terms of one vocabulary, its phones or its hours.
void replace_list(soci::session& sql, std::int64_t service_id, const std::string& field, const std::string& value,
                  std::int64_t now) {
  auto items = split_lines(value);
  if (field == "hours") {
    // The weekly openings are replaced; dated exceptions (holidays) stay.
    sql << "DELETE FROM directory_schedules WHERE owner_type = 'service' AND owner_id = :s AND is_exception = 0", soci::use(service_id);
    for (auto& line : items) {
      auto o = parse_opening_line(line);
      if (!o) continue;
      std::string id = security::random_uuid();
      sql << "INSERT INTO directory_schedules (hsds_id, owner_type, owner_id, freq, byday, opens_at, closes_at, updated_at) "
             "VALUES (:h, 'service', :s, 'WEEKLY', :d, :o, :c, :u)",
          soci::use(id), soci::use(service_id), soci::use(o->day), soci::use(o->opens), soci::use(o->closes), soci::use(now);
    }
    return;
  }
  if (field == "phones") {
    sql << "DELETE FROM directory_phones WHERE owner_type = 'service' AND owner_id = :s", soci::use(service_id);
    for (auto& number : items) {
      std::string id = security::random_uuid();
      sql << "INSERT INTO directory_phones (hsds_id, owner_type, owner_id, number, type, updated_at) "
             "VALUES (:h, 'service', :s, :n, 'voice', :u)",
          soci::use(id), soci::use(service_id), soci::use(number), soci::use(now);
    }
    return;
  }
  sql << "DELETE FROM directory_attributes WHERE owner_type = 'service' AND owner_id = :s AND taxonomy_term_id IN "
         "(SELECT id FROM directory_taxonomy_terms WHERE taxonomy = :x)",
      soci::use(service_id), soci::use(field);
  for (auto& code : items) {
    std::int64_t term = 0;
    sql << "SELECT id FROM directory_taxonomy_terms WHERE code = :c AND taxonomy = :x", soci::use(code), soci::use(field),
        soci::into(term);
    if (!sql.got_data()) continue;
    std::string id = security::random_uuid();
    sql << "INSERT INTO directory_attributes (hsds_id, owner_type, owner_id, taxonomy_term_id, link_type, updated_at) "
           "VALUES (:h, 'service', :s, :t, 'service', :u)",
        soci::use(id), soci::use(service_id), soci::use(term), soci::use(now);
  }
}
}  // namespace

std::string current_value(soci::session& sql, std::int64_t service_id, const std::string& field, const std::string& lang) {
  if (is_proposable_list(field)) return current_list(sql, service_id, field);
  for (auto& c : proposable_columns()) {
    if (c != field) continue;
    soci::row r;
    // The column name comes from the fixed list above, never from the request.
    sql << "SELECT " + c + " FROM directory_services WHERE id = :i", soci::use(service_id), soci::into(r);
    return sql.got_data() ? as_text(r, 0) : "";
  }
  auto texts = load_texts(sql, "service", service_id);
  return texts.count(field) && texts[field].count(lang) ? texts[field][lang] : "";
}

std::int64_t create_proposal(soci::session& sql, std::int64_t service_id, std::int64_t user_id, const std::string& lang,
                             const std::map<std::string, std::string>& changes) {
  nlohmann::json j = {{"lang", lang}, {"fields", changes}};
  std::string text = j.dump();
  std::int64_t now = now_seconds(), id = 0;
  sql << "INSERT INTO directory_proposals (service_id, proposed_by, created_at, changes) VALUES (:s, :u, :c, :j) RETURNING id",
      soci::use(service_id), soci::use(user_id), soci::use(now), soci::use(text), soci::into(id);
  return id;
}

namespace {
Proposal proposal_from(const soci::row& r) {
  Proposal p;
  p.id = as_int(r, 0);
  p.service_id = as_int(r, 1);
  p.proposed_by = as_int(r, 2);
  p.created_at = as_int(r, 3);
  auto j = nlohmann::json::parse(as_text(r, 4), nullptr, false);
  if (j.is_object()) {
    p.lang = j.value("lang", "fr");
    if (j.contains("fields") && j["fields"].is_object())
      for (auto& [k, v] : j["fields"].items())
        if (v.is_string()) p.changes[k] = v.get<std::string>();
  }
  p.status = as_text(r, 5);
  p.review_comment = as_text(r, 6);
  p.proposer_email = as_text(r, 7);
  p.service_hsds_id = as_text(r, 8);
  return p;
}
const char* kProposalSelect =
    "SELECT p.id, p.service_id, p.proposed_by, p.created_at, p.changes, p.status, p.review_comment, COALESCE(u.email, ''), "
    "s.hsds_id FROM directory_proposals p JOIN directory_services s ON s.id = p.service_id LEFT JOIN users u ON u.id = p.proposed_by";
}  // namespace

std::optional<Proposal> find_proposal(soci::session& sql, std::int64_t id) {
  soci::row r;
  sql << std::string(kProposalSelect) + " WHERE p.id = :i", soci::use(id), soci::into(r);
  if (!sql.got_data()) return std::nullopt;
  return proposal_from(r);
}

std::vector<Proposal> pending_proposals(soci::session& sql) {
  std::vector<Proposal> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kProposalSelect) + " WHERE p.status = 'pending' ORDER BY p.created_at, p.id");
  for (auto& r : rs) out.push_back(proposal_from(r));
  return out;
}

void accept_proposal(soci::session& sql, const Proposal& p, std::int64_t reviewer_id, const std::string& reviewer,
                     const std::string& comment) {
  std::int64_t now = now_seconds();
  const auto& columns = proposable_columns();
  for (auto& [field, value] : p.changes) {
    bool column = std::find(columns.begin(), columns.end(), field) != columns.end();
    std::string old = current_value(sql, p.service_id, field, p.lang);
    if (old == value) continue;
    bool list = is_proposable_list(field);
    if (column) sql << "UPDATE directory_services SET " + field + " = :v WHERE id = :i", soci::use(value), soci::use(p.service_id);
    else if (list) replace_list(sql, p.service_id, field, value, now);
    else set_text(sql, "service", p.service_id, field, p.lang, value);
    std::string fl = column || list ? field : field + "." + p.lang;
    sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field, old_value, new_value) "
           "VALUES (:a, :u, :b, 'service', :r, 'update', :f, :o, :n)",
        soci::use(now), soci::use(reviewer_id), soci::use(reviewer), soci::use(p.service_hsds_id), soci::use(fl),
        soci::use(old), soci::use(value);
  }
  mark_verified(sql, p.service_id, reviewer, now);
  sql << "UPDATE directory_services SET updated_at = :n WHERE id = :i", soci::use(now), soci::use(p.service_id);
  sql << "UPDATE directory_proposals SET status = 'accepted', reviewed_by = :r, reviewed_at = :n, review_comment = :c WHERE id = :i",
      soci::use(reviewer_id), soci::use(now), soci::use(comment), soci::use(p.id);
  sql << "INSERT INTO directory_changes (service_id, at) VALUES (:s, :a)", soci::use(p.service_id), soci::use(now);
}

void reject_proposal(soci::session& sql, const Proposal& p, std::int64_t reviewer_id, const std::string& comment) {
  std::int64_t now = now_seconds();
  sql << "UPDATE directory_proposals SET status = 'rejected', reviewed_by = :r, reviewed_at = :n, review_comment = :c WHERE id = :i",
      soci::use(reviewer_id), soci::use(now), soci::use(comment), soci::use(p.id);
}

std::vector<std::string> service_bassins(soci::session& sql, std::int64_t service_id) {
  std::vector<std::string> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT DISTINCT l.bassin_slug FROM directory_service_at_location sal JOIN directory_locations l "
                                               "ON l.id = sal.location_id WHERE sal.service_id = :s AND l.bassin_slug <> ''",
                                soci::use(service_id));
  for (auto& r : rs) out.push_back(as_text(r, 0));
  return out;
}

std::int64_t service_organisation(soci::session& sql, std::int64_t service_id) {
  std::int64_t org = 0;
  soci::indicator ind;
  sql << "SELECT organisation_id FROM directory_services WHERE id = :i", soci::use(service_id), soci::into(org, ind);
  return sql.got_data() && ind == soci::i_ok ? org : 0;
}

}  // namespace maillage::directory
