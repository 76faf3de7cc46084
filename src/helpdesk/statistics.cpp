#include "helpdesk/statistics.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <tuple>

#include "helpdesk/lines.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::helpdesk {

namespace {


std::string numbers_in(const std::vector<std::int64_t>& ids) {
  // Line ids the handler took from the lines table and the caller's grants: written as numbers, never as text.
  std::string in;
  for (auto id : ids) in += (in.empty() ? "" : ",") + std::to_string(id);
  return in.empty() ? "0" : in;
}

// The requests (aliased r) of people living in the zone: in one of its communes, or in one of its quarters when
// the responder named the quarter. The zone's id is a number the handler read from the zones table, written as a
// number, never as text.
std::string in_zone_condition(std::int64_t zone_id) {
  std::string id = std::to_string(zone_id);
  return "(r.person_commune_nis IN (SELECT code FROM zone_members WHERE member_type = 'commune' AND zone_id = " + id +
         ") OR r.person_quarter_code IN (SELECT code FROM zone_members WHERE member_type = 'quarter' AND zone_id = " +
         id + "))";
}

// The condition every query of a scope and period shares, on helpdesk_requests aliased r; binds :f and :t.
std::string request_filter(const StatsScope& scope) {
  std::string w = "r.received_at >= :f AND r.received_at < :t";
  if (!scope.all_lines) w += " AND COALESCE(r.line_reached_id, r.line_id) IN (" + numbers_in(scope.line_ids) + ")";
  if (scope.zone_id) w += " AND " + in_zone_condition(scope.zone_id);
  return w;
}

void sort_counts(std::vector<Count>& v) {
  std::sort(v.begin(), v.end(), [](const Count& a, const Count& b) {
    return a.count != b.count ? a.count > b.count : a.code < b.code;
  });
}

std::vector<Count> to_counts(const std::map<std::string, std::int64_t>& m) {
  std::vector<Count> v;
  for (auto& [code, n] : m) v.push_back({code, n});
  sort_counts(v);
  return v;
}

// The count, mean and median (the middle value, or the mean of the two middle ones) of delays in seconds, in hours.
Delay delay_of(std::vector<std::int64_t>& seconds) {
  Delay d;
  d.requests = static_cast<std::int64_t>(seconds.size());
  if (seconds.empty()) return d;
  std::int64_t sum = 0;
  for (auto x : seconds) sum += x;
  d.mean_hours = static_cast<double>(sum) / static_cast<double>(seconds.size()) / 3600.0;
  std::size_t mid = (seconds.size() - 1) / 2;
  std::nth_element(seconds.begin(), seconds.begin() + static_cast<std::ptrdiff_t>(mid), seconds.end());
  double median = static_cast<double>(seconds[mid]);
  if (seconds.size() % 2 == 0) {
    // The next value up is the smallest of those after the middle one.
    median = (median + static_cast<double>(*std::min_element(seconds.begin() + static_cast<std::ptrdiff_t>(mid) + 1, seconds.end()))) / 2;
  }
  d.median_hours = median / 3600.0;
  return d;
}

}  // namespace

void ChannelCounts::add(const std::string& channel, std::int64_t n) {
  if (channel == "phone") phone += n;
  else if (channel == "email") email += n;
  else if (channel == "web_form") web_form += n;
  else if (channel == "in_person") in_person += n;
  else other += n;
}

std::vector<std::int64_t> scope_line_ids(soci::session& sql, const StatsScope& scope) {
  if (!scope.all_lines) return scope.line_ids;
  std::vector<std::int64_t> ids;
  for (auto& l : list_lines(sql, true)) ids.push_back(l.id);
  return ids;
}

Statistics compute_line_reached(soci::session& sql, const StatsScope& scope, const Period& period) {
  Statistics s;
  s.period = period;
  const std::string filter = request_filter(scope);
  const std::string from_requests = " FROM helpdesk_requests r WHERE " + filter;

  // The networks' yearly table: line reached x channel.
  {
    std::map<std::int64_t, ChannelCounts> by_line;
    // For a zone, grouping by expressions (same values) keeps SQLite from walking the line-reached index in the
    // groups' order and looking up every request of the period for its commune: it reads the commune index
    // (0033) instead, one range per commune of the zone (100 ms -> 4 ms for a year of 20,000 requests).
    const std::string groups = scope.zone_id ? "r.line_reached_id + 0, r.channel || ''" : "r.line_reached_id, r.channel";
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT " + groups + ", COUNT(*)" + from_requests + " GROUP BY " + groups,
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      by_line[as_int(r, 0)].add(as_text(r, 1), as_int(r, 2));
      s.channels.add(as_text(r, 1), as_int(r, 2));
    }
    // Every line of the scope in the lines' order, with zero rows too (the networks publish every line); for the
    // region, an inactive line shows only when it was reached in the period.
    for (auto& l : list_lines(sql, true)) {
      bool in_scope = scope.all_lines ? (l.active || by_line.count(l.id))
                                      : std::find(scope.line_ids.begin(), scope.line_ids.end(), l.id) != scope.line_ids.end();
      if (!in_scope) continue;
      s.by_line_reached.push_back({l.id, by_line[l.id]});
    }
    s.by_line_reached.push_back({0, by_line[0]});
    s.total = s.channels.total();
  }
  return s;
}

Statistics compute_statistics(soci::session& sql, const StatsScope& scope, const Period& period) {
  Statistics s = compute_line_reached(sql, scope, period);
  const std::string filter = request_filter(scope);
  const std::string from_requests = " FROM helpdesk_requests r WHERE " + filter;

  // The line handling the request now (after transfers).
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT r.line_id, COUNT(*)" + from_requests + " GROUP BY r.line_id ORDER BY COUNT(*) DESC, r.line_id",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) s.by_line_handling.push_back({as_int(r, 0), as_int(r, 1)});
  }

  // By month of reception (Brussels months, bounds computed here so that the SQL stays portable): one count
  // of a range of the reception-time index per month, nothing to group or sort. The first month starts at the
  // period's start, the last ends at its end.
  s.month_starts = month_starts(period);
  s.by_month.assign(s.month_starts.size(), 0);
  if (!s.month_starts.empty()) {
    std::int64_t from = 0, to = 0;
    long long n = 0;
    soci::statement count = (sql.prepare << "SELECT COUNT(*)" + from_requests, soci::use(from), soci::use(to), soci::into(n));
    for (std::size_t i = 0; i < s.month_starts.size(); ++i) {
      from = i == 0 ? period.from : std::max(period.from, s.month_starts[i]);
      to = i + 1 < s.month_starts.size() ? std::min(period.to, s.month_starts[i + 1]) : period.to;
      if (from >= to) continue;
      n = 0;
      count.execute(true);
      s.by_month[i] = n;
    }
  }

  // Complexity, requester sector, status and closing outcome: one grouping, rolled up here (a few dozen groups).
  {
    std::map<std::string, std::int64_t> complexity, sector, status, outcome;
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT r.complexity, r.requester_sector, r.status, r.outcome, COUNT(*)" + from_requests +
                            " GROUP BY r.complexity, r.requester_sector, r.status, r.outcome",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      auto n = as_int(r, 4);
      complexity[as_text(r, 0)] += n;
      sector[as_text(r, 1)] += n;
      status[as_text(r, 2)] += n;
      if (as_text(r, 2) == "closed") outcome[as_text(r, 3)] += n;
    }
    s.by_complexity = to_counts(complexity);
    s.by_sector = to_counts(sector);
    s.by_status = to_counts(status);
    s.by_outcome = to_counts(outcome);
  }

  // The person concerned: bassin x age band, and each alone.
  {
    std::map<std::string, std::int64_t> bassin, age;
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT r.person_bassin_slug, r.person_age_band, COUNT(*)" + from_requests +
                            " GROUP BY r.person_bassin_slug, r.person_age_band",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      CrossCount c{as_text(r, 0), as_text(r, 1), as_int(r, 2)};
      bassin[c.row] += c.count;
      age[c.column] += c.count;
      s.by_bassin_and_age_band.push_back(std::move(c));
    }
    s.by_person_bassin = to_counts(bassin);
    s.by_age_band = to_counts(age);
  }

  // Themes (a request may have several: the counts add up to more than the requests). For every line, from the
  // themes' own copy of the reception time (migration 0038); for some lines, through their requests.
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << (scope.whole_region() ? std::string("SELECT t.theme, COUNT(*) FROM helpdesk_request_themes t WHERE "
                                                       "t.request_received_at >= :f AND t.request_received_at < :t "
                                                       "GROUP BY t.theme")
                                         : "SELECT t.theme, COUNT(*) FROM helpdesk_request_themes t JOIN helpdesk_requests r "
                                           "ON r.id = t.request_id WHERE " + filter + " GROUP BY t.theme"),
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) s.by_theme.push_back({as_text(r, 0), as_int(r, 1)});
    sort_counts(s.by_theme);
  }

  // Orientations proposed for the period's requests, by outcome (as the themes: their copy of the reception time).
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << (scope.whole_region() ? std::string("SELECT o.outcome, COUNT(*) FROM helpdesk_orientations o WHERE "
                                                       "o.request_received_at >= :f AND o.request_received_at < :t "
                                                       "GROUP BY o.outcome")
                                         : "SELECT o.outcome, COUNT(*) FROM helpdesk_orientations o JOIN helpdesk_requests r "
                                           "ON r.id = o.request_id WHERE " + filter + " GROUP BY o.outcome"),
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      s.by_orientation_outcome.push_back({as_text(r, 0), as_int(r, 1)});
      s.orientations += as_int(r, 1);
    }
    sort_counts(s.by_orientation_outcome);
  }

  // Delays: the two delays of every request of the scope read in one pass, in bulk, then counted, averaged and
  // their medians taken here (before: one pass for the counts and means, then one sorted read per median).
  {
    std::vector<std::int64_t> to_orientation, to_feedback;
    constexpr std::size_t kBatch = 2048;
    std::vector<long long> fo(kBatch), fb(kBatch);
    std::vector<soci::indicator> fo_i(kBatch), fb_i(kBatch);
    soci::statement st = (sql.prepare << "SELECT r.first_orientation_at - r.received_at, r.feedback_at - r.received_at" +
                                             from_requests + " AND (r.first_orientation_at IS NOT NULL OR r.feedback_at IS NOT NULL)",
                          soci::use(period.from), soci::use(period.to), soci::into(fo, fo_i), soci::into(fb, fb_i));
    st.execute();
    while (st.fetch()) {
      for (std::size_t i = 0; i < fo.size(); ++i) {
        if (fo_i[i] == soci::i_ok && fo[i] >= 0) to_orientation.push_back(fo[i]);
        if (fb_i[i] == soci::i_ok && fb[i] >= 0) to_feedback.push_back(fb[i]);
      }
      fo.resize(kBatch), fb.resize(kBatch), fo_i.resize(kBatch), fb_i.resize(kBatch);
    }
    s.to_first_orientation = delay_of(to_orientation);
    s.to_feedback = delay_of(to_feedback);
  }

  // Transfers proposed in the period that leave or reach a line of the scope.
  {
    std::string lines = numbers_in(scope_line_ids(sql, scope));
    std::string q = "SELECT status, COUNT(*), SUM(CASE WHEN from_line_id IN (" + lines +
                    ") THEN 1 ELSE 0 END), SUM(CASE WHEN to_line_id IN (" + lines +
                    ") THEN 1 ELSE 0 END) FROM helpdesk_transfers WHERE proposed_at >= :f AND proposed_at < :t";
    if (!scope.all_lines) q += " AND (from_line_id IN (" + lines + ") OR to_line_id IN (" + lines + "))";
    if (scope.zone_id)
      q += " AND request_id IN (SELECT r.id FROM helpdesk_requests r WHERE " + in_zone_condition(scope.zone_id) + ")";
    q += " GROUP BY status ORDER BY status";
    soci::rowset<soci::row> rs = (sql.prepare << q, soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) s.transfers.push_back({as_text(r, 0), as_int(r, 1), as_int(r, 2), as_int(r, 3)});
  }

  // Unmet needs flagged in the period by a line of the scope.
  {
    std::string q = "SELECT COUNT(*) FROM helpdesk_unmet_needs WHERE created_at >= :f AND created_at < :t";
    if (!scope.all_lines) q += " AND line_id IN (" + numbers_in(scope.line_ids) + ")";
    if (scope.zone_id)
      q += " AND request_id IN (SELECT r.id FROM helpdesk_requests r WHERE " + in_zone_condition(scope.zone_id) + ")";
    long long n = 0;
    sql << q, soci::use(period.from), soci::use(period.to), soci::into(n);
    s.unmet_needs = n;
  }
  return s;
}

namespace {
struct Fingerprint {
  std::int64_t max_id = 0, max_updated = 0, lines_updated = 0, lines = 0;
  bool operator==(const Fingerprint&) const = default;
};
struct CachedFigures {
  Fingerprint fingerprint;
  std::int64_t computed_at = 0;
  Statistics statistics;
};
using CacheKey = std::tuple<std::uint64_t, bool, std::vector<std::int64_t>, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
constexpr std::size_t kMaxCachedFigures = 64;
constexpr std::int64_t kMaxCacheSeconds = 300;

Fingerprint fingerprint(soci::session& sql) {
  Fingerprint f;
  soci::rowset<soci::row> rs = sql.prepare << "SELECT (SELECT MAX(id) FROM helpdesk_requests), (SELECT MAX(updated_at) FROM "
                                              "helpdesk_requests), (SELECT MAX(updated_at) FROM helpdesk_lines), (SELECT "
                                              "COUNT(*) FROM helpdesk_lines)";
  for (auto& r : rs) f = {as_int(r, 0), as_int(r, 1), as_int(r, 2), as_int(r, 3)};
  return f;
}
}  // namespace

Statistics cached_statistics(Database& db, soci::session& sql, const StatsScope& scope, const Period& period) {
  static std::mutex mutex;
  static std::map<CacheKey, CachedFigures> cache;
  std::vector<std::int64_t> ids = scope.line_ids;
  std::sort(ids.begin(), ids.end());
  CacheKey key{db.instance_id(), scope.all_lines, scope.all_lines ? std::vector<std::int64_t>{} : ids, period.from, period.to,
               scope.zone_id, scope.zone_updated_at};
  Fingerprint now_print = fingerprint(sql);
  std::int64_t now = now_seconds();
  {
    std::lock_guard lock(mutex);
    auto it = cache.find(key);
    // A change in the second of the computation may have come after it: only older changes are known to be in.
    if (it != cache.end() && it->second.fingerprint == now_print && now_print.max_updated < it->second.computed_at &&
        now_print.lines_updated < it->second.computed_at && now - it->second.computed_at < kMaxCacheSeconds)
      return it->second.statistics;
  }
  Statistics s = compute_statistics(sql, scope, period);
  std::lock_guard lock(mutex);
  if (cache.size() >= kMaxCachedFigures) cache.clear();
  cache[key] = {now_print, now, s};
  return s;
}

}  // namespace maillage::helpdesk
