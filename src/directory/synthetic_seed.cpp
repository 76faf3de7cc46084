#include "directory/synthetic_seed.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "directory/search/synthetic.hpp"
#include "platform/app.hpp"
#include "territory/model.hpp"

namespace maillage::directory {

std::size_t seed_synthetic(App& app, std::size_t n, unsigned seed) {
  using nlohmann::json;
  std::map<std::string, std::string> term_ids;     // vocabulary code -> HSDS id
  std::map<std::string, std::string> postal_code;  // commune NIS -> one of its postal codes
  {
    soci::session sql(app.db.pool());
    for (auto& t : list_terms(sql)) term_ids[t.code] = t.hsds_id;
  }
  for (auto& p : territory::snapshot(app.db)->places) postal_code.emplace(p.commune.nis, p.postal_code);
  std::size_t imported = 0;
  const std::size_t batch = 500;
  auto docs = search::synthetic_services(n, seed);
  for (std::size_t start = 0; start < docs.size(); start += batch) {
    json services = json::array();
    for (std::size_t i = start; i < std::min(docs.size(), start + batch); ++i) {
      const auto& d = docs[i];
      json attributes = json::array(), languages = json::array();
      for (auto* codes : {&d.themes, &d.publics, &d.access})
        for (auto& c : *codes)
          if (term_ids.count(c)) attributes.push_back({{"id", d.id + "-" + c}, {"taxonomy_term_id", term_ids[c]}});
      for (auto& l : d.languages) languages.push_back({{"id", d.id + "-" + l}, {"code", l}});
      std::string pc = d.communes.empty() ? "1000" : postal_code[d.communes.front()];
      json location = {{"id", "loc-" + d.id},
                       {"location_type", "physical"},
                       {"addresses", json::array({{{"id", "adr-" + d.id}, {"address_1", "Rue du Service 1"},
                                                   {"city", "Bruxelles"}, {"postal_code", pc}, {"country", "BE"}}})}};
      if (d.lat && d.lng) location["latitude"] = *d.lat, location["longitude"] = *d.lng;
      auto text = [&](const std::map<std::string, std::string>& m) {
        return m.count("fr") ? m.at("fr") : m.empty() ? std::string() : m.begin()->second;
      };
      services.push_back({{"id", d.id},
                          {"name", text(d.name)},
                          {"description", text(d.description)},
                          {"status", d.status},
                          {"organization", {{"id", "org-" + d.id}, {"name", text(d.organisation_name)}}},
                          {"languages", languages},
                          {"attributes", attributes},
                          {"service_at_locations", json::array({{{"id", "sal-" + d.id}, {"location", location}}})}});
    }
    ImportOptions options;
    options.updated_by = "seed-synthetic";
    auto report = import_json(app.db, services, options);
    imported += report.created + report.updated + report.unchanged;
  }
  return imported;
}

}  // namespace maillage::directory
