#include "directory/search_service.hpp"

#include <filesystem>
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
  return true;
}

int SearchService::catch_up() {
  std::lock_guard lock(catch_up_mutex_);
  last_catch_up_ = std::chrono::steady_clock::now();
  int applied = 0;
  soci::session sql(db_.pool());
  // A coordinator's edit of the synonym table (on any server) counts as a change: searches use it at once.
  if (reload_synonyms(sql)) ++applied;
  for (;;) {
    auto changes = changes_since(sql, last_change_);
    if (changes.empty()) break;
    for (auto& c : changes) {
      // Services are never deleted (a closed one becomes defunct and stays indexed, hidden from searches).
      if (c.exists) index_.upsert(to_search_document(sql, c.service_id));
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
    loaded.emplace(id, std::make_shared<const search::ServiceDocument>(std::move(doc)));
  }
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() + missing.size() > kCachedDocuments) {  // crude but bounded: start again
    cache_.clear();
    cached_as_.clear();
  }
  for (std::size_t k = 0; k < missing.size(); ++k) {
    auto i = missing[k];
    auto it = loaded.find(hits[i].id);
    if (!ids[k] || it == loaded.end()) continue;
    out[i] = Found{ids[k], it->second};
    cache_[hits[i].id] = out[i];
    cached_as_[ids[k]] = hits[i].id;
  }
  return out;
}

search::SearchResults SearchService::search(const search::SearchQuery& query) {
  bool due;
  {
    std::lock_guard lock(catch_up_mutex_);
    due = std::chrono::steady_clock::now() - last_catch_up_ >= kCatchUpEvery;
  }
  if (due) catch_up();
  return index_.search(query);
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
