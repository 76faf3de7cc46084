#include "platform/sectors.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>

#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/http.hpp"
#include "platform/i18n.hpp"
#include "platform/settings.hpp"

namespace maillage {

const std::string& Sector::label(std::string_view lang) const {
  if (lang == "fr") return fr;
  const std::string& l = lang == "nl" ? nl : en;
  return l.empty() ? fr : l;
}

SectorList::SectorList(std::vector<Sector> in_order) : all_(std::move(in_order)) {
  for (std::size_t i = 0; i < all_.size(); ++i) at_.emplace(all_[i].code, i);
}

const Sector* SectorList::find(std::string_view code) const {
  auto it = at_.find(std::string(code));
  return it == at_.end() ? nullptr : &all_[it->second];
}

bool SectorList::offered(std::string_view code) const {
  auto* s = find(code);
  return s && !s->retired;
}

std::string SectorList::label(std::string_view code, std::string_view lang) const {
  auto* s = find(code);
  return s ? s->label(lang) : std::string();
}

std::vector<Sector> load_sectors(soci::session& sql) {
  std::vector<Sector> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT code, label_fr, label_nl, label_en, position, retired, updated_at, "
                                               "updated_by FROM sectors ORDER BY position, code");
  for (auto& r : rs)
    out.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), static_cast<int>(as_int(r, 4)),
                   as_int(r, 5) != 0, as_int(r, 6), as_text(r, 7)});
  return out;
}

namespace {
std::atomic<std::uint64_t> generation{0};

struct Cached {
  std::uint64_t generation = 0;
  std::chrono::steady_clock::time_point checked;
  std::string revision;
  std::shared_ptr<const SectorList> list;
};
std::mutex cache_mutex;
std::unordered_map<std::uint64_t, Cached> cache;  // by database instance
constexpr auto kFreshFor = std::chrono::seconds(1);

const std::string kRevision = "sectors_revision";  // in settings

std::string read_revision(soci::session& sql) { return read_setting(sql, kRevision).value_or(""); }

std::shared_ptr<const SectorList> fresh(Database& db, std::uint64_t gen, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(cache_mutex);
  auto it = cache.find(db.instance_id());
  if (it != cache.end() && it->second.generation == gen && now - it->second.checked < kFreshFor) return it->second.list;
  return nullptr;
}

std::shared_ptr<const SectorList> refresh(Database& db, soci::session& sql, std::uint64_t gen,
                                          std::chrono::steady_clock::time_point now) {
  // The revision is read before the rows: an edit committed in between leaves rows newer than the revision
  // kept, which only makes the next check read them again.
  std::string revision = read_revision(sql);
  {
    std::lock_guard lock(cache_mutex);
    auto it = cache.find(db.instance_id());
    if (it != cache.end() && it->second.revision == revision) {
      it->second.generation = gen;
      it->second.checked = now;
      return it->second.list;
    }
  }
  auto list = std::make_shared<const SectorList>(load_sectors(sql));
  std::lock_guard lock(cache_mutex);
  cache[db.instance_id()] = Cached{gen, now, revision, list};
  return list;
}
}  // namespace

std::shared_ptr<const SectorList> sectors(Database& db) {
  auto gen = generation.load();
  auto now = std::chrono::steady_clock::now();
  if (auto list = fresh(db, gen, now)) return list;
  soci::session sql(db.pool());
  return refresh(db, sql, gen, now);
}

std::shared_ptr<const SectorList> sectors(Database& db, soci::session& sql) {
  auto gen = generation.load();
  auto now = std::chrono::steady_clock::now();
  if (auto list = fresh(db, gen, now)) return list;
  return refresh(db, sql, gen, now);
}

void sectors_changed() { ++generation; }

namespace {
// Written in the edit's transaction, as accounts::access_changed.
void write_revision(soci::session& sql) { write_new_revision(sql, kRevision); }

bool valid_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 40 || !(code[0] >= 'a' && code[0] <= 'z')) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}
}  // namespace

const char* sector_problem(const SectorEdit& e, bool adding) {
  if (adding && !valid_code(e.code))
    return N_("The code is 2 to 40 lower-case letters, digits or underscores, starting with a letter (such as early_childhood).");
  if (e.fr.empty()) return N_("Enter the French label.");
  for (auto* l : {&e.fr, &e.nl, &e.en})
    if (utf8_length(*l) > kMaxSectorLabelChars) return N_("A label has at most 120 characters.");
  if (e.position && (*e.position < 0 || *e.position > 100000)) return N_("The position is a number from 0 to 100,000.");
  return nullptr;
}

bool add_sector(soci::session& sql, const SectorEdit& e, const std::string& by) {
  int exists = 0, count = 0;
  sql << "SELECT COUNT(*) FROM sectors WHERE code = :c", soci::use(e.code), soci::into(exists);
  sql << "SELECT COUNT(*) FROM sectors", soci::into(count);
  if (exists || static_cast<std::size_t>(count) >= kMaxSectors) return false;
  int position = 0;
  if (e.position) position = *e.position;
  else {
    // Before "other" (the catch-all stays last): take its place and move it one step further.
    soci::indicator ind = soci::i_null;
    int other = 0, last = 0;
    sql << "SELECT position FROM sectors WHERE code = 'other'", soci::into(other, ind);
    soci::indicator lind = soci::i_null;
    sql << "SELECT MAX(position) FROM sectors WHERE code <> 'other'", soci::into(last, lind);
    position = (lind == soci::i_ok ? last : 0) + 10;
    if (ind == soci::i_ok && other <= position)
      sql << "UPDATE sectors SET position = :p WHERE code = 'other'", soci::use(position + 10);
  }
  std::int64_t now = now_seconds();
  sql << "INSERT INTO sectors (code, label_fr, label_nl, label_en, position, retired, updated_at, updated_by) "
         "VALUES (:c, :fr, :nl, :en, :p, 0, :t, :b)",
      soci::use(e.code), soci::use(e.fr), soci::use(e.nl), soci::use(e.en), soci::use(position), soci::use(now),
      soci::use(by);
  write_revision(sql);
  return true;
}

bool update_sector(soci::session& sql, const std::string& code, const SectorEdit& e, const std::string& by) {
  int exists = 0, position = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT 1, position FROM sectors WHERE code = :c", soci::use(code), soci::into(exists, ind), soci::into(position);
  if (ind != soci::i_ok) return false;
  if (e.position) position = *e.position;
  std::int64_t now = now_seconds();
  sql << "UPDATE sectors SET label_fr = :fr, label_nl = :nl, label_en = :en, position = :p, updated_at = :t, "
         "updated_by = :b WHERE code = :c",
      soci::use(e.fr), soci::use(e.nl), soci::use(e.en), soci::use(position), soci::use(now), soci::use(by),
      soci::use(code);
  write_revision(sql);
  return true;
}

bool set_sector_retired(soci::session& sql, const std::string& code, bool retired, const std::string& by) {
  int exists = 0;
  sql << "SELECT COUNT(*) FROM sectors WHERE code = :c", soci::use(code), soci::into(exists);
  if (!exists) return false;
  int flag = retired ? 1 : 0;
  std::int64_t now = now_seconds();
  sql << "UPDATE sectors SET retired = :r, updated_at = :t, updated_by = :b WHERE code = :c", soci::use(flag),
      soci::use(now), soci::use(by), soci::use(code);
  write_revision(sql);
  return true;
}

std::unordered_map<std::string, long> sector_usage(soci::session& sql) {
  std::unordered_map<std::string, long> out;
  for (const char* query : {"SELECT sector, COUNT(*) FROM registrations WHERE sector <> '' GROUP BY sector",
                            "SELECT requester_sector, COUNT(*) FROM helpdesk_requests WHERE requester_sector <> '' "
                            "GROUP BY requester_sector",
                            "SELECT from_sector, COUNT(*) FROM caseload_requests WHERE from_sector <> '' GROUP BY from_sector"}) {
    soci::rowset<soci::row> rs = (sql.prepare << query);
    for (auto& r : rs) out[as_text(r, 0)] += static_cast<long>(as_int(r, 1));
  }
  return out;
}

std::string sector_label(const RequestContext& ctx, const SectorList& list, const std::string& code) {
  auto* s = list.find(code);
  return s ? s->label(ctx.lang) : ctx.tr(N_("Other sector"));
}

void fill_sector_options(const RequestContext& ctx, Dictionary& d, const char* section,
                         const SectorList& list, const std::string& selected) {
  for (auto& s : list.all()) {
    if (s.retired && s.code != selected) continue;
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", s.code);
    o->SetValue("LABEL", s.label(ctx.lang));
    if (s.code == selected) o->ShowSection("SELECTED");
  }
}

}  // namespace maillage
