// Pages of the territory part: the public map of the care areas, the GeoJSON it draws, the postal-code
// lookup, and the administrators' correction of the mapping.
#pragma once
#include "platform/http.hpp"

namespace maillage::territory {

Response overview(RequestContext& ctx);
Response communes_geojson_file(RequestContext& ctx);
Response postal_code_json(RequestContext& ctx);
Response admin_mapping(RequestContext& ctx);
Response admin_remap(RequestContext& ctx);

}  // namespace maillage::territory
