#include "directory/search/near_ranking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include "directory/search/schema.hpp"

namespace maillage::directory::search::detail {

namespace {

// The flat-earth order of distances is the great-circle order to well under 1% around a point in Belgium;
// the bound on what lies outside the nearest candidates keeps a 5% margin.
constexpr double kFlatMargin = 0.95;
// Up to this many matches, every one is scored (cheaper than the proof); above kMaxRelevantEnough
// candidates the short cut gives up.
constexpr Xapian::doccount kScoreEveryoneBelow = 1500;
constexpr Xapian::doccount kMaxRelevantEnough = 5000;
bool in_belgiums_box(double lat, double lng) { return lat > 49 && lat < 52 && lng > 2 && lng < 7; }
bool flat_earth_is_close_enough(const Xapian::LatLongCoord& c) { return in_belgiums_box(c.latitude, c.longitude); }

Xapian::Query restricted(const Xapian::Query& words, std::shared_ptr<Bits> bits, Xapian::doccount& count) {
  count = popcount_and(bits->data(), bits->data(), bits->size());
  auto* source = new BitmapSource(std::move(bits), count);
  return Xapian::Query(Xapian::Query::OP_FILTER, words, Xapian::Query(source->release()));
}

// Bounds of the great-circle distance from the flat-earth one (equirectangular, at the centre's latitude)
// between points of Belgium's box: within 2% of it (SearchIndex.FlatEarthBoundsHoldAcrossBelgium measures
// 0.98 to 1.02 over random pairs), so 10% either way is safe; points outside the box get the exact distance.
constexpr double kFlatLow = 0.9, kFlatHigh = 1.1;
constexpr double kEarthRadiusM = 6372797.6;  // Xapian's GreatCircleMetric default

}  // namespace

std::atomic<bool> near_shortcut_enabled{true};
std::atomic<unsigned long> near_shortcut_pages{0};
std::atomic<Xapian::doccount> remembered_up_to{5000};
std::atomic<unsigned long> remembered_pages{0};

namespace {
// The flat-earth distance from one centre: the cosine of its latitude computed once, not per document.
struct FlatEarth {
  explicit FlatEarth(const Xapian::LatLongCoord& c) : centre(c), cos_lat(std::cos(c.latitude * M_PI / 180)) {}
  double metres(double lat, double lng) const {
    const double to_rad = M_PI / 180;
    const double dlat = (lat - centre.latitude) * to_rad;
    const double dlng = (lng - centre.longitude) * to_rad * cos_lat;
    return kEarthRadiusM * std::sqrt(dlat * dlat + dlng * dlng);
  }
  Xapian::LatLongCoord centre;
  double cos_lat;
};
}  // namespace

double flat_earth_metres(const Xapian::LatLongCoord& centre, double lat, double lng) {
  return FlatEarth(centre).metres(lat, lng);
}

namespace {

// The relevance of every document of `side` for `words`, weighed by Xapian once per revision and remembered.
std::shared_ptr<const RevisionCache::Relevances> relevances_of(const Xapian::Database& db, const Xapian::Query& words,
                                                               const Xapian::Weight& weighting,
                                                               const RevisionCache& cache, const Bits& side) {
  std::string key = words.serialise();
  key.push_back('\0');
  key.append(reinterpret_cast<const char*>(side.data()), side.size() * sizeof(std::uint64_t));
  if (auto known = cache.relevances(key)) return known;
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(weighting);
  Xapian::doccount n = 0;
  enquire.set_query(restricted(words, std::make_shared<Bits>(side), n));
  auto weighed = std::make_shared<RevisionCache::Relevances>();
  if (n) {
    const Xapian::MSet mset = enquire.get_mset(0, n);
    weighed->reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) weighed->push_back({*it, it.get_weight()});
  }
  cache.keep_relevances(key, weighed);
  return weighed;
}

// A side of at most remembered_up_to matches: its documents' relevances come from the revision's memory
// (weighed once by Xapian), and only those whose flat-earth bound can reach the page's end get a great-circle
// distance. Exact: a document left out scores below `need` others.
void rank_from_memory(const NearRanking& r, const Bits& side, std::size_t from, std::size_t need,
                      std::vector<SearchHit>& hits) {
  auto relevances = relevances_of(r.db, r.text_query, r.weighting, r.cache, side);
  const double half_m = kProximityHalfKm * 1000;
  const double scale = r.best_relevance > 0 ? 1.0 / r.best_relevance : 1.0;
  auto proximity = [&](double metres) { return half_m / (half_m + metres); };
  const Xapian::GreatCircleMetric metric;
  struct Candidate {
    double low, high;  // bounds of the score; equal once exact
    Xapian::docid did;
    double weight;
    double metres;  // NaN: no coordinates
    bool exact;     // else the great-circle distance is still to compute
  };
  std::vector<Candidate> all;
  all.reserve(relevances->size());
  const FlatEarth flat(r.centre);
  const auto& p = r.places;
  for (const auto& [did, weight] : *relevances) {
    const double base = weight * scale;
    const double lat = did < p.lat.size() ? p.lat[did] : std::nan("");
    if (std::isnan(lat)) {
      all.push_back({base, base, did, weight, std::nan(""), true});
    } else if (!in_belgiums_box(lat, p.lng[did])) {
      double metres = metric(r.centre, Xapian::LatLongCoord(lat, p.lng[did]));
      all.push_back({base + proximity(metres), base + proximity(metres), did, weight, metres, true});
    } else {
      const double metres = flat.metres(lat, p.lng[did]);
      all.push_back({base + proximity(kFlatHigh * metres), base + proximity(kFlatLow * metres), did, weight, std::nan(""), false});
    }
  }
  if (all.size() > need) {
    // The need-th best lower bound: whatever cannot reach it is below `need` documents.
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(need - 1), all.end(),
                     [](const Candidate& a, const Candidate& b) { return a.low > b.low; });
    const double threshold = all[need - 1].low;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Candidate& c) { return c.high < threshold; }), all.end());
  }
  for (auto& c : all)
    if (!c.exact) {
      c.metres = metric(r.centre, Xapian::LatLongCoord(p.lat[c.did], p.lng[c.did]));
      c.low = c.high = c.weight * scale + proximity(c.metres);
    }
  const std::size_t n = std::min(need, all.size());
  // Xapian's order: score, then document id.
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), [](const Candidate& a, const Candidate& b) {
    return a.low != b.low ? a.low > b.low : a.did < b.did;
  });
  for (std::size_t i = from; i < n; ++i) {
    SearchHit hit;
    hit.id = r.cache.document_id(r.db, all[i].did);
    hit.score = all[i].low;
    if (!std::isnan(all[i].metres)) hit.distance_km = all[i].metres / 1000.0;
    hits.push_back(std::move(hit));
  }
}

}  // namespace

bool rank_near(const NearRanking& r, const Bits& side, int from, int count, std::vector<SearchHit>& hits) {
  if (!near_shortcut_enabled || !flat_earth_is_close_enough(r.centre)) return false;
  if (count <= 0) return true;
  const std::size_t need = static_cast<std::size_t>(from) + static_cast<std::size_t>(count);
  const double half_m = kProximityHalfKm * 1000;
  const double scale = r.best_relevance > 0 ? 1.0 / r.best_relevance : 1.0;
  const Xapian::GreatCircleMetric metric;
  auto proximity = [&](double metres) { return half_m / (half_m + metres); };

  Xapian::Enquire enquire(r.db);
  enquire.set_weighting_scheme(r.weighting);
  struct Scored {
    double score;
    Xapian::docid did;
    double metres;  // NaN: no coordinates
  };
  std::vector<Scored> scored;
  // Scores exactly the documents of `bits` (Xapian walks the bitmap, not the whole posting lists).
  auto score = [&](std::shared_ptr<Bits> bits) {
    Xapian::doccount n = 0;
    enquire.set_query(restricted(r.text_query, std::move(bits), n));
    if (!n) return;
    const Xapian::MSet mset = enquire.get_mset(0, n);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::docid d = *it;
      double metres = std::isnan(r.places.lat[d])
                          ? std::numeric_limits<double>::quiet_NaN()
                          : metric(r.centre, Xapian::LatLongCoord(r.places.lat[d], r.places.lng[d]));
      scored.push_back({it.get_weight() * scale + (std::isnan(metres) ? 0.0 : proximity(metres)), d, metres});
    }
  };
  // Xapian's order: score, then document id (a total order, so a partial sort gives the full sort's first
  // places). Only the page's end is needed: the first `n` in order, the rest left unsorted.
  auto order_first = [&](std::size_t n) {
    n = std::min(n, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                      [](const Scored& a, const Scored& b) { return a.score != b.score ? a.score > b.score : a.did < b.did; });
  };

  const auto side_count = popcount_and(side.data(), side.data(), side.size());
  if (side_count <= remembered_up_to) {
    rank_from_memory(r, side, static_cast<std::size_t>(from), need, hits);
    ++near_shortcut_pages;
    return true;
  }
  if (side_count <= kScoreEveryoneBelow) {
    score(std::make_shared<Bits>(side));
  } else {
    // 1. The k nearest located documents, by flat-earth distance (no trigonometry per document), and the
    //    best proximity a document left out can have.
    const std::size_t k = std::max<std::size_t>(200, 2 * need);
    const double to_rad = M_PI / 180;
    const double cos_lat = std::cos(r.centre.latitude * to_rad);
    std::vector<std::pair<double, Xapian::docid>> by_distance;
    const auto& located = r.places.located;
    for (std::size_t w = 0; w < side.size() && w < located.size(); ++w)
      for (std::uint64_t rest = side[w] & located[w]; rest; rest &= rest - 1) {
        Xapian::docid d = static_cast<Xapian::docid>(w * 64 + __builtin_ctzll(rest));
        double dlat = r.places.lat[d] - r.centre.latitude, dlng = (r.places.lng[d] - r.centre.longitude) * cos_lat;
        by_distance.emplace_back(dlat * dlat + dlng * dlng, d);
      }
    double outside_proximity = 0;  // unlocated documents have none
    if (by_distance.size() > k) {
      std::nth_element(by_distance.begin(), by_distance.begin() + static_cast<std::ptrdiff_t>(k), by_distance.end());
      Xapian::docid first_left_out = by_distance[k].second;
      double metres = metric(r.centre, Xapian::LatLongCoord(r.places.lat[first_left_out], r.places.lng[first_left_out]));
      outside_proximity = proximity(kFlatMargin * metres);
      by_distance.resize(k);
    }
    auto nearest = std::make_shared<Bits>(side.size(), 0);
    for (auto& [flat, d] : by_distance) set_bit(*nearest, d);
    score(nearest);
    if (scored.size() < need) return false;
    order_first(need);
    // 2. A document left out scores at most its relevance + outside_proximity: to beat the page's last
    //    nearest candidate it must be relevant enough, and Xapian finds those with a weight cut-off that lets
    //    it skip the rest. Too many of them: no short cut.
    const double cutoff = (scored[need - 1].score - outside_proximity) * r.best_relevance * (1 - 1e-9);
    if (cutoff > 0) {
      Xapian::Enquire above(r.db);
      above.set_weighting_scheme(r.weighting);
      above.set_cutoff(0, cutoff);
      Xapian::doccount n = 0;
      above.set_query(restricted(r.text_query, std::make_shared<Bits>(side), n));
      const Xapian::MSet enough = above.get_mset(0, kMaxRelevantEnough);
      if (enough.size() >= kMaxRelevantEnough) return false;
      auto more = std::make_shared<Bits>(side.size(), 0);
      for (auto it = enough.begin(); it != enough.end(); ++it)
        if (!((*nearest)[*it / 64] >> (*it % 64) & 1)) set_bit(*more, *it);
      score(more);
    } else if (side_count > kMaxRelevantEnough) {
      return false;  // every document could still make the page
    } else {
      auto rest = std::make_shared<Bits>(side);
      for (std::size_t w = 0; w < rest->size(); ++w) (*rest)[w] &= ~(*nearest)[w];
      score(rest);
    }
  }
  order_first(need);
  for (std::size_t i = static_cast<std::size_t>(from); i < need && i < scored.size(); ++i) {
    SearchHit hit;
    hit.id = r.cache.document_id(r.db, scored[i].did);
    hit.score = scored[i].score;
    if (!std::isnan(scored[i].metres)) hit.distance_km = scored[i].metres / 1000.0;
    hits.push_back(std::move(hit));
  }
  ++near_shortcut_pages;
  return true;
}

bool rank_by_relevance(const Xapian::Database& db, const Xapian::Query& words, const Xapian::Weight& weighting,
                       const RevisionCache& cache, const Bits& side, int from, int count, std::vector<SearchHit>& hits) {
  if (count <= 0) return true;
  if (popcount_and(side.data(), side.data(), side.size()) > remembered_up_to) return false;
  auto relevances = relevances_of(db, words, weighting, cache, side);
  const std::size_t need = std::min(static_cast<std::size_t>(from) + static_cast<std::size_t>(count), relevances->size());
  // Xapian's order: weight, then document id; only the page's end is sorted.
  std::vector<RevisionCache::Relevance> order(relevances->begin(), relevances->end());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(need), order.end(),
                    [](const auto& a, const auto& b) { return a.weight != b.weight ? a.weight > b.weight : a.did < b.did; });
  for (std::size_t i = static_cast<std::size_t>(from); i < need; ++i) {
    SearchHit hit;
    hit.id = cache.document_id(db, order[i].did);
    hit.score = order[i].weight;
    hits.push_back(std::move(hit));
  }
  ++remembered_pages;
  return true;
}

}  // namespace maillage::directory::search::detail
