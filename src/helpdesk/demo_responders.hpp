// Demonstration data of the helpdesk's core: the six lines, the demo responders' grants (the regional line and
// the Sud line) and a handful of requests at every step (new, oriented, with a call-back today, transferred,
// closed with feedback, sent by a professional), so that a newcomer opens a living helpdesk. The demo year of
// requests for the statistics is seeded separately.
#pragma once

namespace maillage {
class App;
}

namespace maillage::helpdesk {
// Returns how many requests it created (0 when the responders' accounts are missing).
int seed_demo_responders(App& app);
}  // namespace maillage::helpdesk
