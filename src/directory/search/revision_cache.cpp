// Bitmaps for a search: counting every match of a query straight from the posting lists.
#include "directory/search/revision_cache.hpp"

namespace maillage::directory::search::detail {

std::atomic<bool> name_order_from_memory{true};

// Without the POPCNT instruction (not in the x86-64 baseline) a popcount is a libgcc call; GCC's
// target_clones picks the instruction at load time where the processor has it.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("popcnt", "default")))
#endif
unsigned popcount_and(const std::uint64_t* a, const std::uint64_t* b, std::size_t n) {
  unsigned total = 0;
  for (std::size_t i = 0; i < n; ++i) total += __builtin_popcountll(a[i] & b[i]);
  return total;
}

bool matches_of(const Xapian::Database& db, const Xapian::Query& q, const RevisionCache& cache, Bits& out,
                TermBits& terms) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      std::string term = *q.get_terms_begin();
      auto known = terms.find(term);
      if (known != terms.end() && known->second.size() == cache.words) {
        out = known->second;
        return true;
      }
      if (auto shared = cache.term(term); shared && shared->size() == cache.words) {
        out = *shared;
        return true;
      }
      out.assign(cache.words, 0);
      for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) set_bit(out, *p);
      terms[term] = out;
      // Only common words are worth keeping: a rare one is read in no time, and unknown or misspelt words
      // would push the common ones out.
      if (db.get_termfreq(term) >= RevisionCache::kMinSharedTermFreq) cache.keep_term(term, std::make_shared<const Bits>(out));
      return true;
    }
    case Xapian::Query::LEAF_MATCH_ALL:
      out = cache.present;
      return true;
    case Xapian::Query::LEAF_MATCH_NOTHING:
      out.assign(cache.words, 0);
      return true;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM: {
      bool all = q.get_type() == Xapian::Query::OP_AND;
      Bits sub;
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!matches_of(db, q.get_subquery(i), cache, i == 0 ? out : sub, terms)) return false;
        if (i == 0) continue;
        for (std::size_t w = 0; w < out.size(); ++w) out[w] = all ? (out[w] & sub[w]) : (out[w] | sub[w]);
      }
      if (q.get_num_subqueries() == 0) out.assign(cache.words, 0);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace maillage::directory::search::detail
