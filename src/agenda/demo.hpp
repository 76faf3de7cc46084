// The agenda's demo (demo.cpp): themes and audiences on the offers' demo year, and the weekly activities the
// networks run for the people they accompany (a support group, a cooking workshop), so that the agenda, its
// filters and the paper programme have something for each audience.
#pragma once
#include "platform/app.hpp"

namespace maillage::agenda {

void seed_demo(App& app);  // after offers::seed_demo

}  // namespace maillage::agenda
