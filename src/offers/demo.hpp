// Demonstration offers: one published offer of every type with sessions open for registration (dates relative to
// now), and an open-door week of the Sud care area with its programme of slots.
#pragma once
#include "platform/app.hpp"

namespace maillage::offers {

void seed_demo(App& app);

}  // namespace maillage::offers
