// Ranking by relevance and distance without weighing every match. A search near a point orders services by
// relevance / best relevance + proximity; Xapian can only do that by computing both for every match (a few
// milliseconds for a common word on 100,000 services). The best ones are almost always among the K most
// relevant or the K nearest: those few are ranked exactly, and a threshold test (Fagin's) proves that no
// other service could have done better; when it cannot prove it, the caller ranks with Xapian as before.
#pragma once
#include <xapian.h>

#include <atomic>
#include <vector>

#include "directory/search/revision_cache.hpp"
#include "directory/search/search_index.hpp"

namespace maillage::directory::search::detail {

struct NearRanking {
  const Xapian::Database& db;
  const Xapian::Query& text_query;      // the words, without filters (the bitmap holds them)
  const Xapian::Weight& weighting;
  double best_relevance = 0;            // the relevance that scales to 1
  const RevisionCache::Places& places;
  Xapian::LatLongCoord centre;
  const RevisionCache& cache;           // the documents' ids
};

// Tests switch the short cut off to compare its pages with Xapian's full ranking.
extern std::atomic<bool> near_shortcut_enabled;
// Sides of at most this many matches are ranked from the relevances the revision remembers (weighed once),
// near a point and without one; larger ones near a point by the proof above, and without a point by Xapian.
// Tests set it to 0 to compare with Xapian's ranking.
extern std::atomic<Xapian::doccount> remembered_up_to;
// How many pages without a point were ranked from remembered relevances.
extern std::atomic<unsigned long> remembered_pages;
// The flat-earth distance the bounds start from (metres, equirectangular at the centre's latitude).
double flat_earth_metres(const Xapian::LatLongCoord& centre, double lat, double lng);
// How many pages the short cut ranked (the rest fell back to Xapian): tests check it is really used.
extern std::atomic<unsigned long> near_shortcut_pages;

// Appends to `hits` the documents [from, from + count) of `side` in the order relevance + proximity. False
// (and nothing appended) when the short cut cannot prove its order is the exact one.
bool rank_near(const NearRanking& r, const Bits& side, int from, int count, std::vector<SearchHit>& hits);

// Without a point: appends the documents [from, from + count) of `side` by relevance to `words` (Xapian's
// order), from the relevances the revision remembers. False (nothing appended) when the side is too large.
bool rank_by_relevance(const Xapian::Database& db, const Xapian::Query& words, const Xapian::Weight& weighting,
                       const RevisionCache& cache, const Bits& side, int from, int count, std::vector<SearchHit>& hits);

}  // namespace maillage::directory::search::detail
