// A team's figures for a period, from its records, as the teams publish them by hand today (Smes Housing First,
// MOVEOplus): requests versus people followed, contacts by type with the period before, average duration, share
// in pair, missed appointments, reasons by life domain, profile shares, people per FTE, and the functioning-score
// table. Grouped SQL on coded columns only: the free text (notes) is never read, so the retention purge moves no
// figure. Raw counts here; the pages and the observatory's block suppress small counts for readers outside.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

#include "platform/brussels_time.hpp"

namespace maillage::caseload {

struct CodeCount {
  std::string code;
  long count = 0;
};

struct ContactTypeRow {
  std::string code;
  long count = 0;     // planned contacts of the type in the period, missed ones included (as the teams count)
  long previous = 0;  // in the period before
};

// One instrument's line of the functioning-score table.
struct ScoreSummary {
  std::string instrument;
  long people = 0;        // followed in the period with an entry score of this instrument
  long valid_pairs = 0;   // entry and a later score of the same instrument, not "no news"
  long no_news = 0;       // with an entry score, no contact for the team's no-news time at the end of the period
  double entry_average = 0, now_average = 0, improvement_average = 0;  // over the valid pairs only
};

// One person's line (for the team only: never leaves it).
struct ScoreRow {
  std::int64_t episode_id = 0;
  std::string person_code, instrument;
  int entry = 0;
  bool has_now = false;
  int now = 0;
  bool no_news = false;
};

struct Figures {
  Period period, previous;
  std::int64_t reference = 0;  // "now" of the period: its end, or now when the period is not over
  // Funnel
  long requests = 0, accepted = 0, refused = 0, oriented = 0, pending = 0;
  long people_followed = 0, people_started = 0, people_ended = 0;
  std::vector<CodeCount> refusals, requests_by_sector;
  // Contacts
  std::vector<ContactTypeRow> by_type;  // in the order of the team's contact types, then any other code
  long contacts = 0, contacts_previous = 0;
  long face_to_face = 0;          // planned face-to-face contacts (home visit, accompaniment, office)
  long held = 0, held_with_duration = 0, minutes = 0;
  long face_to_face_held = 0, in_pair = 0;  // in pair: among the face-to-face contacts held
  long appointments = 0;                    // face-to-face contacts, and missed contacts of other types
  long absent = 0, cancelled = 0;           // missed appointments (their share is of `appointments`)
  std::vector<CodeCount> reasons;           // mentions by life domain
  long reason_mentions = 0;
  std::vector<CodeCount> profiles;          // people followed with each profile
  double fte = 0;
  // Scores
  std::vector<ScoreSummary> scores;
  std::vector<ScoreRow> score_rows;

  double average_minutes() const { return held_with_duration ? double(minutes) / double(held_with_duration) : 0; }
  double people_per_fte() const { return fte > 0 ? double(people_followed) / fte : 0; }
};

// The period before: the year before for a calendar year, else the same length just before.
Period previous_period(const Period& p);

// Every figure of one team for a period (a dozen grouped queries), in the caller's transaction.
Figures compute_figures(soci::session& sql, std::int64_t team_id, const Period& period, std::int64_t now);

// A share in % (0 when the total is 0), and a change in % from `before` to `after` (0 when before is 0).
double percent(long part, long total);
double change_percent(long before, long after);

}  // namespace maillage::caseload
