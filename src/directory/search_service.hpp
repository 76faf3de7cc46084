// The directory's live search: the Xapian index (search/search_index.hpp) kept in step with the database.
// Every change to a service is written to the change log in its transaction; each server applies the log to
// its own index before answering a search (at most every 200 ms), so a change is
// found within a second on every server, SQLite or PostgreSQL.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <soci/soci.h>

#include "directory/search/search_index.hpp"

namespace maillage {
class App;
class Database;
}  // namespace maillage

namespace maillage::directory {

struct ResultCard;  // views.hpp

// A document's results cards as the search page rendered them, by what else they depend on (language,
// labels, staleness: views.hpp's result_card_key). Kept with the document in SearchService's memory, so dropped
// with it as soon as its service changes. A few per document: one per language in use.
class RenderedCards {
 public:
  static constexpr std::size_t kMaxPerDocument = 8;
  std::shared_ptr<const ResultCard> find(const std::string& key) const;
  void keep(const std::string& key, std::shared_ptr<const ResultCard> card);  // the oldest out beyond the bound

 private:
  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, std::shared_ptr<const ResultCard>>> by_key_;
};

class SearchService {
 public:
  // index_path: a folder for the on-disk index, or ":memory:".
  SearchService(Database& db, const std::string& index_path);

  // Applies the changes logged since the last catch-up, and the synonym table when its revision moved.
  // Returns how many services were updated or removed (+1 when the synonyms were reloaded).
  int catch_up();
  // Rebuilds the whole index from the database (`maillage reindex`, or a first start). Returns its size.
  std::size_t rebuild();
  // Catches up if the last catch-up is older than 200 ms, then searches.
  search::SearchResults search(const search::SearchQuery& query);
  // The same, answered from memory when the same search ran since the index last changed: professionals
  // repeat the same few searches (and page through them), and a page then costs no engine work. Entries
  // are tagged with the index's generation, so a change to the directory or the synonyms is never hidden.
  std::shared_ptr<const search::SearchResults> search_cached(const search::SearchQuery& query);
  static constexpr std::size_t kCachedSearches = 1024;
  std::size_t size() const { return index_.size(); }
  std::vector<std::string> unmarked_phrases() const { return index_.unmarked_phrases(); }
  static constexpr std::size_t kMaxServicesToMarkAPhrase = 5000;

  // The documents of a page of hits, in the hits' order (nullptr for a hit no longer in the database), with
  // their database ids, as a results card shows them: without extra_terms and opening (only the index uses
  // them). Kept in memory between requests (at most kCachedDocuments: a directory of the
  // region's size fits whole) and dropped for a service as soon as the change log says it changed, so a
  // results page costs no query once warm.
  struct Found {
    std::int64_t service_id = 0;
    std::shared_ptr<const search::ServiceDocument> document;
    std::shared_ptr<RenderedCards> cards;  // shared by every page that shows this version of the document
  };
  std::vector<Found> documents(soci::session& sql, const std::vector<search::SearchHit>& hits);
  static constexpr std::size_t kCachedDocuments = 50000;

 private:
  void save_position();
  // Hands the database's synonym table to the index when its revision differs from the one loaded.
  bool reload_synonyms(soci::session& sql);
  void mark_new_phrases(soci::session& sql);
  Database& db_;
  std::string path_;
  search::SearchIndex index_;
  std::mutex catch_up_mutex_;
  std::int64_t last_change_ = 0;
  std::int64_t synonyms_revision_ = -1;
  std::chrono::steady_clock::time_point last_catch_up_{};
  void catch_up_if_due();
  int catch_up_locked();  // catch_up_mutex_ held
  void index_changed() { ++generation_; }
  std::atomic<std::uint64_t> generation_{0};
  std::mutex results_mutex_;
  std::unordered_map<std::string, std::pair<std::uint64_t, std::shared_ptr<const search::SearchResults>>> results_;
  std::mutex cache_mutex_;
  std::unordered_map<std::string, Found> cache_;           // by HSDS id (the index's document id)
  std::unordered_map<std::int64_t, std::string> cached_as_;  // database id -> HSDS id, to drop changed ones
};

// Where the index of an App lives: Config::index_dir if set, else beside the SQLite file
// (data/maillage.db -> data/maillage.db.index), else ./data/index (PostgreSQL).
std::string index_path(const App& app);
// The App's search service, opened (and built if empty) on first use; one per database in the process.
SearchService& search_service(App& app);

}  // namespace maillage::directory
