#include "platform/testing/sector_labels.hpp"

#include "platform/app.hpp"
#include "platform/sectors.hpp"

namespace maillage::testing {

std::vector<std::string> sector_labels(App& app) {
  soci::session sql(app.db.pool());
  std::vector<std::string> out;
  for (auto& s : load_sectors(sql)) out.insert(out.end(), {s.fr, s.nl, s.en});
  return out;
}

}  // namespace maillage::testing
