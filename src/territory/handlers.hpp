// Pages of the territory part: the public map of the care areas, the GeoJSON it draws, the postal-code
// lookup, the administrators' correction of the mapping; zones, each bassin's page and their outlines.
#pragma once
#include "platform/http.hpp"

namespace maillage::territory {

Response overview(RequestContext& ctx);
Response communes_geojson_file(RequestContext& ctx);
Response postal_code_json(RequestContext& ctx);
Response admin_mapping(RequestContext& ctx);
Response admin_remap(RequestContext& ctx);

// Zones, each bassin's page and the outlines of quarters and zones (zone_pages.cpp).
Response zones_list(RequestContext& ctx);
Response zone_page(RequestContext& ctx);
Response zone_new_form(RequestContext& ctx);
Response zone_create(RequestContext& ctx);
Response zone_edit_form(RequestContext& ctx);
Response zone_update(RequestContext& ctx);
Response zone_delete(RequestContext& ctx);
Response zones_geojson_file(RequestContext& ctx);
Response quarters_geojson_file(RequestContext& ctx);
Response bassin_page(RequestContext& ctx);

}  // namespace maillage::territory
