// The demo year of the offers (demo.cpp): twelve months that happened and three months ahead, on the demo world
// (accounts/demo_world.hpp), dates relative to the day it runs.
#pragma once
#include "platform/app.hpp"

namespace maillage::offers {

void seed_demo(App& app);

}  // namespace maillage::offers
