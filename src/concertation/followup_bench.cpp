// A concertation group with 5,000 situations and 50,000 agreements (ten each, a third of them open, some overdue)
// and 500 meetings that discussed them: the server time of the follow-up table (its page through the whole request
// pipeline in-process, and its query alone) for a member bound by secrecy. On SQLite, and on PostgreSQL when
// MAILLAGE_TEST_PG names a server (scripts/bench.sh starts one).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>

#include "accounts/model.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "concertation/groups.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "platform/db.hpp"
#include "platform/server.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;
using namespace maillage::concertation;

namespace {
constexpr int kSituations = 5000;
constexpr int kAgreementsEach = 10;
constexpr int kMeetings = 500;
constexpr std::int64_t kDay = 86400;

struct Bench {
  std::unique_ptr<App> app;
  std::unique_ptr<Server> server;
  std::string cookie;
  std::int64_t group = 0;
  double generate_seconds = 0;
};

Bench* bench(bool postgres) {
  static std::map<bool, std::unique_ptr<Bench>> benches;
  auto& b = benches[postgres];
  if (b) return b.get();
  b = std::make_unique<Bench>();
  Config c;
  c.db_url = maillage::testing::bench_database_url(postgres, "maillage-concertation-bench");
  c.access_log = false;
  c.run_jobs = false;
  c.mail_dir = (std::filesystem::temp_directory_path() / "maillage-bench-mail").string();
  b->app = std::make_unique<App>(c);
  wire(*b->app);
  prepare_database(*b->app);
  auto t0 = std::chrono::steady_clock::now();
  b->app->db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    auto org = accounts::create_organisation(sql, "Bench organisation", "1000");
    auto member = accounts::create_user(sql, "bench.member@example.org", "Bench member", "fr");
    accounts::set_membership(sql, member, org, "member");
    Group g;
    g.name = "Bench concertation";
    g.territory_kind = "commune";
    g.territory_code = "21004";
    g.legal_basis = "prosecutor";
    g.legal_reference = "Bench";
    b->group = create_group(sql, g, 0, now);
    int v = publish_charter(sql, b->group, "Charte", "", "", 0, now);
    invite_member(sql, b->group, member, org, true, true, 0, now);
    accept_charter(sql, b->group, member, v, now);
    record_organisation_acceptance(sql, b->group, org, v, true, "Bench", 0, now);
    std::vector<std::int64_t> meetings;
    for (int i = 0; i < kMeetings; ++i) {
      Meeting m;
      m.group_id = b->group;
      m.starts_at = now - (kMeetings - i) * 7 * kDay;
      meetings.push_back(create_meeting(sql, m, member, now));
    }
    std::int64_t sid = 0, mid = 0, due = 0;
    std::string status;
    soci::statement agreement = (sql.prepare << "INSERT INTO concertation_agreements (situation_id, group_id, what, "
                                                "who_user_id, due_at, status, created_at, updated_at) VALUES (:s, :g, "
                                                "'Accord de suivi', :u, :d, :st, :c, :c2)",
                                 soci::use(sid), soci::use(b->group), soci::use(member), soci::use(due), soci::use(status),
                                 soci::use(now), soci::use(now));
    soci::statement item = (sql.prepare << "INSERT INTO concertation_meeting_items (meeting_id, situation_id, is_new, "
                                           "minutes, updated_at) VALUES (:m, :s, 1, 'Procès-verbal', :u)",
                            soci::use(mid), soci::use(sid), soci::use(now));
    for (int i = 0; i < kSituations; ++i) {
      Situation s;
      s.group_id = b->group;
      s.code = "B-" + std::to_string(i);
      s.presenter_user_id = member;
      s.presenter_organisation_id = org;
      s.age_band = "40_64";
      s.gender = i % 2 ? "female" : "male";
      s.bassin_slug = "centre-ouest";
      s.commune_nis = "21004";
      s.themes = {"housing"};
      s.summary = "Situation de banc d'essai";
      s.status = i % 3 == 0 ? "closed" : "followed";
      s.created_at = now - (kSituations - i) * 3600;
      sid = create_situation(sql, s, now);
      mid = meetings[static_cast<std::size_t>(i % kMeetings)];
      item.execute(true);
      for (int a = 0; a < kAgreementsEach; ++a) {
        status = a < 3 ? "concluded" : a < 4 ? "proposed" : "done";
        due = now + (a - 2) * 7 * kDay;  // some open ones overdue
        agreement.execute(true);
      }
    }
    b->cookie = "maillage_session=" + accounts::open_session(sql, member, "127.0.0.1");
  });
  b->generate_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  {
    soci::session sql(b->app->db.pool());
    sql << (postgres ? "VACUUM ANALYZE" : "ANALYZE");
  }
  b->server = std::make_unique<Server>(*b->app, route_table());
  return b.get();
}

bool skip(benchmark::State& state, bool postgres) {
  if (postgres && !std::getenv("MAILLAGE_TEST_PG")) {
    state.SkipWithError("MAILLAGE_TEST_PG not set: run through scripts/with-postgres.sh");
    return true;
  }
  return false;
}

void page(benchmark::State& state, bool postgres) {
  if (skip(state, postgres)) return;
  Bench* b = bench(postgres);
  RawRequest r{"GET", "/concertation/groups/" + std::to_string(b->group) + "/situations", {{"Cookie", b->cookie}}, "",
               "127.0.0.1"};
  long status = 0;
  for (auto _ : state) {
    auto response = b->server->handle(r);
    status = response.status;
    benchmark::DoNotOptimize(response);
  }
  state.counters["status"] = static_cast<double>(status);
  state.counters["generate_s"] = b->generate_seconds;
}

void query(benchmark::State& state, bool postgres) {
  if (skip(state, postgres)) return;
  Bench* b = bench(postgres);
  soci::session sql(b->app->db.pool());
  std::size_t rows = 0;
  for (auto _ : state) rows = follow_up_table(sql, b->group, now_seconds(), 5000).size();
  state.counters["rows"] = static_cast<double>(rows);
}
}  // namespace

static void BM_ConcertationFollowUpPage_sqlite(benchmark::State& s) { page(s, false); }
static void BM_ConcertationFollowUpPage_postgres(benchmark::State& s) { page(s, true); }
static void BM_ConcertationFollowUpQueryAll_sqlite(benchmark::State& s) { query(s, false); }
static void BM_ConcertationFollowUpQueryAll_postgres(benchmark::State& s) { query(s, true); }
BENCHMARK(BM_ConcertationFollowUpPage_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpPage_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryAll_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryAll_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
