// The directory's search engine: what a professional on the phone types, and what they must find.
#include "directory/search/search_index.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "directory/search/near_ranking.hpp"
#include "directory/search/revision_cache.hpp"
#include "directory/search/synthetic.hpp"

using namespace maillage::directory::search;

namespace {

ServiceDocument service(const std::string& id, const std::string& name_fr, const std::string& description_fr = "") {
  ServiceDocument s;
  s.id = id;
  s.name["fr"] = name_fr;
  if (!description_fr.empty()) s.description["fr"] = description_fr;
  return s;
}

std::vector<std::string> ids(const SearchResults& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

bool found(const SearchResults& r, const std::string& id) {
  auto v = ids(r);
  return std::find(v.begin(), v.end(), id) != v.end();
}

SearchQuery text(const std::string& t, const std::string& lang = "fr") {
  SearchQuery q;
  q.text = t;
  q.lang = lang;
  return q;
}

int count_of(const SearchResults& r, Facet f, const std::string& value) {
  auto it = r.facets.find(f);
  if (it == r.facets.end()) return 0;
  for (const auto& c : it->second)
    if (c.value == value) return c.count;
  return 0;
}

// 2026-07-06 and 2026-01-05 are Mondays; Brussels is UTC+2 in July and UTC+1 in January.
constexpr std::int64_t kMondayJuly6_2026_0730Utc = 1783323000;
constexpr std::int64_t kMondayJan5_2026_0730Utc = 1767598200;

}  // namespace

TEST(SearchFold, RemovesAccentsAndCaseFromComposedAndDecomposedText) {
  EXPECT_EQ(fold("Santé Mentale"), "sante mentale");
  EXPECT_EQ(fold("HÔPITAUX À Ixelles"), "hopitaux a ixelles");
  EXPECT_EQ(fold("Œuvre Ærø straße ĳs Łódź"), "oeuvre aero strasse ijs lodz");
  EXPECT_EQ(fold("e\xCC\x81" "cole"), "ecole") << "NFD: e + combining acute";
  EXPECT_EQ(fold("d\xE2\x80\x99" "Anderlecht"), "d'anderlecht") << "typographic apostrophe";
  EXPECT_EQ(fold("\xD0\x9C\xD0\x9E\xD0\xA1"), "\xD0\xBC\xD0\xBE\xD1\x81") << "other scripts are lower-cased";
  std::string nul("a\0b", 3);
  EXPECT_EQ(fold(nul), "a b");
  EXPECT_NO_THROW(fold("\xFF\xFE\xC3"));
}

TEST(SearchIndex, SearchIgnoresAccentsAndCase) {
  SearchIndex idx("");
  idx.upsert(service("ssm", "Service de Santé Mentale Le Méridien"));
  idx.upsert(service("food", "Épicerie sociale"));
  idx.commit();
  for (const char* q : {"sante mentale", "SANTÉ MENTALE", "Santé mentale", "meridien", "epicerie"}) {
    auto r = idx.search(text(q));
    ASSERT_EQ(r.total, 1) << q;
  }
  EXPECT_EQ(ids(idx.search(text("sante mentale"))), std::vector<std::string>{"ssm"});
  EXPECT_EQ(ids(idx.search(text("EPICERIE"))), std::vector<std::string>{"food"});
}

TEST(SearchIndex, PluralsAndInflectionsMatchInFrenchDutchAndEnglish) {
  SearchIndex idx("");
  idx.upsert(service("hospital", "Service social de l'hôpital Saint-Pierre"));
  auto nl = service("dak", "Inloopcentrum");
  nl.description["nl"] = "Opvang voor wie dakloos is";
  idx.upsert(nl);
  auto en = service("en", "Drop-in");
  en.description["en"] = "Support for young carer";
  idx.upsert(en);
  idx.upsert(service("other", "Atelier de cuisine"));
  idx.commit();
  EXPECT_EQ(ids(idx.search(text("hôpitaux"))), std::vector<std::string>{"hospital"});
  EXPECT_EQ(ids(idx.search(text("daklozen", "nl"))), std::vector<std::string>{"dak"});
  EXPECT_EQ(ids(idx.search(text("daklozen", "fr"))), std::vector<std::string>{"dak"}) << "any interface language";
  EXPECT_EQ(ids(idx.search(text("carers", "en"))), std::vector<std::string>{"en"});
}

TEST(SearchIndex, AcronymFindsItsTranslation) {
  SearchIndex idx("");
  idx.set_synonyms(default_synonyms());
  idx.upsert(service("cpas-and", "CPAS d'Anderlecht"));
  idx.upsert(service("cpas-ucc", "CPAS d'Uccle"));
  idx.upsert(service("ssm", "SSM Le Méridien"));
  idx.upsert(service("mr", "Maison de repos Les Tilleuls"));
  idx.upsert(service("mm", "Maison médicale du Nord"));
  auto wgc = service("wgc", "");
  wgc.name.clear();
  wgc.name["nl"] = "Wijkgezondheidscentrum De Brug";
  idx.upsert(wgc);
  idx.upsert(service("abri", "Accueil de jour pour sans-abri"));
  idx.upsert(service("anderlecht-other", "Bibliothèque d'Anderlecht"));
  auto home_care = service("home-care", "Aide familiale");
  home_care.extra_terms = {"home care"};
  idx.upsert(home_care);
  idx.commit();

  auto ocmw = idx.search(text("ocmw anderlecht", "nl"));
  ASSERT_FALSE(ocmw.hits.empty());
  EXPECT_EQ(ocmw.hits[0].id, "cpas-and");
  EXPECT_EQ(ocmw.full_matches, 1) << "the other CPAS and Anderlecht's library follow, with one word each";
  EXPECT_EQ(ids(idx.search(text("CGG", "nl"))), std::vector<std::string>{"ssm"});
  EXPECT_EQ(ids(idx.search(text("wzc", "nl"))), std::vector<std::string>{"mr"}) << "a word for a phrase";
  EXPECT_EQ(ids(idx.search(text("MRS"))), std::vector<std::string>{"mr"}) << "'care home' is not 'home care'";
  auto mm = idx.search(text("maison medicale"));
  EXPECT_TRUE(found(mm, "mm") && found(mm, "wgc")) << "a phrase for a word";
  EXPECT_FALSE(found(mm, "mr")) << "'maison' alone is not enough";
  auto w = idx.search(text("wijkgezondheidscentrum", "nl"));
  EXPECT_TRUE(found(w, "mm") && found(w, "wgc"));
  EXPECT_EQ(ids(idx.search(text("homeless", "en"))), std::vector<std::string>{"abri"});
  EXPECT_EQ(ids(idx.search(text("dakloos", "nl"))), std::vector<std::string>{"abri"});
}

TEST(SearchIndex, SynonymTableIsReplacedAndKeptWithTheIndex) {
  auto dir = std::filesystem::temp_directory_path() / ("maillage-syn-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    SearchIndex idx(dir.string());
    idx.set_synonyms({{"CAW", "centrum algemeen welzijnswerk"}});
    idx.upsert(service("caw", "CAW Brussel"));
    idx.commit();
    EXPECT_EQ(idx.search(text("centrum algemeen welzijnswerk")).total, 1);
    idx.set_synonyms({{"foo", "bar"}});
    EXPECT_EQ(idx.search(text("centrum algemeen welzijnswerk")).total, 0) << "the old table is gone";
    idx.set_synonyms({{"CAW", "algemeen welzijnswerk"}});
  }
  {
    SearchIndex reopened(dir.string());
    EXPECT_EQ(reopened.size(), 1u);
    EXPECT_EQ(ids(reopened.search(text("algemeen welzijnswerk"))), std::vector<std::string>{"caw"});
  }
  std::filesystem::remove_all(dir);
}

TEST(SearchIndex, SynonymPhrasesAddedAfterIndexingAreFoundToo) {
  SearchIndex idx("");
  idx.set_synonyms({{"CPAS", "centre public d'action sociale"}});
  idx.upsert(service("cpas", "Centre public d'action sociale de Forest"));
  idx.upsert(service("ssm", "Service de santé mentale Champ de la Couronne"));
  idx.upsert(service("words", "Service de la santé et de l'hygiène mentale"));
  idx.commit();
  EXPECT_EQ(ids(idx.search(text("cpas"))), std::vector<std::string>{"cpas"}) << "a phrase marked at indexing";
  idx.set_synonyms({{"CPAS", "centre public d'action sociale"}, {"SSM", "service de santé mentale"}});
  EXPECT_EQ(ids(idx.search(text("ssm"))), std::vector<std::string>{"ssm"}) << "a phrase checked on positions";
  EXPECT_EQ(ids(idx.search(text("cpas"))), std::vector<std::string>{"cpas"});
}

TEST(SearchIndex, FacetCountsCoverAllMatches) {
  SearchIndex idx("");
  for (int i = 0; i < 40; ++i) {
    auto s = service("h" + std::to_string(i), "Service logement " + std::to_string(i));
    s.bassins = {i < 30 ? "nord" : "sud"};
    s.communes = {i < 30 ? "21010" : "21016"};
    s.themes = {"housing"};
    if (i % 4 == 0) s.themes.push_back("homelessness");
    s.languages = {"fr", "nl"};
    idx.upsert(s);
  }
  idx.upsert(service("other", "Atelier vélo"));
  idx.commit();
  SearchQuery q = text("logement");
  q.limit = 5;
  auto r = idx.search(q);
  EXPECT_EQ(r.total, 40);
  EXPECT_EQ(r.hits.size(), 5u);
  EXPECT_EQ(count_of(r, Facet::Bassin, "nord"), 30);
  EXPECT_EQ(count_of(r, Facet::Bassin, "sud"), 10);
  EXPECT_EQ(count_of(r, Facet::Commune, "21016"), 10);
  EXPECT_EQ(count_of(r, Facet::Theme, "housing"), 40);
  EXPECT_EQ(count_of(r, Facet::Theme, "homelessness"), 10) << "a multi-valued field counts each value";
  EXPECT_EQ(count_of(r, Facet::Language, "nl"), 40);
  EXPECT_EQ(r.facets[Facet::Bassin].front().value, "nord") << "most frequent first";
}

TEST(SearchIndex, FiltersAreAndAcrossFacetsAndOrWithinOne) {
  SearchIndex idx("");
  auto add = [&](const std::string& id, const std::string& bassin, const std::string& access) {
    auto s = service(id, "Permanence sociale");
    s.bassins = {bassin};
    s.access = {access};
    idx.upsert(s);
  };
  add("a", "nord", "free");
  add("b", "sud", "free");
  add("c", "nord", "walk-in");
  add("d", "sud-est", "free");
  idx.commit();
  SearchQuery q = text("permanence");
  q.filters[Facet::Bassin] = {"nord", "sud"};
  auto both = ids(idx.search(q));
  std::sort(both.begin(), both.end());
  EXPECT_EQ(both, (std::vector<std::string>{"a", "b", "c"}));
  q.filters[Facet::Access] = {"free"};
  auto r = idx.search(q);
  auto v = ids(r);
  std::sort(v.begin(), v.end());
  EXPECT_EQ(v, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(count_of(r, Facet::Access, "walk-in"), 0) << "facet counts follow the filters";
  q.filters[Facet::Bassin] = {"atlantis"};
  EXPECT_EQ(idx.search(q).total, 0);
}

TEST(SearchIndex, NearestServiceComesFirst) {
  SearchIndex idx("");
  auto at = [&](const std::string& id, const std::string& name, double lat, double lng) {
    auto s = service(id, name);
    s.lat = lat;
    s.lng = lng;
    idx.upsert(s);
  };
  at("far", "Service social Woluwe", 50.8460, 4.4300);    // Woluwe-Saint-Lambert
  at("near", "Service social Gare du Midi", 50.8360, 4.3360);
  at("mid", "Service social Ixelles", 50.8270, 4.3720);
  idx.upsert(service("nowhere", "Service social sans adresse"));
  idx.commit();
  SearchQuery q;  // from Saint-Gilles, no words
  q.near_lat = 50.8330;
  q.near_lng = 4.3450;
  auto r = idx.search(q);
  ASSERT_EQ(r.hits.size(), 4u);
  EXPECT_EQ(ids(r), (std::vector<std::string>{"near", "mid", "far", "nowhere"}));
  ASSERT_TRUE(r.hits[0].distance_km);
  EXPECT_NEAR(*r.hits[0].distance_km, 0.70, 0.15);
  EXPECT_NEAR(*r.hits[2].distance_km, 6.0, 0.5);
  EXPECT_FALSE(r.hits[3].distance_km);

  q.within_km = 3.0;
  EXPECT_EQ(ids(idx.search(q)), (std::vector<std::string>{"near", "mid"}));

  q.within_km.reset();
  q.text = "service social";
  auto with_text = idx.search(q);
  EXPECT_EQ(with_text.total, 4);
  EXPECT_EQ(with_text.hits[0].id, "near") << "equal relevance: the nearest first";
  EXPECT_EQ(with_text.hits[3].id, "nowhere");
}

TEST(SearchIndex, OpenNowUsesBrusselsTime) {
  // 09:00-17:00 on Mondays, Brussels time.
  EXPECT_EQ(brussels_minute_of_week(kMondayJuly6_2026_0730Utc), 9 * 60 + 30) << "summer: UTC+2";
  EXPECT_EQ(brussels_minute_of_week(kMondayJan5_2026_0730Utc), 8 * 60 + 30) << "winter: UTC+1";
  EXPECT_EQ(brussels_minute_of_week(kMondayJan5_2026_0730Utc - 9 * 3600), 6 * 1440 + 23 * 60 + 30)
      << "Sunday 22:30 UTC is Sunday 23:30 in Brussels";
  EXPECT_EQ(brussels_minute_of_week(kMondayJan5_2026_0730Utc - 8 * 3600), 30) << "... and 23:30 UTC is Monday";

  SearchIndex idx("");
  auto office = service("office", "Permanence logement");
  office.opening = {{9 * 60, 17 * 60}};
  idx.upsert(office);
  auto unknown = service("unknown", "Permanence logement sans horaire");
  idx.upsert(unknown);
  idx.commit();
  SearchQuery q = text("permanence");
  q.open_now = true;
  q.now = kMondayJuly6_2026_0730Utc;
  EXPECT_EQ(ids(idx.search(q)), std::vector<std::string>{"office"}) << "09:30 in July";
  q.now = kMondayJan5_2026_0730Utc;
  EXPECT_EQ(idx.search(q).total, 0) << "08:30 in January; unknown hours are never open";
  q.open_now = false;
  EXPECT_EQ(idx.search(q).total, 2);
}

TEST(SearchIndex, FacetCountsFollowOpenNowAndAPageOfNothing) {
  SearchIndex idx("");
  for (int i = 0; i < 6; ++i) {
    auto s = service("s" + std::to_string(i), "Permanence sociale");
    s.bassins = {i < 2 ? "nord" : "sud"};
    if (i % 2 == 0) s.opening = {{0, 7 * 1440}};  // always open
    idx.upsert(s);
  }
  idx.commit();
  SearchQuery q = text("permanence");
  q.open_now = true;
  q.now = kMondayJuly6_2026_0730Utc;
  auto r = idx.search(q);
  EXPECT_EQ(r.total, 3);
  EXPECT_EQ(count_of(r, Facet::Bassin, "nord"), 1);
  EXPECT_EQ(count_of(r, Facet::Bassin, "sud"), 2);
  q.open_now = false;
  q.limit = 0;  // counts only, as a map or a facet sidebar may ask
  auto counts = idx.search(q);
  EXPECT_TRUE(counts.hits.empty());
  EXPECT_EQ(counts.total, 6);
  EXPECT_EQ(count_of(counts, Facet::Bassin, "sud"), 4);
}

TEST(SearchIndex, MisspellingGetsASuggestion) {
  SearchIndex idx("");
  idx.upsert(service("ssm", "Service de santé mentale", "Consultations psychologiques"));
  idx.upsert(service("log", "Service logement"));
  idx.commit();
  auto r = idx.search(text("santé mentalle"));
  EXPECT_TRUE(r.relaxed) << "no service has both words";
  EXPECT_EQ(r.suggestion, "sante mentale");
  EXPECT_EQ(idx.search(text("psycholgiques")).suggestion, "psychologiques");
  EXPECT_EQ(idx.search(text("sante mentale")).suggestion, "") << "no suggestion when the words are found";
}

TEST(SearchIndex, DefunctServicesAreHiddenAndInactiveOnesComeLast) {
  SearchIndex idx("");
  auto closed = service("closed", "Aide alimentaire");
  closed.status = "inactive";
  idx.upsert(closed);
  auto gone = service("gone", "Aide alimentaire");
  gone.status = "defunct";
  idx.upsert(gone);
  idx.upsert(service("open", "Aide alimentaire"));
  idx.commit();
  EXPECT_EQ(ids(idx.search(text("aide alimentaire"))), (std::vector<std::string>{"open", "closed"}));
  SearchQuery all = text("aide alimentaire");
  all.include_defunct = true;
  EXPECT_EQ(idx.search(all).total, 3);
  EXPECT_EQ(ids(idx.search(SearchQuery{})), (std::vector<std::string>{"open", "closed"}));
}

TEST(SearchIndex, PagesRunThroughActiveThenInactiveServicesWithoutGapsOrRepeats) {
  SearchIndex idx("");
  for (int i = 0; i < 7; ++i) {
    auto s = service("s" + std::to_string(i), "Aide alimentaire " + std::string(i % 2 ? "colis" : "repas colis"));
    if (i >= 4) s.status = "inactive";
    idx.upsert(s);
  }
  idx.commit();
  std::vector<std::string> all;
  for (int offset = 0; offset < 9; offset += 2) {
    SearchQuery q = text("colis");
    q.offset = offset;
    q.limit = 2;
    auto r = idx.search(q);
    EXPECT_EQ(r.total, 7);
    for (auto& id : ids(r)) all.push_back(id);
  }
  ASSERT_EQ(all.size(), 7u);
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 7u);
  for (int i = 0; i < 4; ++i) EXPECT_LT(all[i], "s4") << "active first";
  for (int i = 4; i < 7; ++i) EXPECT_GE(all[i], "s4") << "then inactive";
}

TEST(SearchIndex, EmptyQueryReturnsEverythingWithFacets) {
  SearchIndex idx("");
  auto services = synthetic_services(300, 7);
  int defunct = 0;
  std::map<std::string, int> by_bassin;
  for (const auto& s : services) {
    idx.upsert(s);
    if (s.status == "defunct") {
      ++defunct;
    } else {
      ++by_bassin[s.bassins[0]];
    }
  }
  idx.commit();
  SearchQuery q;
  q.text = "   ";
  auto r = idx.search(q);
  EXPECT_EQ(r.total, 300 - defunct);
  EXPECT_EQ(r.hits.size(), 20u);
  for (const auto& [bassin, n] : by_bassin) EXPECT_EQ(count_of(r, Facet::Bassin, bassin), n) << bassin;
  EXPECT_EQ(r.facets[Facet::Commune].size(), 19u);
}

TEST(SearchIndex, TenThousandCharacterQueryIsBounded) {
  SearchIndex idx("");
  for (const auto& s : synthetic_services(200, 3)) idx.upsert(s);
  idx.commit();
  std::string huge;
  while (huge.size() < 10000) huge += "santé mentale logement jeunes xyzzy ";
  auto start = std::chrono::steady_clock::now();
  SearchResults r;
  EXPECT_NO_THROW(r = idx.search(text(huge)));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_LE(r.hits.size(), 20u);
  std::string one_word(10000, 'a');
  EXPECT_NO_THROW(idx.search(text(one_word)));
}

TEST(SearchIndex, OddUnicodeInvalidUtf8AndQuerySyntaxDoNotBreakASearch) {
  SearchIndex idx("");
  idx.upsert(service("ssm", "Service de santé mentale"));
  idx.upsert(service("bad", "Nom \xFF\xFE cassé \xC3"));
  idx.commit();
  for (std::string q : {std::string("\xFF\xFE\xC3"), std::string("\xF0\x9F\x98\x80 \xE2\x80\xAE"),
                        std::string("a\0b", 3), std::string("\xCC\x81\xCC\x81"), std::string("(((\"")}) {
    EXPECT_NO_THROW(idx.search(text(q))) << q;
  }
  EXPECT_EQ(ids(idx.search(text("santé AND (mentale OR \"NEAR/3 -"))), std::vector<std::string>{"ssm"})
      << "operators are plain words: 'and', 'or', 'near' are dropped or do not restrict";
  EXPECT_EQ(ids(idx.search(text("casse"))), std::vector<std::string>{"bad"});
}

TEST(SearchIndex, LimitAndOffsetAreBounded) {
  SearchIndex idx("");
  for (int i = 0; i < 130; ++i) idx.upsert(service("s" + std::to_string(i), "Service jeunesse"));
  idx.commit();
  SearchQuery q = text("jeunesse");
  q.limit = 1000;
  EXPECT_EQ(idx.search(q).hits.size(), 100u);
  q.limit = 10;
  q.offset = -5;
  auto first = idx.search(q);
  q.offset = 0;
  EXPECT_EQ(ids(first), ids(idx.search(q)));
  q.offset = 125;
  EXPECT_EQ(idx.search(q).hits.size(), 5u);
}

TEST(SearchIndex, NoServiceWithEveryWordFallsBackToSomeOfThem) {
  SearchIndex idx("");
  idx.upsert(service("log", "Service logement"));
  idx.upsert(service("emp", "Service emploi"));
  idx.commit();
  auto r = idx.search(text("logement emploi"));
  EXPECT_TRUE(r.relaxed);
  EXPECT_EQ(r.total, 2);
  EXPECT_FALSE(idx.search(text("service logement")).relaxed);
}

TEST(SearchIndex, ChangesAreFoundOnceCommittedAndReplaceOrRemoveOldVersions) {
  SearchIndex idx("");
  idx.upsert(service("x", "Maison d'accueil"));
  EXPECT_EQ(idx.search(text("accueil")).total, 0) << "not committed yet";
  idx.commit();
  EXPECT_EQ(idx.search(text("accueil")).total, 1);
  idx.upsert(service("x", "Restaurant social"));
  idx.commit();
  EXPECT_EQ(idx.search(text("accueil")).total, 0);
  EXPECT_EQ(ids(idx.search(text("restaurant"))), std::vector<std::string>{"x"});
  EXPECT_EQ(idx.size(), 1u);
  idx.remove("x");
  idx.remove("never-there");
  idx.commit();
  EXPECT_EQ(idx.size(), 0u);
  EXPECT_EQ(idx.search(text("restaurant")).total, 0);
  EXPECT_EQ(idx.search(text("restaurnt")).suggestion, "") << "a removed service's words are not suggested";
}

TEST(SearchIndex, ConcurrentSearchesDuringWritesAreSafe) {
  SearchIndex idx("");
  idx.set_synonyms(default_synonyms());
  auto services = synthetic_services(400, 11);
  for (std::size_t i = 0; i < 100; ++i) idx.upsert(services[i]);
  idx.commit();
  std::atomic<bool> done{false};
  std::atomic<int> searches{0}, failures{0};
  std::mutex error_mutex;
  std::string first_error;
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      const char* queries[] = {"sante mentale", "ocmw", "logement", "daklozen", ""};
      while (!done) {
        try {
          int n = searches + t;
          SearchQuery q = text(queries[n % 5]);
          q.filters[Facet::Bassin] = {"nord", "sud"};
          if (n % 3 == 0) {
            q.near_lat = 50.85;
            q.near_lng = 4.35;
            q.open_now = true;
          }
          auto r = idx.search(q);
          if (r.total < 0) ++failures;
        } catch (const Xapian::Error& e) {
          std::lock_guard lock(error_mutex);
          ++failures;
          first_error = e.get_description();
        } catch (const std::exception& e) {
          std::lock_guard lock(error_mutex);
          ++failures;
          first_error = e.what();
        }
        ++searches;
      }
    });
  }
  for (std::size_t i = 100; i < services.size(); ++i) {
    idx.upsert(services[i]);
    if (i % 25 == 0) idx.commit();
  }
  idx.commit();
  done = true;
  for (auto& r : readers) r.join();
  EXPECT_EQ(failures, 0) << first_error;
  EXPECT_GT(searches, 20);
  EXPECT_EQ(idx.size(), services.size());
  // A committed change is found by the very next search.
  auto fresh = service("fresh", "Ludothèque interculturelle");
  idx.upsert(fresh);
  idx.commit();
  EXPECT_EQ(ids(idx.search(text("ludotheque"))), std::vector<std::string>{"fresh"});
}

TEST(SyntheticServices, AreDeterministicAndInsideBrussels) {
  auto a = synthetic_services(500, 42), b = synthetic_services(500, 42);
  ASSERT_EQ(a.size(), 500u);
  const std::set<std::string> bassins{"nord", "nord-est", "centre-ouest", "sud", "sud-est"};
  std::set<std::string> seen_bassins, seen_communes, seen_themes;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].name, b[i].name);
    ASSERT_TRUE(a[i].lat && a[i].lng);
    EXPECT_TRUE(*a[i].lat >= 50.77 && *a[i].lat <= 50.91 && *a[i].lng >= 4.25 && *a[i].lng <= 4.48);
    EXPECT_TRUE(a[i].name.count("fr") && a[i].name.count("nl"));
    for (auto& x : a[i].bassins) {
      EXPECT_TRUE(bassins.count(x)) << x;
      seen_bassins.insert(x);
    }
    for (auto& c : a[i].communes) {
      EXPECT_TRUE(c >= "21001" && c <= "21019") << c;
      seen_communes.insert(c);
    }
    for (auto& t : a[i].themes) seen_themes.insert(t);
  }
  EXPECT_EQ(seen_bassins, bassins);
  EXPECT_EQ(seen_communes.size(), 19u);
  EXPECT_EQ(seen_themes.size(), 18u);
  EXPECT_NE(synthetic_services(1, 1)[0].name, synthetic_services(1, 2)[0].name);
}

// The short cut of near_ranking.hpp must give the very pages Xapian's full ranking gives: same services in
// the same order, same scores and distances, on every page, with filters, a radius and "open now".
TEST(SearchIndex, RankingNearAPointByCandidatesGivesXapiansPages) {
  SearchIndex idx("");
  for (const auto& s : synthetic_services(3000, 5)) idx.upsert(s);
  idx.commit();
  std::mt19937 rng(99);
  std::uniform_real_distribution<double> unit(0, 1);
  // "repas psychiatrique": few services hold both words, the others follow in tiers.
  const char* words[] = {"accueil", "sante mentale", "logement", "cpas", "jeunes", "aide alimentaire", "service", "daklozen",
                         "repas psychiatrique"};
  int compared = 0;
  const auto shortcut_pages = detail::near_shortcut_pages.load();
  // Both short cuts: the relevances remembered per side (sides of at most 5,000 matches, all of them here),
  // and the proof by the nearest candidates that larger sides take.
  for (Xapian::doccount remembered : {5000u, 0u})
  for (const char* w : words)
    for (int point = 0; point < 4; ++point) {
      detail::remembered_up_to = remembered;
      SearchQuery q;
      q.text = w;
      q.near_lat = 50.80 + unit(rng) * 0.08;
      q.near_lng = 4.30 + unit(rng) * 0.12;
      if (point == 1) q.within_km = 3.0;
      if (point == 2) q.filters[Facet::Bassin] = {"sud"};
      if (point == 3) {
        q.open_now = true;
        q.now = 1783323000;  // a Monday morning
      }
      for (int offset : {0, 20, 180, 400}) {
        q.offset = offset;
        detail::near_shortcut_enabled = true;
        auto fast = idx.search(q);
        detail::near_shortcut_enabled = false;
        auto full = idx.search(q);
        ASSERT_EQ(ids(fast), ids(full)) << w << " point " << point << " offset " << offset << " remembered " << remembered;
        EXPECT_EQ(fast.total, full.total);
        for (std::size_t i = 0; i < fast.hits.size(); ++i) {
          EXPECT_NEAR(fast.hits[i].score, full.hits[i].score, 1e-9);
          ASSERT_EQ(fast.hits[i].distance_km.has_value(), full.hits[i].distance_km.has_value());
          if (fast.hits[i].distance_km) {
            EXPECT_NEAR(*fast.hits[i].distance_km, *full.hits[i].distance_km, 1e-9);
          }
        }
        compared += static_cast<int>(fast.hits.size());
      }
    }
  detail::near_shortcut_enabled = true;
  detail::remembered_up_to = 5000;
  EXPECT_GT(compared, 2000) << "the comparison saw real pages";
  EXPECT_GT(detail::near_shortcut_pages.load() - shortcut_pages, 120u) << "most pages took the short cut";
}

// The ranking from remembered relevances leaves out the services whose flat-earth distance, stretched by
// 10%, cannot bring them to the page: the stretch must cover the true (great-circle) distance everywhere in
// Belgium, from any centre there.
TEST(SearchIndex, FlatEarthBoundsHoldAcrossBelgium) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> lat(49.0, 52.0), lng(2.0, 7.0);
  const Xapian::GreatCircleMetric metric;
  double lowest = 2, highest = 0;
  for (int i = 0; i < 200000; ++i) {
    Xapian::LatLongCoord centre(lat(rng), lng(rng));
    double a = lat(rng), b = lng(rng);
    double exact = metric(centre, Xapian::LatLongCoord(a, b));
    if (exact < 1) continue;
    double ratio = exact / detail::flat_earth_metres(centre, a, b);
    lowest = std::min(lowest, ratio);
    highest = std::max(highest, ratio);
  }
  EXPECT_GT(lowest, 0.9);
  EXPECT_LT(highest, 1.1);
  std::cout << "great-circle / flat-earth over Belgium: " << lowest << " to " << highest << "\n";
}

// The best relevance near a point is remembered per revision of the index: a service added since must change
// the scale (and the order) at once, as a fresh index would rank them.
TEST(SearchIndex, ANearSearchAfterAChangeIsScaledByTheNewBestRelevance) {
  auto services = synthetic_services(400, 3);
  SearchIndex idx(""), fresh("");
  for (const auto& s : services) idx.upsert(s), fresh.upsert(s);
  idx.commit();
  SearchQuery q;
  q.text = "logement";
  q.near_lat = 50.84;
  q.near_lng = 4.35;
  auto before = idx.search(q);  // remembers the best relevance of "logement" for this revision
  ASSERT_FALSE(before.hits.empty());
  auto best = service("best-match", "Logement logement — logement", "Logement, logement et logement.");
  best.lat = 50.95;
  best.lng = 4.60;
  idx.upsert(best);
  idx.commit();
  fresh.upsert(best);
  fresh.commit();
  auto after = idx.search(q), expected = fresh.search(q);
  ASSERT_EQ(ids(after), ids(expected));
  for (std::size_t i = 0; i < after.hits.size(); ++i) EXPECT_NEAR(after.hits[i].score, expected.hits[i].score, 1e-9);
  EXPECT_NE(before.hits[0].score, after.hits[0].score) << "the scale moved with the new best relevance";
}

// Without a point, a side of at most 5,000 matches is ranked from the relevances the revision remembers:
// the same pages, in the same order and with the same scores, as Xapian's own ranking.
TEST(SearchIndex, RankingFromRememberedRelevancesGivesXapiansPages) {
  SearchIndex idx("");
  for (const auto& s : synthetic_services(3000, 5)) idx.upsert(s);
  idx.commit();
  const char* words[] = {"accueil", "sante mentale", "logement", "cpas", "jeunes", "aide alimentaire", "service",
                         "daklozen", "repas psychiatrique"};
  int compared = 0;
  const auto remembered_pages = detail::remembered_pages.load();
  for (const char* w : words)
    for (int variant = 0; variant < 3; ++variant) {
      SearchQuery q;
      q.text = w;
      if (variant == 1) q.filters[Facet::Bassin] = {"sud"};
      if (variant == 2) {
        q.open_now = true;
        q.now = kMondayJuly6_2026_0730Utc;
      }
      for (int offset : {0, 20, 180, 400}) {
        q.offset = offset;
        detail::remembered_up_to = 5000;
        auto fast = idx.search(q);
        auto again = idx.search(q);  // from memory this time
        detail::remembered_up_to = 0;
        auto full = idx.search(q);
        detail::remembered_up_to = 5000;
        ASSERT_EQ(ids(fast), ids(full)) << w << " variant " << variant << " offset " << offset;
        ASSERT_EQ(ids(again), ids(full)) << w << " variant " << variant << " offset " << offset;
        EXPECT_EQ(fast.total, full.total);
        for (std::size_t i = 0; i < fast.hits.size(); ++i) EXPECT_EQ(fast.hits[i].score, full.hits[i].score);
        compared += static_cast<int>(fast.hits.size());
      }
    }
  EXPECT_GT(compared, 1000) << "the comparison saw real pages";
  EXPECT_GT(detail::remembered_pages.load() - remembered_pages, 100u) << "most pages came from memory";
}

// Facet counts over few matches go through each match's own codes, over many through each value's bitmap:
// both give every value's exact count.
TEST(SearchIndex, FacetCountsAreTheSameThroughTheMatchesOrThroughTheValues) {
  auto dir = std::filesystem::temp_directory_path() / ("maillage-counts-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    SearchIndex idx(dir.string());
    for (const auto& s : synthetic_services(2000, 11)) idx.upsert(s);
    idx.commit();
  }
  Xapian::Database db(dir.string());
  detail::RevisionCache cache(db);
  ASSERT_GT(cache.by_code.size(), 20u);
  std::mt19937 rng(5);
  for (double density : {0.001, 0.01, 0.05, 0.3, 1.0}) {
    std::bernoulli_distribution in(density);
    detail::Bits matched(cache.words, 0);
    for (Xapian::docid d = 1; d <= db.get_lastdocid(); ++d)
      if (in(rng)) detail::set_bit(matched, d);
    const auto total = detail::popcount_and(matched.data(), matched.data(), matched.size());
    const auto counts = cache.counts(matched, total);
    ASSERT_EQ(counts.size(), cache.by_code.size());
    for (unsigned code = 0; code < counts.size(); ++code)
      ASSERT_EQ(counts[code], cache.count(matched, code)) << "density " << density << " code " << code;
  }
  std::filesystem::remove_all(dir);
}

// A search with neither words nor point lists services by status then name from the order the revision keeps:
// the same pages as Xapian's sort on those two values (ties by document id).
TEST(SearchIndex, BrowsingWithoutWordsInTheNameOrderFromMemoryGivesXapiansPages) {
  SearchIndex idx("");
  auto services = synthetic_services(1500, 9);
  for (std::size_t i = 0; i < services.size(); ++i) {
    if (i % 7 == 0) services[i].status = "inactive";
    if (i % 50 == 0) services[i].name["fr"] = services[i + 1].name["fr"];  // equal names: document id decides
    idx.upsert(services[i]);
  }
  idx.commit();
  int compared = 0;
  for (int variant = 0; variant < 3; ++variant) {
    SearchQuery q;
    if (variant == 1) q.filters[Facet::Bassin] = {"nord"};
    if (variant == 2) {
      q.open_now = true;
      q.now = kMondayJuly6_2026_0730Utc;
    }
    for (int offset : {0, 20, 500, 1400}) {
      q.offset = offset;
      detail::name_order_from_memory = true;
      auto fast = idx.search(q);
      detail::name_order_from_memory = false;
      auto full = idx.search(q);
      detail::name_order_from_memory = true;
      ASSERT_EQ(ids(fast), ids(full)) << "variant " << variant << " offset " << offset;
      EXPECT_EQ(fast.total, full.total);
      compared += static_cast<int>(fast.hits.size());
    }
  }
  EXPECT_GT(compared, 150);
}
