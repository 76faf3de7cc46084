#include "directory/bruxelles_social.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "directory/model.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/resources.hpp"

namespace maillage::directory {

using nlohmann::json;

namespace {

const char* const kIdPrefix = "bruxelles-social:";
const char* const kTaxonomyId = "bruxelles-social:categories";

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// A scalar as text ("" for null, arrays and objects).
std::string scalar(const json& v) {
  if (v.is_string()) return clean_text(v.get<std::string>());
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) {
    std::ostringstream o;
    o.precision(15);
    o << v.get<double>();
    return o.str();
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return "";
}

// A field that is a string or a list of strings, as its non-empty items.
std::vector<std::string> items(const json& v) {
  std::vector<std::string> out;
  if (v.is_array()) {
    for (auto& x : v)
      if (auto s = scalar(x); !s.empty()) out.push_back(s);
  } else if (auto s = scalar(v); !s.empty()) {
    out.push_back(s);
  }
  return out;
}

std::optional<double> number(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) {
    try {
      std::size_t used = 0;
      std::string s = trim(v.get<std::string>());
      double d = std::stod(s, &used);
      if (used == s.size() && std::isfinite(d)) return d;
    } catch (...) {
    }
  }
  return std::nullopt;
}

// Reads a record's fields and remembers which were read: what is left is kept verbatim as extra.
struct Reader {
  const json& record;
  std::set<std::string> used;
  const json& get(const std::string& key) {
    static const json none;
    used.insert(key);
    auto it = record.find(key);
    return it == record.end() ? none : *it;
  }
  std::string text(const std::string& key) { return scalar(get(key)); }
  // The French/Dutch pair of a field as {"fr": ..., "nl": ...}; lists joined with `separator`.
  json pair(const std::string& base, const std::string& separator = "\n") {
    json out = json::object();
    for (auto [lang, suffix] : {std::pair{"fr", "Fr"}, std::pair{"nl", "Nl"}}) {
      auto parts = items(get(base + suffix));
      std::string joined;
      for (auto& p : parts) joined += (joined.empty() ? "" : separator) + p;
      if (!joined.empty()) out[lang] = joined;
    }
    return out;
  }
  // The first item of the French list, else of the Dutch one.
  std::string first(const std::string& base) {
    auto fr = items(get(base + "Fr"));
    if (!fr.empty()) return fr.front();
    auto nl = items(get(base + "Nl"));
    return nl.empty() ? "" : nl.front();
  }
  std::vector<std::string> all(const std::string& base) {
    auto out = items(get(base + "Fr"));
    for (auto& x : items(get(base + "Nl")))
      if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
    return out;
  }
  json rest() const {
    json out = json::object();
    for (auto& [k, v] : record.items())
      if (!used.count(k) && !v.is_null() && !(v.is_array() && v.empty()) && !(v.is_string() && v.get<std::string>().empty()))
        out[k] = v;
    return out;
  }
};

// Per language: the first of the pairs that has a text in that language.
json first_of(std::initializer_list<json> pairs) {
  json out = json::object();
  for (const char* lang : {"fr", "nl"})
    for (auto& p : pairs)
      if (p.contains(lang)) {
        out[lang] = p[lang];
        break;
      }
  return out;
}

bool empty_pair(const json& p) { return !p.contains("fr") && !p.contains("nl"); }

// "28/08/20", "28/08/2020", "2020-08-28" (and a time after it): "2020-08-28", or "" when unreadable.
std::string iso_date(const std::string& text) {
  int d = 0, m = 0, y = 0;
  char buf[16];
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && y > 1900) {
  } else if (std::sscanf(text.c_str(), "%2d/%2d/%4d", &d, &m, &y) == 3) {
    if (y < 100) y += y < 70 ? 2000 : 1900;
  } else {
    return "";
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return "";
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

json location_of(const json& address, const std::string& sid, std::size_t n, const json& name,
                 std::vector<ImportProblem>& warnings) {
  Reader a{address};
  std::string street_fr = a.text("streetFr"), street_nl = a.text("streetNl"), number_text = a.text("number"),
              box = a.text("postalBox"), building = a.text("numberBuilding");
  auto line = [&](const std::string& street, const char* box_word) {
    std::string l = street;
    if (!number_text.empty()) l += (l.empty() ? "" : " ") + number_text;
    if (!building.empty()) l += " " + building;
    if (!box.empty()) l += std::string(" ") + box_word + " " + box;
    return l;
  };
  std::string id = a.text("id");
  std::string lid = sid + "/address/" + (id.empty() ? std::to_string(n) : id);
  json addr = {{"id", lid},
               {"address_1", line(street_fr.empty() ? street_nl : street_fr, "bte")},
               {"city", a.text("municipalityFr").empty() ? a.text("municipalityNl") : a.text("municipalityFr")},
               {"postal_code", a.text("zipCode")},
               {"state_province", "Bruxelles-Capitale"},
               {"country", "BE"},
               {"address_type", "physical"}};
  // The Dutch street and municipality have no HSDS field: kept beside the address.
  json nl = json::object();
  if (!street_nl.empty()) nl["address_1"] = line(street_nl, "bus");
  if (auto c = a.text("municipalityNl"); !c.empty()) nl["city"] = c;
  if (!nl.empty()) addr["nl"] = nl;
  json loc = {{"id", lid}, {"location_type", "physical"}, {"name", name}, {"addresses", json::array({addr})}};
  auto lat = number(a.get("lat")), lng = number(a.get("lon"));
  auto x = number(a.get("x")), y = number(a.get("y"));
  if (lat && lng && *lat != 0 && *lng != 0) {
    loc["latitude"] = *lat;
    loc["longitude"] = *lng;
  } else if (x && y && *x > 0 && *y > 0) {
    auto p = lambert72_to_wgs84(*x, *y);
    loc["latitude"] = std::round(p.lat * 1e7) / 1e7;
    loc["longitude"] = std::round(p.lng * 1e7) / 1e7;
  } else if (x || y || lat || lng) {
    warnings.push_back({sid, "address " + std::to_string(n) + " has unreadable coordinates: kept without a position"});
  }
  if (auto sector = a.text("statisticsCode"); !sector.empty()) {
    loc["external_identifier"] = sector;
    loc["external_identifier_type"] = "statistical_sector";
  }
  json rest = a.rest();
  if (!rest.empty()) addr["bruxelles_social"] = rest;
  return loc;
}

}  // namespace

// ---- Mapping ------------------------------------------------------------------------------------------------

std::optional<std::string> BruxellesSocialMapping::term_for(const std::string& kind, const std::string& id,
                                                            const std::string& label_fr) const {
  if (!id.empty())
    if (auto it = by_id.find(kind + ":" + id); it != by_id.end()) return it->second;
  if (!label_fr.empty())
    if (auto it = by_label.find(kind + ":" + trim(fold_text(label_fr))); it != by_label.end()) return it->second;
  return std::nullopt;
}

BruxellesSocialMapping parse_bruxelles_social_mapping(const std::string& tsv) {
  BruxellesSocialMapping m;
  std::istringstream in(tsv);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream l(line);
    while (std::getline(l, cell, '\t')) cells.push_back(trim(cell));
    if (cells.size() < 4 || (cells[0] != "category" && cells[0] != "sector") || cells[3].empty() ||
        (cells[1].empty() && cells[2].empty())) {
      m.problems.push_back("line " + std::to_string(n) + ": expected kind (category or sector), id, French label, term");
      continue;
    }
    if (!cells[1].empty()) m.by_id[cells[0] + ":" + cells[1]] = cells[3];
    else m.by_label[cells[0] + ":" + fold_text(cells[2])] = cells[3];
  }
  return m;
}

const BruxellesSocialMapping& default_bruxelles_social_mapping() {
  static const BruxellesSocialMapping m = [] {
    auto text = resources::find("share/directory/bruxelles-social-mapping.tsv");
    return parse_bruxelles_social_mapping(text ? std::string(*text) : std::string());
  }();
  return m;
}

// ---- Lambert 72 ---------------------------------------------------------------------------------------------

LatLng lambert72_to_wgs84(double x, double y) {
  // Inverse Lambert conformal conic (two standard parallels) on the International 1924 ellipsoid (EPSG:31370).
  const double pi = std::acos(-1.0), deg = pi / 180;
  const double a = 6378388.0, f = 1 / 297.0, e = std::sqrt(2 * f - f * f);
  const double phi1 = 51.16666723333333 * deg, phi2 = 49.8333339 * deg, lambda0 = 4.367486666666666 * deg;
  const double fe = 150000.013, fn = 5400088.438;
  auto m = [&](double phi) { return std::cos(phi) / std::sqrt(1 - e * e * std::sin(phi) * std::sin(phi)); };
  auto t = [&](double phi) {
    return std::tan(pi / 4 - phi / 2) / std::pow((1 - e * std::sin(phi)) / (1 + e * std::sin(phi)), e / 2);
  };
  const double n = (std::log(m(phi1)) - std::log(m(phi2))) / (std::log(t(phi1)) - std::log(t(phi2)));
  const double F = m(phi1) / (n * std::pow(t(phi1), n));
  const double rho0 = 0;  // latitude of origin 90°: t = 0
  const double dx = x - fe, dy = rho0 - (y - fn);
  const double rho = std::sqrt(dx * dx + dy * dy), theta = std::atan2(dx, dy);
  const double tp = std::pow(rho / (a * F), 1 / n);
  double phi = pi / 2 - 2 * std::atan(tp);
  for (int i = 0; i < 10; ++i)
    phi = pi / 2 - 2 * std::atan(tp * std::pow((1 - e * std::sin(phi)) / (1 + e * std::sin(phi)), e / 2));
  const double lambda = theta / n + lambda0;

  // BD72 -> WGS84: geocentric coordinates on Hayford, 7-parameter Helmert (position vector), back on GRS80.
  const double N = a / std::sqrt(1 - e * e * std::sin(phi) * std::sin(phi));
  double X = N * std::cos(phi) * std::cos(lambda), Y = N * std::cos(phi) * std::sin(lambda),
         Z = N * (1 - e * e) * std::sin(phi);
  const double sec = pi / (180 * 3600);
  const double tx = -106.8686, ty = 52.2978, tz = -103.7239, rx = 0.3366 * sec, ry = -0.457 * sec,
               rz = 1.8422 * sec, s = -1.2747e-6;
  double X2 = tx + (1 + s) * (X - rz * Y + ry * Z), Y2 = ty + (1 + s) * (rz * X + Y - rx * Z),
         Z2 = tz + (1 + s) * (-ry * X + rx * Y + Z);
  const double a2 = 6378137.0, f2 = 1 / 298.257223563, e2 = 2 * f2 - f2 * f2;
  const double p = std::sqrt(X2 * X2 + Y2 * Y2);
  double lat = std::atan2(Z2, p * (1 - e2));
  for (int i = 0; i < 10; ++i) {
    double N2 = a2 / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
    lat = std::atan2(Z2 + e2 * N2 * std::sin(lat), p);
  }
  return {lat / deg, std::atan2(Y2, X2) / deg};
}

// ---- Permanency hours ---------------------------------------------------------------------------------------

std::optional<std::vector<PermanencyLine>> parse_permanency_fr(const std::string& text) {
  static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  static const std::map<std::string, int> days = {{"lundi", 0}, {"mardi", 1},  {"mercredi", 2}, {"jeudi", 3},
                                                  {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6}};
  static const std::string D = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?";
  static const std::string T = "(\\d{1,2})(?:h|:|\\.)(\\d{2})?";
  static const std::regex segment("^(?:(?:du|de) " + D + " (?:au|a) " + D + "|(?:le |les )?" + D + "(?: et " + D +
                                  ")?),? (?:de )?" + T + " (?:a|-) " + T + "(?: et (?:de )?" + T + " (?:a|-) " + T + ")?$");
  std::string folded = fold_text(text);
  for (auto& c : folded)
    if (c == '\t') c = ' ';
  std::vector<std::string> parts;
  std::string part;
  for (char c : folded) {
    if (c == ';' || c == '\n' || c == '\r') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  std::vector<PermanencyLine> out;
  auto time_of = [](const std::string& h, const std::string& m) -> std::optional<std::string> {
    if (h.empty()) return std::nullopt;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%s", std::stoi(h), m.empty() ? "00" : m.c_str());
    if (!minutes_of_day(buf)) return std::nullopt;
    return std::string(buf);
  };
  for (auto p : parts) {
    // Spaces squeezed, a final full stop dropped.
    std::string s;
    for (char c : trim(p))
      if (!(c == ' ' && !s.empty() && s.back() == ' ')) s += c;
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    if (s.empty()) continue;
    std::smatch mt;
    if (!std::regex_match(s, mt, segment)) return std::nullopt;
    std::vector<int> on;
    if (mt[1].matched) {
      int from = days.at(mt[1]), to = days.at(mt[2]);
      if (from >= to) return std::nullopt;  // "du vendredi au lundi": not guessed
      for (int d = from; d <= to; ++d) on.push_back(d);
    } else {
      on.push_back(days.at(mt[3]));
      if (mt[4].matched) on.push_back(days.at(mt[4]));
    }
    std::string byday;
    for (int d : on) byday += (byday.empty() ? "" : ",") + std::string(codes[d]);
    for (int r = 0; r < 2; ++r) {
      int g = 5 + r * 4;
      if (!mt[g].matched) continue;
      auto opens = time_of(mt[g], mt[g + 1]), closes = time_of(mt[g + 2], mt[g + 3]);
      if (!opens || !closes || *minutes_of_day(*opens) >= *minutes_of_day(*closes)) return std::nullopt;
      // The directory's own parser has the last word on every day of the line.
      for (int d : on)
        if (!parse_opening_line(std::string(codes[d]) + " " + *opens + "-" + *closes)) return std::nullopt;
      out.push_back({byday, *opens, *closes});
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// ---- Records ------------------------------------------------------------------------------------------------

json bruxelles_social_to_hsds(const json& record, const BruxellesSocialMapping& mapping,
                              const std::map<std::string, std::string>& terms, std::vector<ImportProblem>& warnings) {
  if (!record.is_object()) throw std::invalid_argument("a record must be a JSON object");
  Reader r{record};
  std::string id = r.text("id");
  if (id.empty()) throw std::invalid_argument("the record has no id");
  if (id.size() > 100 || !valid_utf8(id)) throw std::invalid_argument("the id is longer than 100 characters or not UTF-8");
  std::string sid = kIdPrefix + id;
  json name = r.pair("nameOfficial");
  if (empty_pair(name)) throw std::invalid_argument("the record has no official name, neither in French nor in Dutch");

  json description = r.pair("description"), activities = r.pair("activities");
  json org = {{"id", sid}, {"name", name}};
  json service = {{"id", sid}, {"name", name}, {"status", "active"}};
  auto set_pair = [](json& o, const char* key, const json& p) {
    if (!empty_pair(p)) o[key] = p;
  };
  set_pair(org, "alternate_name", r.pair("nameAlternative", ", "));
  set_pair(service, "alternate_name", r.pair("nameAlternative", ", "));
  set_pair(org, "description", first_of({description, activities}));
  set_pair(service, "description", first_of({activities, description}));
  set_pair(service, "application_process", r.pair("access"));
  set_pair(service, "eligibility_description", r.pair("public"));
  set_pair(service, "notes", r.pair("remark"));
  if (auto email = r.first("email"); !email.empty()) org["email"] = service["email"] = email;
  if (auto web = r.first("websiteOfficial"); !web.empty()) org["website"] = service["url"] = web;
  {
    const json& legal = r.get("legalStatus");
    std::string label = legal.is_object() ? scalar(legal.value("labelFr", json())) : scalar(legal);
    if (label.empty() && legal.is_object()) label = scalar(legal.value("labelNl", json()));
    if (!label.empty()) org["legal_status"] = label;
    if (legal.is_object()) org["bruxelles_social_legal_status"] = legal;
  }
  if (auto numbers = items(r.get("pmRp")); !numbers.empty()) org["tax_id"] = numbers.front();
  std::string updated = r.text("lastUpdate");
  if (!updated.empty()) {
    if (auto iso = iso_date(updated); !iso.empty()) service["last_modified"] = iso;
    else warnings.push_back({sid, "lastUpdate \"" + updated.substr(0, 20) + "\" is not a date: kept as it came"});
    service["bruxelles_social_last_update"] = updated;
  }

  json phones = json::array();
  std::size_t n = 0;
  for (auto& number : r.all("tel")) phones.push_back({{"id", sid + "/tel/" + std::to_string(++n)}, {"number", number}, {"type", "voice"}});
  n = 0;
  for (auto& number : r.all("fax")) phones.push_back({{"id", sid + "/fax/" + std::to_string(++n)}, {"number", number}, {"type", "fax"}});
  if (!phones.empty()) service["phones"] = phones;
  if (auto more = r.all("email"); more.size() > 1) service["bruxelles_social_emails"] = more;
  if (auto more = r.all("websiteOfficial"); more.size() > 1) service["bruxelles_social_websites"] = more;

  // Permanency hours: the text in both languages, always; weekly lines too when the French text reads clearly.
  json schedules = json::array();
  json permanency = r.pair("permanency");
  if (!empty_pair(permanency)) {
    schedules.push_back({{"id", sid + "/permanency"}, {"description", permanency}});
    if (permanency.contains("fr"))
      if (auto lines = parse_permanency_fr(permanency["fr"].get<std::string>())) {
        std::size_t k = 0;
        for (auto& l : *lines)
          schedules.push_back({{"id", sid + "/permanency/" + std::to_string(++k)}, {"freq", "WEEKLY"}, {"byday", l.byday},
                               {"opens_at", l.opens}, {"closes_at", l.closes}});
      }
  }
  if (!schedules.empty()) service["schedules"] = schedules;

  // Addresses: one object ("address") or a list ("addresses"); a record without any is kept without a place.
  json sals = json::array();
  std::vector<json> addresses;
  for (const char* key : {"address", "addresses"}) {
    const json& v = r.get(key);
    if (v.is_object()) addresses.push_back(v);
    else if (v.is_array())
      for (auto& a : v)
        if (a.is_object()) addresses.push_back(a);
  }
  n = 0;
  for (auto& a : addresses) {
    json loc = location_of(a, sid, ++n, name, warnings);
    sals.push_back({{"id", loc["id"]}, {"location", loc}});
  }
  if (!sals.empty()) service["service_at_locations"] = sals;

  // Categories and sectors: ours where the mapping says so, theirs (a taxonomy of their own) otherwise.
  json attributes = json::array();
  std::set<std::string> linked;
  auto category = [&](const std::string& kind, const json& c) {
    std::string cid = c.is_object() ? scalar(c.value("id", json())) : scalar(c);
    std::string fr = c.is_object() ? scalar(c.value("labelFr", c.value("nameFr", json()))) : "";
    std::string nl = c.is_object() ? scalar(c.value("labelNl", c.value("nameNl", json()))) : "";
    if (cid.empty() && fr.empty()) return;
    std::string key = kind + ":" + (cid.empty() ? fold_text(fr) : cid);
    if (!linked.insert(key).second) return;
    std::string aid = sid + "/" + key;
    if (auto code = mapping.term_for(kind, cid, fr)) {
      if (auto it = terms.find(*code); it != terms.end()) {
        attributes.push_back({{"id", aid}, {"taxonomy_term_id", it->second}, {"value", key}});
        return;
      }
      warnings.push_back({sid, "the mapping names the term \"" + *code + "\", which is not in our vocabularies: " + key +
                                   " kept as an extra category"});
    }
    json label = json::object();
    if (!fr.empty()) label["fr"] = fr;
    if (!nl.empty()) label["nl"] = nl;
    if (label.empty()) label["fr"] = key;
    attributes.push_back({{"id", aid},
                          {"value", key},
                          {"taxonomy_term",
                           {{"id", std::string(kIdPrefix) + key},
                            {"code", key},
                            {"name", label},
                            {"taxonomy_detail",
                             {{"id", kTaxonomyId},
                              {"name", {{"fr", "Catégories de Bruxelles Social"}, {"nl", "Categorieën van Sociaal Brussel"}}},
                              {"description",
                               {{"fr", "Catégories de Bruxelles Social sans équivalent dans nos vocabulaires"},
                                {"nl", "Categorieën van Sociaal Brussel zonder tegenhanger in onze vocabularia"}}}}}}}});
  };
  for (auto [key, kind] : {std::pair{"categoriesObject", "category"}, std::pair{"categories", "category"},
                           std::pair{"sectorsObjects", "sector"}, std::pair{"sectors", "sector"}}) {
    const json& v = r.get(key);
    if (v.is_array())
      for (auto& c : v) category(kind, c);
  }
  if (!attributes.empty()) service["attributes"] = attributes;

  service["organization"] = org;
  // Everything else the record holds (language status, publications, agreements, former names...) is kept.
  json rest = r.rest();
  if (!rest.empty()) service["bruxelles_social"] = rest;
  return service;
}

ImportReport import_bruxelles_social_json(Database& db, const json& doc, const BruxellesSocialOptions& options) {
  ImportReport report;
  const json* list = nullptr;
  json single;
  if (doc.is_array()) {
    list = &doc;
  } else if (doc.is_object()) {
    for (const char* key : {"organisations", "organizations", "content", "results", "items", "data"})
      if (doc.contains(key) && doc[key].is_array()) {
        list = &doc[key];
        break;
      }
    if (!list && doc.contains("id")) {
      single = json::array({doc});
      list = &single;
    }
  }
  auto looks_like_record = [](const json& x) {
    return x.is_object() && (x.contains("nameOfficialFr") || x.contains("nameOfficialNl"));
  };
  if (!list) {
    report.fatal = "expected Bruxelles Social records: an array of organisations, one organisation, or a page holding them";
    return report;
  }
  if (!list->empty() && std::none_of(list->begin(), list->end(), looks_like_record)) {
    report.fatal = "no record has nameOfficialFr or nameOfficialNl: this is not a Bruxelles Social export";
    return report;
  }
  BruxellesSocialMapping own;
  const BruxellesSocialMapping* mapping = &default_bruxelles_social_mapping();
  if (!options.mapping_path.empty()) {
    std::ifstream in(options.mapping_path, std::ios::binary);
    if (!in) {
      report.fatal = "cannot read the mapping " + options.mapping_path;
      return report;
    }
    std::ostringstream text;
    text << in.rdbuf();
    own = parse_bruxelles_social_mapping(text.str());
    mapping = &own;
    report.notes.push_back("categories mapped with " + options.mapping_path);
  }
  for (auto& p : mapping->problems) report.problems.push_back({"mapping", p});
  std::map<std::string, std::string> terms;
  db.transact([&](soci::session& sql) {
    for (auto& t : list_terms(sql)) terms[t.code] = t.hsds_id;
    return 0;
  });

  ImportOptions hsds;
  hsds.lang = "fr";
  hsds.languages = {"fr", "nl"};
  hsds.updated_by = options.updated_by;
  hsds.user_id = options.user_id;
  std::set<std::string> seen;
  for (auto& record : *list) {
    std::vector<ImportProblem> warnings;
    json service;
    try {
      service = bruxelles_social_to_hsds(record, *mapping, terms, warnings);
    } catch (const std::exception& e) {
      ++report.read;
      ++report.skipped;
      report.problems.push_back({record.is_object() ? scalar(record.value("id", json())) : "", e.what()});
      continue;
    }
    report.problems.insert(report.problems.end(), warnings.begin(), warnings.end());
    import_counted(db, service, hsds, report, seen);
  }
  return report;
}

ImportReport import_bruxelles_social(Database& db, const std::string& path, const BruxellesSocialOptions& options) {
  ImportReport report;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report.fatal = "cannot read " + path;
    return report;
  }
  std::ostringstream text;
  text << in.rdbuf();
  json doc = json::parse(text.str(), nullptr, false);
  if (doc.is_discarded()) {
    report.fatal = path + " is not JSON (a Bruxelles Social export is a JSON array of organisations)";
    return report;
  }
  return import_bruxelles_social_json(db, doc, options);
}

}  // namespace maillage::directory
