// The synonym table as the query builder reads it: each key (one or more folded words) with the phrases
// that mean the same. Keys match the words a person typed by their stems too ("maisons medicales").
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace maillage::directory::search {

using Phrase = std::vector<std::string>;  // folded words

class SynonymTable {
 public:
  // Every pair (a, b) of a group, a != b, folded: what add_synonym() stores in Xapian.
  static std::vector<std::pair<std::string, std::string>> pairs(const std::vector<std::vector<std::string>>& groups);
  // Built from pairs read back from the Xapian synonym table.
  explicit SynonymTable(const std::vector<std::pair<std::string, std::string>>& pairs);

  struct Match {
    std::size_t length = 0;           // words of the query covered by the key; 0 when none
    const std::vector<Phrase>* alternatives = nullptr;
  };
  // The longest key starting at words[at].
  Match longest_match(const std::vector<std::string>& words, std::size_t at) const;
  bool empty() const { return entries_.empty(); }
  // Every key of more than one word, by its first word: indexing marks the services whose text holds one.
  const std::unordered_map<std::string, std::vector<Phrase>>& phrases_by_first_word() const { return phrases_; }
  static std::string joined(const Phrase& p);

 private:
  struct Entry {
    Phrase key;
    std::vector<std::vector<std::string>> key_forms;  // per key word: the word and its stems
    std::vector<Phrase> alternatives;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_form_;
  std::unordered_map<std::string, std::vector<Phrase>> phrases_;
};

}  // namespace maillage::directory::search
