#include "offers/places.hpp"
#include "platform/ascii.hpp"

#include <cctype>
#include <functional>
#include <set>
#include <vector>

#include "platform/db.hpp"
#include "platform/decimal.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "territory/quarters.hpp"

namespace maillage::offers {

namespace {

// The Brussels-Capital Region's bounding box, with a margin: a typed point outside it is a typing error.
constexpr double kMinLat = 50.75, kMaxLat = 50.93, kMinLng = 4.23, kMaxLng = 4.50;


struct Candidate {
  std::int64_t id = 0;
  territory::Point point;
  std::string street;
};

// The directory location the session takes place at: of its host when it has one (an open-door visit is at the
// host's), else of the offer's organisers; with coordinates, in the session's postal code; the one whose street
// address the place names, else the only one.
std::optional<Candidate> directory_location(soci::session& sql, const Session& s) {
  if (s.postal_code.empty()) return std::nullopt;
  std::vector<Candidate> found;
  std::set<std::int64_t> ids;
  const std::string base =
      "SELECT l.id, l.latitude, l.longitude, COALESCE(a.address_1, '') FROM directory_locations l LEFT JOIN "
      "directory_addresses a ON a.location_id = l.id WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND "
      "l.postal_code = :pc AND ";
  auto read = [&](soci::rowset<soci::row>& rs) {
    for (auto& r : rs) {
      found.push_back({as_int(r, 0), {as_double(r, 1), as_double(r, 2)}, ascii_lower(clean_text(as_text(r, 3)))});
      ids.insert(as_int(r, 0));
    }
  };
  if (s.host_organisation_id) {
    soci::rowset<soci::row> rs = (sql.prepare << base + "l.organisation_id = :h ORDER BY l.id", soci::use(s.postal_code),
                                  soci::use(s.host_organisation_id));
    read(rs);
  } else {
    soci::rowset<soci::row> rs =
        (sql.prepare << base + "l.organisation_id IN (SELECT organisation_id FROM offer_organisers WHERE offer_id = :o) ORDER BY l.id",
         soci::use(s.postal_code), soci::use(s.offer_id));
    read(rs);
  }
  const std::string place = ascii_lower(s.place);
  for (auto& c : found)
    if (!c.street.empty() && place.find(c.street) != std::string::npos) return c;
  if (ids.size() == 1) return found.front();
  return std::nullopt;
}

// The session's point and quarter, as place_session() decides; `quarter_of` finds the quarter of a point.
void locate(soci::session& sql, Session& s, const std::function<std::string(territory::Point)>& quarter_of) {
  bool typed = s.location_id == 0 && s.latitude && s.longitude;
  if (s.format == "online") {
    s.latitude.reset();
    s.longitude.reset();
    s.location_id = 0;
  } else if (!typed) {
    s.latitude.reset();
    s.longitude.reset();
    s.location_id = 0;
    if (auto c = directory_location(sql, s)) {
      s.location_id = c->id;
      s.latitude = c->point.lat;
      s.longitude = c->point.lng;
    }
  }
  s.quarter_code = s.latitude && s.longitude ? quarter_of({*s.latitude, *s.longitude}) : "";
}

void write_place(soci::session& sql, const Session& s) {
  // Bound values must outlive the one-time statement, which runs when the full expression ends.
  double lat = s.latitude.value_or(0), lng = s.longitude.value_or(0);
  std::int64_t location_id = s.location_id, id = s.id;
  std::string quarter = s.quarter_code;
  soci::indicator lat_ind = s.latitude && s.longitude ? soci::i_ok : soci::i_null, lng_ind = lat_ind;
  soci::indicator location = location_id ? soci::i_ok : soci::i_null;
  sql << "UPDATE offer_sessions SET latitude = :a, longitude = :g, location_id = :l, quarter_code = :q WHERE id = :i",
      soci::use(lat, lat_ind), soci::use(lng, lng_ind), soci::use(location_id, location), soci::use(quarter), soci::use(id);
}

}  // namespace

void place_session(soci::session& sql, Session& s) {
  locate(sql, s, [&](territory::Point p) {
    auto q = territory::quarter_at(sql, p);
    return q ? q->code : std::string();
  });
  write_place(sql, s);
}

std::optional<territory::Point> typed_point(const std::string& latitude, const std::string& longitude, const char*& problem) {
  problem = nullptr;
  if (clean_text(latitude).empty() && clean_text(longitude).empty()) return std::nullopt;
  auto lat = parse_decimal(latitude), lng = parse_decimal(longitude);
  if (!lat || !lng || *lat < kMinLat || *lat > kMaxLat || *lng < kMinLng || *lng > kMaxLng) {
    problem = N_("Give the latitude and the longitude of a point in the Brussels-Capital Region, such as 50.8280 and 4.3620, or leave both empty.");
    return std::nullopt;
  }
  return territory::Point{*lat, *lng};
}

int reindex_session_places(soci::session& sql, const territory::QuarterIndex& index) {
  std::vector<Session> sessions;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT id, offer_id, place, postal_code, COALESCE(host_organisation_id, 0), format, "
                                                "latitude, longitude, COALESCE(location_id, 0), quarter_code FROM offer_sessions "
                                                "ORDER BY id";
    for (auto& r : rs) {
      Session s;
      s.id = as_int(r, 0);
      s.offer_id = as_int(r, 1);
      s.place = as_text(r, 2);
      s.postal_code = as_text(r, 3);
      s.host_organisation_id = as_int(r, 4);
      s.format = as_text(r, 5);
      if (r.get_indicator(6) != soci::i_null && r.get_indicator(7) != soci::i_null) {
        s.latitude = as_double(r, 6);
        s.longitude = as_double(r, 7);
      }
      s.location_id = as_int(r, 8);
      s.quarter_code = as_text(r, 9);
      sessions.push_back(std::move(s));
    }
  }
  int changed = 0;
  for (auto& s : sessions) {
    Session before = s;
    locate(sql, s, [&](territory::Point p) {
      const auto* q = index.at(p);
      return q ? q->code : std::string();
    });
    if (s.latitude == before.latitude && s.longitude == before.longitude && s.location_id == before.location_id &&
        s.quarter_code == before.quarter_code)
      continue;
    write_place(sql, s);
    ++changed;
  }
  if (changed) catalogue_changed();
  return changed;
}

}  // namespace maillage::offers
