// The newsletters' demo (demo.cpp): a list per bassin whose subscribers are demo professionals of that bassin
// (double opt-in done, evidence kept), and one campaign sent a month ago with its figures: sent, a few
// undeliverable, a few unsubscribed by its link. Its messages are in the outbox as sent; nothing is mailed.
#pragma once
#include "platform/app.hpp"

namespace maillage::newsletters {

void seed_demo(App& app);  // after the offers' and the agenda's demo

}  // namespace maillage::newsletters
