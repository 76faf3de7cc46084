// Where an offer's session takes place on the map (issue 14): the point of its place and the quarter it falls in,
// so that the observatory counts the session (its registrations, attendance) in the zones holding that quarter.
// There is no geocoding: the point comes from the directory location of the session's host, or of one of the
// offer's organisers, at the session's address; else the organiser may type it (latitude, longitude).
#pragma once
#include <soci/soci.h>

#include <optional>
#include <string>

#include "offers/model.hpp"
#include "territory/model.hpp"

namespace maillage::territory {
class QuarterIndex;
}

namespace maillage::offers {

// Places a session (called by save_session, in its transaction) and writes its point, directory location and
// quarter. A point typed by the organiser (location_id 0) is kept; otherwise the point is the directory location
// (with coordinates, in the session's postal code) of the host or of an organiser whose street address appears
// in the place's text, else the only such location of those organisations in that postal code; none matches:
// no point. An online session has no point. The quarter is the one holding the point (territory::quarter_at).
void place_session(soci::session& sql, Session& s);

// The point typed on a form: both empty is no point; a number each (a decimal comma read as a point) inside the
// Brussels-Capital Region's box. Sets `problem` (a catalogue message) and returns nothing when it is not one.
std::optional<territory::Point> typed_point(const std::string& latitude, const std::string& longitude, const char*& problem);

// After an import of quarters or of the directory (`maillage reindex-territory`): every session's point read
// again from its directory location, and every session with a point placed in its quarter. Returns how many
// sessions changed.
int reindex_session_places(soci::session& sql, const territory::QuarterIndex& index);

}  // namespace maillage::offers
