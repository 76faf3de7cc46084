// The helpdesk's figures: what the networks publish each year (contacts by line reached and channel, with
// "non notifié") and the breakdowns the coordinating teams count by hand today. One query layer, grouped SQL
// only, reading coded fields only: the free text (question, notes, feedback, contact) is never read here, so
// the retention purge changes no figure.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>

#include "platform/brussels_time.hpp"
#include <vector>

namespace maillage {
class Database;
}

namespace maillage::helpdesk {

// The platform's period ([from, to) in Brussels) and its calendar years and months.
using maillage::Period;
using maillage::year_period;
using maillage::month_starts;

// Which requests the figures count. A request counts for the line it reached ("numéro composé"), or, when the
// line reached was not recorded, for the line handling it: a transferred request stays with the line the
// requester called, as the networks count.
struct StatsScope {
  bool all_lines = true;               // the whole region: every request
  std::vector<std::int64_t> line_ids;  // else only these lines' requests (empty: none)
  // A territory zone (issue 14): only the requests whose person lives in one of the zone's whole communes (the
  // commune given, or the postal code's; a request records no quarter, so a zone's quarters alone take none).
  // 0: no zone. zone_updated_at keeps the figures in memory apart when the zone is edited.
  std::int64_t zone_id = 0, zone_updated_at = 0;
  // Every request of every line, no zone: the themes' and orientations' own copies of the reception time serve.
  bool whole_region() const { return all_lines && zone_id == 0; }
};

// Counts per channel, in the order of the CSV columns.
struct ChannelCounts {
  std::int64_t phone = 0, email = 0, web_form = 0, in_person = 0, other = 0;
  std::int64_t total() const { return phone + email + web_form + in_person + other; }
  void add(const std::string& channel, std::int64_t n);
};

struct LineReachedRow {
  std::int64_t line_id = 0;  // 0: "non notifié"
  ChannelCounts channels;
};

struct Count {
  std::string code;  // a coded value ("" when not recorded)
  std::int64_t count = 0;
};

struct LineCount {
  std::int64_t line_id = 0;
  std::int64_t count = 0;
};

// A delay in calendar hours (not working hours: a request received on Friday at 16:00 and oriented on Monday
// at 10:00 took 66 hours), over the requests that have it.
struct Delay {
  std::int64_t requests = 0;
  double mean_hours = 0;
  double median_hours = 0;
};

// One cell of a cross table (bassin of the person x age band).
struct CrossCount {
  std::string row, column;
  std::int64_t count = 0;
};

struct TransferCounts {
  std::string status;          // proposed, accepted, declined
  std::int64_t count = 0;      // transfers touching the scope
  std::int64_t sent = 0;       // from a line of the scope
  std::int64_t received = 0;   // to a line of the scope
};

struct Statistics {
  Period period;
  std::int64_t total = 0;
  // Every line of the scope (in the lines' order, zero rows included), then "non notifié" (line_id 0).
  std::vector<LineReachedRow> by_line_reached;
  ChannelCounts channels;
  std::vector<LineCount> by_line_handling;      // line id, largest first
  std::vector<std::int64_t> month_starts;       // the months of the period
  std::vector<std::int64_t> by_month;           // a count per month_starts entry
  std::vector<Count> by_theme, by_complexity, by_sector, by_person_bassin, by_age_band, by_status, by_outcome,
      by_orientation_outcome;
  std::vector<CrossCount> by_bassin_and_age_band;
  std::int64_t orientations = 0;                // services proposed for the period's requests
  std::vector<TransferCounts> transfers;        // proposed in the period
  std::int64_t unmet_needs = 0;                 // flagged in the period
  Delay to_first_orientation, to_feedback;
};

// The networks' yearly table alone (what the CSV needs): by_line_reached, channels and total, one query.
Statistics compute_line_reached(soci::session& sql, const StatsScope& scope, const Period& period);

// Every figure for a period and a scope, in the caller's transaction (a couple of dozen grouped queries).
Statistics compute_statistics(soci::session& sql, const StatsScope& scope, const Period& period);

// The same figures kept in memory per database, scope and period while no request changed: every change to a
// request, its orientations, transfers or unmet needs moves its updated_at (the follow-up functions touch it)
// and a new request its id, so a fingerprint (MAX(id), MAX(updated_at) of the requests, and of the lines) read
// from indexes decides. Kept at most 5 minutes, whatever the fingerprint, against clocks of several servers that
// disagree. The first page after a change pays the whole computation.
Statistics cached_statistics(Database& db, soci::session& sql, const StatsScope& scope, const Period& period);

// The lines of a scope, as ids (every line, inactive ones included, for the whole region).
std::vector<std::int64_t> scope_line_ids(soci::session& sql, const StatsScope& scope);

}  // namespace maillage::helpdesk
