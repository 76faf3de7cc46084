// From the words a person typed to a Xapian query: synonyms (with phrases), stems in three languages,
// stopwords; and the "did you mean" suggestion.
#pragma once
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "directory/search/schema.hpp"
#include "directory/search/synonyms.hpp"
#include "directory/search/text.hpp"

namespace maillage::directory::search::detail {

// Xapian's reference counts are not atomic: the shared static Query::MatchAll copied by two searches at
// once corrupts its count (seen as a crash under concurrent searches). Each search makes its own.
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

inline Xapian::Query any_of(Xapian::Query::op op, const std::vector<Xapian::Query>& qs) {
  if (qs.empty()) return Xapian::Query();
  if (qs.size() == 1) return qs[0];
  return Xapian::Query(op, qs.begin(), qs.end());
}

// A word typed by a person: any of its stems, weighed as one term. Every indexed word carries its stem in
// the three languages, so the stems alone find the word itself too; a word too short to stem is looked up
// as it is.
inline Xapian::Query word_query(const std::string& w, const std::string& lang) {
  std::vector<Xapian::Query> forms;
  for (auto& s : text::stems(w, lang)) forms.emplace_back("Z" + s);
  if (forms.empty()) return Xapian::Query(w);
  return any_of(Xapian::Query::OP_SYNONYM, forms);
}

inline Xapian::Query words_query(const Phrase& ws, const std::string& lang) {
  std::vector<Xapian::Query> parts;
  for (const auto& w : ws)
    if (!text::is_stopword(w) || ws.size() == 1) parts.push_back(word_query(w, lang));
  if (parts.empty())
    for (const auto& w : ws) parts.push_back(word_query(w, lang));
  return any_of(Xapian::Query::OP_AND, parts);
}

// A synonym of several words is looked for as a phrase: "care home" must not find every service tagged
// "home care". Phrases read positions for every candidate and made a synonym search ten times slower, so
// indexing marks each service with a "P" term per synonym phrase its text holds; a phrase the whole index
// was not marked with (added to the table since) is checked on positions, without its stopwords ("de"
// is in nearly every service) inside a window of the phrase's length.
inline Xapian::Query alternative_query(const Phrase& p, const std::string& lang, const std::set<std::string>& marked) {
  if (p.size() == 1) return word_query(p[0], lang);
  std::string joined = SynonymTable::joined(p);
  if (marked.count(joined)) return Xapian::Query("P" + joined);
  std::vector<std::string> words;
  for (const auto& w : p)
    if (!text::is_stopword(w)) words.push_back(w);
  if (words.size() <= 1) words = p;
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), static_cast<Xapian::termcount>(p.size()));
}

struct ParsedText {
  std::vector<std::string> words;
  std::vector<Xapian::Query> groups;   // each must match (or, relaxed, any)
  std::vector<bool> spell_checkable;   // per word: not a stopword, not covered by a synonym
};

inline ParsedText parse_text(const std::string& raw, const std::string& lang, const SynonymTable& synonyms,
                      const std::set<std::string>& marked) {
  ParsedText p;
  std::string cut = raw.substr(0, kMaxQueryBytes);
  p.words = text::words(fold(cut), kMaxQueryWords);
  p.spell_checkable.assign(p.words.size(), false);
  std::vector<Xapian::Query> stop_groups;
  for (std::size_t i = 0; i < p.words.size();) {
    auto m = synonyms.longest_match(p.words, i);
    if (m.length > 0) {
      Phrase typed(p.words.begin() + i, p.words.begin() + i + m.length);
      std::vector<Xapian::Query> alternatives{words_query(typed, lang)};
      for (const auto& alt : *m.alternatives) alternatives.push_back(alternative_query(alt, lang, marked));
      p.groups.push_back(any_of(Xapian::Query::OP_OR, alternatives));
      i += m.length;
      continue;
    }
    const std::string& w = p.words[i];
    if (text::is_stopword(w)) {
      stop_groups.push_back(word_query(w, lang));
    } else {
      p.groups.push_back(word_query(w, lang));
      p.spell_checkable[i] = spellable(w);
    }
    ++i;
  }
  if (p.groups.empty()) p.groups = std::move(stop_groups);  // "de", "the": better than nothing
  return p;
}

inline std::string suggest(const Xapian::Database& db, const ParsedText& p, const std::string& lang) {
  std::vector<std::string> corrected = p.words;
  bool changed = false;
  std::size_t looked_up = 0;
  for (std::size_t i = 0; i < p.words.size() && looked_up < kMaxSpellingWords; ++i) {
    if (!p.spell_checkable[i]) continue;
    const std::string& w = p.words[i];
    bool known = db.get_termfreq(w) > 0;
    for (auto& s : text::stems(w, lang)) known = known || db.get_termfreq("Z" + s) > 0;
    if (known) continue;
    ++looked_up;
    std::string s = db.get_spelling_suggestion(w, 2);
    if (!s.empty() && s != w) {
      corrected[i] = s;
      changed = true;
    }
  }
  if (!changed) return {};
  std::string out;
  for (const auto& w : corrected) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace maillage::directory::search::detail
