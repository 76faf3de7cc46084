#include "directory/search_service.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>

#include "directory/model.hpp"
#include "directory/vocabularies.hpp"
#include "platform/app.hpp"

namespace maillage::directory {

namespace {
constexpr auto kCatchUpEvery = std::chrono::milliseconds(200);
const char* kPositionFile = "maillage-change-position";

std::int64_t latest_change(soci::session& sql) {
  std::int64_t id = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MAX(id) FROM directory_changes", soci::into(id, ind);
  return ind == soci::i_ok ? id : 0;
}
}  // namespace

std::shared_ptr<const ResultCard> RenderedCards::find(const std::string& key) const {
  std::lock_guard lock(mutex_);
  for (const auto& [k, card] : by_key_)
    if (k == key) return card;
  return nullptr;
}

void RenderedCards::keep(const std::string& key, std::shared_ptr<const ResultCard> card) {
  std::lock_guard lock(mutex_);
  for (auto& [k, c] : by_key_)
    if (k == key) {
      c = std::move(card);
      return;
    }
  if (by_key_.size() >= kMaxPerDocument) by_key_.erase(by_key_.begin());
  by_key_.emplace_back(key, std::move(card));
}

SearchService::SearchService(Database& db, const std::string& index_path)
    : db_(db), path_(index_path == ":memory:" ? "" : index_path), index_(path_) {
  {
    soci::session sql(db_.pool());
    reload_synonyms(sql);
  }
  if (!path_.empty()) {
    std::ifstream in(std::filesystem::path(path_) / kPositionFile);
    in >> last_change_;
  }
  // An empty index (first start, or in memory) is built from the database; otherwise the change log brings
  // it up to date from where this server stopped.
  if (index_.size() == 0) rebuild();
  else catch_up();
}

void SearchService::save_position() {
  if (path_.empty()) return;
  std::ofstream out(std::filesystem::path(path_) / kPositionFile, std::ios::trunc);
  out << last_change_;
}

std::size_t SearchService::rebuild() {
  std::lock_guard lock(catch_up_mutex_);
  soci::session sql(db_.pool());
  // The position is read first: a change committed while we read the documents is applied again later.
  std::int64_t position = latest_change(sql);
  for (auto& doc : load_documents(sql)) index_.upsert(doc);
  index_.commit();
  index_.mark_phrases(index_.unmarked_phrases());  // every service was just indexed with the whole table
  index_changed();
  last_change_ = position;
  save_position();
  last_catch_up_ = std::chrono::steady_clock::now();
  return index_.size();
}

bool SearchService::reload_synonyms(soci::session& sql) {
  auto revision = synonyms_revision(sql);
  if (revision == synonyms_revision_) return false;
  index_.set_synonyms(load_synonyms(sql));
  synonyms_revision_ = revision;
  mark_new_phrases(sql);
  return true;
}

void SearchService::mark_new_phrases(soci::session& sql) {
  // A phrase a coordinator just added is searched by positions until the services holding its words are
  // indexed again: do it now for those that are few enough (a bounded pause of this one catch-up); a phrase
  // of very common words waits for `maillage reindex`.
  std::vector<std::string> marked;
  for (const auto& phrase : index_.unmarked_phrases()) {
    auto ids = index_.ids_holding_words_of(phrase, kMaxServicesToMarkAPhrase);
    if (!ids) continue;
    std::vector<std::int64_t> services;
    for (const auto& hsds : *ids)
      if (auto id = service_id_of(sql, hsds)) services.push_back(id);
    if (!services.empty())
      for (auto& doc : load_documents(sql, services)) index_.upsert(doc);
    marked.push_back(phrase);
  }
  index_.mark_phrases(marked);
}

int SearchService::catch_up() {
  std::lock_guard lock(catch_up_mutex_);
  return catch_up_locked();
}

int SearchService::catch_up_locked() {
  last_catch_up_ = std::chrono::steady_clock::now();
  int applied = 0;
  soci::session sql(db_.pool());
  // A coordinator's edit of the synonym table (on any server) counts as a change: searches use it at once.
  if (reload_synonyms(sql)) ++applied;
  for (;;) {
    auto changes = changes_since(sql, last_change_);
    if (changes.empty()) break;
    // The changed services are read together (a handful of queries per batch, not per service): renaming a
    // vocabulary term can log thousands of them at once.
    std::vector<std::int64_t> ids;
    for (auto& c : changes)
      // Services are never deleted (a closed one becomes defunct and stays indexed, hidden from searches).
      if (c.exists) ids.push_back(c.service_id);
    if (!ids.empty())
      for (auto& doc : load_documents(sql, ids)) index_.upsert(doc);
    for (auto& c : changes) {
      {
        std::lock_guard cache_lock(cache_mutex_);
        if (auto it = cached_as_.find(c.service_id); it != cached_as_.end()) {
          cache_.erase(it->second);
          cached_as_.erase(it);
        }
      }
      last_change_ = std::max(last_change_, c.change_id);
      ++applied;
    }
  }
  if (applied) {
    index_.commit();
    index_changed();
    save_position();
  }
  return applied;
}

std::vector<SearchService::Found> SearchService::documents(soci::session& sql, const std::vector<search::SearchHit>& hits) {
  std::vector<Found> out(hits.size());
  std::vector<std::size_t> missing;
  {
    std::lock_guard lock(cache_mutex_);
    for (std::size_t i = 0; i < hits.size(); ++i) {
      auto it = cache_.find(hits[i].id);
      if (it != cache_.end()) out[i] = it->second;
      else missing.push_back(i);
    }
  }
  if (missing.empty()) return out;
  std::vector<std::int64_t> ids;
  for (auto i : missing) ids.push_back(service_id_of(sql, hits[i].id));
  std::unordered_map<std::string, std::shared_ptr<const search::ServiceDocument>> loaded;
  for (auto& doc : load_documents(sql, ids)) {
    auto id = doc.id;
    // What a results card shows: the words only the index needs are not kept.
    doc.extra_terms.clear();
    doc.extra_terms.shrink_to_fit();
    doc.opening.clear();
    doc.opening.shrink_to_fit();
    loaded.emplace(id, std::make_shared<const search::ServiceDocument>(std::move(doc)));
  }
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() + missing.size() > kCachedDocuments) {
    // Bounded: an eighth of the entries make room (the first in the table's order, close enough to random).
    // Emptying it all at once, as before, threw the whole directory away each time it filled up.
    std::size_t drop = std::max<std::size_t>(kCachedDocuments / 8, missing.size());
    for (auto it = cache_.begin(); it != cache_.end() && drop > 0; --drop) {
      cached_as_.erase(it->second.service_id);
      it = cache_.erase(it);
    }
  }
  for (std::size_t k = 0; k < missing.size(); ++k) {
    auto i = missing[k];
    auto it = loaded.find(hits[i].id);
    if (!ids[k] || it == loaded.end()) continue;
    out[i] = Found{ids[k], it->second, std::make_shared<RenderedCards>()};
    cache_[hits[i].id] = out[i];
    cached_as_[ids[k]] = hits[i].id;
  }
  return out;
}

void SearchService::catch_up_if_due() {
  // A search never waits for another one's catch-up: it answers from the index as it is (at most 200 ms
  // behind), and the catch-up under way brings it up to date.
  std::unique_lock lock(catch_up_mutex_, std::try_to_lock);
  if (lock && std::chrono::steady_clock::now() - last_catch_up_ >= kCatchUpEvery) catch_up_locked();
}

search::SearchResults SearchService::search(const search::SearchQuery& query) {
  catch_up_if_due();
  return index_.search(query);
}

namespace {
// Everything that decides a search's answer, as one key ("open now" by the minute it is asked at).
std::string cache_key(const search::SearchQuery& q) {
  // Each value with its length first, so that no text or filter value can pass for another search's key.
  auto field = [](const std::string& v) { return std::to_string(v.size()) + ':' + v; };
  std::string k = field(q.text) + field(q.lang);
  for (auto& [facet, values] : q.filters) {
    k += std::to_string(static_cast<int>(facet)) + '=' + std::to_string(values.size()) + ':';
    for (auto& v : values) k += field(v);
  }
  char buf[128];
  std::snprintf(buf, sizeof buf, "\x1f%.6f,%.6f,%.3f,%d,%lld,%d,%d,%d", q.near_lat.value_or(1000), q.near_lng.value_or(1000),
                q.within_km.value_or(-1), q.open_now ? 1 : 0,
                static_cast<long long>(q.open_now ? (q.now ? q.now : ::time(nullptr)) / 60 : 0), q.include_defunct ? 1 : 0,
                q.offset, q.limit);
  return k + buf;
}
}  // namespace

std::shared_ptr<const search::SearchResults> SearchService::search_cached(const search::SearchQuery& query) {
  catch_up_if_due();
  // The generation is read before searching: an answer computed while the index changed is stored under
  // the old generation and never served.
  std::uint64_t generation = generation_.load();
  std::string key = cache_key(query);
  {
    std::lock_guard lock(results_mutex_);
    auto it = results_.find(key);
    if (it != results_.end() && it->second.first == generation) return it->second.second;
  }
  auto results = std::make_shared<const search::SearchResults>(index_.search(query));
  std::lock_guard lock(results_mutex_);
  if (results_.size() >= kCachedSearches) {
    // Bounded: an eighth of the entries make room, and those of an older generation first (they can never be
    // served again). Emptying it all at once, as before, started every 1,024 searches from nothing.
    for (auto it = results_.begin(); it != results_.end();) it = it->second.first != generation ? results_.erase(it) : std::next(it);
    for (auto it = results_.begin(); it != results_.end() && results_.size() > kCachedSearches - kCachedSearches / 8;)
      it = results_.erase(it);
  }
  results_[key] = {generation, results};
  return results;
}

std::string index_path(const App& app) {
  if (!app.config.index_dir.empty()) return app.config.index_dir;
  if (app.db.kind() == DbKind::Sqlite) return app.db.url().path + ".index";
  return "./data/index";
}

SearchService& search_service(App& app) {
  static std::mutex mutex;
  static std::map<std::uint64_t, std::unique_ptr<SearchService>> services;  // by Database::instance_id()
  std::lock_guard lock(mutex);
  auto& s = services[app.db.instance_id()];
  if (!s) {
    auto path = index_path(app);
    if (path != ":memory:") std::filesystem::create_directories(path);
    s = std::make_unique<SearchService>(app.db, path);
  }
  return *s;
}

}  // namespace maillage::directory
