// Folding, word splitting and stemming shared by indexing and querying.
#include "directory/search/text.hpp"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <string_view>
#include <unordered_set>

#include "directory/search/search_index.hpp"

namespace maillage::directory::search {

namespace {

// U+00C0..U+00FF and U+0100..U+017F folded to ASCII. '1' stands for "ij", '2' for "oe", '3' for "ae",
// '4' for "th", '5' for "ss"; ' ' marks the two symbols of the block (multiplication and division signs).
constexpr std::string_view kLatin1 =
    "aaaaaa3ceeeeiiii"   // C0-CF
    "dnooooo ouuuuy45"   // D0-DF
    "aaaaaa3ceeeeiiii"   // E0-EF
    "dnooooo ouuuuy4y";  // F0-FF
constexpr std::string_view kLatinExtendedA =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "11" "jj" "kkk" "llllllllll"
    "nnnnnnnnn" "oooooo" "22" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
static_assert(kLatin1.size() == 64);
static_assert(kLatinExtendedA.size() == 128);

void append_folded_letter(std::string& out, char c) {
  switch (c) {
    case '1': out += "ij"; break;
    case '2': out += "oe"; break;
    case '3': out += "ae"; break;
    case '4': out += "th"; break;
    case '5': out += "ss"; break;
    default: out += c;
  }
}

}  // namespace

std::string fold(const std::string& utf8_text) {
  std::string out;
  out.reserve(utf8_text.size());
  // Xapian's iterator decodes invalid UTF-8 byte by byte as Latin-1, which is what a stray byte most
  // likely was; it never reads past the end.
  for (Xapian::Utf8Iterator it(utf8_text); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = *it;
    if (ch < 0x80) {
      out += (ch == 0) ? ' ' : static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    } else if (ch >= 0xC0 && ch <= 0xFF) {
      append_folded_letter(out, kLatin1[ch - 0xC0]);
    } else if (ch >= 0x100 && ch <= 0x17F) {
      append_folded_letter(out, kLatinExtendedA[ch - 0x100]);
    } else if (ch >= 0x300 && ch <= 0x36F) {
      // Combining marks: text that arrives decomposed (NFD) loses its accents like composed text.
    } else if (ch == 0x2019 || ch == 0x2018 || ch == 0x2BC) {
      out += '\'';
    } else if (ch == 0xAA || ch == 0xBA) {
      out += (ch == 0xAA ? 'a' : 'o');
    } else {
      Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
    }
  }
  return out;
}

namespace text {

std::vector<std::string> words(std::string_view folded, std::size_t max_words) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    // An over-long "word" is cut, not dropped: dropping it would turn a query of nothing but such words into
    // "everything".
    if (word.size() > 64) {
      std::size_t n = 64;
      while (n > 0 && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) --n;  // a UTF-8 boundary
      word.resize(n);
    }
    if (!word.empty()) out.push_back(word);
    word.clear();
  };
  std::string s(folded);
  for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator() && out.size() < max_words; ++it) {
    unsigned ch = *it;
    bool letter = ch < 0x80 ? ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                            : Xapian::Unicode::is_wordchar(ch);
    if (letter) {
      Xapian::Unicode::append_utf8(word, ch);
    } else {
      flush();
    }
  }
  if (out.size() < max_words) flush();
  return out;
}

namespace {
struct Stemmers {
  Xapian::Stem fr{"french"}, nl{"dutch"}, en{"english"};
};
// Xapian::Stem keeps state between calls: one set per thread.
Stemmers& stemmers() {
  thread_local Stemmers s;
  return s;
}
}  // namespace

std::vector<std::string> stems(const std::string& word, const std::string& lang) {
  std::vector<std::string> out;
  if (word.size() < 3) return out;
  for (char c : word)
    if (c >= '0' && c <= '9') return out;
  // Indexing stems every word of every service three times; the vocabulary is small, so remember.
  thread_local std::unordered_map<std::string, std::array<std::string, 3>> cache;
  auto it = cache.find(word);
  if (it == cache.end()) {
    if (cache.size() > 50000) cache.clear();  // a few MB per thread at most
    auto& s = stemmers();
    std::string nl = s.nl(word);
    if (!nl.empty() && nl.back() == 'z') nl.back() = 's';
    if (!nl.empty() && nl.back() == 'v') nl.back() = 'f';
    it = cache.emplace(word, std::array<std::string, 3>{s.fr(word), nl, s.en(word)}).first;
  }
  const auto& [fr, nl, en] = it->second;
  const std::string* ordered[3] = {&fr, &nl, &en};
  if (lang == "nl") {
    ordered[0] = &nl, ordered[1] = &fr;
  } else if (lang == "en") {
    ordered[0] = &en, ordered[2] = &fr;
  }
  for (const std::string* st : ordered) {
    if (st->empty() || std::find(out.begin(), out.end(), *st) != out.end()) continue;
    out.push_back(*st);
  }
  return out;
}

bool is_stopword(const std::string& word) {
  // "sans" (without) is not a stopword here: "sans abri", "sans rendez-vous" carry meaning; nor "nuit", "aide",
  // "hulp": a night shelter or help is what is asked for.
  static const std::unordered_set<std::string> kStopwords = {
      // fr
      "le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "pour",
      "par", "sur", "dans", "avec", "qui", "que", "se", "ce", "son", "sa", "ses", "est",
      // nl
      "het", "een", "van", "voor", "op", "met", "te", "aan", "bij", "of", "en", "die", "dat", "is", "zijn",
      // en
      "the", "an", "and", "or", "of", "for", "in", "on", "with", "to", "at", "by", "is",
      // How a question to a helpline is put, in the three languages ("je cherche", "waar kan ik", "where can I
      // find", "tonight"): words no service's record holds, which must not count against it.
      // fr
      "je", "j", "cherche", "cherchons", "chercher", "recherche", "besoin", "trouver", "ou", "quel", "quelle",
      "quels", "quelles", "quelqu", "y", "il", "elle", "on", "nous", "vous", "mon", "ma", "mes", "notre",
      "votre", "leur", "leurs", "peut", "peux", "pouvez", "faire", "veut", "veux", "voudrais", "souhaite",
      "ne", "pas", "plus", "tres", "cette", "ces", "soir", "aujourd", "hui", "maintenant", "svp", "bonjour",
      "comment", "quand", "personne", "personnes", "quelque", "chose", "urgent", "vite", "chez", "apres", "avant",
      // nl
      "ik", "zoek", "zoeken", "waar", "kan", "kunnen", "mijn", "hij", "zij", "ze", "we", "wij", "er", "iemand",
      "wat", "welke", "hoe", "graag", "nodig", "heb", "hebben", "heeft", "vanavond", "vandaag", "nu", "moet",
      "wil", "willen", "om", "naar", "na", "hier", "ook", "nog", "al", "persoon", "personen", "mensen", "dringend",
      // en
      "i", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her", "they", "their", "it", "where",
      "what", "which", "who", "how", "when", "can", "could", "would", "should", "need", "needs", "looking",
      "look", "find", "someone", "somebody", "anyone", "help", "tonight", "today", "now", "please", "get",
      "there", "are", "some", "any", "do", "does", "want", "wants", "person", "people", "urgently", "after",
      "before"};
  return kStopwords.count(word) > 0;
}

}  // namespace text
}  // namespace maillage::directory::search
