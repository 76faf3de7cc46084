#include "territory/demo.hpp"

#include <string>

#include "platform/resources.hpp"
#include "territory/population.hpp"
#include "territory/quarters.hpp"
#include "territory/zones.hpp"

namespace maillage::territory {

void seed_demo(soci::session& sql, std::int64_t now) {
  // A few quarters drawn for the demo (not the official outlines), so that a location of the Louise quarter
  // counts in the Sud bassin as the networks count it.
  import_quarters(sql, std::string(resources::get("share/territory/demo-quarters.geojson")), "demo", now);
  // Rézone's area as its partners describe it: five communes and the Louise quarter of Bruxelles-Ville.
  Zone rezone;
  rezone.slug = "rezone";
  rezone.name_fr = "Rézone";
  rezone.name_nl = "Rézone";
  rezone.kind = "network";
  rezone.kept_by = "sud";
  rezone.description = "Forest, Saint-Gilles, Ixelles, Uccle, Watermael-Boitsfort + Quartier Louise";
  rezone.communes = {"21007", "21013", "21009", "21016", "21017"};
  rezone.quarters = {"demo-louise"};
  if (!zone_exists(sql, rezone.slug)) create_zone(sql, rezone, 0, now);
  // A mobile team working along the canal, across the Centre-Ouest and Nord bassins.
  Zone canal;
  canal.slug = "equipe-mobile-canal";
  canal.name_fr = "Équipe mobile du Canal";
  canal.name_nl = "Mobiel team Kanaal";
  canal.kind = "mobile_team";
  canal.kept_by = "centre-ouest";
  canal.communes = {"21001", "21012", "21011"};
  canal.quarters = {"demo-marolles"};
  if (!zone_exists(sql, canal.slug)) create_zone(sql, canal, 0, now);
  import_population(sql, std::string(resources::get("share/territory/demo-population.csv")), now);
}

}  // namespace maillage::territory
