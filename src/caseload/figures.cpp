#include "caseload/figures.hpp"

#include <algorithm>
#include <map>

#include "caseload/model.hpp"
#include "platform/db.hpp"

namespace maillage::caseload {

namespace {

// A grouped count binding the team, then p.from and p.to in the order of the query's placeholders.
std::vector<CodeCount> grouped(soci::session& sql, const std::string& query, std::int64_t team_id, const Period& p) {
  std::vector<CodeCount> out;
  soci::rowset<soci::row> rs = (sql.prepare << query, soci::use(team_id), soci::use(p.from), soci::use(p.to));
  for (auto& r : rs) out.push_back({as_text(r, 0), static_cast<long>(as_int(r, 1))});
  std::sort(out.begin(), out.end(), [](const CodeCount& a, const CodeCount& b) {
    return a.count != b.count ? a.count > b.count : a.code < b.code;
  });
  return out;
}

// Episodes followed in the period: started before its end, not ended before its start.
constexpr const char* kFollowed = "e.team_id = :t AND e.started_at < :to AND (e.ended_at IS NULL OR e.ended_at >= :f)";

}  // namespace

double percent(long part, long total) { return total ? 100.0 * double(part) / double(total) : 0; }
double change_percent(long before, long after) { return before ? 100.0 * double(after - before) / double(before) : 0; }

Period previous_period(const Period& p) {
  auto a = to_brussels(p.from);
  if (a.month == 1 && a.day == 1 && a.hour == 0 && a.minute == 0) {
    auto year = year_period(a.year);
    if (year && year->to == p.to) {
      auto before = year_period(a.year - 1);
      if (before) return *before;
    }
  }
  return {p.from - (p.to - p.from), p.from};
}

Figures compute_figures(soci::session& sql, std::int64_t team_id, const Period& period, std::int64_t now) {
  Figures f;
  f.period = period;
  f.previous = previous_period(period);
  f.reference = std::min(period.to, now);
  auto team = find_team(sql, team_id);
  if (!team) return f;
  f.fte = team->fte;

  // Requests, and what became of them.
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT decision, COUNT(*) FROM caseload_requests WHERE team_id = :t AND received_at >= :f "
                        "AND received_at < :to GROUP BY decision",
         soci::use(team_id), soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      long n = static_cast<long>(as_int(r, 1));
      std::string d = as_text(r, 0);
      f.requests += n;
      if (d == "accepted") f.accepted += n;
      else if (d == "refused") f.refused += n;
      else if (d == "oriented") f.oriented += n;
      else f.pending += n;
    }
    f.refusals = grouped(sql,
                         "SELECT refusal_reason, COUNT(*) FROM caseload_requests WHERE team_id = :t AND received_at >= :f "
                         "AND received_at < :to AND decision = 'refused' GROUP BY refusal_reason",
                         team_id, period);
    f.requests_by_sector = grouped(sql,
                                   "SELECT from_sector, COUNT(*) FROM caseload_requests WHERE team_id = :t AND "
                                   "received_at >= :f AND received_at < :to GROUP BY from_sector",
                                   team_id, period);
  }
  // People followed.
  {
    long long followed = 0, started = 0, ended = 0;
    soci::indicator si = soci::i_ok, ei = soci::i_ok;
    sql << std::string("SELECT COUNT(*), SUM(CASE WHEN e.started_at >= :f1 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN e.ended_at IS NOT NULL AND e.ended_at < :to1 THEN 1 ELSE 0 END) "
                       "FROM caseload_episodes e WHERE ") + kFollowed,
        soci::use(period.from), soci::use(period.to), soci::use(team_id), soci::use(period.to), soci::use(period.from),
        soci::into(followed), soci::into(started, si), soci::into(ended, ei);
    f.people_followed = static_cast<long>(followed);
    f.people_started = si == soci::i_ok ? static_cast<long>(started) : 0;
    f.people_ended = ei == soci::i_ok ? static_cast<long>(ended) : 0;
    // kFollowed binds the team, the period's end, then its start.
    f.profiles = grouped(sql,
                         std::string("SELECT p.code, COUNT(*) FROM caseload_episode_profiles p "
                                     "JOIN caseload_episodes e ON e.id = p.episode_id WHERE ") +
                             kFollowed + " GROUP BY p.code",
                         team_id, {period.to, period.from});
  }
  // Contacts: one grouped query per period gives the types, the missed, the pairs and the durations.
  {
    std::map<std::string, ContactTypeRow> types;
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT contact_type, missed, workers, COUNT(*), SUM(duration_minutes), "
                        "SUM(CASE WHEN duration_minutes > 0 THEN 1 ELSE 0 END) FROM caseload_contacts "
                        "WHERE team_id = :t AND occurred_at >= :f AND occurred_at < :to "
                        "GROUP BY contact_type, missed, workers",
         soci::use(team_id), soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      std::string type = as_text(r, 0), missed = as_text(r, 1);
      long workers = static_cast<long>(as_int(r, 2)), n = static_cast<long>(as_int(r, 3));
      types[type].count += n;
      f.contacts += n;
      bool ftf = face_to_face(type);
      if (ftf) f.face_to_face += n, f.appointments += n;
      if (missed.empty()) {
        f.held += n;
        f.minutes += static_cast<long>(as_int(r, 4));
        f.held_with_duration += static_cast<long>(as_int(r, 5));
        if (ftf) {
          f.face_to_face_held += n;
          if (workers >= 2) f.in_pair += n;
        }
      } else {
        if (!ftf) f.appointments += n;  // a planned call missed is an appointment too
        if (missed == "absent") f.absent += n;
        else f.cancelled += n;
      }
    }
    soci::rowset<soci::row> before =
        (sql.prepare << "SELECT contact_type, COUNT(*) FROM caseload_contacts WHERE team_id = :t AND occurred_at >= :f "
                        "AND occurred_at < :to GROUP BY contact_type",
         soci::use(team_id), soci::use(f.previous.from), soci::use(f.previous.to));
    for (auto& r : before) {
      long n = static_cast<long>(as_int(r, 1));
      types[as_text(r, 0)].previous += n;
      f.contacts_previous += n;
    }
    for (auto& t : terms(sql, team_id, kContactTypes, false)) {
      auto it = types.find(t.code);
      ContactTypeRow row{t.code, 0, 0};
      if (it != types.end()) {
        row = it->second;
        row.code = t.code;
        types.erase(it);
      }
      if (t.active || row.count || row.previous) f.by_type.push_back(row);
    }
    for (auto& [code, row] : types) f.by_type.push_back({code, row.count, row.previous});
    f.reasons = grouped(sql,
                        "SELECT code, COUNT(*) FROM caseload_contact_reasons WHERE team_id = :t AND occurred_at >= :f "
                        "AND occurred_at < :to GROUP BY code",
                        team_id, period);
    for (auto& r : f.reasons) f.reason_mentions += r.count;
  }
  // Functioning scores: the entry score and the latest score of the same instrument at the period's end, "no
  // news" when no contact was held for the team's no-news time. Averages over the valid pairs only.
  {
    struct Person {
      std::string code;
      std::int64_t started = 0, ended = 0, last_contact = 0;
      bool has_entry = false;
      std::string instrument;
      int entry = 0;
      std::int64_t entry_at = 0, now_at = 0;
      bool has_now = false;
      int now = 0;
    };
    std::map<std::int64_t, Person> people;
    std::int64_t ref = f.reference;
    soci::rowset<soci::row> eps =
        (sql.prepare << std::string("SELECT e.id, e.person_code, e.started_at, e.ended_at, "
                                    "(SELECT MAX(c.occurred_at) FROM caseload_contacts c WHERE c.episode_id = e.id "
                                    "AND c.missed = '' AND c.occurred_at < :ref) FROM caseload_episodes e WHERE ") +
                            kFollowed,
         soci::use(ref), soci::use(team_id), soci::use(period.to), soci::use(period.from));
    for (auto& r : eps) {
      Person p;
      p.code = as_text(r, 1);
      p.started = as_int(r, 2);
      p.ended = as_int(r, 3);
      p.last_contact = as_int(r, 4);
      people[as_int(r, 0)] = p;
    }
    soci::rowset<soci::row> scores =
        (sql.prepare << std::string("SELECT s.episode_id, s.instrument, s.score, s.is_entry, s.rated_at FROM caseload_scores s "
                                    "JOIN caseload_episodes e ON e.id = s.episode_id WHERE s.rated_at < :ref AND ") +
                            kFollowed + " ORDER BY s.episode_id, s.is_entry DESC, s.rated_at, s.id",
         soci::use(ref), soci::use(team_id), soci::use(period.to), soci::use(period.from));
    for (auto& r : scores) {
      auto it = people.find(as_int(r, 0));
      if (it == people.end()) continue;
      auto& p = it->second;
      std::string instrument = as_text(r, 1);
      int score = static_cast<int>(as_int(r, 2));
      std::int64_t at = as_int(r, 4);
      if (as_int(r, 3)) {
        if (!p.has_entry) p.has_entry = true, p.instrument = instrument, p.entry = score, p.entry_at = at;
      } else if (p.has_entry && instrument == p.instrument && at >= p.entry_at && at >= p.now_at) {
        p.has_now = true, p.now = score, p.now_at = at;
      }
    }
    std::map<std::string, ScoreSummary> by_instrument;
    std::map<std::string, std::pair<double, double>> sums;  // entry, now over valid pairs
    for (auto& [id, p] : people) {
      if (!p.has_entry) continue;
      Episode e;
      e.started_at = p.started;
      e.ended_at = p.ended;
      e.last_contact_at = p.last_contact;
      bool nn = no_news(e, team->no_news_days, ref);
      auto& s = by_instrument[p.instrument];
      s.instrument = p.instrument;
      ++s.people;
      if (nn) ++s.no_news;
      else if (p.has_now) {
        ++s.valid_pairs;
        sums[p.instrument].first += p.entry;
        sums[p.instrument].second += p.now;
      }
      f.score_rows.push_back({id, p.code, p.instrument, p.entry, p.has_now, p.now, nn});
    }
    auto instruments = terms(sql, team_id, kInstruments, false);
    auto position = [&](const std::string& code) {
      for (std::size_t i = 0; i < instruments.size(); ++i)
        if (instruments[i].code == code) return i;
      return instruments.size();
    };
    for (auto& [code, s] : by_instrument) {
      if (s.valid_pairs) {
        s.entry_average = sums[code].first / double(s.valid_pairs);
        s.now_average = sums[code].second / double(s.valid_pairs);
        bool higher_better = true;
        for (auto& t : instruments)
          if (t.code == code) higher_better = t.higher_better;
        s.improvement_average = higher_better ? s.now_average - s.entry_average : s.entry_average - s.now_average;
      }
      f.scores.push_back(s);
    }
    std::sort(f.scores.begin(), f.scores.end(),
              [&](const ScoreSummary& a, const ScoreSummary& b) { return position(a.instrument) < position(b.instrument); });
    std::sort(f.score_rows.begin(), f.score_rows.end(),
              [](const ScoreRow& a, const ScoreRow& b) { return a.person_code < b.person_code; });
  }
  return f;
}

}  // namespace maillage::caseload
