// The directory's search engine: a Xapian index of services that a professional on the phone can trust.
// Words in French, Dutch or English with accents, case and plurals ignored; Brussels acronyms and their
// translations equivalent through an editable synonym table; facets with counts; ranking by relevance and
// distance; "open now"; a "did you mean" suggestion. The index knows nothing of the database: the directory
// turns its records into ServiceDocument values and calls upsert()/remove(); `maillage reindex` rebuilds it.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace maillage::directory::search {

// One weekly opening interval, in minutes since Monday 00:00, Europe/Brussels local time.
struct OpeningInterval {
  int start_minute = 0;  // e.g. Tuesday 09:00 = 1*1440 + 540
  int end_minute = 0;    // exclusive; may not cross Sunday midnight (split it)
};

struct ServiceDocument {
  std::string id;                                // the service's id (HSDS ids kept as they are)
  std::string organisation_id;
  std::map<std::string, std::string> name;       // by language "fr", "nl", "en"; some may be missing
  std::map<std::string, std::string> description;
  std::map<std::string, std::string> organisation_name;
  std::vector<std::string> themes;               // vocabulary codes, e.g. "mental-health"
  std::vector<std::string> publics;              // vocabulary codes, e.g. "youth"
  std::vector<std::string> access;               // vocabulary codes, e.g. "free", "without-appointment"
  std::vector<std::string> languages;            // ISO 639-1 codes spoken: "fr", "nl", "ar"...
  std::vector<std::string> bassins;              // bassin slugs where it is located or serves
  std::vector<std::string> communes;             // commune NIS codes
  std::vector<std::string> zones;                // slugs of the zones (territory/zones.hpp) its locations fall in
  std::vector<std::string> extra_terms;          // any other searchable words (labels of its vocabulary terms...)
  std::optional<double> lat, lng;
  std::vector<OpeningInterval> opening;          // empty: unknown (never "open now")
  std::string status = "active";                 // "active", "inactive" (temporarily closed), "defunct"
  std::int64_t verified_at = 0;                  // unix seconds, 0 if never
};

enum class Facet { Bassin, Commune, Theme, Public, Language, Access, Zone };

struct SearchQuery {
  std::string text;                              // free text, any of the three languages; may be empty
  std::string lang = "fr";                       // interface language: stemmer preference and display
  std::map<Facet, std::vector<std::string>> filters;  // AND across facets, OR within one facet
  std::optional<double> near_lat, near_lng;      // rank by distance when set (with relevance if text)
  std::optional<double> within_km;               // only services closer than this (needs near_*)
  bool open_now = false;
  std::int64_t now = 0;                          // unix seconds for "open now" (0: the current time)
  bool include_defunct = false;
  int offset = 0;
  int limit = 20;                                // bounded by the engine to at most 100
};

struct SearchHit {
  std::string id;
  double score = 0;                              // relevance (higher is better)
  std::optional<double> distance_km;
};

struct FacetCount {
  std::string value;
  int count = 0;
};

struct SearchResults {
  int total = 0;                                  // estimated matches (exact below a few thousand)
  std::vector<SearchHit> hits;
  std::map<Facet, std::vector<FacetCount>> facets;  // counts over all matches, not only the page
  std::string suggestion;                         // "did you mean", empty when none
  // No service has every word: these have some of them (the page says so).
  bool relaxed = false;
  // Services with every word (they come first); when fewer than `total`, the others hold only some words.
  int full_matches = 0;
};

// Removes accents and case: "Santé Mentale" -> "sante mentale". Used at index and at query time.
std::string fold(const std::string& utf8_text);

// The Brussels synonym list the platform starts with (acronyms and their fr/nl/en equivalents); the
// coordinators' table in the database replaces it through set_synonyms().
std::vector<std::vector<std::string>> default_synonyms();

// Minutes since Monday 00:00 in Brussels local time (summer time included) at `unix_seconds`, whatever the
// process's TZ; and whether a weekly schedule is open then. Also for "open now" badges on pages.
int brussels_minute_of_week(std::int64_t unix_seconds);
bool is_open_at(const std::vector<OpeningInterval>& opening, int minute_of_week);

// Thread safety: every method may be called from several threads at once. Writes (upsert, remove, commit,
// set_synonyms) take one writer lock; each search borrows a Xapian reader from a small pool and reopens it
// when a commit happened since its last use, so searches run side by side without waiting for the writer,
// and a committed change is found by the next search. (Two rare waits: the first search after a commit
// builds the in-memory bitmaps of that revision, and a search overtaken by three commits in a row runs once
// more under the writer lock so that it always ends.)
class SearchIndex {
 public:
  // An on-disk index at `path` (created if missing), or when path is empty a throwaway index in a
  // temporary folder, removed on destruction (tests; Xapian's in-memory backend has no synonyms).
  explicit SearchIndex(const std::string& path);
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  void upsert(const ServiceDocument& doc);
  void remove(const std::string& id);
  void commit();                                  // makes changes visible to searches
  // Replaces the whole synonym table: each group lists equivalent words or phrases ("cpas", "ocmw").
  // Takes effect at once and is stored in the index (this commits pending changes too). Phrases are
  // fastest when the table is set before the services are indexed (a rebuild); phrases added later are
  // still found, by their words' positions.
  void set_synonyms(const std::vector<std::vector<std::string>>& groups);
  // Phrases of the synonym table added after the services were indexed: found by their words' positions
  // (slower, and without the near-a-point short cut) until the services holding them are indexed again and
  // the phrase is marked. The ids of the documents holding every word of one of them (nothing when more than
  // `at_most`: then only a rebuild marks it), and the marking once they were upserted again.
  std::vector<std::string> unmarked_phrases() const;
  std::optional<std::vector<std::string>> ids_holding_words_of(const std::string& phrase, std::size_t at_most) const;
  void mark_phrases(const std::vector<std::string>& phrases);
  SearchResults search(const SearchQuery& query) const;
  std::size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace maillage::directory::search
