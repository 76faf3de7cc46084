// A newsletter campaign to 100,000 confirmed subscribers, in process on SQLite: every message rendered (its
// language's Markdown to HTML once, then the unsubscribe link per subscriber) and written to the outbox with its
// delivery row, in batches of 10,000 as the sending job would at that rate. Reports the seconds for the whole
// campaign and the process's peak memory (listmonk: 7 million mails on a fraction of a core with 57 MB).
#include <benchmark/benchmark.h>

#include <fstream>

#include "app/setup.hpp"
#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/testing/bench_database.hpp"

using namespace maillage;
using namespace maillage::newsletters;

namespace {
constexpr int kSubscribers = 100000;
constexpr int kRate = 10000;

double peak_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}
}  // namespace

static void BM_NewsletterCampaign100k(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    Config c;
    c.db_url = testing::bench_database_url(false, "maillage-campaign-bench");
    c.access_log = false;
    c.run_jobs = false;
    App app(c);
    wire(app);
    prepare_database(app);
    std::int64_t campaign = app.db.transact([](soci::session& sql) {
      List l;
      l.scope_type = "bassin";
      l.scope_id = "sud";
      l.name = {"Newsletter Sud", "Nieuwsbrief Zuid", "Newsletter South"};
      l.consent = {"J'accepte.", "Ik ga akkoord.", "I agree."};
      save_list(sql, l, now_seconds());
      std::int64_t now = now_seconds();
      for (int i = 0; i < kSubscribers; ++i) {
        std::string email = "person" + std::to_string(i) + "@example.org", lang = i % 3 ? "fr" : "nl";
        sql << "INSERT INTO newsletter_subscribers (list_id, email, lang, status, consent_version, signed_up_at, "
               "confirmed_at) VALUES (:l, :e, :g, 'confirmed', 1, :t, :t2)",
            soci::use(l.id), soci::use(email), soci::use(lang), soci::use(now), soci::use(now);
      }
      Campaign cp;
      cp.list_id = l.id;
      cp.subject = {"Les nouvelles du Sud", "Nieuws uit het Zuiden", ""};
      cp.body = {"Bonjour,\n\n**Trois** nouveautés ce mois-ci :\n\n- une\n- deux\n- trois\n", "Dag iedereen,\n", ""};
      return save_campaign(sql, cp, now);
    });
    setenv("MAILLAGE_NEWSLETTER_RATE", std::to_string(kRate).c_str(), 1);
    app.db.transact([&](soci::session& sql) { send_campaign(sql, campaign, now_seconds()); });
    unsetenv("MAILLAGE_NEWSLETTER_RATE");
    state.ResumeTiming();
    int queued = 0;
    for (int batch = 0; batch < kSubscribers / kRate + 2; ++batch) {
      app.db.transact([&](soci::session& sql) { sql << "UPDATE newsletter_campaigns SET next_batch_at = 0"; });
      queued += send_batch(app, campaign);
    }
    state.PauseTiming();
    if (queued != kSubscribers) state.SkipWithError(("queued " + std::to_string(queued)).c_str());
    state.counters["messages"] = queued;
    state.counters["peak_rss_MB"] = peak_rss_mb();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_NewsletterCampaign100k)->Unit(benchmark::kSecond)->Iterations(1);
