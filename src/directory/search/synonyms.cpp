// Brussels acronyms and their translations; the table the coordinators will edit starts from this list.
#include "directory/search/synonyms.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "directory/search/search_index.hpp"
#include "directory/search/text.hpp"

namespace maillage::directory::search {

std::vector<std::vector<std::string>> default_synonyms() {
  return {
      {"CPAS", "OCMW", "centre public d'action sociale", "openbaar centrum voor maatschappelijk welzijn",
       "public social welfare centre"},
      {"SSM", "CGG", "service de santé mentale", "centrum geestelijke gezondheidszorg",
       "community mental health service"},
      {"CAW", "CASG", "centrum algemeen welzijnswerk", "centre d'action sociale globale", "general welfare centre"},
      {"MR", "MRS", "WZC", "maison de repos", "maison de repos et de soins", "woonzorgcentrum", "rusthuis",
       "care home", "nursing home"},
      {"maison médicale", "wijkgezondheidscentrum", "WGC", "community health centre"},
      {"santé mentale", "geestelijke gezondheid", "mental health"},
      {"sans-abri", "SDF", "sans domicile fixe", "dakloos", "homeless"},
      {"sans-abrisme", "dakloosheid", "homelessness"},
      {"abri de nuit", "asile de nuit", "nachtopvang", "night shelter"},
      {"assuétudes", "addiction", "toxicomanie", "verslaving", "drugs"},
      {"aide alimentaire", "voedselhulp", "food aid", "colis alimentaire", "voedselpakket"},
      {"logement", "huisvesting", "housing"},
      {"emploi", "tewerkstelling", "werkgelegenheid", "employment"},
      {"handicap", "beperking", "disability"},
      {"double diagnostic", "dubbele diagnose", "dual diagnosis"},
      {"périnatalité", "perinataliteit", "perinatal care"},
      {"ONE", "office de la naissance et de l'enfance", "Kind en Gezin"},
      {"soins palliatifs", "palliatieve zorg", "palliative care", "fin de vie", "levenseinde"},
      {"soins à domicile", "aide à domicile", "thuiszorg", "home care"},
      {"personnes âgées", "seniors", "ouderen", "elderly"},
      {"jeunes", "jeunesse", "jongeren", "youth"},
      {"aide juridique", "juridische bijstand", "legal aid", "pro deo"},
      {"sans papiers", "zonder papieren", "undocumented", "sans titre de séjour"},
      {"migration", "migratie", "migrants", "migranten"},
      {"violences conjugales", "violences intrafamiliales", "partnergeweld", "intrafamiliaal geweld",
       "domestic violence"},
      {"pair-aidant", "ervaringsdeskundige", "peer worker", "peer support"},
      {"crise", "crisis", "urgence"},
      {"hôpital", "ziekenhuis", "hospital"},
      {"médecin généraliste", "huisarts", "general practitioner"},
      {"interprète", "tolk", "interpreter"},
      {"planning familial", "centrum voor gezinsplanning", "family planning"},
  };
}

std::vector<std::pair<std::string, std::string>> SynonymTable::pairs(
    const std::vector<std::vector<std::string>>& groups) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& group : groups) {
    std::vector<std::string> members;
    for (const auto& m : group) {
      auto w = text::words(fold(m.substr(0, 200)), 8);
      if (w.empty()) continue;
      std::string joined;
      for (const auto& x : w) joined += (joined.empty() ? "" : " ") + x;
      if (joined.size() > 160) continue;  // synonym keys and terms are bounded in Xapian
      if (std::find(members.begin(), members.end(), joined) == members.end()) members.push_back(joined);
    }
    for (const auto& a : members)
      for (const auto& b : members)
        if (a != b) out.emplace(a, b);
  }
  return {out.begin(), out.end()};
}

namespace {
std::vector<std::string> forms_of(const std::string& word) {
  std::vector<std::string> f{word};
  for (auto& s : text::stems(word)) f.push_back("Z" + s);
  return f;
}
}  // namespace

SynonymTable::SynonymTable(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::map<std::string, std::size_t> index;
  for (const auto& [key, alternative] : pairs) {
    auto [it, fresh] = index.emplace(key, entries_.size());
    if (fresh) {
      Entry e;
      e.key = text::words(key);
      if (e.key.empty()) {
        index.erase(it);
        continue;
      }
      for (const auto& w : e.key) e.key_forms.push_back(forms_of(w));
      entries_.push_back(std::move(e));
    }
    auto alt = text::words(alternative);
    if (!alt.empty()) entries_[it->second].alternatives.push_back(std::move(alt));
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    for (const auto& f : entries_[i].key_forms[0]) by_first_form_[f].push_back(i);
    if (entries_[i].key.size() > 1) phrases_[entries_[i].key[0]].push_back(entries_[i].key);
  }
}

std::string SynonymTable::joined(const Phrase& p) {
  std::string out;
  for (const auto& w : p) out += (out.empty() ? "" : " ") + w;
  return out;
}

SynonymTable::Match SynonymTable::longest_match(const std::vector<std::string>& words, std::size_t at) const {
  Match best;
  if (at >= words.size() || entries_.empty()) return best;
  std::set<std::size_t> candidates;
  for (const auto& f : forms_of(words[at])) {
    auto it = by_first_form_.find(f);
    if (it != by_first_form_.end()) candidates.insert(it->second.begin(), it->second.end());
  }
  for (std::size_t c : candidates) {
    const Entry& e = entries_[c];
    if (e.key.size() <= best.length || at + e.key.size() > words.size()) continue;
    bool all = true;
    for (std::size_t j = 1; j < e.key.size() && all; ++j) {
      auto query_forms = forms_of(words[at + j]);
      all = std::any_of(query_forms.begin(), query_forms.end(), [&](const std::string& f) {
        return std::find(e.key_forms[j].begin(), e.key_forms[j].end(), f) != e.key_forms[j].end();
      });
    }
    if (all) best = {e.key.size(), &e.alternatives};
  }
  return best;
}

}  // namespace maillage::directory::search
