// The Focus demo (demo.cpp): two published selections of the directory demo's services, as the networks make
// them ("Soins palliatifs et fin de vie", "Santé mentale : l'offre de soutien en Région bruxelloise"), one with
// a webinar of the offers' demo linked.
#pragma once
#include "platform/app.hpp"

namespace maillage::focus {

void seed_demo(App& app);  // after the directory's and the offers' demo

}  // namespace maillage::focus
