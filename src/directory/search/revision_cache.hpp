// What a search keeps in memory per revision of the index, and the Xapian pieces built on it: bitmaps of
// documents per facet value (counts over all matches by AND + popcount), coordinates and opening hours
// (open now, radius, proximity), and the posting sources, key maker and match spy that use them.
#pragma once
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "directory/search/schema.hpp"

namespace maillage::directory::search::detail {

using Bits = std::vector<std::uint64_t>;  // one bit per document id

inline void set_bit(Bits& b, Xapian::docid did) {
  if (did / 64 < b.size()) b[did / 64] |= std::uint64_t{1} << (did % 64);
}

// Bits set in both a and b, over n words.
unsigned popcount_and(const std::uint64_t* a, const std::uint64_t* b, std::size_t n);

// Values shared by key between the searches of one revision, bounded in bytes: when full it starts again.
template <class V>
class SharedByKey {
 public:
  explicit SharedByKey(std::size_t max_bytes) : max_bytes_(max_bytes) {}
  std::shared_ptr<const V> find(const std::string& key) const {
    std::lock_guard lock(mutex_);
    auto it = values_.find(key);
    return it == values_.end() ? nullptr : it->second;
  }
  // `bytes`: what the value and its key weigh.
  void keep(const std::string& key, std::shared_ptr<const V> value, std::size_t bytes) const {
    std::lock_guard lock(mutex_);
    if (bytes_ + bytes > max_bytes_) {
      values_.clear();
      bytes_ = 0;
    }
    if (values_.emplace(key, std::move(value)).second) bytes_ += bytes;
  }

 private:
  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const V>> values_;
  mutable std::size_t bytes_ = 0;
};

// For one revision of the index: a bitmap of documents per facet value (about 12 KB per value for
// 100,000 services), of all documents and of defunct ones. Counting a facet value is then AND + popcount
// over the matches' bitmap: reading a value per match, or even an array of codes per match, cost more
// than the match itself.
struct RevisionCache {
  Xapian::rev revision = 0;
  std::size_t words = 0;  // 64-bit words per bitmap
  std::vector<Bits> by_code;  // by_code[code]: documents having that value (empty: none)
  Bits present, defunct, inactive;

  // Coordinates and opening hours by document id, read on the first search that needs them.
  struct Places {
    std::vector<double> lat, lng;  // NaN: no coordinates
    Bits located;                  // documents with coordinates
    std::vector<std::uint32_t> hours_from;  // intervals of document d: [hours_from[d], hours_from[d + 1])
    std::vector<std::uint16_t> hours;       // start, end, start, end...
  };
  mutable std::once_flag places_once;
  mutable Places places_data;
  const Places& places(const Xapian::Database& db) const {
    std::call_once(places_once, [&] {
      auto& p = places_data;
      p.located.assign(words, 0);
      p.lat.assign(words * 64, std::nan(""));
      p.lng.assign(words * 64, std::nan(""));
      for (auto it = db.valuestream_begin(kSlotCoords); it != db.valuestream_end(kSlotCoords); ++it) {
        if (it.get_docid() >= p.lat.size()) break;
        Xapian::LatLongCoords coords;
        coords.unserialise(*it);
        if (coords.empty()) continue;
        p.lat[it.get_docid()] = (*coords.begin()).latitude;
        p.lng[it.get_docid()] = (*coords.begin()).longitude;
        set_bit(p.located, it.get_docid());
      }
      p.hours_from.assign(words * 64 + 1, 0);
      Xapian::docid next = 0;
      for (auto it = db.valuestream_begin(kSlotOpening); it != db.valuestream_end(kSlotOpening); ++it) {
        Xapian::docid did = it.get_docid();
        if (did >= words * 64) break;
        for (; next <= did; ++next) p.hours_from[next] = static_cast<std::uint32_t>(p.hours.size());
        const std::string v = *it;
        for (std::size_t i = 0; i + 1 < v.size(); i += 2) p.hours.push_back(static_cast<std::uint16_t>(get_u16(v, i)));
      }
      for (; next < p.hours_from.size(); ++next) p.hours_from[next] = static_cast<std::uint32_t>(p.hours.size());
    });
    return places_data;
  }

  // Every document in the order of a search with neither words nor point: status, then folded name, then
  // document id, as Xapian sorts by those two values. Read on the first such search of the revision: Xapian
  // made a key of both values for every match of every such search.
  mutable std::once_flag name_order_once;
  mutable std::vector<Xapian::docid> name_order_data;
  const std::vector<Xapian::docid>& name_order(const Xapian::Database& db) const {
    std::call_once(name_order_once, [&] {
      std::vector<std::pair<std::string, std::string>> keys(words * 64);
      for (auto it = db.valuestream_begin(kSlotStatus); it != db.valuestream_end(kSlotStatus); ++it)
        if (it.get_docid() < keys.size()) keys[it.get_docid()].first = *it;
      for (auto it = db.valuestream_begin(kSlotSortName); it != db.valuestream_end(kSlotSortName); ++it)
        if (it.get_docid() < keys.size()) keys[it.get_docid()].second = *it;
      auto& order = name_order_data;
      for (std::size_t w = 0; w < present.size(); ++w)
        for (std::uint64_t rest = present[w]; rest; rest &= rest - 1)
          order.push_back(static_cast<Xapian::docid>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(rest))));
      std::stable_sort(order.begin(), order.end(), [&](Xapian::docid a, Xapian::docid b) { return keys[a] < keys[b]; });
    });
    return name_order_data;
  }

  explicit RevisionCache(const Xapian::Database& db) : revision(db.get_revision()) {
    words = db.get_lastdocid() / 64 + 1;
    present.assign(words, 0);
    defunct.assign(words, 0);
    inactive.assign(words, 0);
    for (auto p = db.postlist_begin("XSinactive"); p != db.postlist_end("XSinactive"); ++p) set_bit(inactive, *p);
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) set_bit(present, *p);
    for (auto p = db.postlist_begin("XSdefunct"); p != db.postlist_end("XSdefunct"); ++p) set_bit(defunct, *p);
    codes_from.assign(words * 64 + 1, 0);
    Xapian::docid next = 0;
    for (auto it = db.valuestream_begin(kSlotFacets); it != db.valuestream_end(kSlotFacets); ++it) {
      Xapian::docid did = it.get_docid();
      if (did / 64 >= words) break;
      for (; next <= did; ++next) codes_from[next] = static_cast<std::uint32_t>(codes.size());
      const std::string v = *it;
      for (std::size_t i = 0; i + 1 < v.size(); i += 2) {
        unsigned code = get_u16(v, i);
        if (code >= by_code.size()) by_code.resize(code + 1);
        if (by_code[code].empty()) by_code[code].assign(words, 0);
        set_bit(by_code[code], did);
        codes.push_back(static_cast<std::uint16_t>(code));
      }
    }
    for (; next < codes_from.size(); ++next) codes_from[next] = static_cast<std::uint32_t>(codes.size());
  }
  // The same facet values by document: the codes of document d are codes[codes_from[d], codes_from[d + 1]).
  std::vector<std::uint32_t> codes_from;
  std::vector<std::uint16_t> codes;

  // Each term's documents, shared by every search of this revision: people search with a small vocabulary,
  // so a word's posting list is read once per revision instead of once per search (it was a quarter of the
  // search time on 100,000 services). Bounded in bytes; when full it starts again.
  // (A few revisions live at once while readers move on: count up to three times this.)
  static constexpr std::size_t kMaxTermBytes = std::size_t{16} << 20;
  static constexpr Xapian::doccount kMinSharedTermFreq = 256;
  std::shared_ptr<const Bits> term(const std::string& name) const { return terms_.find(name); }
  void keep_term(const std::string& name, std::shared_ptr<const Bits> bits) const {
    std::size_t bytes = bits->size() * sizeof(std::uint64_t) + name.size();
    terms_.keep(name, std::move(bits), bytes);
  }

  // A document's data (the service's id), read from the index once per revision: reading it for every hit
  // of every page was a twentieth of a search.
  std::string document_id(const Xapian::Database& db, Xapian::docid did) const {
    {
      std::lock_guard lock(ids_mutex_);
      if (auto it = ids_.find(did); it != ids_.end()) return it->second;
    }
    std::string id = db.get_document(did).get_data();
    std::lock_guard lock(ids_mutex_);
    ids_.emplace(did, id);
    return id;
  }

  // The best relevance of a query's words with its filters (the scale of a ranking near a point), by the
  // query's serialisation: it depends neither on the point nor on the page, and a search near a point
  // spent a sixth of its time finding it again for each page and each point. Bounded; when full it starts
  // again.
  static constexpr std::size_t kMaxBestRelevances = 4096;
  template <class Compute>
  double best_relevance(const std::string& key, Compute&& compute) const {
    {
      std::lock_guard lock(best_mutex_);
      if (auto it = best_.find(key); it != best_.end()) return it->second;
    }
    double best = compute();
    std::lock_guard lock(best_mutex_);
    if (best_.size() >= kMaxBestRelevances) best_.clear();
    best_.emplace(key, best);
    return best;
  }

  // The text relevance of every document of a set (a side of a ranking near a point), by the words'
  // serialisation and the set's bitmap: a document's relevance depends on neither the point nor the page, and
  // weighing every match again for each page and each point was most of a search near a point. Bounded in
  // bytes; when full it starts again.
  struct Relevance {
    Xapian::docid did;
    double weight;
  };
  using Relevances = std::vector<Relevance>;
  static constexpr std::size_t kMaxRelevanceBytes = std::size_t{16} << 20;
  std::shared_ptr<const Relevances> relevances(const std::string& key) const { return relevances_.find(key); }
  void keep_relevances(const std::string& key, std::shared_ptr<const Relevances> r) const {
    std::size_t bytes = key.size() + r->size() * sizeof(Relevance);
    relevances_.keep(key, std::move(r), bytes);
  }

  unsigned count(const Bits& matched, unsigned code) const {
    if (code >= by_code.size() || by_code[code].empty()) return 0;
    return popcount_and(matched.data(), by_code[code].data(), std::min(matched.size(), words));
  }
  // Every facet value's count over `matched` (`total` documents): through each match's own codes when the
  // matches are few (a few hundred, as most searches have: AND + popcount of every value's bitmap was a
  // twentieth of a search), else by AND + popcount per value.
  std::vector<unsigned> counts(const Bits& matched, std::size_t total) const {
    std::vector<unsigned> out(by_code.size(), 0);
    const std::size_t per_match = codes.size() / std::max<std::size_t>(1, words * 64) + 4;
    if (total * per_match < by_code.size() * words) {
      for (std::size_t w = 0; w < matched.size() && w < words; ++w)
        for (std::uint64_t rest = matched[w]; rest; rest &= rest - 1) {
          const std::size_t d = w * 64 + static_cast<std::size_t>(__builtin_ctzll(rest));
          for (auto i = codes_from[d]; i < codes_from[d + 1]; ++i) ++out[codes[i]];
        }
    } else {
      for (unsigned code = 0; code < by_code.size(); ++code) out[code] = count(matched, code);
    }
    return out;
  }

 private:
  SharedByKey<Bits> terms_{kMaxTermBytes};
  SharedByKey<Relevances> relevances_{kMaxRelevanceBytes};
  mutable std::mutex ids_mutex_;
  mutable std::unordered_map<Xapian::docid, std::string> ids_;
  mutable std::mutex best_mutex_;
  mutable std::unordered_map<std::string, double> best_;
};

// Tests switch the name order from memory off to compare its pages with Xapian's sort.
extern std::atomic<bool> name_order_from_memory;

// The documents a query without positions or posting sources matches, straight from the posting lists:
// how the engine counts all matches without running Xapian's matcher over all of them. False for a
// query it does not know (a phrase): the caller then counts with a MatchSpy.
// `terms` keeps each term's documents for the search's second pass (relaxed), which reads the same lists.
using TermBits = std::unordered_map<std::string, Bits>;
bool matches_of(const Xapian::Database& db, const Xapian::Query& q, const RevisionCache& cache, Bits& out,
                TermBits& terms);

// Keeps the documents of `bits` for which keep(did) holds.
template <class Keep>
void keep_only(Bits& bits, Keep&& keep) {
  for (std::size_t w = 0; w < bits.size(); ++w)
    for (std::uint64_t rest = bits[w]; rest; rest &= rest - 1) {
      Xapian::docid did = static_cast<Xapian::docid>(w * 64 + __builtin_ctzll(rest));
      if (!keep(did)) bits[w] &= ~(std::uint64_t{1} << (did % 64));
    }
}

// The documents of a bitmap as a Xapian posting list, to restrict the ranking to what "open now" and a
// radius let through, both decided on the bitmaps.
class BitmapSource : public Xapian::PostingSource {
 public:
  BitmapSource(std::shared_ptr<const Bits> bits, Xapian::doccount count) : bits_(std::move(bits)), count_(count) {}
  Xapian::doccount get_termfreq_min() const override { return count_; }
  Xapian::doccount get_termfreq_est() const override { return count_; }
  Xapian::doccount get_termfreq_max() const override { return count_; }
  void init(const Xapian::Database&) override {
    did_ = 0;
    end_ = false;
  }
  void next(double) override { seek(did_ + 1); }
  void skip_to(Xapian::docid did, double) override {
    if (did > did_) seek(did);
  }
  bool at_end() const override { return end_; }
  Xapian::docid get_docid() const override { return did_; }
  Xapian::PostingSource* clone() const override { return new BitmapSource(bits_, count_); }
  std::string name() const override { return "maillage.BitmapSource"; }

 private:
  void seek(Xapian::docid from) {
    const Bits& b = *bits_;
    std::size_t w = from / 64;
    if (w >= b.size()) {
      end_ = true;
      return;
    }
    std::uint64_t word = b[w] & (~std::uint64_t{0} << (from % 64));
    while (!word) {
      if (++w >= b.size()) {
        end_ = true;
        return;
      }
      word = b[w];
    }
    did_ = static_cast<Xapian::docid>(w * 64 + __builtin_ctzll(word));
  }
  std::shared_ptr<const Bits> bits_;
  Xapian::doccount count_;
  Xapian::docid did_ = 0;
  bool end_ = false;
};

// Proximity from the coordinates held in memory (Xapian's LatLongDistancePostingSource reads a value per
// candidate): weight 1 at the point, 1/2 at kProximityHalfKm, 1/3 at twice that...; services without
// coordinates, or beyond `within_m` when set, are not in the list.
class ProximitySource : public Xapian::PostingSource {
 public:
  ProximitySource(std::shared_ptr<const RevisionCache> cache, const RevisionCache::Places& places,
                  const Xapian::LatLongCoord& centre, double within_m)
      : cache_(std::move(cache)), places_(places), centre_(centre), within_m_(within_m) {}
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return cache_->words * 16; }
  Xapian::doccount get_termfreq_max() const override { return static_cast<Xapian::doccount>(cache_->words * 64); }
  void init(const Xapian::Database&) override {
    did_ = 0;
    end_ = false;
    set_maxweight(1.0);
  }
  void next(double) override { seek(did_ + 1); }
  void skip_to(Xapian::docid did, double) override {
    if (did > did_) seek(did);
  }
  bool at_end() const override { return end_; }
  Xapian::docid get_docid() const override { return did_; }
  double get_weight() const override { return kProximityHalfKm * 1000 / (kProximityHalfKm * 1000 + distance_); }
  Xapian::PostingSource* clone() const override { return new ProximitySource(cache_, places_, centre_, within_m_); }
  std::string name() const override { return "maillage.ProximitySource"; }

 private:
  void seek(Xapian::docid from) {
    const Bits& b = places_.located;
    for (std::size_t w = from / 64; w < b.size(); ++w) {
      std::uint64_t word = b[w];
      if (w == from / 64) word &= ~std::uint64_t{0} << (from % 64);
      for (; word; word &= word - 1) {
        Xapian::docid d = static_cast<Xapian::docid>(w * 64 + __builtin_ctzll(word));
        double m = metric_(centre_, Xapian::LatLongCoord(places_.lat[d], places_.lng[d]));
        if (within_m_ > 0 && m > within_m_) continue;
        did_ = d;
        distance_ = m;
        return;
      }
    }
    end_ = true;
  }
  std::shared_ptr<const RevisionCache> cache_;
  const RevisionCache::Places& places_;
  Xapian::LatLongCoord centre_;
  double within_m_;
  Xapian::GreatCircleMetric metric_;
  Xapian::docid did_ = 0;
  double distance_ = 0;
  bool end_ = false;
};

// Active before inactive (and defunct), then nearest first; services without coordinates come last.
class StatusThenDistance : public Xapian::KeyMaker {
 public:
  StatusThenDistance(std::shared_ptr<const RevisionCache> cache, const RevisionCache::Places& places,
                     const Xapian::LatLongCoord& centre)
      : cache_(std::move(cache)), places_(places), centre_(centre) {}
  std::string operator()(const Xapian::Document& doc) const override {
    Xapian::docid d = doc.get_docid();
    auto has = [&](const Bits& b) { return d / 64 < b.size() && (b[d / 64] >> (d % 64)) & 1; };
    std::string key(1, has(cache_->defunct) ? '2' : has(cache_->inactive) ? '1' : '0');
    double m = 1e10;
    if (d < places_.lat.size() && !std::isnan(places_.lat[d]))
      m = metric_(centre_, Xapian::LatLongCoord(places_.lat[d], places_.lng[d]));
    return key + Xapian::sortable_serialise(m);
  }

 private:
  std::shared_ptr<const RevisionCache> cache_;
  const RevisionCache::Places& places_;
  Xapian::LatLongCoord centre_;
  Xapian::GreatCircleMetric metric_;
};

// Marks every match (all of them, not only the page) for the facet counts, when matches_of() cannot.
class MatchMarker : public Xapian::MatchSpy {
 public:
  explicit MatchMarker(std::size_t words) : bits(words, 0) {}
  void operator()(const Xapian::Document& doc, double) override { set_bit(bits, doc.get_docid()); }
  Bits bits;
};

class OpenAt : public Xapian::MatchDecider {
 public:
  explicit OpenAt(int minute) : minute_(minute) {}
  bool operator()(const Xapian::Document& doc) const override {
    const std::string v = doc.get_value(kSlotOpening);
    for (std::size_t i = 0; i + 3 < v.size(); i += 4)
      if (static_cast<int>(get_u16(v, i)) <= minute_ && minute_ < static_cast<int>(get_u16(v, i + 2))) return true;
    return false;
  }

 private:
  int minute_;
};

}  // namespace maillage::directory::search::detail
