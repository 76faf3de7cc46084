#include "directory/search_service.hpp"

#include <filesystem>
#include <fstream>
#include <map>

#include "directory/model.hpp"
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
  index_.set_synonyms(search::default_synonyms());
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

int SearchService::catch_up() {
  std::lock_guard lock(catch_up_mutex_);
  last_catch_up_ = std::chrono::steady_clock::now();
  int applied = 0;
  soci::session sql(db_.pool());
  for (;;) {
    auto changes = changes_since(sql, last_change_);
    if (changes.empty()) break;
    for (auto& c : changes) {
      // Services are never deleted (a closed one becomes defunct and stays indexed, hidden from searches).
      if (c.exists) index_.upsert(to_search_document(sql, c.service_id));
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
