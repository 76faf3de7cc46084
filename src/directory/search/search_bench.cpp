// Engine benchmarks of the directory's search: building the index of N synthetic services (100,000 by
// default; MAILLAGE_SEARCH_BENCH_N=10000 for a quick run), search latency over 1,000 realistic one- and
// two-word queries with facets (p50/p99 as counters), and the process's memory once the index is loaded.
// The index is built once in a temporary folder and shared by every case.
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "directory/search/judged_set.hpp"
#include "directory/search/search_index.hpp"
#include "directory/search/synthetic.hpp"

using namespace maillage::directory::search;

namespace {

double rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

std::vector<SearchQuery> realistic_queries(std::size_t n) {
  const char* words[] = {
      "santé mentale", "cpas", "ocmw", "logement", "sans-abri", "daklozen", "aide alimentaire", "jeunes",
      "emploi", "maison médicale", "wzc", "assuétudes", "verslaving", "handicap", "crise", "soins palliatifs",
      "thuiszorg", "violences conjugales", "migrants", "juridique", "anderlecht", "schaerbeek", "ixelles",
      "molenbeek", "épicerie sociale", "nachtopvang", "personnes âgées", "double diagnostic", "ssm", "cgg",
      "restaurant social", "repas", "accueil", "permanence juridique", "ervaringsdeskundigen", "jongeren",
      "woonbegeleiding", "psychiatrique", "grossesse", "formation", "santé mentalle", "logment", "homeless",
      "mental health", "food aid", "drugs", "alcool", "famille", "nieuwkomers", "urgence"};
  const char* themes[] = {"mental-health", "housing", "homelessness", "food-aid", "youth", "elderly", "crisis"};
  const char* bassins[] = {"nord", "nord-est", "centre-ouest", "sud", "sud-est"};
  std::mt19937 rng(2026);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<SearchQuery> out;
  for (std::size_t i = 0; i < n; ++i) {
    SearchQuery q;
    q.text = words[rng() % std::size(words)];
    if (unit(rng) < 0.25) q.text += std::string(" ") + words[rng() % std::size(words)];
    q.lang = unit(rng) < 0.6 ? "fr" : "nl";
    if (unit(rng) < 0.3) q.filters[Facet::Theme] = {themes[rng() % std::size(themes)]};
    if (unit(rng) < 0.25) q.filters[Facet::Bassin] = {bassins[rng() % std::size(bassins)]};
    if (unit(rng) < 0.15) q.filters[Facet::Access] = {"free"};
    if (unit(rng) < 0.15) {
      q.near_lat = 50.80 + unit(rng) * 0.08;
      q.near_lng = 4.30 + unit(rng) * 0.12;
      if (unit(rng) < 0.3) q.within_km = 2.0;
    }
    if (unit(rng) < 0.1) {
      q.open_now = true;
      q.now = 1783323000;  // a Monday morning
    }
    out.push_back(std::move(q));
  }
  return out;
}

struct BenchIndex {
  // Removed when the process ends (an atexit handler would run after this static is gone).
  ~BenchIndex() {
    index.reset();
    if (!keep) std::filesystem::remove_all(dir);
  }
  bool keep = false;
  std::string dir;
  std::size_t services = 0;
  double build_seconds = 0, index_mb = 0, rss_before_mb = 0, rss_loaded_mb = 0;
  std::unique_ptr<SearchIndex> index;  // reopened for searching, as a server does after start-up
  std::vector<SearchQuery> queries = realistic_queries(1000);
};

BenchIndex& bench_index() {
  static BenchIndex b;
  static const bool built = [](BenchIndex& b) {
    const char* env = std::getenv("MAILLAGE_SEARCH_BENCH_N");
    b.services = env ? std::strtoul(env, nullptr, 10) : 100000;
    std::string tmpl = (std::filesystem::temp_directory_path() / "maillage-search-bench-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) std::abort();
    b.dir = tmpl;
    b.rss_before_mb = rss_mb();
    auto start = std::chrono::steady_clock::now();
    // MAILLAGE_SEARCH_BENCH_KEEP=dir builds the index there once and reuses it on later runs (profiling).
    const char* keep = std::getenv("MAILLAGE_SEARCH_BENCH_KEEP");
    bool reuse = keep && std::filesystem::exists(std::string(keep) + "/iamglass");
    if (keep) {
      std::filesystem::remove_all(b.dir);
      b.dir = keep;
    }
    if (!reuse) {
      SearchIndex writer(b.dir);
      // The table a new database is seeded with (the Brussels acronyms and the glossary of migration 0012).
      // MAILLAGE_SEARCH_BENCH_SYNONYMS=default: the acronyms only (to tell the glossary's cost from the engine's).
      const char* table = std::getenv("MAILLAGE_SEARCH_BENCH_SYNONYMS");
      writer.set_synonyms(table && std::string(table) == "default"
                              ? default_synonyms()
                              : maillage::directory::search::judged::load(std::string(MAILLAGE_SOURCE_DIR) + "/tests/fixtures/search-judged").synonyms);
      // Generated in chunks so the benchmark never holds 100,000 documents in memory at once.
      for (std::size_t done = 0; done < b.services; done += 10000) {
        for (const auto& s : synthetic_services(std::min<std::size_t>(10000, b.services - done), 1000 + done / 10000))
          writer.upsert(s);
      }
      writer.commit();
    }
    b.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& f : std::filesystem::recursive_directory_iterator(b.dir))
      if (f.is_regular_file()) b.index_mb += f.file_size() / (1024.0 * 1024.0);
    malloc_trim(0);
    b.index = std::make_unique<SearchIndex>(b.dir);
    for (const auto& q : b.queries) b.index->search(q);  // warm: every query once
    b.rss_loaded_mb = rss_mb();
    b.keep = keep != nullptr;
    return true;
  }(b);
  (void)built;
  return b;
}

void BM_SearchBuildIndex(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(bench_index().index.get());
  auto& b = bench_index();
  state.counters["services"] = static_cast<double>(b.services);
  state.counters["build_s"] = b.build_seconds;
  state.counters["index_MB"] = b.index_mb;
  state.counters["rss_MB"] = b.rss_loaded_mb;
  state.counters["rss_before_MB"] = b.rss_before_mb;
}
BENCHMARK(BM_SearchBuildIndex)->Iterations(1)->Unit(benchmark::kSecond);

// The machine is shared: wall-clock percentiles include waiting for a core, the thread's CPU time does not.
double cpu_ms() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Latencies {
  std::vector<double> wall, cpu;
  double matches = 0;
  template <class F>
  void time(F&& f) {
    double c0 = cpu_ms();
    auto w0 = std::chrono::steady_clock::now();
    matches += f();
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count());
    cpu.push_back(cpu_ms() - c0);
  }
  void report(benchmark::State& state) {
    if (wall.empty()) return;
    auto pct = [](std::vector<double>& v, double p) {
      std::sort(v.begin(), v.end());
      return v[std::min(v.size() - 1, static_cast<std::size_t>(v.size() * p))];
    };
    state.counters["p50_ms"] = pct(wall, 0.50);
    state.counters["p99_ms"] = pct(wall, 0.99);
    state.counters["cpu_p50_ms"] = pct(cpu, 0.50);
    state.counters["cpu_p99_ms"] = pct(cpu, 0.99);
    state.counters["mean_matches"] = matches / wall.size();
  }
};

// 1,000 queries per iteration; each is timed on its own for the percentiles.
void BM_SearchRealisticQueries(benchmark::State& state) {
  auto& b = bench_index();
  Latencies l;
  std::vector<std::pair<double, const SearchQuery*>> slowest;
  for (auto _ : state)
    for (const auto& q : b.queries) {
      l.time([&] { return b.index->search(q).total; });
      slowest.emplace_back(l.wall.back(), &q);
    }
  l.report(state);
  // MAILLAGE_SEARCH_BENCH_SLOWEST=N prints the N slowest queries (profiling the tail).
  if (const char* n = std::getenv("MAILLAGE_SEARCH_BENCH_SLOWEST")) {
    std::sort(slowest.begin(), slowest.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < slowest.size() && i < static_cast<std::size_t>(std::atoi(n)); ++i) {
      const auto& q = *slowest[i].second;
      std::fprintf(stderr, "%7.2f ms  \"%s\" lang=%s filters=%zu near=%d within=%d open_now=%d\n", slowest[i].first,
                   q.text.c_str(), q.lang.c_str(), q.filters.size(), q.near_lat ? 1 : 0, q.within_km ? 1 : 0, q.open_now ? 1 : 0);
    }
  }
}
BENCHMARK(BM_SearchRealisticQueries)->Iterations(3)->Unit(benchmark::kMillisecond);

// Browsing: no words, every service counted in the facets.
void BM_SearchEverythingWithFacets(benchmark::State& state) {
  auto& b = bench_index();
  Latencies l;
  for (auto _ : state) l.time([&] { return b.index->search(SearchQuery{}).total; });
  l.report(state);
}
BENCHMARK(BM_SearchEverythingWithFacets)->Iterations(20)->Unit(benchmark::kMillisecond);

// Recall on the judged set (tests/fixtures/search-judged): what a professional's questions find among
// realistic records, per kind of question, on the questions tuned on and on those held out.
// MAILLAGE_SEARCH_BENCH_MISSES=1 also prints the tuned questions that miss relevant services.
void BM_SearchJudgedSet(benchmark::State& state) {
  namespace judged = maillage::directory::search::judged;
  auto set = judged::load(std::string(MAILLAGE_SOURCE_DIR) + "/tests/fixtures/search-judged");
  SearchIndex index("");
  judged::build_index(index, set);
  std::map<std::string, judged::Figures> figures;
  std::vector<judged::Scored> each;
  for (auto _ : state) figures = judged::evaluate(index, set, &each);
  std::printf("\n== Judged set: %zu questions over %zu services\n", set.questions.size(), set.services.size());
  std::printf("%-14s %4s %10s %10s %8s\n", "kind/part", "n", "success@3", "recall@10", "nDCG@10");
  for (const char* kind : {"fr", "nl", "en", "all"})
    for (const char* part : {"tuned", "heldout", "all"}) {
      auto it = figures.find(std::string(kind) + "/" + part);
      if (it == figures.end()) continue;
      const auto& f = it->second;
      std::printf("%-14s %4d %10.2f %10.2f %8.2f\n", it->first.c_str(), f.questions, f.success3, f.recall10, f.ndcg10);
    }
  if (std::getenv("MAILLAGE_SEARCH_BENCH_MISSES"))
    for (const auto& s : each) {
      if (s.question->heldout || s.recall10 >= 1) continue;
      std::printf("  miss %.2f  [%s] %s ->", s.recall10, s.question->kind.c_str(), s.question->text.c_str());
      for (const auto& id : s.top) std::printf(" %s%s", s.question->relevant.count(id) ? "+" : "-", id.c_str());
      std::printf("\n");
    }
  std::fflush(stdout);
  const auto& all = figures["all/heldout"];
  state.counters["heldout_success3"] = all.success3;
  state.counters["heldout_recall10"] = all.recall10;
  state.counters["heldout_ndcg10"] = all.ndcg10;
}
BENCHMARK(BM_SearchJudgedSet)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
