// A concertation group with 5,000 situations and 50,000 agreements (ten each, a third of them open, some overdue)
// and 500 meetings that discussed them: the server time of the follow-up table (its page through the whole request
// pipeline in-process: the first page of 50 rows, the last page, 500 rows at once; and its query alone, for a page
// and for all 5,000 rows) for a member bound by secrecy. The bar: the page under 20 ms. On SQLite, and on
// PostgreSQL when MAILLAGE_TEST_PG names a server (scripts/bench.sh starts one).
#include <benchmark/benchmark.h>

#include <map>

#include "accounts/model.hpp"
#include "concertation/groups.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "platform/db.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;
using namespace maillage::concertation;

namespace {
constexpr int kSituations = 5000;
constexpr int kAgreementsEach = 10;
constexpr int kMeetings = 500;
constexpr std::int64_t kDay = 86400;

struct Bench : maillage::testing::BenchApp {
  std::string cookie;
  std::int64_t group = 0;
};

Bench* bench(bool postgres) {
  static std::map<bool, std::unique_ptr<Bench>> benches;
  auto& b = benches[postgres];
  if (b) return b.get();
  b = std::make_unique<Bench>();
  b->open(postgres, "maillage-concertation-bench");
  b->fill([&](soci::session& sql) {
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
  return b.get();
}

using maillage::testing::skipped_without_postgres;

// The table's page for the member: the first page (the default 50 rows), the last page, and 500 rows at once.
void page(benchmark::State& state, bool postgres, const std::string& query) {
  if (skipped_without_postgres(state, postgres)) return;
  Bench* b = bench(postgres);
  b->get(state, "/concertation/groups/" + std::to_string(b->group) + "/situations" + query, b->cookie);
}

// The query alone, for a page of `rows` rows from `offset`.
void query(benchmark::State& state, bool postgres, int rows, int offset) {
  if (skipped_without_postgres(state, postgres)) return;
  Bench* b = bench(postgres);
  soci::session sql(b->app->db.pool());
  std::size_t n = 0;
  for (auto _ : state) n = follow_up_table(sql, b->group, now_seconds(), rows, offset).size();
  state.counters["rows"] = static_cast<double>(n);
}
}  // namespace

static void BM_ConcertationFollowUpPage_sqlite(benchmark::State& s) { page(s, false, ""); }
static void BM_ConcertationFollowUpPage_postgres(benchmark::State& s) { page(s, true, ""); }
static void BM_ConcertationFollowUpLastPage_sqlite(benchmark::State& s) { page(s, false, "?page=100"); }
static void BM_ConcertationFollowUpLastPage_postgres(benchmark::State& s) { page(s, true, "?page=100"); }
static void BM_ConcertationFollowUpPage500_sqlite(benchmark::State& s) { page(s, false, "?size=500"); }
static void BM_ConcertationFollowUpPage500_postgres(benchmark::State& s) { page(s, true, "?size=500"); }
static void BM_ConcertationFollowUpQueryPage_sqlite(benchmark::State& s) { query(s, false, 50, 0); }
static void BM_ConcertationFollowUpQueryPage_postgres(benchmark::State& s) { query(s, true, 50, 0); }
static void BM_ConcertationFollowUpQueryAll_sqlite(benchmark::State& s) { query(s, false, 5000, 0); }
static void BM_ConcertationFollowUpQueryAll_postgres(benchmark::State& s) { query(s, true, 5000, 0); }
BENCHMARK(BM_ConcertationFollowUpPage_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpPage_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpLastPage_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpLastPage_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpPage500_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpPage500_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryPage_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryPage_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryAll_sqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ConcertationFollowUpQueryAll_postgres)->Unit(benchmark::kMillisecond)->MinTime(1.0);
