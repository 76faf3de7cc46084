#include "agenda/agenda.hpp"
#include "territory/zones.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

#include "directory/model.hpp"
#include "offers/model.hpp"
#include "offers/rules.hpp"
#include "platform/code_lists.hpp"
#include "platform/db.hpp"
#include "territory/model.hpp"

namespace maillage::agenda {

namespace {
const std::string& in_lang(const std::string& fr, const std::string& nl, const std::string& en, const std::string& lang) {
  const std::string& asked = lang == "nl" ? nl : (lang == "en" || lang == "qps") ? en : fr;
  if (!asked.empty()) return asked;
  return !fr.empty() ? fr : !nl.empty() ? nl : en;
}
}  // namespace

const std::string& Item::title(const std::string& lang) const { return in_lang(title_fr, title_nl, title_en, lang); }
const std::string& Item::description(const std::string& lang) const {
  return in_lang(description_fr, description_nl, description_en, lang);
}

const std::string& Item::easy_or_description(const std::string& lang) const {
  const std::string& easy = in_lang(easy_fr, easy_nl, easy_en, lang);
  return easy.empty() ? description(lang) : easy;
}

std::string Item::registration_path() const {
  if (type == "open_door" && campaign_id) return "/offers/open-door/" + std::to_string(campaign_id);
  return "/offers/" + std::to_string(offer_id) + "?session=" + std::to_string(session_id) + "#session_id";
}

bool Filter::matches(const Item& i) const {
  if (!bassin.empty() && i.territory != bassin && i.territory != "region") return false;
  if (!theme.empty() && i.theme != theme) return false;
  if (!type.empty() && i.type != type) return false;
  if (!audience.empty() && i.audience != audience && i.audience != "everyone") return false;
  if (!zone.empty() && std::find(i.zones.begin(), i.zones.end(), zone) == i.zones.end()) return false;
  return true;
}

std::string Filter::query() const {
  std::string q;
  auto add = [&](const char* k, const std::string& v) {
    if (v.empty()) return;
    q += (q.empty() ? "" : "&") + std::string(k) + "=" + url_encode(v);
  };
  add("bassin", bassin);
  add("theme", theme);
  add("type", type);
  add("audience", audience);
  add("zone", zone);
  return q;
}

const std::string& Label::in(const std::string& lang) const {
  static const std::string none;
  for (auto* l : {lang.c_str(), "fr", "nl", "en"}) {
    auto it = by_lang.find(l == std::string("qps") ? "en" : l);
    if (it != by_lang.end() && !it->second.empty()) return it->second;
  }
  return none;
}

std::vector<const Item*> Snapshot::select(const Filter& f, std::size_t offset, std::size_t limit, std::size_t* total) const {
  std::vector<const Item*> out;
  std::size_t n = 0;
  for (auto& i : items) {
    if (!f.matches(i)) continue;
    if (n >= offset && out.size() < limit) out.push_back(&i);
    ++n;
    if (!total && out.size() >= limit) break;
  }
  if (total) *total = n;
  return out;
}

std::string Snapshot::bassin_name(const std::string& slug, const std::string& lang) const {
  for (auto& b : bassins)
    if (b.code == slug) return b.in(lang);
  return slug;
}

std::string Snapshot::theme_name(const std::string& code, const std::string& lang) const {
  for (auto& t : themes)
    if (t.code == code) return t.in(lang);
  return code;
}

std::vector<Item> load_items(soci::session& sql, std::int64_t now) {
  std::vector<Item> out;
  // Seats held as the offers count them (offers/model.cpp): confirmed, and e-mail holds not yet ended.
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT s.id, s.offer_id, COALESCE(o.campaign_id, 0), s.starts_at, s.ends_at, o.type, o.territory, "
                      "o.audience, o.theme, o.title_fr, o.title_nl, o.title_en, o.description_fr, o.description_nl, "
                      "o.description_en, s.place, s.postal_code, COALESCE(h.name, ''), s.format, s.online_url, s.capacity, "
                      "(SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND (r.status = 'confirmed' OR "
                      "(r.status = 'awaiting_email' AND r.hold_until > :now))), s.status, o.updated_at, o.easy_fr, o.easy_nl, o.easy_en "
                      "FROM offer_sessions s JOIN offers o ON o.id = s.offer_id "
                      "LEFT JOIN organisations h ON h.id = s.host_organisation_id "
                      "WHERE s.status IN ('open', 'closed') AND s.starts_at > :now2 AND o.status = 'published' "
                      "AND o.visibility = 'public' AND o.type <> 'immersion' ORDER BY s.starts_at, s.id",
       soci::use(now), soci::use(now));
  for (auto& r : rs) {
    Item i;
    i.session_id = as_int(r, 0);
    i.offer_id = as_int(r, 1);
    i.campaign_id = as_int(r, 2);
    i.starts_at = as_int(r, 3);
    i.ends_at = as_int(r, 4);
    i.type = as_text(r, 5);
    i.territory = as_text(r, 6);
    i.audience = as_text(r, 7);
    i.theme = as_text(r, 8);
    i.title_fr = as_text(r, 9);
    i.title_nl = as_text(r, 10);
    i.title_en = as_text(r, 11);
    i.description_fr = as_text(r, 12);
    i.description_nl = as_text(r, 13);
    i.description_en = as_text(r, 14);
    i.place = as_text(r, 15);
    i.postal_code = as_text(r, 16);
    i.host_name = as_text(r, 17);
    i.format = as_text(r, 18);
    i.online = !as_text(r, 19).empty();
    i.capacity = static_cast<int>(as_int(r, 20));
    i.held = static_cast<int>(as_int(r, 21));
    i.status = as_text(r, 22);
    i.updated_at = as_int(r, 23);
    i.easy_fr = as_text(r, 24);
    i.easy_nl = as_text(r, 25);
    i.easy_en = as_text(r, 26);
    out.push_back(std::move(i));
  }
  return out;
}

namespace {
std::atomic<std::uint64_t> g_generation{0};

std::shared_ptr<const Snapshot> load_snapshot(Database& db, std::int64_t revision, std::int64_t now) {
  auto snap = std::make_shared<Snapshot>();
  soci::session sql(db.pool());
  snap->items = load_items(sql, now);
  for (auto& b : territory::list_bassins(sql))
    snap->bassins.push_back({b.slug, {{"fr", b.name_fr}, {"nl", b.name_nl}, {"en", b.name_en}}});
  for (auto& t : directory::list_terms(sql, "themes")) snap->themes.push_back({t.code, t.label});
  // Which zones each session's place falls in, once per load: the zone filter then costs a look-up.
  auto zones = territory::list_zones(sql);
  for (auto& z : zones) snap->zones.push_back({z.slug, {{"fr", z.name_fr}, {"nl", z.name_nl}, {"en", z.name_fr}}});
  if (!zones.empty()) {
    auto places = territory::snapshot(db);
    for (auto& i : snap->items)
      if (!i.postal_code.empty()) i.zones = territory::zones_of(zones, {i.postal_code, "", ""}, places.get());
  }
  snap->revision = revision;
  snap->loaded_at = now;
  snap->generation = ++g_generation;
  snap->db_instance = db.instance_id();
  return snap;
}
}  // namespace

std::shared_ptr<const Snapshot> snapshot(Database& db) {
  static std::mutex mutex;
  static std::unordered_map<std::uint64_t, std::shared_ptr<const Snapshot>> by_db;
  std::int64_t revision = offers::catalogue_revision();
  std::int64_t now = now_seconds();
  {
    std::lock_guard lock(mutex);
    auto it = by_db.find(db.instance_id());
    if (it != by_db.end() && it->second->revision == revision && now - it->second->loaded_at < kSnapshotSeconds)
      return it->second;
  }
  // Loaded outside the lock: two threads may both load after a change; the later one wins, both are right.
  auto snap = load_snapshot(db, revision, now);
  std::lock_guard lock(mutex);
  auto& slot = by_db[db.instance_id()];
  if (!slot || slot->generation < snap->generation) slot = snap;
  return slot;
}

Filter filter_from(const RequestContext& ctx, const Snapshot& snap) {
  Filter f;
  for (auto& b : snap.bassins)
    if (b.code == ctx.q("bassin")) f.bassin = b.code;
  for (auto& t : snap.themes)
    if (t.code == ctx.q("theme")) f.theme = t.code;
  if (offers::valid_offer_type(ctx.q("type")) && ctx.q("type") != "immersion") f.type = ctx.q("type");
  if (ctx.q("audience") == "professionals" || ctx.q("audience") == "service_users") f.audience = ctx.q("audience");
  for (auto& z : snap.zones)
    if (z.code == ctx.q("zone")) f.zone = z.code;
  return f;
}

namespace {
struct Stored {
  std::uint64_t generation;
  std::shared_ptr<const Output> output;
};
std::mutex g_outputs_mutex;
std::unordered_map<std::string, Stored> g_outputs;
std::string output_key(const Snapshot& snap, const std::string& key) {
  return std::to_string(snap.db_instance) + "|" + key;
}
}  // namespace

std::shared_ptr<const Output> cached_output(const Snapshot& snap, const std::string& key) {
  std::string k = output_key(snap, key);
  std::lock_guard lock(g_outputs_mutex);
  auto it = g_outputs.find(k);
  if (it == g_outputs.end() || it->second.generation != snap.generation) return nullptr;
  return it->second.output;
}

void store_output(const Snapshot& snap, const std::string& key, std::shared_ptr<const Output> out) {
  std::string k = output_key(snap, key);
  std::lock_guard lock(g_outputs_mutex);
  if (g_outputs.size() >= kMaxOutputs) g_outputs.clear();
  g_outputs[k] = {snap.generation, std::move(out)};
}

}  // namespace maillage::agenda
