// Demonstration data for the directory (called by seed-demo after the accounts' demo organisations).
#pragma once

namespace maillage {
class App;
}

namespace maillage::directory {
// Loads the demo services; returns how many.
int seed_demo(App& app);
}  // namespace maillage::directory
