// The layout of the directory's search index, shared by indexing, counting and querying: value slots,
// limits and the small encodings stored in values.
#pragma once
#include <xapian.h>

#include <cstdint>
#include <string>

namespace maillage::directory::search::detail {

constexpr Xapian::valueno kSlotFacets = 0;    // packed 16-bit codes of "B:nord", "T:housing"...
constexpr Xapian::valueno kSlotCoords = 1;    // Xapian::LatLongCoords
constexpr Xapian::valueno kSlotOpening = 2;   // packed 16-bit (start, end) minute pairs
constexpr Xapian::valueno kSlotStatus = 3;    // "0" active, "1" inactive, "2" defunct: sorts inactive last
constexpr Xapian::valueno kSlotSortName = 4;  // folded name, the order when there is nothing to rank by

constexpr std::uint16_t kMinutesInWeek = 7 * 1440;
constexpr double kProximityHalfKm = 2.0;     // proximity weight halves 2 km away
constexpr std::size_t kMaxQueryBytes = 1000;
constexpr std::size_t kMaxQueryWords = 200;
constexpr std::size_t kMaxSpellingWords = 8;  // spelling look-ups cost ~0.1 ms each
constexpr std::size_t kMaxPhraseTerm = 200;   // Xapian terms are at most 245 bytes

inline void put_u16(std::string& s, unsigned v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
inline unsigned get_u16(const std::string& s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) | (static_cast<unsigned char>(s[i + 1]) << 8);
}

// Raw (unprefixed) words are the only terms starting with a lower-case letter or a non-ASCII byte.
inline bool spellable(const std::string& w) {
  if (w.size() < 3) return false;
  for (char c : w)
    if (c >= '0' && c <= '9') return false;
  return true;
}
inline bool is_raw_word(const std::string& term) {
  unsigned char c = term.empty() ? 0 : term[0];
  return (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace maillage::directory::search::detail
