// From the words a person typed to a Xapian query: synonyms (with phrases), stems in three languages,
// stopwords; and the "did you mean" suggestion.
#pragma once
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "directory/search/compounds.hpp"
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
// A Dutch compound as its parts, all of them ("nachtopvang": nacht and opvang); nothing when it is none.
inline Xapian::Query parts_query(const std::string& w, const std::string& lang) {
  std::vector<Xapian::Query> all;
  for (const auto& part : text::compound_parts(w)) all.push_back(word_query(part, lang));
  return any_of(Xapian::Query::OP_AND, all);
}

// A word that may be a compound: itself, or all its parts.
inline Xapian::Query word_or_parts_query(const std::string& w, const std::string& lang) {
  Xapian::Query parts = parts_query(w, lang);
  if (parts.empty()) return word_query(w, lang);
  return Xapian::Query(Xapian::Query::OP_OR, word_query(w, lang), parts);
}

inline Xapian::Query alternative_query(const Phrase& p, const std::string& lang, const std::set<std::string>& marked) {
  if (p.size() == 1) return word_or_parts_query(p[0], lang);
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
  // One per meaning the question holds: a service holding all of them is a full match; when few are, the
  // services holding some of them follow (or, when none holds them all, relaxed: any).
  std::vector<Xapian::Query> groups;
  std::vector<bool> spell_checkable;   // per word: not a stopword, not covered by a synonym
};

// The groups of `words`: each synonym key with its alternatives, each other word by itself, each Dutch compound
// as its parts (each part also matched by the compound as typed, so that a service holding the compound meets
// every part even where the two sides split it differently). Inside a compound, parts that together make a key
// of the synonym table are taken together ("rust" + "huis" in "rusthuisplaats": rusthuis, a care home).
inline void add_groups(ParsedText& p, const std::vector<std::string>& words, const std::string& lang,
                       const SynonymTable& synonyms, const std::set<std::string>& marked,
                       std::vector<Xapian::Query>& stop_groups, const Xapian::Query* compound) {
  const bool top_level = compound == nullptr;
  auto with_compound = [&](Xapian::Query q) {
    return compound ? Xapian::Query(Xapian::Query::OP_OR, q, *compound) : q;
  };
  for (std::size_t i = 0; i < words.size();) {
    auto m = synonyms.longest_match(words, i);
    std::string w = words[i];
    if (!top_level && m.length == 0) {
      for (std::size_t j = words.size(); j > i + 1 && m.length == 0; --j) {
        std::string joined;
        for (std::size_t k = i; k < j; ++k) joined += words[k];
        auto whole = synonyms.longest_match({joined}, 0);
        if (whole.length == 1) {
          p.groups.push_back(with_compound(any_of(Xapian::Query::OP_OR, [&] {
            std::vector<Xapian::Query> alternatives{word_query(joined, lang)};
            for (const auto& alt : *whole.alternatives) alternatives.push_back(alternative_query(alt, lang, marked));
            return alternatives;
          }())));
          m.length = j - i;
        }
      }
      if (m.length > 0) {
        i += m.length;
        continue;
      }
    }
    if (m.length > 0) {
      Phrase typed(words.begin() + i, words.begin() + i + m.length);
      std::vector<Xapian::Query> alternatives{words_query(typed, lang)};
      for (const auto& alt : *m.alternatives) alternatives.push_back(alternative_query(alt, lang, marked));
      // A compound that is a key ("nachtopvang") is also found by its parts ("opvang 's nachts").
      if (m.length == 1)
        if (auto parts = parts_query(w, lang); !parts.empty()) alternatives.push_back(parts);
      p.groups.push_back(with_compound(any_of(Xapian::Query::OP_OR, alternatives)));
      i += m.length;
      continue;
    }
    if (text::is_stopword(w)) {
      if (top_level) stop_groups.push_back(word_query(w, lang));
      ++i;
      continue;
    }
    auto parts = top_level ? text::compound_parts(w) : std::vector<std::string>{};
    if (parts.empty()) {
      p.groups.push_back(with_compound(word_query(w, lang)));
    } else {
      const Xapian::Query whole = word_query(w, lang);
      add_groups(p, parts, lang, synonyms, marked, stop_groups, &whole);
    }
    if (top_level) p.spell_checkable[i] = spellable(w);
    ++i;
  }
}

inline ParsedText parse_text(const std::string& raw, const std::string& lang, const SynonymTable& synonyms,
                             const std::set<std::string>& marked) {
  ParsedText p;
  std::string cut = raw.substr(0, kMaxQueryBytes);
  p.words = text::words(fold(cut), kMaxQueryWords);
  p.spell_checkable.assign(p.words.size(), false);
  std::vector<Xapian::Query> stop_groups;
  add_groups(p, p.words, lang, synonyms, marked, stop_groups, nullptr);
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
