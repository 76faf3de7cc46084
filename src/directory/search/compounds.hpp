// Dutch compounds for the directory's search: Dutch writes "nachtopvang" where a record says "opvang 's nachts",
// and Xapian has no decompounder. The splitter looks the parts up in Debian's Dutch word list (wdutch, folded and
// embedded at build time) and runs at index and at query time, so both sides split a word the same way.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace maillage::directory::search::text {

// Whether a folded word is in the Dutch word list (every inflected form: "daklozen", "huizen").
bool is_dutch_word(std::string_view folded);

// The parts of a folded Dutch compound, in order ("drugshulpverlening" -> drugs, hulp, verlening;
// "dagverzorgingscentrum" -> dag, verzorging, centrum), or nothing when it is not one. The linking -s-, -en-
// and -er- are taken off a part when what is left is a word ("verzorgings" -> verzorging, "kinder" -> kind).
// Only words of 7 letters or more are split, into parts of 5 letters or more or common short words ("huis",
// "zorg", "dag"...): short parts made false splits ("vers|laving", "jong|eren").
std::vector<std::string> compound_parts(const std::string& folded);

}  // namespace maillage::directory::search::text
