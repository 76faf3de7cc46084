#include "caseload/demo.hpp"

#include <algorithm>
#include <cmath>

#include "accounts/demo_world.hpp"
#include "accounts/model.hpp"
#include "caseload/model.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::caseload {

namespace {

// A small deterministic generator (splitmix64): the same day gives the same demo.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return n > 0 ? static_cast<int>(next() % static_cast<std::uint64_t>(n)) : 0; }
  int between(int a, int b) { return a + below(b - a + 1); }
  // An index drawn with the weights given.
  std::size_t weighted(const std::vector<int>& w) {
    int total = 0;
    for (int x : w) total += x;
    int r = below(total);
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (r < w[i]) return i;
      r -= w[i];
    }
    return w.size() - 1;
  }
};

std::int64_t user_id(soci::session& sql, const std::string& email) {
  std::int64_t id = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(id, ind);
  return sql.got_data() && ind == soci::i_ok ? id : 0;
}

void grant(soci::session& sql, std::int64_t user, const char* role, std::int64_t team) {
  if (user) accounts::add_grant(sql, user, {0, role, "team", std::to_string(team)}, 0);
}

const accounts::demo::DemoOrganisation* organisation_named(const accounts::demo::World& world, const std::string& start,
                                                           const std::string& sector) {
  for (auto& o : world.organisations)
    if (o.name.rfind(start, 0) == 0) return &o;
  auto in = world.organisations_in("", sector);
  if (!in.empty()) return in.front();
  return world.organisations.empty() ? nullptr : &world.organisations.front();
}

// The team's members: the demo login, the organisation's people; its coordinator coordinates the team.
std::vector<std::int64_t> staff_team(soci::session& sql, const accounts::demo::World& world, std::int64_t team,
                                     std::int64_t org, std::int64_t login, bool login_coordinates) {
  std::vector<std::int64_t> workers;
  if (login) {
    accounts::set_membership(sql, login, org, "member");
    grant(sql, login, login_coordinates ? "caseload_coordinator" : "caseload", team);
    workers.push_back(login);
  }
  for (auto* p : world.people_of(org)) {
    if (std::find(workers.begin(), workers.end(), p->user_id) != workers.end()) continue;
    grant(sql, p->user_id, p->role == "coordinator" ? "caseload_coordinator" : "caseload", team);
    workers.push_back(p->user_id);
    if (workers.size() >= 5) break;
  }
  return workers;
}

// Contacts of one calendar period shaped like a team's yearly table: counts by type, missed appointments (absent,
// cancelled) among the face-to-face ones, pairs, durations and reasons by the report's shares.
struct Shape {
  int home_visits = 0, accompaniments = 0, office = 0, phone = 0;
  int absent = 0, cancelled = 0;
  int pair_percent = 39;
};
const std::vector<std::string> kReasonCodes = {"network_relay", "concertation", "crisis", "housing", "psychological",
                                               "consumption", "medical", "admin_justice", "daily_life"};
const std::vector<int> kReasonShares = {6, 2, 4, 21, 8, 3, 8, 19, 29};

struct EpisodeRef {
  std::int64_t id = 0, worker = 0, started = 0;
  bool quiet_at_end = false;  // no contact in the last 100 days of the period: "no news"
};

void contacts_for(soci::session& sql, Rng& rng, std::int64_t team, const std::vector<EpisodeRef>& people,
                  const Shape& shape, std::int64_t from, std::int64_t to, std::int64_t now) {
  if (people.empty() || to <= from) return;
  std::vector<std::string> kinds;
  kinds.insert(kinds.end(), shape.home_visits, "home_visit");
  kinds.insert(kinds.end(), shape.accompaniments, "accompaniment");
  kinds.insert(kinds.end(), shape.office, "office_meeting");
  kinds.insert(kinds.end(), shape.phone, "phone");
  // Which face-to-face contacts were missed: the first `absent`, then `cancelled`, of a shuffled order.
  std::vector<std::size_t> ftf;
  for (std::size_t i = 0; i < kinds.size(); ++i)
    if (kinds[i] != "phone") ftf.push_back(i);
  for (std::size_t i = ftf.size(); i > 1; --i) std::swap(ftf[i - 1], ftf[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
  std::vector<std::string> missed(kinds.size());
  for (int i = 0; i < shape.absent && i < static_cast<int>(ftf.size()); ++i) missed[ftf[i]] = "absent";
  for (int i = shape.absent; i < shape.absent + shape.cancelled && i < static_cast<int>(ftf.size()); ++i) missed[ftf[i]] = "cancelled";
  std::vector<std::size_t> active;
  for (std::size_t i = 0; i < people.size(); ++i) active.push_back(i);
  std::int64_t span = to - from;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    Contact c;
    c.team_id = team;
    std::int64_t at = from + static_cast<std::int64_t>(rng.next() % static_cast<std::uint64_t>(span));
    const EpisodeRef* who = &people[static_cast<std::size_t>(rng.below(static_cast<int>(people.size())))];
    // The quiet ones get nothing in the last 100 days: they are "no news" at the end of the period.
    for (int tries = 0; who->quiet_at_end && at > to - 100 * 86400 && tries < 20; ++tries)
      who = &people[static_cast<std::size_t>(rng.below(static_cast<int>(people.size())))];
    if (who->quiet_at_end && at > to - 100 * 86400) at -= 100 * 86400;
    // Not before the person's start: moved into the part of the period after it.
    if (at < who->started && who->started < to) at = who->started + (at - from) % (to - who->started);
    if (at > now) continue;
    // Working hours: between 8:00 and 18:00 Brussels.
    auto day = from_brussels(local_date_iso(at), "08:00");
    if (day) at = *day + rng.below(10 * 60) * 60;
    c.episode_id = who->id;
    c.worker_user_id = who->worker;
    c.occurred_at = at;
    c.contact_type = kinds[i];
    c.missed = missed[i];
    bool phone = c.contact_type == "phone";
    c.duration_minutes = c.missed.empty() ? (phone ? rng.between(10, 50) : rng.between(55, 113)) : 0;
    c.workers = !phone && c.missed.empty() && rng.below(100) < shape.pair_percent ? 2 : 1;
    if (c.missed.empty()) {
      c.reasons.push_back(kReasonCodes[rng.weighted(kReasonShares)]);
      if (rng.below(3) == 0) c.reasons.push_back(kReasonCodes[rng.weighted(kReasonShares)]);
    }
    add_contact(sql, c, now);
  }
}

Shape scaled(const Shape& s, double f) {
  auto r = [&](int n) { return static_cast<int>(std::lround(n * f)); };
  return {r(s.home_visits), r(s.accompaniments), r(s.office), r(s.phone), r(s.absent), r(s.cancelled), s.pair_percent};
}

}  // namespace

int seed_demo(App& app) {
  return app.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    auto world = accounts::demo::load_world(sql);
    int this_year = to_brussels(now).year;
    auto current = *year_period(this_year);
    auto last = *year_period(this_year - 1);
    auto before = *year_period(this_year - 2);
    double elapsed = double(now - current.from) / double(current.to - current.from);
    Rng rng{static_cast<std::uint64_t>(this_year) * 7919};
    std::vector<std::int64_t> services;
    {
      soci::rowset<soci::row> rs = sql.prepare << "SELECT id FROM directory_services ORDER BY id LIMIT 20";
      for (auto& r : rs) services.push_back(as_int(r, 0));
    }
    int created = 0;

    // Housing First (Smes 2020): 56 tenants, 3,710 contacts (+7 %), 44 minutes, 39 % in pair, 27 % missed.
    if (auto* org = organisation_named(world, "Centre de jour pour personnes sans abri", "homelessness")) {
      Team t;
      t.name = "Housing First Bruxelles";
      t.kind = "housing_first";
      t.organisation_id = org->id;
      t.fte = 7;
      auto team = create_team(sql, t, now);
      auto workers = staff_team(sql, world, team, org->id, user_id(sql, "caseload@demo.maillage.brussels"), false);
      std::vector<EpisodeRef> people;
      const int kTenants = 56, kNoNews = 6;
      // Entry scores averaging 35 and re-scores averaging 48 over the 50 valid pairs (symmetric spreads).
      for (int i = 0; i < kTenants; ++i) {
        Episode e;
        e.team_id = team;
        char code[16];
        std::snprintf(code, sizeof code, "HF-%03d", i + 1);
        e.person_code = code;
        e.age_band = i % 3 == 0 ? "26_39" : "40_64";
        e.gender = i % 4 == 0 ? "female" : "male";
        e.worker_user_id = workers.empty() ? 0 : workers[static_cast<std::size_t>(i) % workers.size()];
        bool arrived_last_year = i >= kTenants - 6;
        e.started_at = arrived_last_year ? last.from + (i - (kTenants - 6) + 1) * 40 * 86400 : before.from - (i + 1) * 20 * 86400;
        if (i % 2 == 0) e.profiles.push_back("housing_instability");
        if (i % 3 == 0) e.profiles.push_back("addiction");
        if (i % 5 == 0) e.profiles.push_back("chronic_comorbidity");
        int k = (i / 2) % 10;
        int entry = 35 + (i % 2 ? k : -k);
        auto eid = create_episode(sql, e, EntryScore{"gaf", entry, e.started_at}, e.worker_user_id, now);
        bool quiet = i >= kTenants - kNoNews - 6 && i < kTenants - 6;
        if (!quiet) add_rescore(sql, eid, "gaf", entry + 13 + (i % 2 ? -(k % 4) : (k % 4)), last.from + 300 * 86400,
                                e.worker_user_id, now);
        people.push_back({eid, e.worker_user_id, e.started_at, quiet});
        ++created;
      }
      for (int i = 0; i < 6; ++i) {
        Request r;
        r.team_id = team;
        r.received_at = last.from + (i + 1) * 40 * 86400 - 10 * 86400;
        r.from_sector = "homelessness";
        r.person_code = "HF-R" + std::to_string(i + 1);
        r.reason = "housing";
        create_request(sql, r, now);
      }
      // The two years before as the report gives them (2019: 876 home visits, 2020: 907), this year to date.
      std::vector<EpisodeRef> earlier;
      for (auto& p : people)
        if (p.started < before.from) earlier.push_back(p);
      contacts_for(sql, rng, team, earlier, {876, 270, 0, 2321, 250, 50, 39}, before.from, before.to, now);
      Shape year{907, 288, 0, 2515, 268, 53, 39};
      contacts_for(sql, rng, team, people, year, last.from, last.to, now);
      contacts_for(sql, rng, team, people, scaled(year, elapsed), current.from, now, now);
    }

    // A mobile team (MOVEOplus 2021): 107 requests, 64 accompaniments, mostly from first-line health and social
    // organisations; profiles a third each of housing instability, chronic comorbidity and addiction, 27 %
    // domestic violence, a quarter care avoidance, 70 % an addiction comorbidity.
    if (auto* org = organisation_named(world, "Équipe mobile de psychiatrie", "mental_health")) {
      Team t;
      t.name = "Équipe mobile MOVEO";
      t.kind = "mobile_team";
      t.organisation_id = org->id;
      t.territory = org->bassin;
      t.fte = 4.5;
      auto team = create_team(sql, t, now);
      auto workers = staff_team(sql, world, team, org->id, user_id(sql, "caseload.mobile@demo.maillage.brussels"), true);
      const std::vector<std::string> sectors = {"primary_care", "social", "mental_health", "hospital", "homelessness", "addictions"};
      const std::vector<int> sector_weights = {30, 30, 15, 10, 8, 7};
      const std::vector<std::string> refusals = {"outside_territory", "outside_mission", "caseload_full", "person_declined"};
      auto year_of_requests = [&](const Period& p, int requests, int accepted, int oriented, const char* prefix) {
        std::vector<EpisodeRef> people;
        for (int i = 0; i < requests; ++i) {
          Request r;
          r.team_id = team;
          r.received_at = p.from + static_cast<std::int64_t>(i) * (p.to - p.from) / std::max(requests, 1) + 9 * 3600;
          if (r.received_at > now) break;
          r.from_sector = sectors[rng.weighted(sector_weights)];
          r.person_code = std::string(prefix) + std::to_string(i + 1);
          r.age_band = i % 4 == 0 ? "65_plus" : (i % 3 == 0 ? "26_39" : "40_64");
          r.gender = i % 2 ? "female" : "male";
          r.reason = i % 3 == 0 ? "psychological" : (i % 3 == 1 ? "medical" : "housing");
          r.created_by = workers.empty() ? 0 : workers[0];
          auto rid = create_request(sql, r, now);
          auto req = *find_request(sql, rid);
          // Spread the decisions over the year: `accepted` of `requests` accepted, `oriented` of the others
          // oriented elsewhere, the rest refused (so 64 / 13 / 30 of 107).
          bool accept = (i + 1) * accepted / std::max(requests, 1) > i * accepted / std::max(requests, 1);
          int others = std::max(requests - accepted, 1), j = i - static_cast<int>(people.size());
          bool orient = !accept && (j + 1) * oriented / others > j * oriented / others;
          if (accept) {
            Episode e;
            e.team_id = team;
            e.request_id = rid;
            e.person_code = r.person_code;
            e.age_band = r.age_band;
            e.gender = r.gender;
            e.worker_user_id = workers.empty() ? 0 : workers[people.size() % workers.size()];
            e.started_at = std::min(r.received_at + 5 * 86400, p.to - 86400);
            std::size_t n = people.size();
            if (n % 3 == 0) e.profiles.push_back("housing_instability");
            if (n % 3 == 1) e.profiles.push_back("chronic_comorbidity");
            if (n % 3 == 2) e.profiles.push_back("addiction");
            if (n % 11 == 0 || n % 11 == 4 || n % 11 == 8) e.profiles.push_back("domestic_violence");
            if (n % 4 == 3) e.profiles.push_back("care_avoidance");
            if (n % 10 < 7) e.profiles.push_back("addiction_comorbidity");
            auto eid = create_episode(sql, e, EntryScore{"gaf", 30 + static_cast<int>(n % 20), e.started_at},
                                      e.worker_user_id, now);
            if (e.started_at + 180 * 86400 < now && n % 2 == 0) end_episode(sql, eid, e.started_at + 180 * 86400);
            people.push_back({eid, e.worker_user_id, e.started_at, false});
          } else if (orient && !services.empty()) {
            orient_request(sql, req, {services[static_cast<std::size_t>(i) % services.size()]}, r.received_at + 3 * 86400);
          } else {
            refuse_request(sql, req, refusals[static_cast<std::size_t>(i) % refusals.size()], r.received_at + 3 * 86400);
          }
        }
        return people;
      };
      auto people = year_of_requests(last, 107, 64, 13, "MV-");
      contacts_for(sql, rng, team, people, {420, 260, 120, 380, 60, 20, 45}, last.from, last.to, now);
      auto now_people = year_of_requests({current.from, now}, static_cast<int>(107 * elapsed), static_cast<int>(64 * elapsed),
                                         static_cast<int>(13 * elapsed), "MV2-");
      contacts_for(sql, rng, team, now_people, scaled({420, 260, 120, 380, 60, 20, 45}, elapsed * 0.6), current.from, now, now);
      created += static_cast<int>(people.size() + now_people.size());
    }
    return created;
  });
}

std::vector<std::int64_t> generate(soci::session& sql, const GeneratorOptions& o) {
  std::int64_t now = now_seconds();
  std::int64_t end = o.end ? o.end : now;
  std::int64_t start = end - static_cast<std::int64_t>(o.days) * 86400;
  Rng rng{o.seed};
  std::vector<std::int64_t> teams;
  for (int t = 0; t < o.teams; ++t) {
    Team team;
    team.name = "Bench team " + std::to_string(t + 1);
    team.kind = t % 2 ? "mobile_team" : "housing_first";
    team.fte = 6;
    teams.push_back(create_team(sql, team, now));
  }
  // People: ids written explicitly so that contacts can name them without reading them back.
  long long first = 0;
  soci::indicator fi = soci::i_null;
  sql << "SELECT MAX(id) FROM caseload_episodes", soci::into(first, fi);
  std::int64_t episode_id = fi == soci::i_ok ? first : 0, team_id = 0, started = 0, ended = 0, rated = 0;
  soci::indicator ended_i = soci::i_null;
  std::string code, profile, instrument = "gaf";
  int score = 0, is_entry = 1;
  soci::statement insert_episode =
      (sql.prepare << "INSERT INTO caseload_episodes (id, team_id, person_code, started_at, ended_at, created_at) "
                      "VALUES (:id, :t, :c, :s, :e, :now)",
       soci::use(episode_id), soci::use(team_id), soci::use(code), soci::use(started), soci::use(ended, ended_i),
       soci::use(now));
  soci::statement insert_profile = (sql.prepare << "INSERT INTO caseload_episode_profiles (episode_id, code) VALUES (:e, :c)",
                                    soci::use(episode_id), soci::use(profile));
  soci::statement insert_score =
      (sql.prepare << "INSERT INTO caseload_scores (episode_id, instrument, score, is_entry, rated_at, created_at) "
                      "VALUES (:e, :i, :s, :en, :r, :now)",
       soci::use(episode_id), soci::use(instrument), soci::use(score), soci::use(is_entry), soci::use(rated), soci::use(now));
  const char* profiles[] = {"housing_instability", "chronic_comorbidity", "addiction", "domestic_violence", "care_avoidance"};
  struct Person {
    std::int64_t id, team, started;
  };
  std::vector<Person> people;
  for (int i = 0; i < o.people; ++i) {
    ++episode_id;
    team_id = teams[static_cast<std::size_t>(i) % teams.size()];
    code = "B-" + std::to_string(i + 1);
    started = start - rng.below(365) * 86400 + rng.below(o.days) * 86400 / 2;
    bool over = rng.below(5) == 0;
    ended = over ? std::min(end, started + rng.between(90, 500) * 86400) : 0;
    ended_i = over ? soci::i_ok : soci::i_null;
    insert_episode.execute(true);
    for (int k = 0; k < 5; ++k)
      if (rng.below(3) == 0) profile = profiles[k], insert_profile.execute(true);
    is_entry = 1, score = rng.between(20, 50), rated = started;
    insert_score.execute(true);
    is_entry = 0, score = std::min(100, score + rng.between(-5, 25)), rated = started + 200 * 86400;
    if (rated < end) insert_score.execute(true);
    people.push_back({episode_id, team_id, started});
  }
  if (is_postgres(sql))
    sql << "SELECT setval(pg_get_serial_sequence('caseload_episodes', 'id'), (SELECT MAX(id) FROM caseload_episodes))";
  // Contacts, with their reasons.
  sql << "SELECT MAX(id) FROM caseload_contacts", soci::into(first, fi);
  std::int64_t contact_id = fi == soci::i_ok ? first : 0, at = 0;
  std::string type, missed, reason;
  int minutes = 0, workers = 1;
  soci::statement insert_contact =
      (sql.prepare << "INSERT INTO caseload_contacts (id, team_id, episode_id, occurred_at, contact_type, duration_minutes, "
                      "workers, missed, created_at) VALUES (:id, :t, :e, :at, :ty, :d, :w, :m, :now)",
       soci::use(contact_id), soci::use(team_id), soci::use(episode_id), soci::use(at), soci::use(type),
       soci::use(minutes), soci::use(workers), soci::use(missed), soci::use(now));
  soci::statement insert_reason =
      (sql.prepare << "INSERT INTO caseload_contact_reasons (contact_id, code, team_id, occurred_at) VALUES (:c, :r, :t, :o)",
       soci::use(contact_id), soci::use(reason), soci::use(team_id), soci::use(at));
  const std::vector<std::string> types = {"home_visit", "accompaniment", "office_meeting", "phone", "email_video"};
  const std::vector<int> type_weights = {24, 8, 4, 60, 4};
  for (int i = 0; i < o.contacts && !people.empty(); ++i) {
    auto& p = people[static_cast<std::size_t>(rng.below(static_cast<int>(people.size())))];
    ++contact_id;
    team_id = p.team;
    episode_id = p.id;
    at = std::max(p.started, start) + static_cast<std::int64_t>(rng.next() % static_cast<std::uint64_t>(std::max<std::int64_t>(end - std::max(p.started, start), 1)));
    type = types[rng.weighted(type_weights)];
    bool phone = type == "phone" || type == "email_video";
    missed = !phone && rng.below(100) < 27 ? (rng.below(6) == 0 ? "cancelled" : "absent") : "";
    minutes = missed.empty() ? (phone ? rng.between(10, 50) : rng.between(55, 113)) : 0;
    workers = !phone && missed.empty() && rng.below(100) < 39 ? 2 : 1;
    insert_contact.execute(true);
    if (missed.empty()) {
      reason = kReasonCodes[rng.weighted(kReasonShares)];
      insert_reason.execute(true);
      std::string second = kReasonCodes[rng.weighted(kReasonShares)];
      if (rng.below(3) == 0 && second != reason) reason = second, insert_reason.execute(true);
    }
  }
  if (is_postgres(sql))
    sql << "SELECT setval(pg_get_serial_sequence('caseload_contacts', 'id'), (SELECT MAX(id) FROM caseload_contacts))";
  return teams;
}

}  // namespace maillage::caseload
