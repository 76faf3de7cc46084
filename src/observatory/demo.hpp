// The observatory's demo: the action plans of the region and of two bassins (Sud, Sud-Est) for the demo year,
// their indicators wired to the demo offers and helpdesk, a few activities and needs entered by hand, so that the
// yearly report is full of real figures at the first click. Called last from src/app/demo.cpp.
#pragma once

namespace maillage {
class App;
}

namespace maillage::observatory {

// The calendar year holding most of the demo's twelve past months (the offers' and helpdesk's demo years).
int demo_year();
void seed_demo(App& app);

}  // namespace maillage::observatory
