// The Dutch compound splitter: dictionary look-ups in the embedded word list, one split at a time.
#include "directory/search/compounds.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace maillage::directory::search::detail {
extern const char kDutchWords[];  // generated from wdutch by tools/dutch_words.cpp
extern const std::size_t kDutchWordsSize;
}  // namespace maillage::directory::search::detail

namespace maillage::directory::search::text {

namespace {

constexpr std::size_t kMinCompound = 7;
constexpr std::size_t kMinPart = 5;
constexpr int kMaxDepth = 4;

// The list is "\nword\nword\n...", sorted. Words are found by binary search inside the range of their first
// two letters (an index of 26 x 26 ranges built once), so a look-up touches a few cache lines.
struct WordList {
  std::string_view all{detail::kDutchWords, detail::kDutchWordsSize};
  std::array<std::uint32_t, 26 * 26 + 1> from{};

  WordList() {
    // from[k]: offset of the first word whose two-letter prefix is >= k.
    std::size_t pos = 1;
    for (unsigned k = 0; k <= 26 * 26; ++k) {
      while (pos < all.size() && key_at(pos) < k) pos = all.find('\n', pos) + 1;
      from[k] = static_cast<std::uint32_t>(pos);
    }
  }
  unsigned key_at(std::size_t pos) const {
    unsigned a = static_cast<unsigned char>(all[pos]) - 'a';
    unsigned char second = all[pos + 1];
    unsigned b = second == '\n' ? 0 : second - 'a';
    return a * 26 + b;
  }
  bool contains(std::string_view w) const {
    if (w.size() < 2) return false;
    for (char c : w)
      if (c < 'a' || c > 'z') return false;
    unsigned k = static_cast<unsigned>(w[0] - 'a') * 26 + static_cast<unsigned>(w[1] - 'a');
    std::size_t lo = from[k], hi = from[k + 1];  // word starts in [lo, hi)
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      std::size_t start = all.rfind('\n', mid - 1) + 1;  // the word holding mid
      if (start < lo) start = lo;
      std::size_t end = all.find('\n', start);
      std::string_view here = all.substr(start, end - start);
      if (here == w) return true;
      if (here < w) lo = end + 1;
      else hi = start;
    }
    return false;
  }
};

const WordList& word_list() {
  static const WordList list;
  return list;
}

// Short words that make up many compounds of the field; any other part needs kMinPart letters.
const std::unordered_set<std::string_view>& short_parts() {
  static const std::unordered_set<std::string_view> s = {
      "dag",  "dak",  "bed",  "bad",  "wet",  "huis", "hulp", "zorg", "arts", "werk", "woon", "rust", "wond",
      "huur", "maal", "nood", "kind", "geld", "raad", "team", "punt", "plek", "baby", "wijk", "stad", "taal",
      "plan", "mens", "tijd", "hart", "pijn", "been", "tand", "voet", "drug", "hiv",  "aids", "kamer", "bus",
      "brief", "boek", "eten", "gas",  "oud",  "jong", "arm",  "vrij", "ziek", "dood", "zelf", "geen"};
  return s;
}
// Words of the list that are suffixes or endings rather than parts here ("dak|loosheid", "consult|aties"), and
// particles that start verbs rather than compounds ("over|dag", "samen|werking").
bool bad_head(std::string_view p) {
  static const std::unordered_set<std::string_view> s = {"heid", "loos", "lozen", "loosheid", "achtig", "baar",
                                                          "lijk", "schap", "ster", "sters", "ling", "ingen",
                                                          "ende", "isch", "heden", "aties", "atie", "aires",
                                                          "eling", "seinde", "offers", "offer"};
  return s.count(p) > 0;
}
bool bad_left(std::string_view p) {
  static const std::unordered_set<std::string_view> s = {"over",  "onder", "door",  "voor",  "tegen", "achter",
                                                          "boven", "buiten", "binnen", "samen", "terug", "mede",
                                                          "weder", "inter", "slacht"};
  return s.count(p) > 0;
}
bool part_sized(std::string_view p) { return p.size() >= kMinPart || short_parts().count(p) > 0; }

struct Split {
  std::string left, right;
};

// The best single cut: the head (right) is a word, the left is a word once a linking -s-, -en- or -er- is
// taken off; the cut whose shorter part is longest wins, then the longer head.
bool best_cut(const std::string& w, Split& out) {
  const auto& list = word_list();
  std::size_t best_min = 0, best_right = 0;
  for (std::size_t i = 3; i + 3 <= w.size(); ++i) {
    std::string_view left(w.data(), i), right(w.data() + i, w.size() - i);
    if (!part_sized(right) || bad_head(right) || !list.contains(right)) continue;
    std::string_view forms[4] = {left, {}, {}, {}};
    if (left.size() > 1 && left.back() == 's') forms[1] = left.substr(0, left.size() - 1);
    if (left.size() > 2 && left.substr(left.size() - 2) == "en") forms[2] = left.substr(0, left.size() - 2);
    if (left.size() > 2 && left.substr(left.size() - 2) == "er") forms[3] = left.substr(0, left.size() - 2);
    for (auto f : forms) {
      if (f.empty() || !part_sized(f) || bad_left(f) || !list.contains(f)) continue;
      std::size_t shorter = std::min(f.size(), right.size());
      if (shorter > best_min || (shorter == best_min && right.size() > best_right)) {
        best_min = shorter, best_right = right.size();
        out = {std::string(f), std::string(right)};
      }
      break;  // the word as it is before its forms without a joint
    }
  }
  return best_min > 0;
}

void split_into(const std::string& w, int depth, std::vector<std::string>& parts) {
  Split s;
  if (depth >= kMaxDepth || w.size() < kMinCompound || !best_cut(w, s)) {
    parts.push_back(w);
    return;
  }
  split_into(s.left, depth + 1, parts);
  split_into(s.right, depth + 1, parts);
}

}  // namespace

bool is_dutch_word(std::string_view folded) { return word_list().contains(folded); }

std::vector<std::string> compound_parts(const std::string& folded) {
  if (folded.size() < kMinCompound || folded.size() > 64) return {};
  for (char c : folded)
    if (c < 'a' || c > 'z') return {};
  // Indexing splits every word of every service; the vocabulary is small, so remember (per thread).
  thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
  if (auto it = cache.find(folded); it != cache.end()) return it->second;
  if (cache.size() > 50000) cache.clear();
  std::vector<std::string> parts;
  split_into(folded, 0, parts);
  if (parts.size() < 2) parts.clear();
  return cache.emplace(folded, std::move(parts)).first->second;
}

}  // namespace maillage::directory::search::text
