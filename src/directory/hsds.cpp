#include "directory/hsds.hpp"
#include "platform/ascii.hpp"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cmath>
#include <ctime>
#include <optional>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "directory/texts.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/resources.hpp"
#include "territory/model.hpp"
#include "territory/quarters.hpp"

namespace maillage::directory {

using nlohmann::json;

// ---- The mapping of HSDS objects onto tables -----------------------------------------------------------
// Text fields go to directory_texts in the import's language; strings and numbers to columns; the keys
// listed as children are nested objects stored in their own tables; every other key is kept in `extra`.
namespace {

enum class Kind { Text, Str, Num };
struct Col {
  const char* key;
  Kind kind;
};
enum class Owner { None, Poly, Location, Service };
struct Spec;
struct Child {
  const char* key;
  const Spec* spec;
};
struct Spec {
  const char* type;   // HSDS object name, also the record_type of its texts and history
  const char* table;
  std::vector<Col> cols;
  Owner owner = Owner::None;
  std::vector<const char*> skip;      // keys derived from the nesting, rebuilt on export
  std::vector<Child> children;        // arrays of owned objects, replaced as a whole on import
};

using K = Kind;
const Spec kLanguage{"language", "directory_languages", {{"code", K::Str}, {"name", K::Str}, {"note", K::Text}},
                     Owner::Poly, {"service_id", "location_id", "phone_id"}, {}};
const Spec kPhone{"phone", "directory_phones",
                  {{"number", K::Str}, {"extension", K::Num}, {"type", K::Str}, {"description", K::Text}},
                  Owner::Poly,
                  {"location_id", "service_id", "organization_id", "contact_id", "service_at_location_id"},
                  {{"languages", &kLanguage}}};
const Spec kContact{"contact", "directory_contacts",
                    {{"name", K::Str}, {"email", K::Str}, {"title", K::Text}, {"department", K::Text}},
                    Owner::Poly,
                    {"organization_id", "service_id", "service_at_location_id", "location_id"},
                    {{"phones", &kPhone}}};
const Spec kSchedule{"schedule", "directory_schedules",
                     {{"freq", K::Str}, {"byday", K::Str}, {"opens_at", K::Str}, {"closes_at", K::Str},
                      {"valid_from", K::Str}, {"valid_to", K::Str}, {"description", K::Text}, {"notes", K::Text},
                      {"attending_type", K::Text}},
                     Owner::Poly, {"service_id", "location_id", "service_at_location_id"}, {}};
const Spec kAddress{"address", "directory_addresses",
                    {{"attention", K::Str}, {"address_1", K::Str}, {"address_2", K::Str}, {"city", K::Str},
                     {"region", K::Str}, {"state_province", K::Str}, {"postal_code", K::Str}, {"country", K::Str},
                     {"address_type", K::Str}},
                    Owner::Location, {"location_id"}, {}};
const Spec kAccessibility{"accessibility", "directory_accessibility",
                          {{"description", K::Text}, {"details", K::Text}, {"url", K::Str}},
                          Owner::Location, {"location_id"}, {}};
const Spec kLocation{"location", "directory_locations",
                     {{"location_type", K::Str}, {"url", K::Str}, {"name", K::Text}, {"alternate_name", K::Text},
                      {"description", K::Text}, {"transportation", K::Text}, {"latitude", K::Num},
                      {"longitude", K::Num}, {"external_identifier", K::Str}, {"external_identifier_type", K::Str}},
                     Owner::None, {"organization_id"},
                     {{"languages", &kLanguage}, {"addresses", &kAddress}, {"contacts", &kContact},
                      {"accessibility", &kAccessibility}, {"phones", &kPhone}, {"schedules", &kSchedule}}};
const Spec kRequiredDocument{"required_document", "directory_required_documents",
                             {{"document", K::Text}, {"uri", K::Str}}, Owner::Service, {"service_id"}, {}};
const Spec kServiceArea{"service_area", "directory_service_areas",
                        {{"name", K::Text}, {"description", K::Text}, {"extent", K::Str}, {"extent_type", K::Str},
                         {"uri", K::Str}},
                        Owner::Service, {"service_id"}, {}};
const Spec kOrganization{"organization", "organisations",
                         {{"name", K::Text}, {"alternate_name", K::Text}, {"description", K::Text}, {"email", K::Str},
                          {"website", K::Str}, {"tax_status", K::Str}, {"tax_id", K::Str},
                          {"year_incorporated", K::Num}, {"legal_status", K::Str}, {"logo", K::Str}, {"uri", K::Str},
                          {"parent_organization_id", K::Str}},
                         Owner::None, {"locations", "services"},
                         {{"phones", &kPhone}, {"contacts", &kContact}}};
const Spec kServiceAtLocation{"service_at_location", "directory_service_at_location", {{"description", K::Text}},
                              Owner::Service, {"service_id", "location_id", "location"},
                              {{"contacts", &kContact}, {"phones", &kPhone}, {"schedules", &kSchedule}}};
const Spec kTaxonomy{"taxonomy", "directory_taxonomies",
                     {{"name", K::Text}, {"description", K::Text}, {"uri", K::Str}, {"version", K::Str}},
                     Owner::None, {}, {}};
const Spec kTaxonomyTerm{"taxonomy_term", "directory_taxonomy_terms",
                         {{"code", K::Str}, {"name", K::Text}, {"description", K::Text}, {"parent_id", K::Str},
                          {"taxonomy", K::Str}, {"language", K::Str}, {"term_uri", K::Str}},
                         Owner::None, {"taxonomy_detail", "taxonomy_id"}, {}};
const Spec kAttribute{"attribute", "directory_attributes", {{"link_type", K::Str}, {"value", K::Str}},
                      Owner::Poly, {"link_id", "taxonomy_term_id", "taxonomy_term"}, {}};
const Spec kService{"service", "directory_services",
                    {{"name", K::Text}, {"alternate_name", K::Text}, {"description", K::Text}, {"url", K::Str},
                     {"email", K::Str}, {"status", K::Str}, {"interpretation_services", K::Text},
                     {"application_process", K::Text}, {"fees_description", K::Text}, {"wait_time", K::Text},
                     {"fees", K::Text}, {"accreditations", K::Text}, {"eligibility_description", K::Text},
                     {"minimum_age", K::Num}, {"maximum_age", K::Num}, {"assured_date", K::Str},
                     {"assurer_email", K::Str}, {"licenses", K::Text}, {"alert", K::Text},
                     {"last_modified", K::Str}, {"program_id", K::Str},
                     // Not an HSDS 3.0 field: a source's general remarks (Bruxelles Social's remarkFr/remarkNl),
                     // translated text like the others; exported under this name.
                     {"notes", K::Text}},
                    Owner::None, {"organization_id", "organization", "service_at_locations", "attributes"},
                    {{"phones", &kPhone}, {"schedules", &kSchedule}, {"service_areas", &kServiceArea},
                     {"languages", &kLanguage}, {"required_documents", &kRequiredDocument},
                     {"contacts", &kContact}}};

// Column name of a key: the HSDS name, except where the table predates the directory.
std::string column(const Spec& s, const char* key) {
  (void)s;
  return key;
}

struct OwnerRef {
  std::string type;  // HSDS object name of the owner
  std::int64_t id = 0;
};

std::string owner_condition(const Spec& s) {
  switch (s.owner) {
    case Owner::Poly: return " AND owner_type = :ot AND owner_id = :oi";
    case Owner::Location: return " AND location_id = :oi";
    case Owner::Service: return " AND service_id = :oi";
    case Owner::None: break;
  }
  return "";
}

std::string text_of(const json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

std::optional<double> number_of(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s.empty()) return std::nullopt;
    try {
      std::size_t used = 0;
      double d = std::stod(s, &used);
      if (used == s.size() && std::isfinite(d)) return d;
    } catch (...) {
    }
  }
  return std::nullopt;
}

std::string number_text(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  std::ostringstream o;
  o.precision(15);
  o << d;
  return o.str();
}

json number_json(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return static_cast<long long>(d);
  return d;
}

// A text field's value by language: the import's language, or each of options.languages from an object
// {"fr": ..., "nl": ...} (a plain string then being the text in options.lang).
ByLang texts_in(const json& v, const ImportOptions& options) {
  ByLang out;
  if (options.languages.empty()) {
    out[options.lang] = text_of(v);
    return out;
  }
  for (auto& lang : options.languages) {
    if (v.is_object()) out[lang] = v.contains(lang) ? text_of(v[lang]) : "";
    else out[lang] = lang == options.lang ? text_of(v) : "";
  }
  return out;
}

// The one text a record is named by (required names, the organisations.name column): the import's language,
// else the first of its languages that has one.
std::string main_text(const json& v, const ImportOptions& options) {
  auto by_lang = texts_in(v, options);
  if (auto it = by_lang.find(options.lang); it != by_lang.end() && !clean_text(it->second).empty()) return clean_text(it->second);
  for (auto& lang : options.languages)
    if (!clean_text(by_lang[lang]).empty()) return clean_text(by_lang[lang]);
  return "";
}

std::string id_of(const json& obj) {
  if (!obj.is_object() || !obj.contains("id")) return "";
  return text_of(obj["id"]);
}

struct Run {
  soci::session& sql;
  const ImportOptions& options;
  std::vector<ImportProblem>& warnings;
  std::int64_t now = now_seconds();
  bool changed = false;
  void history(const std::string& type, const std::string& id, const std::string& action, const std::string& field,
               const std::string& old_value, const std::string& new_value) {
    changed = true;
    sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field, old_value, "
           "new_value) VALUES (:a, :u, :b, :t, :r, :x, :f, :o, :n)",
        soci::use(now), soci::use(options.user_id), soci::use(options.updated_by), soci::use(type), soci::use(id),
        soci::use(action), soci::use(field), soci::use(old_value), soci::use(new_value);
  }
};

// A value bound to a dynamic statement: a string or NULL.
struct Value {
  std::string column;
  std::string text;
  soci::indicator ind = soci::i_ok;
};

void exec(soci::session& sql, const std::string& query, std::vector<Value>& values, std::int64_t* returning = nullptr) {
  soci::statement st(sql);
  if (returning) st.exchange(soci::into(*returning));
  for (auto& v : values) st.exchange(soci::use(v.text, v.ind));
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  st.execute(true);
}

bool is_child_or_skipped(const Spec& s, const std::string& key, const std::set<std::string>& also) {
  if (key == "id" || also.count(key)) return true;
  for (auto& c : s.cols)
    if (key == c.key) return true;
  for (auto* k : s.skip)
    if (key == k) return true;
  for (auto& c : s.children)
    if (key == c.key) return true;
  return false;
}

void delete_record(Run& run, const Spec& s, std::int64_t id, const std::string& hsds_id);
void derive_area_scope(soci::session& sql, const json& area, std::vector<Value>& derived);
void derive_exception(const json& schedule, std::vector<Value>& derived);
std::int64_t upsert_location(Run& run, const json& loc, std::int64_t organisation_id);

// Inserts or updates one record; writes only what differs and records each difference in the history.
std::int64_t upsert(Run& run, const Spec& s, const json& obj, const std::string& hsds_id, const OwnerRef& owner,
                    std::vector<Value> derived = {}, const std::set<std::string>& also_skip = {}) {
  auto& sql = run.sql;
  // The values wanted, column by column.
  std::vector<Value> wanted;
  std::map<std::string, ByLang> texts;
  for (auto& c : s.cols) {
    const json& v = obj.contains(c.key) ? obj[c.key] : json();
    if (c.kind == Kind::Text) {
      // Kept byte for byte (lossless) when valid UTF-8; invalid text is dropped rather than stored.
      for (auto& [lang, t] : texts_in(v, run.options)) texts[c.key][lang] = valid_utf8(t) ? t : "";
    } else if (c.kind == Kind::Str) {
      wanted.push_back({column(s, c.key), text_of(v)});
    } else {
      auto n = number_of(v);
      if (!n && !v.is_null() && !(v.is_string() && v.get<std::string>().empty()))
        run.warnings.push_back({hsds_id, std::string(c.key) + " is not a number: ignored"});
      wanted.push_back({column(s, c.key), n ? number_text(*n) : "", n ? soci::i_ok : soci::i_null});
    }
  }
  json extra = json::object();
  for (auto& [k, v] : obj.items())
    if (!is_child_or_skipped(s, k, also_skip)) extra[k] = v;
  wanted.push_back({"extra", extra.dump()});
  for (auto& d : derived) wanted.push_back(d);

  // What is there.
  std::string select = "SELECT id";
  for (auto& w : wanted) select += ", " + w.column;
  select += std::string(" FROM ") + s.table + " WHERE hsds_id = :h" + owner_condition(s);
  std::int64_t id = 0;
  std::vector<std::string> existing;
  std::vector<bool> existing_null;
  {
    soci::row r;
    soci::statement st(sql);
    std::string h = hsds_id, ot = owner.type;
    std::int64_t oi = owner.id;
    st.exchange(soci::into(r));
    st.exchange(soci::use(h));
    if (s.owner == Owner::Poly) st.exchange(soci::use(ot));
    if (s.owner != Owner::None) st.exchange(soci::use(oi));
    st.alloc();
    st.prepare(select);
    st.define_and_bind();
    if (st.execute(true) && sql.got_data()) {
      id = as_int(r, 0);
      for (std::size_t i = 0; i < wanted.size(); ++i) {
        bool null = r.get_indicator(i + 1) == soci::i_null;
        existing_null.push_back(null);
        if (null) existing.push_back("");
        else if (r.get_properties(i + 1).get_data_type() == soci::dt_double) existing.push_back(number_text(as_double(r, i + 1)));
        else existing.push_back(as_text(r, i + 1));
      }
    }
  }

  if (!id) {
    std::string cols = "hsds_id", marks = ":h";
    std::vector<Value> values{{"hsds_id", hsds_id}};
    if (s.owner == Owner::Poly) {
      cols += ", owner_type, owner_id";
      marks += ", :ot, :oi";
      values.push_back({"owner_type", owner.type});
      values.push_back({"owner_id", std::to_string(owner.id)});
    } else if (s.owner != Owner::None) {
      cols += s.owner == Owner::Location ? ", location_id" : ", service_id";
      marks += ", :oi";
      values.push_back({"", std::to_string(owner.id)});
    }
    if (std::string(s.table) == "organisations" || std::string(s.table) == "directory_services") {
      cols += ", created_at";
      marks += ", :c";
      values.push_back({"created_at", std::to_string(run.now)});
    }
    for (auto& w : wanted) {
      cols += ", " + w.column;
      marks += ", :v" + std::to_string(values.size());
      values.push_back(w);
    }
    cols += ", updated_at";
    marks += ", :u";
    values.push_back({"updated_at", std::to_string(run.now)});
    exec(sql, std::string("INSERT INTO ") + s.table + " (" + cols + ") VALUES (" + marks + ") RETURNING id", values, &id);
    run.history(s.type, hsds_id, "create", "", "", "");
  } else {
    std::string sets;
    std::vector<Value> values;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
      bool same = wanted[i].ind == soci::i_null ? existing_null[i] : (!existing_null[i] && existing[i] == wanted[i].text);
      if (wanted[i].ind != soci::i_null && wanted[i].text.empty() && existing_null[i]) same = true;
      if (same) continue;
      sets += (sets.empty() ? "" : ", ") + wanted[i].column + " = :v" + std::to_string(values.size());
      values.push_back(wanted[i]);
      run.history(s.type, hsds_id, "update", wanted[i].column, existing[i], wanted[i].text);
    }
    if (!sets.empty()) {
      sets += ", updated_at = :u";
      values.push_back({"updated_at", std::to_string(run.now)});
      values.push_back({"id", std::to_string(id)});
      exec(sql, std::string("UPDATE ") + s.table + " SET " + sets + " WHERE id = :id", values);
    }
  }

  // Text in the import's language(s).
  if (!texts.empty()) {
    auto current = load_texts(sql, s.type, id);
    for (auto& [field, by_lang] : texts) {
      for (auto& [lang, value] : by_lang) {
        std::string old = current.count(field) && current[field].count(lang) ? current[field][lang] : "";
        if (old == value) continue;
        set_text(sql, s.type, id, field, lang, value);
        run.history(s.type, hsds_id, "update", field + "." + lang, old, value);
      }
    }
  }

  // Owned children: upsert those given, delete the others.
  for (auto& c : s.children) {
    const json& arr = obj.contains(c.key) && obj[c.key].is_array() ? obj[c.key] : json::array();
    std::set<std::string> keep;
    std::size_t index = 0;
    for (auto& child : arr) {
      ++index;
      if (!child.is_object()) continue;
      std::string cid = id_of(child);
      if (cid.empty()) cid = hsds_id + "/" + c.key + "/" + std::to_string(index);
      if (keep.count(cid)) continue;  // the same child twice under one owner: the first wins
      keep.insert(cid);
      std::vector<Value> derived;
      if (c.spec == &kServiceArea) derive_area_scope(sql, child, derived);
      if (c.spec == &kSchedule) derive_exception(child, derived);
      upsert(run, *c.spec, child, cid, {s.type, id}, derived);
    }
    std::string q = std::string("SELECT id, hsds_id FROM ") + c.spec->table + " WHERE 1 = 1" +
                    (c.spec->owner == Owner::Poly ? " AND owner_type = :ot AND owner_id = :oi"
                                                  : (c.spec->owner == Owner::Location ? " AND location_id = :oi" : " AND service_id = :oi"));
    std::vector<std::pair<std::int64_t, std::string>> gone;
    std::string ot = s.type;
    soci::rowset<soci::row> rs = c.spec->owner == Owner::Poly ? (sql.prepare << q, soci::use(ot), soci::use(id))
                                                               : (sql.prepare << q, soci::use(id));
    for (auto& r : rs)
      if (!keep.count(as_text(r, 1))) gone.emplace_back(as_int(r, 0), as_text(r, 1));
    for (auto& [gid, ghsds] : gone) delete_record(run, *c.spec, gid, ghsds);
  }
  return id;
}

void delete_record(Run& run, const Spec& s, std::int64_t id, const std::string& hsds_id) {
  for (auto& c : s.children) {
    if (c.spec->owner != Owner::Poly) continue;  // location/service-keyed children go by ON DELETE CASCADE
    std::vector<std::pair<std::int64_t, std::string>> rows;
    std::string ot = s.type;
    soci::rowset<soci::row> rs = (run.sql.prepare << std::string("SELECT id, hsds_id FROM ") + c.spec->table +
                                                         " WHERE owner_type = :ot AND owner_id = :oi",
                                  soci::use(ot), soci::use(id));
    for (auto& r : rs) rows.emplace_back(as_int(r, 0), as_text(r, 1));
    for (auto& [cid, ch] : rows) delete_record(run, *c.spec, cid, ch);
  }
  remove_texts(run.sql, s.type, id);
  run.sql << std::string("DELETE FROM ") + s.table + " WHERE id = :id", soci::use(id);
  run.history(s.type, hsds_id, "delete", "", "", "");
}

std::int64_t find_id(soci::session& sql, const char* table, const std::string& hsds_id) {
  std::int64_t id = 0;
  soci::indicator ind;
  sql << std::string("SELECT id FROM ") + table + " WHERE hsds_id = :h", soci::use(hsds_id), soci::into(id, ind);
  return sql.got_data() ? id : 0;
}

std::string hsds_of(soci::session& sql, const char* table, std::int64_t id) {
  std::string h;
  soci::indicator ind;
  sql << std::string("SELECT hsds_id FROM ") + table + " WHERE id = :i", soci::use(id), soci::into(h, ind);
  return sql.got_data() && ind == soci::i_ok ? h : "";
}

std::int64_t upsert_organization(Run& run, const json& org) {
  std::string oid = id_of(org);
  if (oid.empty()) throw std::invalid_argument("its organization has no id");
  std::string name = org.contains("name") ? main_text(org["name"], run.options) : "";
  if (name.empty()) throw std::invalid_argument("organization " + oid + " has no name");
  // The organisations.name column (what accounts and lists show) follows the French text, or the first
  // language an organisation arrives in.
  std::vector<Value> derived;
  if (run.options.lang == "fr" || !find_id(run.sql, "organisations", oid)) derived.push_back({"name", name});
  std::int64_t id = upsert(run, kOrganization, org, oid, {}, derived);
  run.sql << "UPDATE organisations SET import_placeholder = 0 WHERE id = :o AND import_placeholder = 1", soci::use(id);
  if (org.contains("locations") && org["locations"].is_array()) {
    for (auto& loc : org["locations"]) {
      if (!loc.is_object() || id_of(loc).empty()) continue;
      upsert_location(run, loc, id);
    }
  }
  return id;
}

// Locations are shared between services: upserted by id, never deleted by a service's import.
std::int64_t upsert_location(Run& run, const json& loc, std::int64_t organisation_id) {
  std::string lid = id_of(loc);
  if (lid.empty()) throw std::invalid_argument("a location has no id");
  std::string postal_code, commune, bassin;
  if (loc.contains("addresses") && loc["addresses"].is_array()) {
    for (auto& a : loc["addresses"]) {
      if (!a.is_object() || !a.contains("postal_code")) continue;
      std::string pc = text_of(a["postal_code"]);
      pc.erase(std::remove_if(pc.begin(), pc.end(), [](unsigned char ch) { return std::isspace(ch); }), pc.end());
      if (pc.empty()) continue;
      if (postal_code.empty() || text_of(a.value("address_type", json())) == "physical") postal_code = pc;
    }
  }
  if (!postal_code.empty()) {
    auto place = territory::locate(run.sql, postal_code);
    if (place) {
      commune = place->commune.nis;
      bassin = place->bassin.slug;
    } else {
      run.warnings.push_back({lid, "postal code " + postal_code +
                                       " is outside the Brussels-Capital Region: location kept without commune or care area"});
    }
  }
  // With coordinates, the quarter decides: Bruxelles-Ville's postal codes only approximate its bassins.
  std::string quarter;
  if (loc.contains("latitude") && loc.contains("longitude")) {
    auto lat = number_of(loc["latitude"]), lng = number_of(loc["longitude"]);
    if (lat && lng)
      if (auto q = territory::quarter_at(run.sql, {*lat, *lng})) {
        quarter = q->code;
        commune = q->commune_nis;
        bassin = q->bassin_slug;
      }
  }
  std::vector<Value> derived{{"postal_code", postal_code}, {"commune_nis", commune}, {"bassin_slug", bassin},
                             {"quarter_code", quarter},
                             {"organisation_id", std::to_string(organisation_id), organisation_id ? soci::i_ok : soci::i_null}};
  return upsert(run, kLocation, loc, lid, {}, derived);
}

std::int64_t upsert_taxonomy_term(Run& run, const json& term) {
  std::string tid = id_of(term);
  if (tid.empty()) return 0;
  std::int64_t taxonomy = 0;
  std::set<std::string> also;
  if (term.contains("taxonomy_detail") && term["taxonomy_detail"].is_object() && !id_of(term["taxonomy_detail"]).empty()) {
    auto& t = term["taxonomy_detail"];
    taxonomy = upsert(run, kTaxonomy, t, id_of(t), {});
  } else if (term.contains("taxonomy_id")) {
    taxonomy = find_id(run.sql, "directory_taxonomies", text_of(term["taxonomy_id"]));
  }
  // An unknown taxonomy_id is kept verbatim in extra (it is only skipped when linked).
  std::vector<Value> derived{{"taxonomy_id", std::to_string(taxonomy), taxonomy ? soci::i_ok : soci::i_null}};
  return upsert(run, kTaxonomyTerm, term, tid, {}, derived);
}

// Service-scoped objects with a link to something shared: attributes (-> term), service_at_location (-> location).
void upsert_attributes(Run& run, const json& arr, const OwnerRef& owner, const std::string& owner_hsds) {
  std::set<std::string> keep;
  std::size_t index = 0;
  if (arr.is_array()) {
    for (auto& a : arr) {
      ++index;
      if (!a.is_object()) continue;
      std::int64_t term = 0;
      if (a.contains("taxonomy_term") && a["taxonomy_term"].is_object()) term = upsert_taxonomy_term(run, a["taxonomy_term"]);
      if (!term && a.contains("taxonomy_term_id"))
        term = find_id(run.sql, "directory_taxonomy_terms", text_of(a["taxonomy_term_id"]));
      std::string aid = id_of(a);
      if (aid.empty()) aid = owner_hsds + "/attributes/" + std::to_string(index);
      if (!term) {
        run.warnings.push_back({aid, "attribute with an unknown taxonomy term: skipped"});
        continue;
      }
      if (keep.count(aid)) continue;
      keep.insert(aid);
      upsert(run, kAttribute, a, aid, owner, {{"taxonomy_term_id", std::to_string(term)}});
    }
  }
  std::vector<std::pair<std::int64_t, std::string>> gone;
  std::string ot = owner.type;
  std::int64_t oi = owner.id;
  soci::rowset<soci::row> rs = (run.sql.prepare << "SELECT id, hsds_id FROM directory_attributes WHERE owner_type = :t AND owner_id = :i",
                                soci::use(ot), soci::use(oi));
  for (auto& r : rs)
    if (!keep.count(as_text(r, 1))) gone.emplace_back(as_int(r, 0), as_text(r, 1));
  for (auto& [gid, h] : gone) delete_record(run, kAttribute, gid, h);
}

void upsert_service_at_locations(Run& run, const json& arr, std::int64_t service_id, const std::string& service_hsds,
                                 std::int64_t organisation_id) {
  std::set<std::string> keep;
  std::size_t index = 0;
  if (arr.is_array()) {
    for (auto& sal : arr) {
      ++index;
      if (!sal.is_object()) continue;
      std::int64_t location = 0;
      if (sal.contains("location") && sal["location"].is_object()) location = upsert_location(run, sal["location"], organisation_id);
      else if (sal.contains("location_id")) location = find_id(run.sql, "directory_locations", text_of(sal["location_id"]));
      if (!location) throw std::invalid_argument("service_at_location " + id_of(sal) + " names no known location");
      std::string sid = id_of(sal);
      if (sid.empty()) sid = service_hsds + "/service_at_locations/" + std::to_string(index);
      if (keep.count(sid)) continue;
      keep.insert(sid);
      upsert(run, kServiceAtLocation, sal, sid, {"service", service_id}, {{"location_id", std::to_string(location)}});
    }
  }
  std::vector<std::pair<std::int64_t, std::string>> gone;
  soci::rowset<soci::row> rs = (run.sql.prepare << "SELECT id, hsds_id FROM directory_service_at_location WHERE service_id = :i",
                                soci::use(service_id));
  for (auto& r : rs)
    if (!keep.count(as_text(r, 1))) gone.emplace_back(as_int(r, 0), as_text(r, 1));
  for (auto& [gid, h] : gone) delete_record(run, kServiceAtLocation, gid, h);
}

// Area served: recognises the region, a care area (slug or name) or a commune (NIS, name or postal code).
void derive_area_scope(soci::session& sql, const json& area, std::vector<Value>& derived) {
  std::string name = clean_text(text_of(area.value("name", json())));
  std::string scope_type, scope_id;
  std::string lower = ascii_lower(name);
  if (lower.find("brussels-capital") != std::string::npos || lower.find("bruxelles-capitale") != std::string::npos ||
      lower.find("brussels hoofdstedelijk") != std::string::npos || lower == "region" || lower == "région") {
    scope_type = "region";
  } else {
    for (auto& b : territory::list_bassins(sql))
      if (lower == b.slug || name == b.name_fr || name == b.name_nl || name == b.name_en) scope_type = "bassin", scope_id = b.slug;
    if (scope_type.empty())
      for (auto& c : territory::list_communes(sql))
        if (name == c.nis || name == c.name_fr || name == c.name_nl) scope_type = "commune", scope_id = c.nis;
    if (scope_type.empty()) {
      if (auto p = territory::locate(sql, name)) scope_type = "commune", scope_id = p->commune.nis;
    }
  }
  derived.push_back({"scope_type", scope_type});
  derived.push_back({"scope_id", scope_id});
}

// HSDS 3.0 has no separate exception object: a line bounded by valid_from/valid_to without weekly days is an
// exception to the regular lines (closed when it gives no hours), as the 2.x holiday_schedules were.
void derive_exception(const json& schedule, std::vector<Value>& derived) {
  auto has = [&](const char* k) { return schedule.contains(k) && !text_of(schedule[k]).empty(); };
  bool exception = has("valid_from") && has("valid_to") && !has("byday");
  bool closed = exception && !has("opens_at") && !has("closes_at");
  derived.push_back({"is_exception", exception ? "1" : "0"});
  derived.push_back({"closed", closed ? "1" : "0"});
}

}  // namespace

int import_organization(soci::session& sql, const json& organization, const ImportOptions& options) {
  std::vector<ImportProblem> warnings;
  Run run{sql, options, warnings};
  upsert_organization(run, organization);
  return run.changed ? 2 : 0;
}

int import_service(soci::session& sql, const json& service, const ImportOptions& options,
                   std::vector<ImportProblem>& warnings) {
  if (!service.is_object()) throw std::invalid_argument("a service must be a JSON object");
  std::string sid = id_of(service);
  if (sid.empty()) throw std::invalid_argument("the service has no id");
  if (sid.size() > 200) throw std::invalid_argument("the id is longer than 200 characters");
  if (!valid_utf8(sid)) throw std::invalid_argument("the id is not valid UTF-8");
  std::string name = service.contains("name") ? main_text(service["name"], options) : "";
  if (name.empty()) throw std::invalid_argument("the required field name is missing or empty");
  if (service.contains("status") && !service["status"].is_null()) {
    std::string st = text_of(service["status"]);
    if (st != "active" && st != "inactive" && st != "defunct")
      throw std::invalid_argument("status must be active, inactive or defunct, not \"" + st.substr(0, 40) + "\"");
  }
  Run run{sql, options, warnings};
  std::int64_t org = 0;
  bool on_placeholder = false;
  if (service.contains("organization") && service["organization"].is_object()) {
    org = upsert_organization(run, service["organization"]);
  } else if (service.contains("organization_id") && !service["organization_id"].is_null()) {
    std::string oid = clean_text(text_of(service["organization_id"]));
    if (oid.empty() || oid.size() > 200 || !valid_utf8(oid))
      throw std::invalid_argument("organization_id is empty, longer than 200 characters or not UTF-8");
    org = find_id(sql, "organisations", oid);
    // A source that names an organisation it does not hold (seen in one service out of nine of a real 211
    // package) keeps its service: it is attached to a placeholder named from the source id, which a
    // coordinator reviews (/directory/placeholders) and a later import of the organisation completes.
    if (!org) {
      run.warnings.push_back({sid, "organization_id " + oid +
                                       " is not in the source: kept on a placeholder organisation for a coordinator to review"});
      org = upsert_organization(run, json{{"id", oid}, {"name", oid}});
      sql << "UPDATE organisations SET import_placeholder = 1 WHERE id = :o", soci::use(org);
    }
    int placeholder = 0;
    sql << "SELECT import_placeholder FROM organisations WHERE id = :o", soci::use(org), soci::into(placeholder);
    on_placeholder = placeholder != 0;
  } else {
    throw std::invalid_argument("the service names no organization");
  }
  bool existed = find_id(sql, "directory_services", sid) != 0;
  json copy = service;
  if (!copy.contains("status")) copy["status"] = "active";
  std::int64_t id = upsert(run, kService, copy, sid, {}, {{"organisation_id", std::to_string(org)}});
  upsert_service_at_locations(run, service.value("service_at_locations", json::array()), id, sid, org);
  upsert_attributes(run, service.value("attributes", json::array()), {"service", id}, sid);
  if (run.changed) {
    std::int64_t now = run.now;
    sql << "INSERT INTO directory_changes (service_id, at) VALUES (:s, :a)", soci::use(id), soci::use(now);
  }
  if (on_placeholder) return 3;
  return !existed ? 1 : (run.changed ? 2 : 0);
}

std::string ImportReport::summary() const {
  std::ostringstream o;
  if (!fatal.empty()) o << "Nothing imported: " << fatal << "\n";
  for (auto& n : notes) o << n << "\n";
  o << read << " service(s) read: " << created << " created, " << updated << " updated, " << unchanged
    << " unchanged, " << with_placeholder << " kept with a placeholder organisation, " << skipped
    << " refused (reasons above)";
  if (organisations) o << "; " << organisations << " organisation(s) without service imported";
  if (organisations_refused) o << ", " << organisations_refused << " refused";
  if (metadata_kept || metadata_known)
    o << "; " << metadata_kept << " metadata row(s) kept as history, " << metadata_known << " already there";
  for (auto& [table, n] : unlinked) o << "; " << n << " row(s) of " << table << " linked to no record, not imported";
  o << ".";
  return o.str();
}

void import_counted(Database& db, const json& s, const ImportOptions& options, ImportReport& report,
                    std::set<std::string>& seen) {
  ++report.read;
  std::string sid = id_of(s);
  if (!sid.empty() && seen.count(sid)) {
    ++report.skipped;
    report.problems.push_back({sid, "duplicate id in this import: the second record is skipped"});
    return;
  }
  seen.insert(sid);
  try {
    std::vector<ImportProblem> warnings;
    int r = db.transact([&](soci::session& sql) { return import_service(sql, s, options, warnings); });
    if (r == 1) ++report.created;
    else if (r == 2) ++report.updated;
    else if (r == 3) ++report.with_placeholder;
    else ++report.unchanged;
    report.problems.insert(report.problems.end(), warnings.begin(), warnings.end());
  } catch (const std::exception& e) {
    ++report.skipped;
    report.problems.push_back({sid, e.what()});
  }
}

ImportReport import_json(Database& db, const json& doc, const ImportOptions& options) {
  ImportReport report;
  std::set<std::string> seen;
  const json* list = &doc;
  if (doc.is_object() && doc.contains("contents")) list = &doc["contents"];
  if (list->is_array()) {
    for (auto& s : *list) import_counted(db, s, options, report, seen);
  } else if (list->is_object()) {
    import_counted(db, *list, options, report, seen);
  } else {
    report.problems.push_back({"", "expected a service, an array of services or a page with contents"});
  }
  return report;
}

// ---- CSV -----------------------------------------------------------------------------------------------

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, any = false;
  std::size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // byte-order mark
  for (; i < text.size(); ++i) {
    char c = text[i];
    any = true;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
        else quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(cell);
      cell.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(cell);
      cell.clear();
      rows.push_back(row);
      row.clear();
      any = false;
    } else {
      cell += c;
    }
  }
  if (any) {
    row.push_back(cell);
    rows.push_back(row);
  }
  return rows;
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    const auto& c = cells[i];
    if (c.find_first_of(",\"\n\r") != std::string::npos) {
      out += '"';
      for (char ch : c) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    } else {
      out += c;
    }
  }
  return out + "\r\n";
}

namespace {

using Table = std::vector<json>;  // rows as objects of strings (empty cells left out)

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream o;
  o << in.rdbuf();
  return o.str();
}

Table read_table(const std::filesystem::path& p) {
  Table out;
  auto rows = parse_csv(read_file(p));
  if (rows.empty()) return out;
  auto header = rows[0];
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() == 1 && rows[r][0].empty()) continue;
    json o = json::object();
    for (std::size_t c = 0; c < header.size() && c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) o[header[c]] = rows[r][c];
    out.push_back(o);
  }
  return out;
}

const std::set<std::string> kNumericFields = {"latitude", "longitude", "minimum_age", "maximum_age", "extension",
                                              "year_incorporated", "timezone", "count", "interval", "amount"};

void numbers_back(json& o) {
  for (auto& [k, v] : o.items())
    if (kNumericFields.count(k) && v.is_string())
      if (auto n = number_of(v)) v = number_json(*n);
}

// Turns the tables of a data package into service_full objects, the only shape the importer knows. Lookups
// go through an index per (table, column), built on first use, so that a package of tens of thousands of
// services is read in one pass per table rather than one scan per service; every row handed out is marked
// used, so that rows linked to nothing are counted in the summary instead of vanishing.
struct Package {
  std::map<std::string, Table> t;
  mutable std::map<std::pair<std::string, std::string>, std::unordered_map<std::string, std::vector<std::size_t>>> index;
  mutable std::map<std::string, std::vector<bool>> used;

  const Table& get(const std::string& name) const {
    static const Table none;
    auto it = t.find(name);
    return it == t.end() ? none : it->second;
  }
  const std::vector<std::size_t>& rows(const std::string& table, const std::string& key, const std::string& value) const {
    static const std::vector<std::size_t> none;
    auto& idx = index[{table, key}];
    const Table& rows_of = get(table);
    if (idx.empty() && !rows_of.empty()) {
      for (std::size_t i = 0; i < rows_of.size(); ++i) {
        auto it = rows_of[i].find(key);
        if (it != rows_of[i].end() && it->is_string()) idx[it->get<std::string>()].push_back(i);
      }
      idx[""];  // marks the index as built even when no row has the column
    }
    auto it = idx.find(value);
    if (it == idx.end()) return none;
    auto& u = used[table];
    if (u.size() != rows_of.size()) u.resize(rows_of.size(), false);
    for (auto i : it->second) u[i] = true;
    return it->second;
  }
  std::vector<json> where(const std::string& table, const std::string& key, const std::string& value) const {
    std::vector<json> out;
    const Table& rows_of = get(table);
    for (auto i : rows(table, key, value)) out.push_back(rows_of[i]);
    return out;
  }
  json one(const std::string& table, const std::string& id) const {
    auto& found = rows(table, "id", id);
    return found.empty() ? json(nullptr) : get(table)[found.front()];
  }
  void mark_all(const std::string& table) const { used[table].assign(get(table).size(), true); }
  int unused(const std::string& table) const {
    auto& rows_of = get(table);
    auto it = used.find(table);
    int n = 0;
    for (std::size_t i = 0; i < rows_of.size(); ++i)
      if (it == used.end() || i >= it->second.size() || !it->second[i]) ++n;
    return n;
  }
};

json phones_of(const Package& p, const std::string& key, const std::string& id) {
  json arr = json::array();
  for (auto ph : p.where("phones", key, id)) {
    json langs = json::array();
    for (auto l : p.where("languages", "phone_id", ph.value("id", ""))) langs.push_back(l);
    if (!langs.empty()) ph["languages"] = langs;
    numbers_back(ph);
    arr.push_back(ph);
  }
  return arr;
}

json contacts_of(const Package& p, const std::string& key, const std::string& id) {
  json arr = json::array();
  for (auto c : p.where("contacts", key, id)) {
    auto ph = phones_of(p, "contact_id", c.value("id", ""));
    if (!ph.empty()) c["phones"] = ph;
    arr.push_back(c);
  }
  return arr;
}

json location_of(const Package& p, const std::string& id) {
  json l = p.one("locations", id);
  if (l.is_null()) return l;
  numbers_back(l);
  auto add = [&](const char* key, json v) {
    if (!v.empty()) l[key] = v;
  };
  json addresses = json::array();
  for (auto a : p.where("addresses", "location_id", id)) addresses.push_back(a);
  add("addresses", addresses);
  json acc = json::array();
  for (auto a : p.where("accessibility", "location_id", id)) acc.push_back(a);
  add("accessibility", acc);
  json langs = json::array();
  for (auto a : p.where("languages", "location_id", id))
    if (!a.contains("phone_id") && !a.contains("service_id")) langs.push_back(a);
  add("languages", langs);
  json ph = json::array();
  for (auto& x : phones_of(p, "location_id", id))
    if (!x.contains("service_id") && !x.contains("contact_id") && !x.contains("service_at_location_id")) ph.push_back(x);
  add("phones", ph);
  json ct = json::array();
  for (auto& x : contacts_of(p, "location_id", id))
    if (!x.contains("service_id") && !x.contains("service_at_location_id")) ct.push_back(x);
  add("contacts", ct);
  json sc = json::array();
  for (auto x : p.where("schedules", "location_id", id))
    if (!x.contains("service_id") && !x.contains("service_at_location_id")) numbers_back(x), sc.push_back(x);
  add("schedules", sc);
  return l;
}

json service_of(const Package& p, json s) {
  std::string id = s.value("id", "");
  numbers_back(s);
  auto add = [&](const char* key, json v) {
    if (!v.empty()) s[key] = v;
  };
  add("phones", phones_of(p, "service_id", id));
  json sc = json::array();
  for (auto x : p.where("schedules", "service_id", id)) numbers_back(x), sc.push_back(x);
  add("schedules", sc);
  json areas = json::array();
  for (auto x : p.where("service_areas", "service_id", id)) areas.push_back(x);
  add("service_areas", areas);
  json langs = json::array();
  for (auto x : p.where("languages", "service_id", id)) langs.push_back(x);
  add("languages", langs);
  json docs = json::array();
  for (auto x : p.where("required_documents", "service_id", id)) docs.push_back(x);
  add("required_documents", docs);
  add("contacts", contacts_of(p, "service_id", id));
  json funding = json::array();
  for (auto x : p.where("funding", "service_id", id)) funding.push_back(x);
  add("funding", funding);
  json costs = json::array();
  for (auto x : p.where("cost_options", "service_id", id)) numbers_back(x), costs.push_back(x);
  add("cost_options", costs);
  json sals = json::array();
  for (auto x : p.where("service_at_location", "service_id", id)) {
    std::string lid = x.value("location_id", "");
    json loc = location_of(p, lid);
    if (!loc.is_null()) x["location"] = loc;
    std::string xid = x.value("id", "");
    auto c = contacts_of(p, "service_at_location_id", xid);
    if (!c.empty()) x["contacts"] = c;
    json ph = json::array();
    for (auto& y : phones_of(p, "service_at_location_id", xid))
      if (!y.contains("contact_id")) ph.push_back(y);
    if (!ph.empty()) x["phones"] = ph;
    json ss = json::array();
    for (auto y : p.where("schedules", "service_at_location_id", xid)) numbers_back(y), ss.push_back(y);
    if (!ss.empty()) x["schedules"] = ss;
    sals.push_back(x);
  }
  add("service_at_locations", sals);
  json attrs = json::array();
  for (auto a : p.where("attributes", "link_id", id)) {
    json term = p.one("taxonomy_terms", a.value("taxonomy_term_id", ""));
    if (!term.is_null()) {
      json tax = p.one("taxonomies", term.value("taxonomy_id", ""));
      if (!tax.is_null()) term["taxonomy_detail"] = tax;
      a["taxonomy_term"] = term;
    }
    attrs.push_back(a);
  }
  add("attributes", attrs);
  std::string org = s.value("organization_id", "");
  json o = p.one("organizations", org);
  if (!o.is_null()) {
    numbers_back(o);
    auto ph = phones_of(p, "organization_id", org);
    json oph = json::array();
    for (auto& x : ph)
      if (!x.contains("service_id") && !x.contains("location_id") && !x.contains("contact_id")) oph.push_back(x);
    if (!oph.empty()) o["phones"] = oph;
    json oc = json::array();
    for (auto& x : contacts_of(p, "organization_id", org))
      if (!x.contains("service_id") && !x.contains("location_id") && !x.contains("service_at_location_id")) oc.push_back(x);
    if (!oc.empty()) o["contacts"] = oc;
    s["organization"] = o;
    s.erase("organization_id");
  }
  return s;
}

// Older HSDS table names and columns, mapped onto 3.0.
void upgrade_older_tables(Package& p) {
  auto move_rows = [&](const std::string& from, const std::string& to, const std::string& address_type) {
    if (!p.t.count(from)) return;
    for (auto r : p.t[from]) {
      if (!address_type.empty() && !r.contains("address_type")) r["address_type"] = address_type;
      p.t[to].push_back(r);
    }
    p.t.erase(from);
  };
  move_rows("physical_addresses", "addresses", "physical");
  move_rows("postal_addresses", "addresses", "postal");
  move_rows("accessibility_for_disabilities", "accessibility", "");
  if (p.t.count("service_at_locations")) move_rows("service_at_locations", "service_at_location", "");
  static const char* days[] = {"", "MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  auto weekday = [&](json& r) {
    if (!r.contains("weekday") || r.contains("byday")) return;
    std::string w = r["weekday"].get<std::string>();
    std::string lw;
    for (char ch : w) lw += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static const std::map<std::string, std::string> names = {
        {"monday", "MO"}, {"tuesday", "TU"}, {"wednesday", "WE"}, {"thursday", "TH"}, {"friday", "FR"},
        {"saturday", "SA"}, {"sunday", "SU"}};
    if (names.count(lw)) r["byday"] = names.at(lw);
    else if (auto n = number_of(w); n && *n >= 1 && *n <= 7) r["byday"] = days[static_cast<int>(*n)];
    r["freq"] = "WEEKLY";
    r.erase("weekday");
  };
  if (p.t.count("regular_schedules")) {
    for (auto r : p.t["regular_schedules"]) {
      weekday(r);
      p.t["schedules"].push_back(r);
    }
    p.t.erase("regular_schedules");
  }
  if (p.t.count("holiday_schedules")) {
    for (auto r : p.t["holiday_schedules"]) {
      if (r.contains("start_date")) r["valid_from"] = r["start_date"], r.erase("start_date");
      if (r.contains("end_date")) r["valid_to"] = r["end_date"], r.erase("end_date");
      bool closed = r.value("closed", "") == "true" || r.value("closed", "") == "1" || r.value("closed", "") == "TRUE";
      r.erase("closed");
      if (closed) r.erase("opens_at"), r.erase("closes_at");
      p.t["schedules"].push_back(r);
    }
    p.t.erase("holiday_schedules");
  }
  if (p.t.count("service_taxonomy")) {
    for (auto r : p.t["service_taxonomy"]) {
      json a = {{"id", r.value("id", "")}, {"link_id", r.value("service_id", "")},
                {"taxonomy_term_id", r.value("taxonomy_detail", r.value("taxonomy_term_id", ""))},
                {"link_type", "service"}};
      p.t["attributes"].push_back(a);
    }
    p.t.erase("service_taxonomy");
  }
  for (auto& r : p.t["taxonomy_terms"])
    if (r.contains("term") && !r.contains("name")) r["name"] = r["term"], r.erase("term");
}

// The CSV files of a package: those its datapackage.json names, found where it says or, as real packages
// publish them, in a data/ folder beside it; without datapackage.json, the folder's CSV files (or data/'s).
struct PackageFiles {
  std::vector<std::filesystem::path> csv;
  std::vector<std::string> notes;
  std::vector<ImportProblem> missing;
  std::string fatal;
};

PackageFiles package_files(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  PackageFiles out;
  auto csv_in = [](const fs::path& d) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(d, ec)) return files;
    for (auto& entry : fs::directory_iterator(d))
      if (entry.path().extension() == ".csv") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
  };
  fs::path descriptor = dir / "datapackage.json";
  if (!fs::exists(descriptor)) {
    out.csv = csv_in(dir);
    if (out.csv.empty() && !(out.csv = csv_in(dir / "data")).empty())
      out.notes.push_back("CSV tables read from " + (dir / "data").string());
    if (out.csv.empty()) out.fatal = "no CSV table found in " + dir.string() + " nor in its data/ folder";
    return out;
  }
  json package = json::parse(read_file(descriptor), nullptr, false);
  if (package.is_discarded() || !package.is_object()) {
    out.csv = csv_in(dir);
    if (out.csv.empty()) out.fatal = descriptor.string() + " is not valid JSON and no CSV table is beside it";
    else out.notes.push_back(descriptor.string() + " is not valid JSON: the CSV tables beside it were read");
    return out;
  }
  std::vector<std::string> named;
  for (auto& res : package.value("resources", json::array())) {
    if (!res.is_object()) continue;
    if (res.contains("path") && res["path"].is_string()) {
      named.push_back(res["path"].get<std::string>());
    } else if (res.contains("path") && res["path"].is_array()) {
      for (auto& part : res["path"])
        if (part.is_string()) named.push_back(part.get<std::string>());
    } else if (res.contains("name") && res["name"].is_string()) {
      named.push_back(res["name"].get<std::string>() + ".csv");
    }
  }
  if (named.empty()) {
    out.fatal = descriptor.string() + " names no resource";
    return out;
  }
  std::set<std::string> elsewhere;
  for (auto& name : named) {
    fs::path given = dir / name, file_name = fs::path(name).filename();
    std::vector<fs::path> candidates = {given, dir / "data" / name, dir / "data" / file_name, dir / file_name};
    std::optional<fs::path> found;
    for (auto& c : candidates) {
      std::error_code ec;
      if (fs::is_regular_file(c, ec)) {
        found = c;
        break;
      }
    }
    if (!found) {
      out.missing.push_back({name, "resource named by datapackage.json not found beside it nor in data/: not imported"});
      continue;
    }
    if (*found != given) elsewhere.insert(found->parent_path().string());
    out.csv.push_back(*found);
  }
  if (out.csv.empty()) {
    out.fatal = "datapackage.json names " + std::to_string(named.size()) + " resource(s) (" + named.front() +
                (named.size() > 1 ? ", ..." : "") + ") but none of them is beside it (" + dir.string() +
                ") nor in its data/ folder";
    return out;
  }
  for (auto& where : elsewhere)
    out.notes.push_back("datapackage.json names its tables beside it; they were found in " + where);
  return out;
}

// "2024-01-31", "2024-01-31T10:00:00Z", "2024-01-31 10:00:00": Unix seconds (UTC), or 0 when unreadable.
std::int64_t metadata_time(const std::string& text) {
  std::tm tm{};
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%*[T ]%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &se);
  if (n < 3 || y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31) return 0;
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = n >= 4 ? h : 0;
  tm.tm_min = n >= 5 ? mi : 0;
  tm.tm_sec = n >= 6 ? se : 0;
  return static_cast<std::int64_t>(timegm(&tm));
}

// HSDS metadata rows (resource_id, resource_type, last_action_date, last_action_type, field_name,
// previous_value, replacement_value, updated_by) become the records' history; a row already there (a
// re-import) is counted, not added twice.
void import_metadata(Database& db, const Package& p, ImportReport& report) {
  const Table& rows = p.get("metadata");
  if (rows.empty()) return;
  p.mark_all("metadata");
  db.transact([&](soci::session& sql) {
    for (auto& r : rows) {
      std::string type = r.value("resource_type", ""), id = r.value("resource_id", "");
      if (id.empty()) {
        report.problems.push_back({r.value("id", ""), "metadata row without resource_id: not kept"});
        continue;
      }
      if (type.empty()) type = "service";
      std::int64_t at = metadata_time(r.value("last_action_date", ""));
      std::string action = r.value("last_action_type", "update"), field = r.value("field_name", ""),
                  old_value = r.value("previous_value", ""), new_value = r.value("replacement_value", ""),
                  by = r.value("updated_by", "");
      int known = 0;
      sql << "SELECT COUNT(*) FROM directory_history WHERE record_type = :t AND record_id = :r AND at = :a AND "
             "field = :f AND new_value = :n AND action = :x",
          soci::use(type), soci::use(id), soci::use(at), soci::use(field), soci::use(new_value), soci::use(action),
          soci::into(known);
      if (known) {
        ++report.metadata_known;
        continue;
      }
      sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field, old_value, "
             "new_value) VALUES (:a, NULL, :b, :t, :r, :x, :f, :o, :n)",
          soci::use(at), soci::use(by), soci::use(type), soci::use(id), soci::use(action), soci::use(field),
          soci::use(old_value), soci::use(new_value);
      ++report.metadata_kept;
    }
  });
}

ImportReport import_package(Database& db, const std::filesystem::path& dir, const ImportOptions& options) {
  ImportReport report;
  PackageFiles files = package_files(dir);
  report.notes = files.notes;
  report.problems = files.missing;
  if (!files.fatal.empty()) {
    report.fatal = files.fatal;
    return report;
  }
  Package p;
  for (auto& file : files.csv) p.t[file.stem().string()] = read_table(file);
  upgrade_older_tables(p);
  std::set<std::string> seen;
  std::set<std::string> used_orgs;
  p.mark_all("services");
  for (auto& s : p.get("services")) {
    used_orgs.insert(s.value("organization_id", ""));
    import_counted(db, service_of(p, s), options, report, seen);
  }
  p.mark_all("organizations");
  for (auto o : p.get("organizations")) {
    std::string oid = o.value("id", "");
    if (used_orgs.count(oid)) continue;
    numbers_back(o);
    try {
      db.transact([&](soci::session& sql) { return import_organization(sql, o, options); });
      ++report.organisations;
    } catch (const std::exception& e) {
      ++report.organisations_refused;
      report.problems.push_back({oid, e.what()});
    }
  }
  import_metadata(db, p, report);
  for (auto& [table, rows] : p.t)
    if (int n = p.unused(table)) report.unlinked[table] = n;
  return report;
}

}  // namespace

ImportReport import_path(Database& db, const std::string& path, const ImportOptions& options) {
  namespace fs = std::filesystem;
  ImportReport report;
  try {
    fs::path p(path);
    if (fs::is_directory(p)) return import_package(db, p, options);
    if (p.filename() == "datapackage.json") return import_package(db, p.parent_path(), options);
    if (p.extension() == ".csv") return import_package(db, p.parent_path(), options);
    std::string text = read_file(p);
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
      report.problems.push_back({"", "the file is not valid JSON: " + path});
      return report;
    }
    return import_json(db, doc, options);
  } catch (const std::exception& e) {
    report.problems.push_back({"", e.what()});
  }
  return report;
}

// ---- Export --------------------------------------------------------------------------------------------

namespace {

json export_record(soci::session& sql, const Spec& s, std::int64_t id, const std::string& lang) {
  std::string q = "SELECT hsds_id, extra";
  for (auto& c : s.cols)
    if (c.kind != Kind::Text) q += std::string(", ") + c.key;
  q += std::string(" FROM ") + s.table + " WHERE id = :id";
  soci::row r;
  sql << q, soci::use(id), soci::into(r);
  if (!sql.got_data()) return nullptr;
  json out = json::object();
  out["id"] = as_text(r, 0);
  json extra = json::parse(as_text(r, 1), nullptr, false);
  std::size_t i = 2;
  auto texts = load_texts(sql, s.type, id);
  for (auto& c : s.cols) {
    if (c.kind == Kind::Text) {
      if (texts.count(c.key)) {
        auto v = pick(texts[c.key], lang);
        if (!v.empty()) out[c.key] = v;
      }
      continue;
    }
    if (r.get_indicator(i) != soci::i_null) {
      if (c.kind == Kind::Num) out[c.key] = number_json(as_double(r, i));
      else if (auto v = as_text(r, i); !v.empty()) out[c.key] = v;
    }
    ++i;
  }
  if (extra.is_object())
    for (auto& [k, v] : extra.items())
      if (!out.contains(k)) out[k] = v;
  for (auto& c : s.children) {
    std::vector<std::int64_t> ids;
    std::string ot = s.type;
    std::string cq = std::string("SELECT id FROM ") + c.spec->table +
                     (c.spec->owner == Owner::Poly ? " WHERE owner_type = :t AND owner_id = :i"
                                                   : (c.spec->owner == Owner::Location ? " WHERE location_id = :i" : " WHERE service_id = :i")) +
                     " ORDER BY id";
    soci::rowset<soci::row> rs = c.spec->owner == Owner::Poly ? (sql.prepare << cq, soci::use(ot), soci::use(id))
                                                               : (sql.prepare << cq, soci::use(id));
    for (auto& row : rs) ids.push_back(as_int(row, 0));
    json arr = json::array();
    for (auto cid : ids) arr.push_back(export_record(sql, *c.spec, cid, lang));
    out[c.key] = arr;
  }
  return out;
}

}  // namespace

nlohmann::json export_taxonomy(soci::session& sql, std::int64_t taxonomy_id, const std::string& lang) {
  auto t = export_record(sql, kTaxonomy, taxonomy_id, lang);
  if (t.is_object() && !t.contains("name")) t["name"] = t["id"];
  if (t.is_object() && !t.contains("description")) t["description"] = t["name"];
  return t;
}

nlohmann::json export_taxonomy_term(soci::session& sql, std::int64_t term_id, const std::string& lang) {
  auto t = export_record(sql, kTaxonomyTerm, term_id, lang);
  if (!t.is_object()) return t;
  std::int64_t tax = 0;
  soci::indicator ind;
  sql << "SELECT taxonomy_id FROM directory_taxonomy_terms WHERE id = :i", soci::use(term_id), soci::into(tax, ind);
  if (ind == soci::i_ok && tax) {
    t["taxonomy_id"] = hsds_of(sql, "directory_taxonomies", tax);
    t["taxonomy_detail"] = export_taxonomy(sql, tax, lang);
  }
  if (!t.contains("name")) t["name"] = t.value("code", t["id"].get<std::string>());
  if (!t.contains("description")) t["description"] = t["name"];
  return t;
}

namespace {
nlohmann::json export_location(soci::session& sql, std::int64_t location_id, const std::string& lang) {
  auto l = export_record(sql, kLocation, location_id, lang);
  // Fields HSDS requires of an address, present even when the source left them out.
  for (auto& a : l["addresses"])
    for (auto* k : {"address_1", "city", "state_province", "postal_code", "country", "address_type"})
      if (!a.contains(k)) a[k] = std::string(k) == "address_type" ? "physical" : "";
  std::int64_t org = 0;
  soci::indicator ind;
  sql << "SELECT organisation_id FROM directory_locations WHERE id = :i", soci::use(location_id), soci::into(org, ind);
  if (ind == soci::i_ok && org) l["organization_id"] = hsds_of(sql, "organisations", org);
  if (!l.contains("location_type")) l["location_type"] = "physical";
  return l;
}

json export_attributes(soci::session& sql, const std::string& owner_type, std::int64_t owner_id,
                       const std::string& owner_hsds, const std::string& lang) {
  json arr = json::array();
  std::vector<std::pair<std::int64_t, std::int64_t>> rows;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, taxonomy_term_id FROM directory_attributes WHERE owner_type = :t AND owner_id = :i ORDER BY id",
                                soci::use(owner_type), soci::use(owner_id));
  for (auto& r : rs) rows.emplace_back(as_int(r, 0), as_int(r, 1));
  for (auto& [aid, term] : rows) {
    auto a = export_record(sql, kAttribute, aid, lang);
    a["link_id"] = owner_hsds;
    auto t = export_taxonomy_term(sql, term, lang);
    a["taxonomy_term_id"] = t["id"];
    a["taxonomy_term"] = t;
    if (!a.contains("link_type")) a["link_type"] = owner_type;
    arr.push_back(a);
  }
  return arr;
}
}  // namespace

nlohmann::json export_organization(soci::session& sql, std::int64_t organisation_id, const std::string& lang,
                                   bool with_locations) {
  // Organisations created by hand (accounts) have no HSDS id yet: they get their internal id.
  std::string h = hsds_of(sql, "organisations", organisation_id);
  auto o = export_record(sql, kOrganization, organisation_id, lang);
  if (!o.is_object()) return o;
  if (h.empty()) o["id"] = std::to_string(organisation_id);
  if (!o.contains("name")) {
    std::string name;
    sql << "SELECT name FROM organisations WHERE id = :i", soci::use(organisation_id), soci::into(name);
    o["name"] = name;
  }
  if (!o.contains("description")) o["description"] = "";
  if (with_locations) {
    json locations = json::array();
    std::vector<std::int64_t> lids;
    soci::rowset<soci::row> ls = (sql.prepare << "SELECT id FROM directory_locations WHERE organisation_id = :o ORDER BY id",
                                  soci::use(organisation_id));
    for (auto& r : ls) lids.push_back(as_int(r, 0));
    for (auto id : lids) locations.push_back(export_location(sql, id, lang));
    o["locations"] = locations;
  }
  return o;
}

nlohmann::json export_service(soci::session& sql, std::int64_t service_id, const std::string& lang) {
  auto s = export_record(sql, kService, service_id, lang);
  if (!s.is_object()) return s;
  std::int64_t org = 0;
  soci::indicator ind;
  sql << "SELECT organisation_id FROM directory_services WHERE id = :i", soci::use(service_id), soci::into(org, ind);
  if (ind == soci::i_ok && org) {
    auto o = export_organization(sql, org, lang, false);
    s["organization_id"] = o["id"];
    s["organization"] = o;
  }
  json sals = json::array();
  std::vector<std::pair<std::int64_t, std::int64_t>> rows;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, location_id FROM directory_service_at_location WHERE service_id = :s ORDER BY id",
                                soci::use(service_id));
  for (auto& r : rs) rows.emplace_back(as_int(r, 0), as_int(r, 1));
  for (auto& [sid, lid] : rows) {
    auto sal = export_record(sql, kServiceAtLocation, sid, lang);
    auto loc = export_location(sql, lid, lang);
    sal["service_id"] = s["id"];
    sal["location_id"] = loc["id"];
    sal["location"] = loc;
    sals.push_back(sal);
  }
  s["service_at_locations"] = sals;
  s["attributes"] = export_attributes(sql, "service", service_id, s["id"].get<std::string>(), lang);
  // The service's own change history as HSDS metadata, unless the source brought its own (kept in extra).
  if (!s.contains("metadata")) {
    json metadata = json::array();
    std::string hsds = s["id"].get<std::string>();
    soci::rowset<soci::row> hs = (sql.prepare << "SELECT id, at, action, field, old_value, new_value, updated_by FROM directory_history "
                                                 "WHERE record_type = 'service' AND record_id = :r ORDER BY id DESC",
                                  soci::use(hsds));
    for (auto& r : hs) {
      if (metadata.size() >= 100) break;
      char id[40], date[16];
      std::snprintf(id, sizeof id, "4d41494c-0000-4000-9000-%012lld", static_cast<long long>(as_int(r, 0)));
      std::time_t t = static_cast<std::time_t>(as_int(r, 1));
      std::tm tm{};
      gmtime_r(&t, &tm);
      std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
      metadata.push_back({{"id", id}, {"resource_id", hsds}, {"resource_type", "service"}, {"last_action_date", date},
                          {"last_action_type", as_text(r, 2)}, {"field_name", as_text(r, 3)},
                          {"previous_value", as_text(r, 4)}, {"replacement_value", as_text(r, 5)},
                          {"updated_by", as_text(r, 6)}});
    }
    s["metadata"] = metadata;
  }
  return s;
}

namespace {

// The CSV data package: every nested object flattened into its table, with its parent's id.
struct Flattener {
  std::map<std::string, std::vector<json>> rows;
  std::map<std::string, std::set<std::string>> seen;
  void add(const std::string& table, json row) {
    std::string id = row.value("id", "");
    std::string key = id;
    for (auto* k : {"service_id", "location_id", "organization_id", "contact_id", "phone_id", "service_at_location_id"})
      if (row.contains(k)) key += "|" + text_of(row[k]);
    if (!seen[table].insert(key).second) return;
    rows[table].push_back(std::move(row));
  }
  static json strip(const json& o) {
    json r = json::object();
    for (auto& [k, v] : o.items())
      if (!v.is_array() && !v.is_object()) r[k] = v;
    return r;
  }
  void phones(const json& arr, const std::string& key, const std::string& id) {
    if (!arr.is_array()) return;
    for (auto& p : arr) {
      auto r = strip(p);
      r[key] = id;
      add("phones", r);
      languages(p.value("languages", json::array()), "phone_id", p.value("id", ""));
    }
  }
  void languages(const json& arr, const std::string& key, const std::string& id) {
    if (!arr.is_array()) return;
    for (auto& l : arr) {
      auto r = strip(l);
      r[key] = id;
      add("languages", r);
    }
  }
  void contacts(const json& arr, const std::string& key, const std::string& id) {
    if (!arr.is_array()) return;
    for (auto& c : arr) {
      auto r = strip(c);
      r[key] = id;
      add("contacts", r);
      phones(c.value("phones", json::array()), "contact_id", c.value("id", ""));
    }
  }
  void simple(const std::string& table, const json& arr, const std::string& key, const std::string& id) {
    if (!arr.is_array()) return;
    for (auto& x : arr) {
      auto r = strip(x);
      r[key] = id;
      add(table, r);
    }
  }
  void location(const json& l) {
    std::string id = l.value("id", "");
    add("locations", strip(l));
    simple("addresses", l.value("addresses", json::array()), "location_id", id);
    simple("accessibility", l.value("accessibility", json::array()), "location_id", id);
    simple("schedules", l.value("schedules", json::array()), "location_id", id);
    languages(l.value("languages", json::array()), "location_id", id);
    phones(l.value("phones", json::array()), "location_id", id);
    contacts(l.value("contacts", json::array()), "location_id", id);
  }
  void organization(const json& o) {
    std::string id = o.value("id", "");
    add("organizations", strip(o));
    phones(o.value("phones", json::array()), "organization_id", id);
    contacts(o.value("contacts", json::array()), "organization_id", id);
    simple("funding", o.value("funding", json::array()), "organization_id", id);
  }
  void service(const json& s) {
    std::string id = s.value("id", "");
    add("services", strip(s));
    if (s.contains("organization") && s["organization"].is_object()) organization(s["organization"]);
    phones(s.value("phones", json::array()), "service_id", id);
    simple("schedules", s.value("schedules", json::array()), "service_id", id);
    simple("service_areas", s.value("service_areas", json::array()), "service_id", id);
    languages(s.value("languages", json::array()), "service_id", id);
    simple("required_documents", s.value("required_documents", json::array()), "service_id", id);
    contacts(s.value("contacts", json::array()), "service_id", id);
    simple("funding", s.value("funding", json::array()), "service_id", id);
    simple("cost_options", s.value("cost_options", json::array()), "service_id", id);
    for (auto& sal : s.value("service_at_locations", json::array())) {
      add("service_at_location", strip(sal));
      std::string sid = sal.value("id", "");
      if (sal.contains("location") && sal["location"].is_object()) location(sal["location"]);
      contacts(sal.value("contacts", json::array()), "service_at_location_id", sid);
      phones(sal.value("phones", json::array()), "service_at_location_id", sid);
      simple("schedules", sal.value("schedules", json::array()), "service_at_location_id", sid);
    }
    for (auto& a : s.value("attributes", json::array())) {
      add("attributes", strip(a));
      if (a.contains("taxonomy_term") && a["taxonomy_term"].is_object()) {
        auto& t = a["taxonomy_term"];
        add("taxonomy_terms", strip(t));
        if (t.contains("taxonomy_detail") && t["taxonomy_detail"].is_object()) add("taxonomies", strip(t["taxonomy_detail"]));
      }
    }
  }
};

void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + p.string());
  out << text;
}

}  // namespace

int export_to_directory(Database& db, const std::string& dir, const std::string& lang) {
  namespace fs = std::filesystem;
  fs::create_directories(fs::path(dir) / "csv");
  soci::session sql(db.pool());
  std::vector<std::int64_t> ids, orgs;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM directory_services ORDER BY id");
    for (auto& r : rs) ids.push_back(as_int(r, 0));
    soci::rowset<soci::row> os = (sql.prepare << "SELECT id FROM organisations WHERE hsds_id IS NOT NULL ORDER BY id");
    for (auto& r : os) orgs.push_back(as_int(r, 0));
  }
  json contents = json::array();
  Flattener flat;
  for (auto id : ids) {
    auto s = export_service(sql, id, lang);
    flat.service(s);
    contents.push_back(std::move(s));
  }
  json organisations = json::array();
  for (auto id : orgs) {
    auto o = export_organization(sql, id, lang, false);
    flat.organization(o);
    organisations.push_back(std::move(o));
  }
  int n = static_cast<int>(contents.size());
  json page = {{"total_items", n}, {"total_pages", 1}, {"page_number", 1}, {"size", n}, {"first_page", true},
               {"last_page", true}, {"empty", n == 0}, {"contents", contents}};
  write_file(fs::path(dir) / "services.json", page.dump(2));
  json opage = {{"total_items", organisations.size()}, {"total_pages", 1}, {"page_number", 1},
                {"size", organisations.size()}, {"first_page", true}, {"last_page", true},
                {"empty", organisations.empty()}, {"contents", organisations}};
  write_file(fs::path(dir) / "organizations.json", opage.dump(2));

  // CSV tables with the columns the HSDS data package declares, in its order.
  json package = json::parse(resources::get("share/hsds/datapackage.json"));
  for (auto& res : package["resources"]) {
    std::string table = res.value("name", "");
    std::string path = res.value("path", table + ".csv");
    std::string stem = path.substr(0, path.rfind('.'));
    std::vector<std::string> header;
    for (auto& f : res["schema"]["fields"]) header.push_back(f.value("name", ""));
    std::string text = csv_line(header);
    for (auto& row : flat.rows[stem]) {
      std::vector<std::string> cells;
      for (auto& h : header) cells.push_back(row.contains(h) ? text_of(row[h]) : "");
      text += csv_line(cells);
    }
    write_file(fs::path(dir) / "csv" / path, text);
  }
  write_file(fs::path(dir) / "csv" / "datapackage.json", package.dump(2));
  return n;
}

}  // namespace maillage::directory
