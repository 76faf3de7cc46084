// The directory's search engine on Xapian. Every word is indexed folded (no accents, lower case) with its
// position, plus its French, Dutch and English stems under "Z"; facets are boolean terms (filters) and one
// packed value (counts); coordinates, opening hours and status are values. The query is built here rather
// than by Xapian::QueryParser: its synonyms cannot expand to phrases ("maison medicale" =
// "wijkgezondheidscentrum") and it stems in one language only; building it ourselves also means there is
// no syntax a caller can get wrong.
#include "directory/search/search_index.hpp"

#include <stdlib.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "directory/search/compounds.hpp"
#include "directory/search/near_ranking.hpp"
#include "directory/search/query_builder.hpp"
#include "directory/search/revision_cache.hpp"
#include "directory/search/synonyms.hpp"
#include "directory/search/text.hpp"

namespace maillage::directory::search {

using namespace detail;

namespace {

constexpr int kMaxLimit = 100;
constexpr int kMaxOffset = 10000;
constexpr int kFewResults = 3;                 // below this a spelling suggestion is worth offering
// Fewer services than this with every word: those with some of them follow (a page of ten is what people read).
constexpr int kFewFullMatches = 10;
constexpr std::size_t kMaxWidenedGroups = 15;  // longer questions are not widened (and are rare)
constexpr std::size_t kMaxPooledReaders = 16;
constexpr std::pair<Facet, char> kFacetLetters[] = {{Facet::Bassin, 'B'},   {Facet::Commune, 'C'},
                                                    {Facet::Theme, 'T'},    {Facet::Public, 'P'},
                                                    {Facet::Language, 'L'}, {Facet::Access, 'A'},
                                                    {Facet::Zone, 'Z'}};

char facet_letter(Facet f) {
  for (auto [facet, letter] : kFacetLetters)
    if (facet == f) return letter;
  return '?';
}

std::string filter_term(Facet f, const std::string& value) { return std::string("X") + facet_letter(f) + value; }

// Vocabulary codes arrive from the database; keep them printable and bounded before they become terms.
std::string clean_code(const std::string& v) {
  std::string out;
  for (char c : v.substr(0, 100))
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  return out;
}

const char* status_rank(const std::string& status) {
  if (status == "defunct") return "2";
  if (status == "inactive") return "1";
  return "0";
}
bool valid_point(double lat, double lng) {
  return std::isfinite(lat) && std::isfinite(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
}
}  // namespace

struct SearchIndex::Impl {
  struct Reader {
    Xapian::Database db;
    std::uint64_t generation = 0;
  };

  std::string path;
  bool temporary = false;

  mutable std::mutex write_mutex;  // guards writer and facet_codes
  Xapian::WritableDatabase writer;
  std::unordered_map<std::string, unsigned> facet_codes;
  bool facet_codes_changed = false;

  // What searches read besides the index; replaced whole (copy on write) so a search holds a consistent one.
  mutable std::mutex state_mutex;
  std::shared_ptr<const SynonymTable> synonyms;
  std::shared_ptr<const std::vector<std::string>> facet_names;
  // Synonym phrases every document of the index was indexed with (their "P" terms can be trusted). It
  // only grows when the index is empty; otherwise a new table keeps what the old and new ones share.
  std::shared_ptr<const std::set<std::string>> marked_phrases = std::make_shared<std::set<std::string>>();
  bool marked_phrases_changed = false;

  // In-memory bitmaps of the latest revisions the readers are on; built by the first search on a revision.
  mutable std::mutex cache_mutex;
  mutable std::vector<std::shared_ptr<const RevisionCache>> revision_caches;

  std::shared_ptr<const RevisionCache> revision_cache(const Xapian::Database& db) const {
    Xapian::rev revision = db.get_revision();
    std::lock_guard lock(cache_mutex);
    for (const auto& c : revision_caches)
      if (c->revision == revision) return c;
    auto built = std::make_shared<const RevisionCache>(db);
    if (revision_caches.size() >= 3) revision_caches.erase(revision_caches.begin());
    revision_caches.push_back(built);
    return built;
  }

  std::atomic<std::uint64_t> generation{1};
  mutable std::mutex pool_mutex;
  mutable std::vector<std::unique_ptr<Reader>> pool;

  std::unique_ptr<Reader> borrow() const {
    std::unique_ptr<Reader> r;
    {
      std::lock_guard lock(pool_mutex);
      if (!pool.empty()) {
        r = std::move(pool.back());
        pool.pop_back();
      }
    }
    std::uint64_t now = generation.load();
    if (!r) {
      r = std::make_unique<Reader>(Reader{Xapian::Database(path), now});
    } else if (r->generation != now) {
      r->db.reopen();
      r->generation = now;
    }
    return r;
  }
  void give_back(std::unique_ptr<Reader> r) const {
    std::lock_guard lock(pool_mutex);
    if (pool.size() < kMaxPooledReaders) pool.push_back(std::move(r));
  }
  // Runs f(db) on a pooled reader. Xapian keeps one older revision for open readers: a reader two commits
  // behind gets DatabaseModifiedError, and reopening then retrying is the documented answer. A search
  // overtaken three times (commits in a tight loop) runs once more holding the writer lock, so it always
  // ends; the writer waits for one search at most.
  template <class F>
  auto with_reader(F&& f) const {
    for (int attempt = 0;; ++attempt) {
      std::unique_lock<std::mutex> no_commits;
      if (attempt >= 3) no_commits = std::unique_lock<std::mutex>(write_mutex);
      std::unique_ptr<Reader> r;
      try {
        r = borrow();  // opening or reopening can be overtaken too
        if (no_commits) r->db.reopen();
        auto result = f(r->db);
        give_back(std::move(r));
        return result;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (no_commits) throw;
        // A reader in that state is dropped rather than pooled: reopening it can be overtaken again.
      }
    }
  }

  void publish_facet_names() {
    auto names = std::make_shared<std::vector<std::string>>(facet_codes.size());
    for (const auto& [name, code] : facet_codes) (*names)[code] = name;
    std::lock_guard lock(state_mutex);
    facet_names = std::move(names);
  }

  void load_state() {
    std::string stored = writer.get_metadata("facet-codes");
    std::size_t start = 0;
    while (start < stored.size()) {
      std::size_t end = stored.find('\n', start);
      if (end == std::string::npos) end = stored.size();
      facet_codes.emplace(stored.substr(start, end - start), static_cast<unsigned>(facet_codes.size()));
      start = end + 1;
    }
    publish_facet_names();
    std::vector<std::pair<std::string, std::string>> pairs;
    for (auto k = writer.synonym_keys_begin(); k != writer.synonym_keys_end(); ++k)
      for (auto v = writer.synonyms_begin(*k); v != writer.synonyms_end(*k); ++v) pairs.emplace_back(*k, *v);
    std::set<std::string> marked;
    std::string stored_phrases = writer.get_metadata("marked-phrases");
    for (std::size_t start = 0; start < stored_phrases.size();) {
      std::size_t end = stored_phrases.find('\n', start);
      if (end == std::string::npos) end = stored_phrases.size();
      if (end > start) marked.insert(stored_phrases.substr(start, end - start));
      start = end + 1;
    }
    std::lock_guard lock(state_mutex);
    synonyms = std::make_shared<SynonymTable>(pairs);
    marked_phrases = std::make_shared<std::set<std::string>>(std::move(marked));
  }

  void commit_locked() {
    if (facet_codes_changed) {
      std::vector<std::string> names(facet_codes.size());
      for (const auto& [name, code] : facet_codes) names[code] = name;
      std::string joined;
      for (const auto& n : names) joined += n + "\n";
      writer.set_metadata("facet-codes", joined);
      facet_codes_changed = false;
    }
    if (marked_phrases_changed) {
      std::string joined;
      {
        std::lock_guard lock(state_mutex);
        for (const auto& p : *marked_phrases) joined += p + "\n";
      }
      writer.set_metadata("marked-phrases", joined);
      marked_phrases_changed = false;
    }
    writer.commit();
    ++generation;
  }

  SearchResults run(const Xapian::Database& db, const SearchQuery& in) const;
  SearchResults run_once(const Xapian::Database& db, const SearchQuery& in, const ParsedText& parsed,
                         bool relaxed, const std::vector<std::string>& names, TermBits& term_bits) const;
};

SearchIndex::SearchIndex(const std::string& path) : impl_(std::make_unique<Impl>()) {
  int flags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS;
  impl_->path = path;
  if (path.empty()) {
    // Xapian's in-memory backend has no synonyms nor spelling: tests get a throwaway on-disk index instead.
    std::string tmpl = (std::filesystem::temp_directory_path() / "maillage-search-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary search index");
    impl_->path = tmpl;
    impl_->temporary = true;
    flags |= Xapian::DB_NO_SYNC;
  }
  impl_->writer = Xapian::WritableDatabase(impl_->path, flags);
  impl_->writer.commit();  // a new index must be readable before the first change
  impl_->load_state();
}

SearchIndex::~SearchIndex() {
  if (!impl_) return;
  {
    std::lock_guard lock(impl_->pool_mutex);
    impl_->pool.clear();
  }
  try {
    impl_->writer.close();
  } catch (const Xapian::Error&) {
  }
  if (impl_->temporary) {
    std::error_code ec;
    std::filesystem::remove_all(impl_->path, ec);
  }
}

void SearchIndex::upsert(const ServiceDocument& s) {
  if (s.id.empty()) throw std::invalid_argument("a service needs an id to be indexed");
  Xapian::Document doc;
  std::set<std::string> spelling;
  Xapian::termpos pos = 0;
  // The whole upsert holds the writer lock: the synonym table it marks phrases with must be the one the
  // marked set was computed from (searches never take this lock).
  std::lock_guard write_lock(impl_->write_mutex);
  std::shared_ptr<const SynonymTable> table;
  {
    std::lock_guard lock(impl_->state_mutex);
    table = impl_->synonyms;
  }
  const auto& phrases = table->phrases_by_first_word();
  auto index_text = [&](const std::string& t, Xapian::termcount wdf) {
    auto ws = text::words(fold(t), 5000);
    for (std::size_t i = 0; i < ws.size(); ++i) {
      const auto& w = ws[i];
      doc.add_posting(w, ++pos, wdf);
      for (const auto& st : text::stems(w)) doc.add_term("Z" + st, wdf);
      // A Dutch compound is indexed with its parts too (without positions: a phrase is what was written), so
      // that "opvang" or "hulp bij drugs" finds "nachtopvang" and "drugshulpverlening".
      for (const auto& part : text::compound_parts(w)) {
        doc.add_term(part, wdf);
        spelling.insert(part);  // every raw term is in the spelling table, which upsert() takes out again
        for (const auto& st : text::stems(part)) doc.add_term("Z" + st, wdf);
      }
      if (spellable(w)) spelling.insert(w);
      if (auto it = phrases.find(w); it != phrases.end())
        for (const auto& p : it->second)
          if (i + p.size() <= ws.size() && std::equal(p.begin(), p.end(), ws.begin() + i))
            if (auto term = "P" + SynonymTable::joined(p); term.size() <= kMaxPhraseTerm) doc.add_term(term, wdf);
    }
    pos += 100;  // no phrase across two fields
  };
  // A word of the name weighs more than one of the description.
  for (const auto& [lang, t] : s.name) index_text(t, 5);
  for (const auto& [lang, t] : s.organisation_name) index_text(t, 2);
  for (const auto& [lang, t] : s.description) index_text(t, 1);
  for (const auto& t : s.extra_terms) index_text(t, 1);

  std::vector<std::string> facet_entries;
  auto add_facet = [&](Facet f, const std::vector<std::string>& values) {
    for (const auto& raw : values) {
      std::string v = clean_code(raw);
      if (v.empty()) continue;
      doc.add_boolean_term(filter_term(f, v));
      facet_entries.push_back(std::string(1, facet_letter(f)) + ":" + v);
    }
  };
  add_facet(Facet::Bassin, s.bassins);
  add_facet(Facet::Commune, s.communes);
  add_facet(Facet::Theme, s.themes);
  add_facet(Facet::Public, s.publics);
  add_facet(Facet::Language, s.languages);
  add_facet(Facet::Access, s.access);
  add_facet(Facet::Zone, s.zones);
  std::sort(facet_entries.begin(), facet_entries.end());
  facet_entries.erase(std::unique(facet_entries.begin(), facet_entries.end()), facet_entries.end());

  std::string status = status_rank(s.status);
  doc.add_boolean_term(std::string("XS") + (status == "2" ? "defunct" : status == "1" ? "inactive" : "active"));
  doc.add_value(kSlotStatus, status);
  if (s.lat && s.lng && valid_point(*s.lat, *s.lng))
    doc.add_value(kSlotCoords, Xapian::LatLongCoords(Xapian::LatLongCoord(*s.lat, *s.lng)).serialise());
  std::string opening;
  for (const auto& i : s.opening) {
    int a = std::clamp(i.start_minute, 0, int{kMinutesInWeek}), b = std::clamp(i.end_minute, 0, int{kMinutesInWeek});
    if (a >= b) continue;
    put_u16(opening, a);
    put_u16(opening, b);
  }
  if (!opening.empty()) doc.add_value(kSlotOpening, opening);
  std::string display;
  for (const char* lang : {"fr", "nl", "en"})
    if (auto it = s.name.find(lang); display.empty() && it != s.name.end()) display = it->second;
  if (display.empty() && !s.name.empty()) display = s.name.begin()->second;
  doc.add_value(kSlotSortName, fold(display).substr(0, 64));
  doc.set_data(s.id);
  const std::string id_term = "Q" + s.id.substr(0, 200);
  doc.add_boolean_term(id_term);

  std::string packed;
  bool new_codes = false;
  for (const auto& e : facet_entries) {
    auto [it, fresh] = impl_->facet_codes.emplace(e, static_cast<unsigned>(impl_->facet_codes.size()));
    if (it->second > 0xFFFF) continue;  // beyond 65,536 distinct values a value is filterable, not counted
    new_codes = new_codes || fresh;
    put_u16(packed, it->second);
  }
  if (!packed.empty()) doc.add_value(kSlotFacets, packed);
  if (new_codes) {
    impl_->facet_codes_changed = true;
    impl_->publish_facet_names();
  }
  // The spelling table counts documents per word: take the old version's words out before adding.
  auto old = impl_->writer.postlist_begin(id_term);
  if (old != impl_->writer.postlist_end(id_term)) {
    Xapian::Document previous = impl_->writer.get_document(*old);
    for (auto t = previous.termlist_begin(); t != previous.termlist_end(); ++t)
      if (is_raw_word(*t) && spellable(*t)) impl_->writer.remove_spelling(*t, 1);
  }
  impl_->writer.replace_document(id_term, doc);
  for (const auto& w : spelling) impl_->writer.add_spelling(w, 1);
}

void SearchIndex::remove(const std::string& id) {
  const std::string id_term = "Q" + id.substr(0, 200);
  std::lock_guard lock(impl_->write_mutex);
  auto old = impl_->writer.postlist_begin(id_term);
  if (old == impl_->writer.postlist_end(id_term)) return;
  Xapian::Document previous = impl_->writer.get_document(*old);
  for (auto t = previous.termlist_begin(); t != previous.termlist_end(); ++t)
    if (is_raw_word(*t) && spellable(*t)) impl_->writer.remove_spelling(*t, 1);
  impl_->writer.delete_document(id_term);
}

void SearchIndex::commit() {
  std::lock_guard lock(impl_->write_mutex);
  impl_->commit_locked();
}

void SearchIndex::set_synonyms(const std::vector<std::vector<std::string>>& groups) {
  auto pairs = SynonymTable::pairs(groups);
  auto table = std::make_shared<SynonymTable>(pairs);
  std::lock_guard lock(impl_->write_mutex);
  std::vector<std::string> keys(impl_->writer.synonym_keys_begin(), impl_->writer.synonym_keys_end());
  for (const auto& k : keys) impl_->writer.clear_synonyms(k);
  for (const auto& [a, b] : pairs) impl_->writer.add_synonym(a, b);
  std::set<std::string> phrases;
  for (const auto& [first, list] : table->phrases_by_first_word())
    for (const auto& p : list)
      if (auto j = SynonymTable::joined(p); j.size() + 1 <= kMaxPhraseTerm) phrases.insert(j);
  {
    std::lock_guard state(impl_->state_mutex);
    auto marked = std::make_shared<std::set<std::string>>();
    if (impl_->writer.get_doccount() == 0) {
      *marked = phrases;
    } else {
      std::set_intersection(impl_->marked_phrases->begin(), impl_->marked_phrases->end(), phrases.begin(),
                            phrases.end(), std::inserter(*marked, marked->end()));
    }
    impl_->marked_phrases = std::move(marked);
    impl_->synonyms = std::move(table);
  }
  impl_->marked_phrases_changed = true;
  impl_->commit_locked();
}

std::vector<std::string> SearchIndex::unmarked_phrases() const {
  std::shared_ptr<const SynonymTable> table;
  std::shared_ptr<const std::set<std::string>> marked;
  {
    std::lock_guard state(impl_->state_mutex);
    table = impl_->synonyms;
    marked = impl_->marked_phrases;
  }
  std::set<std::string> out;
  for (const auto& [first, list] : table->phrases_by_first_word())
    for (const auto& p : list)
      if (auto j = SynonymTable::joined(p); j.size() + 1 <= kMaxPhraseTerm && !marked->count(j)) out.insert(j);
  return {out.begin(), out.end()};
}

std::optional<std::vector<std::string>> SearchIndex::ids_holding_words_of(const std::string& phrase,
                                                                           std::size_t at_most) const {
  // The writer sees what was upserted but not committed yet; its lock keeps upserts out meanwhile.
  std::lock_guard lock(impl_->write_mutex);
  auto& db = impl_->writer;
  std::vector<Xapian::docid> docs;
  bool first = true;
  for (const auto& word : text::words(phrase)) {
    std::vector<Xapian::docid> with;
    for (auto p = db.postlist_begin(word); p != db.postlist_end(word); ++p)
      if (first || std::binary_search(docs.begin(), docs.end(), *p)) with.push_back(*p);
    docs = std::move(with);
    first = false;
    if (docs.empty()) break;
  }
  if (docs.size() > at_most) return std::nullopt;
  std::vector<std::string> ids;
  for (auto d : docs) ids.push_back(db.get_document(d).get_data());
  return ids;
}

void SearchIndex::mark_phrases(const std::vector<std::string>& phrases) {
  if (phrases.empty()) return;
  std::lock_guard lock(impl_->write_mutex);
  {
    std::lock_guard state(impl_->state_mutex);
    auto marked = std::make_shared<std::set<std::string>>(*impl_->marked_phrases);
    marked->insert(phrases.begin(), phrases.end());
    impl_->marked_phrases = std::move(marked);
  }
  impl_->marked_phrases_changed = true;
  impl_->commit_locked();
}

std::size_t SearchIndex::size() const {
  return impl_->with_reader([](const Xapian::Database& db) { return static_cast<std::size_t>(db.get_doccount()); });
}

SearchResults SearchIndex::search(const SearchQuery& query) const {
  return impl_->with_reader([&](const Xapian::Database& db) { return impl_->run(db, query); });
}

SearchResults SearchIndex::Impl::run(const Xapian::Database& db, const SearchQuery& in) const {
  std::shared_ptr<const SynonymTable> syn;
  std::shared_ptr<const std::vector<std::string>> names;
  std::shared_ptr<const std::set<std::string>> marked;
  {
    std::lock_guard lock(state_mutex);
    syn = synonyms;
    names = facet_names;
    marked = marked_phrases;
  }
  ParsedText parsed = parse_text(in.text, in.lang, *syn, *marked);
  TermBits term_bits;
  SearchResults out = run_once(db, in, parsed, false, *names, term_bits);
  // A query the bitmaps cannot widen (a phrase of the synonym table not marked yet) and no service with every
  // word: the services with any of them.
  if (out.total == 0 && parsed.groups.size() > 1) {
    out = run_once(db, in, parsed, true, *names, term_bits);
    out.relaxed = out.total > 0;
    out.full_matches = 0;
  }
  if (!parsed.groups.empty() && out.full_matches < kFewResults) out.suggestion = suggest(db, parsed, in.lang);
  return out;
}

namespace {

// Documents of `groups` bitmaps by how many of them hold each one: bit-sliced counters (plane j holds bit j
// of each document's count), a few word operations per document word instead of a count per document.
struct GroupCounts {
  std::vector<Bits> planes;
  GroupCounts(const std::vector<Bits>& groups, std::size_t words) {
    unsigned bits = 1;
    while ((1u << bits) <= groups.size()) ++bits;
    planes.assign(bits, Bits(words, 0));
    for (const auto& g : groups)
      for (std::size_t w = 0; w < words && w < g.size(); ++w) {
        std::uint64_t carry = g[w];
        for (auto& plane : planes) {
          if (!carry) break;
          std::uint64_t next = plane[w] & carry;
          plane[w] ^= carry;
          carry = next;
        }
      }
  }
  // The documents held by exactly k groups.
  Bits exactly(unsigned k) const {
    Bits out(planes.empty() ? 0 : planes[0].size(), ~std::uint64_t{0});
    for (std::size_t j = 0; j < planes.size(); ++j)
      for (std::size_t w = 0; w < out.size(); ++w) out[w] &= (k >> j & 1) ? planes[j][w] : ~planes[j][w];
    return out;
  }
};

}  // namespace

SearchResults SearchIndex::Impl::run_once(const Xapian::Database& db, const SearchQuery& in,
                                          const ParsedText& parsed, bool relaxed,
                                          const std::vector<std::string>& names, TermBits& term_bits) const {
  SearchResults out;
  const bool has_text = !parsed.groups.empty();
  const bool near = in.near_lat && in.near_lng && valid_point(*in.near_lat, *in.near_lng);
  const double within_m =
      (near && in.within_km && std::isfinite(*in.within_km) && *in.within_km > 0) ? *in.within_km * 1000 : 0;
  Xapian::LatLongCoord centre;
  if (near) centre = Xapian::LatLongCoord(*in.near_lat, *in.near_lng);

  // Filters: OR within a facet, AND across facets; defunct services out unless asked for.
  std::vector<Xapian::Query> facet_filters;
  for (const auto& [facet, values] : in.filters) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& v : values)
      if (auto c = clean_code(v); !c.empty()) alternatives.emplace_back(filter_term(facet, c));
    if (!alternatives.empty()) facet_filters.push_back(any_of(Xapian::Query::OP_OR, alternatives));
  }
  auto filtered = [&](Xapian::Query q) {
    if (!facet_filters.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(Xapian::Query::OP_AND, facet_filters));
    if (!in.include_defunct) q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query("XSdefunct"));
    return q;
  };
  auto cache = revision_cache(db);
  auto proximity = [&] {
    return Xapian::Query((new ProximitySource(cache, cache->places(db), centre, within_m))->release());
  };
  auto restricted_to = [](const Xapian::Query& q, std::shared_ptr<const Bits> bits) {
    auto n = popcount_and(bits->data(), bits->data(), bits->size());
    return Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query((new BitmapSource(std::move(bits), n))->release()));
  };

  Xapian::Query text_query =
      has_text ? any_of(relaxed ? Xapian::Query::OP_OR : Xapian::Query::OP_AND, parsed.groups) : match_all();
  // The services with only some of the words are ranked by them all, optional: the more they hold, the higher.
  const Xapian::Query some_words = has_text ? any_of(Xapian::Query::OP_OR, parsed.groups) : match_all();
  Xapian::Query q;
  double top = 0;  // with words and a point: the best relevance, which scales to 1
  Xapian::Enquire enquire(db);
  // BM25 without length normalisation (b = 0): a service's text is a name and a few sentences, name words
  // already weigh five times more, and not reading every match's length makes a search twice as fast.
  const Xapian::BM25Weight weighting(1.2, 0, 1, 0, 0.5);
  enquire.set_weighting_scheme(weighting);
  // The words' matches straight from the posting lists, when the query allows (no phrase): read once, for the
  // test below and for the counts.
  Bits matched;
  const bool countable = matches_of(db, text_query, *cache, matched, term_bits);
  // Relevance and proximity added on one scale: the text weight divided by the best text weight, plus the
  // proximity weight (1 at the point). A service a little less relevant but next door comes before the most
  // relevant one across the region; among equally near ones, relevance decides.
  auto near_query = [&](const Xapian::Query& words, double best) {
    Xapian::Query scaled(Xapian::Query::OP_SCALE_WEIGHT, words, best > 0 ? 1.0 / best : 1.0);
    return Xapian::Query(within_m > 0 ? Xapian::Query::OP_AND : Xapian::Query::OP_AND_MAYBE, scaled, proximity());
  };
  auto best_weight = [&](const Xapian::Query& words) {
    Xapian::Enquire best(db);
    best.set_weighting_scheme(weighting);
    best.set_query(words);
    return best.get_mset(0, 1).get_max_attained();
  };
  if (has_text && near) {
    // When no service has every word, the best relevance of all words is not worth a ranking.
    if (!countable || popcount_and(matched.data(), matched.data(), matched.size()) > 0) {
      const Xapian::Query words = filtered(text_query);
      top = cache->best_relevance(words.serialise(), [&] { return best_weight(words); });
    }
    q = near_query(text_query, top);
  } else if (has_text) {
    q = text_query;
    // Active services first: see the split below (or, when counting by MatchSpy, a sort by status).
  } else if (near) {
    q = within_m > 0 ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, proximity(), 0) : match_all();
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_key((new StatusThenDistance(cache, cache->places(db), centre))->release(), false);
  } else {
    q = match_all();
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    auto* by_name = new Xapian::MultiValueKeyMaker();
    by_name->add_value(kSlotStatus);
    by_name->add_value(kSlotSortName);
    enquire.set_sort_by_key(by_name->release(), false);
  }
  enquire.set_query(filtered(q));

  // Counting: from the posting lists when the query allows (no phrase, no "open now", no radius), else
  // with a MatchSpy over all matches. Either way the counts cover every match, not the page.
  bool counted = false;
  std::int64_t now = in.now != 0 ? in.now : static_cast<std::int64_t>(::time(nullptr));
  // Matches in the order they are shown: those with every word, then (widened) those missing one word, two...
  std::vector<Bits> tiers;
  if (countable) {
    // The filters, the status, "open now" and the radius, on a bitmap of matches.
    Bits allowed(cache->words, 0);
    for (std::size_t w = 0; w < allowed.size(); ++w)
      allowed[w] = in.include_defunct ? cache->present[w] : (cache->present[w] & ~cache->defunct[w]);
    for (const auto& [facet, values] : in.filters) {
      Bits any(cache->words, 0);
      bool has_value = false;
      for (const auto& v : values) {
        std::string c = clean_code(v);
        if (c.empty()) continue;
        has_value = true;
        std::string entry = std::string(1, facet_letter(facet)) + ":" + c;
        for (std::size_t code = 0; code < names.size() && code < cache->by_code.size(); ++code)
          if (names[code] == entry && !cache->by_code[code].empty())
            for (std::size_t w = 0; w < any.size(); ++w) any[w] |= cache->by_code[code][w];
      }
      if (has_value)
        for (std::size_t w = 0; w < allowed.size(); ++w) allowed[w] &= any[w];
    }
    auto restrict = [&](Bits& bits) {
      for (std::size_t w = 0; w < bits.size(); ++w) bits[w] &= w < allowed.size() ? allowed[w] : 0;
      if (!in.open_now && within_m <= 0) return;
      const auto& places = cache->places(db);
      if (in.open_now) {
        const int minute = brussels_minute_of_week(now);
        keep_only(bits, [&](Xapian::docid d) {
          for (auto i = places.hours_from[d]; i + 1 < places.hours_from[d + 1]; i += 2)
            if (places.hours[i] <= minute && minute < places.hours[i + 1]) return true;
          return false;
        });
      }
      if (within_m > 0) {
        const Xapian::GreatCircleMetric metric;
        keep_only(bits, [&](Xapian::docid d) {
          return !std::isnan(places.lat[d]) &&
                 metric(centre, Xapian::LatLongCoord(places.lat[d], places.lng[d])) <= within_m;
        });
      }
    };
    restrict(matched);
    tiers.push_back(matched);
    out.full_matches = static_cast<int>(popcount_and(matched.data(), matched.data(), matched.size()));
    // Few services hold every word: those holding at least half of them follow, most words first, and those
    // holding fewer while there are still fewer than a page of ten. A word the record does not use must not
    // hide a right service.
    const std::size_t n = parsed.groups.size();
    if (has_text && !relaxed && n >= 2 && n <= kMaxWidenedGroups && out.full_matches < kFewFullMatches) {
      std::vector<Bits> per_group(n);
      for (std::size_t i = 0; i < n; ++i) matches_of(db, parsed.groups[i], *cache, per_group[i], term_bits);
      GroupCounts counts(per_group, cache->words);
      std::vector<Bits> partial;
      int found = out.full_matches;
      const unsigned at_least = static_cast<unsigned>((n + 1) / 2);
      for (unsigned k = static_cast<unsigned>(n) - 1; k >= 1; --k) {
        if (k < at_least && found >= kFewFullMatches) break;
        Bits tier = counts.exactly(k);
        restrict(tier);
        if (auto c = popcount_and(tier.data(), tier.data(), tier.size())) {
          found += static_cast<int>(c);
          for (std::size_t w = 0; w < matched.size(); ++w) matched[w] |= tier[w];
          tiers.push_back(std::move(tier));
        }
      }
    }
    if (in.open_now || within_m > 0) {
      auto allowed_matches = std::make_shared<const Bits>(matched);
      q = restricted_to(q, allowed_matches);
      enquire.set_query(filtered(q));
    }
    counted = true;
  }
  out.relaxed = relaxed || (tiers.size() > 1 && out.full_matches == 0);
  MatchMarker marker(cache->words);
  if (!counted) enquire.add_matchspy(&marker);
  std::unique_ptr<OpenAt> open_now;
  if (in.open_now && !counted) open_now = std::make_unique<OpenAt>(brussels_minute_of_week(now));
  const int offset = std::clamp(in.offset, 0, kMaxOffset);
  const int limit = std::clamp(in.limit, 0, kMaxLimit);
  auto add_hits = [&](const Xapian::MSet& mset) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SearchHit hit;
      hit.id = cache->document_id(db, *it);
      hit.score = it.get_weight();
      if (near) {
        // The coordinates held in memory are those of the value slot, read once per revision.
        const auto& places = cache->places(db);
        if (*it < places.lat.size() && !std::isnan(places.lat[*it]))
          hit.distance_km =
              Xapian::GreatCircleMetric()(centre, Xapian::LatLongCoord(places.lat[*it], places.lng[*it])) / 1000.0;
      }
      out.hits.push_back(std::move(hit));
    }
  };
  if (counted && has_text) {
    // Ranked by relevance, active services before inactive (and defunct, when asked for) ones, each tier of
    // words after the one before. With the counts known, that is relevance-ordered queries on either side of
    // the status line instead of a sort by status, which made Xapian weigh every match instead of stopping at
    // the best ones.
    out.total = static_cast<int>(popcount_and(matched.data(), matched.data(), matched.size()));
    Bits later(cache->words);
    for (std::size_t w = 0; w < later.size(); ++w) later[w] = cache->inactive[w] | cache->defunct[w];
    struct Side {
      std::shared_ptr<Bits> bits;
      int count;
      bool full;
    };
    std::vector<Side> sides;
    for (std::size_t t = 0; t < tiers.size(); ++t)
      for (bool later_side : {false, true}) {
        auto side = std::make_shared<Bits>(tiers[t]);
        for (std::size_t w = 0; w < side->size(); ++w) (*side)[w] &= later_side ? later[w] : ~later[w];
        int count = static_cast<int>(popcount_and(side->data(), side->data(), side->size()));
        if (count > 0) sides.push_back({std::move(side), count, t == 0});
      }
    // Those with some of the words are ranked on their own scale near a point: their best relevance.
    Xapian::Query partial_query = some_words;
    double partial_top = 0;
    bool partial_ready = false;
    // Each side is the ranking query restricted to its documents by a bitmap (the matches already hold the
    // filters, the status and "open now"): one cheap posting source instead of merging the filter terms'
    // posting lists again. Near a point, the short cut of near_ranking.hpp ranks the few candidates that can
    // make the page.
    auto take = [&](const Side& side, int from, int count) {
      const Xapian::Query* words = &text_query;
      const Xapian::Query* ranking = &q;
      double best = top;
      if (!side.full) {
        if (!partial_ready) {
          partial_ready = true;
          if (near) {
            Bits some(cache->words, 0);
            for (std::size_t t = 1; t < tiers.size(); ++t)
              for (std::size_t w = 0; w < some.size(); ++w) some[w] |= tiers[t][w];
            partial_top = best_weight(restricted_to(some_words, std::make_shared<const Bits>(std::move(some))));
            partial_query = near_query(some_words, partial_top);
          }
        }
        words = &some_words;
        ranking = &partial_query;
        best = partial_top;
      }
      if (near && rank_near({db, *words, weighting, best, cache->places(db), centre, *cache}, *side.bits, from, count, out.hits))
        return;
      if (!near && rank_by_relevance(db, *words, weighting, *cache, *side.bits, from, count, out.hits)) return;
      enquire.set_query(restricted_to(*ranking, side.bits));
      add_hits(enquire.get_mset(from, count));
    };
    int start = 0;
    for (const auto& side : sides) {
      const int from = std::max(offset, start), to = std::min(offset + limit, start + side.count);
      if (to > from) take(side, from - start, to - from);
      start += side.count;
    }
  } else if (counted && !has_text && !near && name_order_from_memory) {
    // Neither words nor point: the matches in the revision's name order (status, name, document id).
    out.total = static_cast<int>(popcount_and(matched.data(), matched.data(), matched.size()));
    int seen = 0;
    for (Xapian::docid d : cache->name_order(db)) {
      if (!(matched[d / 64] >> (d % 64) & 1)) continue;
      if (seen++ < offset) continue;
      if (static_cast<int>(out.hits.size()) >= limit) break;
      SearchHit hit;
      hit.id = cache->document_id(db, d);
      hit.score = 0;
      out.hits.push_back(std::move(hit));
    }
  } else {
    if (has_text) enquire.set_sort_by_value_then_relevance(kSlotStatus, false);
    // check_at_least = every document, for the MatchSpy to see all matches when it counts them.
    add_hits(enquire.get_mset(offset, limit, counted ? 0 : db.get_doccount(), nullptr, open_now.get()));
    if (!counted) matched = std::move(marker.bits);
    out.total = static_cast<int>(popcount_and(matched.data(), matched.data(), matched.size()));
  }
  if (!counted || !has_text) out.full_matches = relaxed ? 0 : out.total;
  const std::vector<unsigned> counts = out.total > 0 ? cache->counts(matched, static_cast<std::size_t>(out.total))
                                                     : std::vector<unsigned>{};
  for (std::size_t code = 0; code < counts.size() && code < names.size(); ++code) {
    unsigned n = counts[code];
    if (n == 0) continue;
    const std::string& entry = names[code];  // "T:housing"
    if (entry.size() < 3) continue;
    for (auto [facet, letter] : kFacetLetters)
      if (entry[0] == letter) out.facets[facet].push_back({entry.substr(2), static_cast<int>(n)});
  }
  for (auto& [facet, counts] : out.facets)
    std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
  return out;
}

}  // namespace maillage::directory::search
