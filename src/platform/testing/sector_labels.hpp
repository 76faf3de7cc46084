// The sectors' labels live in the database, not in the catalogue: the pseudo-locale walks pass them as data.
#pragma once
#include <string>
#include <vector>

namespace maillage {
class App;
}

namespace maillage::testing {

// Every label (fr, nl, en) of the sectors' vocabulary.
std::vector<std::string> sector_labels(App& app);

}  // namespace maillage::testing
