// The public agenda: every public offer session ahead, as the bassins' sites, the newsletters and the paper
// programme read it. One snapshot of the sessions ahead is kept in memory per database and read again when an
// offer or a session changes in this process (offers::catalogue_revision) and at least every kSnapshotSeconds
// (another server's change, seats taken, sessions that started); every filter reads that snapshot.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace maillage {
class Database;
}

namespace maillage::agenda {

// One session ahead of a public offer.
struct Item {
  std::int64_t session_id = 0, offer_id = 0, campaign_id = 0;
  std::int64_t starts_at = 0, ends_at = 0;
  std::string type, territory, audience, theme;  // offer type, "region" or a bassin, offers' audience, theme code
  std::string title_fr, title_nl, title_en;
  std::string description_fr, description_nl, description_en;
  std::string easy_fr, easy_nl, easy_en;  // easy-to-read texts for service users (agenda/easy_read.hpp)
  std::string place, postal_code, host_name, format;
  bool online = false;
  int capacity = 0, held = 0;
  std::string status;  // open, closed
  std::int64_t updated_at = 0;
  std::vector<std::string> zones;  // slugs of the zones its place falls in (territory/zones.hpp), by postal code

  const std::string& title(const std::string& lang) const;
  const std::string& description(const std::string& lang) const;
  // The easy-to-read text when there is one, else the description.
  const std::string& easy_or_description(const std::string& lang) const;
  int free() const { return capacity > held ? capacity - held : 0; }
  // Where a visitor registers: the offer's page with this session chosen (an open-door week: its programme).
  std::string registration_path() const;
};

// The filters every view and feed takes, from the query string. Unknown values are dropped (never an error),
// so that a stale link still shows the agenda.
struct Filter {
  std::string bassin, theme, type, audience;  // audience: "professionals" or "service_users"
  std::string zone;  // a zone's slug: the sessions held in it (their place's postal code); online ones are not
  bool matches(const Item& item) const;
  // The query string of these filters ("bassin=sud&type=webinar"), in a fixed order: cache keys and links.
  std::string query() const;
  bool empty() const { return bassin.empty() && theme.empty() && type.empty() && audience.empty() && zone.empty(); }
};

struct Label {
  std::string code;
  std::map<std::string, std::string> by_lang;  // fr, nl, en
  const std::string& in(const std::string& lang) const;
};

struct Snapshot {
  std::vector<Item> items;           // by start time
  std::vector<Label> bassins, themes;  // the care areas, the directory's themes (for filters and labels)
  std::vector<Label> zones;            // the zones (fr, nl names), for the filter; an edit shows within kSnapshotSeconds
  std::int64_t revision = 0, loaded_at = 0;
  std::uint64_t generation = 0;      // grows with each load: output caches key on it
  std::uint64_t db_instance = 0;
  std::vector<const Item*> select(const Filter& f, std::size_t offset, std::size_t limit, std::size_t* total = nullptr) const;
  std::string bassin_name(const std::string& slug, const std::string& lang) const;
  std::string theme_name(const std::string& code, const std::string& lang) const;
};

constexpr std::int64_t kSnapshotSeconds = 60;

// Sessions ahead of published, public offers (not immersions), open or closed, from `now`.
std::vector<Item> load_items(soci::session& sql, std::int64_t now);
// The snapshot of this database, loaded again when stale.
std::shared_ptr<const Snapshot> snapshot(Database& db);
// Reads the filters from a request, keeping only known bassins, themes, types and audiences.
Filter filter_from(const RequestContext& ctx, const Snapshot& snap);

// Rendered outputs (pages, feeds) per filter and language, kept while the snapshot they came from is current.
// Bounded: emptied when it holds kMaxOutputs entries.
struct Output {
  std::string body, content_type;
};
constexpr std::size_t kMaxOutputs = 2048;
std::shared_ptr<const Output> cached_output(const Snapshot& snap, const std::string& key);
void store_output(const Snapshot& snap, const std::string& key, std::shared_ptr<const Output> out);

}  // namespace maillage::agenda
