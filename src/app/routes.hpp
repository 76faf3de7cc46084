// The one route table of Maillage: every address, who may call it, and the handler that answers.
#pragma once
#include <vector>

#include "platform/http.hpp"

namespace maillage {

std::vector<Route> route_table();

}  // namespace maillage
