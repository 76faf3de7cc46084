// Words of the directory's search: folding, splitting into words and stemming in French, Dutch and English.
// The same functions run at index time and at query time, so both sides always agree on a word.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace maillage::directory::search::text {

// Words of already folded text: runs of letters and digits (any script); apostrophes, hyphens and
// punctuation separate words, so "d'anderlecht" gives "d" and "anderlecht". At most `max_words` words;
// words longer than 64 bytes are dropped (Xapian terms are bounded and such words are noise).
std::vector<std::string> words(std::string_view folded, std::size_t max_words = SIZE_MAX);

// The stems of a folded word in French, Dutch and English, without duplicates, the `lang` one first.
// Dutch stems get a final z->s, v->f so that "daklozen" and "dakloos" meet, as "huizen" and "huis" do.
// Words shorter than three bytes or with digits are not stemmed (acronyms, postal codes).
std::vector<std::string> stems(const std::string& word, const std::string& lang = "fr");

// Very common words of the three languages, left out of queries unless the query has nothing else.
bool is_stopword(const std::string& word);

}  // namespace maillage::directory::search::text
