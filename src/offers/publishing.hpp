// What the offers publish to the observatory: every session as an activity, registrations, attendance and
// sessions per offer type and bassin as data elements, and the tables of /offers/reports for the yearly report.
#pragma once
#include "observatory/publishing.hpp"

namespace maillage::offers {

observatory::Publisher publisher();

}  // namespace maillage::offers
