// The directory's judged search set (tests/fixtures/search-judged/): realistic Brussels records and the
// questions professionals ask, each with every relevant service marked. Measures what the engine finds
// (success@3, recall@10, nDCG@10) per kind of question, on the questions tuned on and on those held out.
// Shared by the benchmark (which prints the figures) and a test (which keeps them above the goal). The index
// gets the synonym table and the vocabulary labels a real database is seeded with (migrations included).
#pragma once
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "directory/model.hpp"
#include "directory/search/search_index.hpp"
#include "directory/vocabularies.hpp"
#include "platform/db.hpp"

namespace maillage::directory::search::judged {

struct Question {
  std::string kind;  // "fr", "nl", "en": also the interface language it is asked in
  std::string text;
  std::set<std::string> relevant;
  bool heldout = false;
};

struct Figures {
  int questions = 0;
  double success3 = 0, recall10 = 0, ndcg10 = 0;  // means
};

struct JudgedSet {
  std::vector<ServiceDocument> services;
  std::vector<Question> questions;
  std::vector<std::vector<std::string>> synonyms;  // as a freshly migrated and seeded database holds them
};

inline nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  return nlohmann::json::parse(in);
}

// `dir`: tests/fixtures/search-judged of the source tree.
inline JudgedSet load(const std::string& dir) {
  JudgedSet set;
  // The vocabulary labels and the synonym table of a new database, through the real seeding path.
  auto tmp = std::filesystem::temp_directory_path() / ("maillage-judged-" + std::to_string(::getpid()));
  std::filesystem::create_directories(tmp);
  std::map<std::string, std::vector<std::string>> labels;
  {
    Database db("sqlite://" + (tmp / "judged.db").string(), 1);
    db.migrate();
    soci::session sql(db.pool());
    ensure_vocabularies(sql);
    ensure_synonyms(sql);
    for (auto& t : list_terms(sql))
      for (auto& [lang, label] : t.label) labels[t.code].push_back(label);
    set.synonyms = load_synonyms(sql);
  }
  std::filesystem::remove_all(tmp);

  auto by_lang = [](const nlohmann::json& j) {
    std::map<std::string, std::string> out;
    if (j.is_object())
      for (auto& [k, v] : j.items()) out[k] = v.get<std::string>();
    return out;
  };
  const auto services = read_json(dir + "/services.json");  // held: a loop over a temporary's member dangles
  for (auto& s : services["services"]) {
    ServiceDocument d;
    d.id = s["id"];
    d.name = by_lang(s["name"]);
    d.description = by_lang(s["description"]);
    d.organisation_name["fr"] = s.value("org", "");
    for (auto& c : s.value("communes", nlohmann::json::array())) d.communes.push_back(c);
    auto codes = [&](const char* field, std::vector<std::string>& into) {
      for (auto& c : s.value(field, nlohmann::json::array())) {
        into.push_back(c);
        for (auto& l : labels[c]) d.extra_terms.push_back(l);  // as load_documents() does
      }
    };
    codes("themes", d.themes);
    codes("publics", d.publics);
    codes("access", d.access);
    for (auto& l : d.name) d.languages.push_back(l.first);
    set.services.push_back(std::move(d));
  }
  const auto questions = read_json(dir + "/questions.json");
  for (auto& q : questions["questions"]) {
    Question x;
    x.kind = q["kind"];
    x.text = q["text"];
    for (auto& r : q["relevant"]) x.relevant.insert(r.get<std::string>());
    x.heldout = q.value("heldout", false);
    set.questions.push_back(std::move(x));
  }
  return set;
}

struct Scored {
  const Question* question;
  double success3, recall10, ndcg10;
  std::vector<std::string> top;  // the first ten ids
};

inline Scored score(const SearchIndex& index, const Question& q) {
  SearchQuery sq;
  sq.text = q.text;
  sq.lang = q.kind;
  sq.limit = 10;
  auto r = index.search(sq);
  Scored s{&q, 0, 0, 0, {}};
  double dcg = 0, ideal = 0;
  int found = 0;
  for (std::size_t i = 0; i < r.hits.size() && i < 10; ++i) {
    s.top.push_back(r.hits[i].id);
    if (!q.relevant.count(r.hits[i].id)) continue;
    ++found;
    dcg += 1.0 / std::log2(static_cast<double>(i) + 2);
    if (i < 3) s.success3 = 1;
  }
  for (std::size_t i = 0; i < q.relevant.size() && i < 10; ++i) ideal += 1.0 / std::log2(static_cast<double>(i) + 2);
  s.recall10 = q.relevant.empty() ? 1 : static_cast<double>(found) / static_cast<double>(std::min<std::size_t>(q.relevant.size(), 10));
  s.ndcg10 = ideal > 0 ? dcg / ideal : 1;
  return s;
}

// Figures by "kind/part" ("fr/tuned", "nl/heldout", "all/heldout", "all/all"...).
inline std::map<std::string, Figures> evaluate(const SearchIndex& index, const JudgedSet& set,
                                               std::vector<Scored>* each = nullptr) {
  std::map<std::string, Figures> out;
  for (const auto& q : set.questions) {
    Scored s = score(index, q);
    const std::string part = q.heldout ? "heldout" : "tuned";
    for (const std::string& key : {q.kind + "/" + part, q.kind + "/all", "all/" + part, std::string("all/all")}) {
      auto& f = out[key];
      ++f.questions;
      f.success3 += s.success3;
      f.recall10 += s.recall10;
      f.ndcg10 += s.ndcg10;
    }
    if (each) each->push_back(std::move(s));
  }
  for (auto& [key, f] : out) {
    f.success3 /= f.questions;
    f.recall10 /= f.questions;
    f.ndcg10 /= f.questions;
  }
  return out;
}

inline void build_index(SearchIndex& index, const JudgedSet& set) {
  index.set_synonyms(set.synonyms);
  for (const auto& s : set.services) index.upsert(s);
  index.commit();
}

}  // namespace maillage::directory::search::judged
