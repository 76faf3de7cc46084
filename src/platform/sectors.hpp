// The professionals' sectors: a vocabulary administrators edit (/admin/sectors), shared by the offers'
// registrations, the helpdesk's requesters and the caseload's requests, whose statistics count them alike.
// A code is stored by those records and never changes nor goes away: a sector is retired (no longer offered in
// forms) but old records keep showing and counting it. Not the directory's themes ("addictions" is both).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace maillage {

class Database;
class Dictionary;
struct RequestContext;

struct Sector {
  std::string code;
  std::string fr, nl, en;  // fr required; a missing nl or en label shows the French one
  int position = 0;        // forms and tables list sectors by position, then code
  bool retired = false;
  std::int64_t updated_at = 0;
  std::string updated_by;
  // The label in "fr", "nl", "en" (any other language, such as the pseudo-locale, reads English).
  const std::string& label(std::string_view lang) const;
};

// The whole vocabulary in order, retired sectors included.
class SectorList {
 public:
  explicit SectorList(std::vector<Sector> in_order);
  const std::vector<Sector>& all() const { return all_; }
  const Sector* find(std::string_view code) const;
  // What a new record may name: a known sector that is not retired.
  bool offered(std::string_view code) const;
  // The label of a known code, "" for an unknown one.
  std::string label(std::string_view code, std::string_view lang) const;

 private:
  std::vector<Sector> all_;
  std::unordered_map<std::string, std::size_t> at_;
};

// The vocabulary, from this process's copy: kept while no edit happened in this process and for at most a second,
// then kept again if the database's revision ('sectors_revision' in settings) has not moved (one read of one row),
// else read again. An edit on this server shows on its next page, one on another server within a second. The
// first form opens its own connection only when it must read; the second uses the caller's.
std::shared_ptr<const SectorList> sectors(Database& db);
std::shared_ptr<const SectorList> sectors(Database& db, soci::session& sql);

std::vector<Sector> load_sectors(soci::session& sql);

// ---- Editing (administrators) ----------------------------------------------------------------------------
constexpr std::size_t kMaxSectorLabelChars = 120;
constexpr std::size_t kMaxSectors = 200;

struct SectorEdit {
  std::string code;  // only read when adding
  std::string fr, nl, en;
  std::optional<int> position;  // none when adding: before "other", which stays last
};
// The reason a sector cannot be saved (a catalogue msgid), or nullptr. `adding` also checks the code.
const char* sector_problem(const SectorEdit& edit, bool adding);
// Adds a sector; false when its code already exists (retired or not) or the vocabulary is full.
bool add_sector(soci::session& sql, const SectorEdit& edit, const std::string& by);
// Replaces a sector's labels (and position when given); false for an unknown code.
bool update_sector(soci::session& sql, const std::string& code, const SectorEdit& edit, const std::string& by);
// Retires a sector (no longer offered in forms) or offers it again; false for an unknown code.
bool set_sector_retired(soci::session& sql, const std::string& code, bool retired, const std::string& by);
// How many records name each code (registrations to offers, helpdesk requests, caseload requests).
std::unordered_map<std::string, long> sector_usage(soci::session& sql);
// Call after an edit's transaction committed: this process reads the vocabulary again on its next use. (The
// edit functions above also write a new revision, in their transaction, for the other servers.)
void sectors_changed();

// ---- In pages ----------------------------------------------------------------------------------------------
// The label of a stored code in the caller's language; "Other sector" for a code the vocabulary does not know.
std::string sector_label(const RequestContext& ctx, const SectorList& list, const std::string& code);
// One `section` (CODE, LABEL, SELECTED) per sector a form offers, and the `selected` one when it is retired (a
// record being corrected keeps its sector).
void fill_sector_options(const RequestContext& ctx, Dictionary& d, const char* section,
                         const SectorList& list, const std::string& selected);

}  // namespace maillage
