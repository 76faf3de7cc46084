// What the caseload publishes to the observatory: counts only, marked protected (data elements per team's
// territory), and the teams' figure tables for the yearly report with their small counts already suppressed.
// No activity: a contact with a person followed is not a network activity.
#pragma once
#include "observatory/publishing.hpp"

namespace maillage::caseload {

observatory::Publisher publisher();

}  // namespace maillage::caseload
