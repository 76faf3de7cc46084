// How the parts publish to the observatory: the one interface of the observatory the other parts include.
// A part (offers, helpdesk, concertation, caseload...) registers, at start-up, what it has to say about a
// period: its activities (every meeting, session, permanence, visit, with its participants and staff hours),
// its data elements (named counts per territory, from which the observatory computes indicators), and the
// tables it contributes to the yearly report. The observatory reads the parts only through these callbacks:
// it includes none of their headers, and a part includes nothing of the observatory but this file.
//
// Confidential parts (helpdesk, concertation, caseload) publish counts only, and mark them `protected_counts`:
// the observatory shows them through the platform's small-count suppression (platform/small_counts.hpp).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/brussels_time.hpp"

namespace maillage {
class App;
}

namespace maillage::observatory {

// Staff hours a team or organisation provided for an activity ("Nombre d'heures total fournies par l'antenne").
struct StaffHours {
  std::string team;                 // a team or an organisation, by name as the report names it
  std::int64_t organisation_id = 0; // its directory organisation when known
  double hours = 0;
};

struct Activity {
  std::string source;       // the publishing part: "offers", "helpdesk", "concertation", "caseload"
  std::string ref;          // stable id within the source, e.g. "session:12", "meeting:4" (import is idempotent)
  std::string kind;         // "meeting", "session", "open_door_visit", "immersion", "webinar", "permanence",
                            // "concertation_meeting", "contact", "other" (the observatory's list of kinds)
  std::string title;        // as the source names it; for a confidential part only the group or team name
  std::int64_t starts_at = 0;
  int duration_minutes = 0;
  std::string place;        // a place, or "" when online
  bool online = false;      // a video conference
  std::string bassin;       // bassin code, "" for region-wide
  std::string commune_nis;  // "" when not tied to one commune
  std::string quarter_code; // "" when not tied to one quarter
  int participants = 0;     // people present
  std::vector<std::int64_t> organisation_ids;  // directory organisations represented
  std::vector<StaffHours> staff_hours;
  std::string url;          // its page in its part ("" if none); readers' rights are checked there
  bool confidential = false;  // from a confidential part: never more than these fields
  std::vector<std::string> organisation_names;  // organisations named without a directory id (hand-entered)
};

// A named count of a part over a period, per territory: the "data elements" indicators are formulas over.
// Each value says its bassin (what the bassins' and the region's figures sum) and, where the part knows it, the
// commune and quarter it happened in (what a zone's figures sum: territory::in_zone). A part splits a bassin's
// count by commune and quarter without changing it: the values of a bassin still add up to the same figure.
struct DataElement {
  std::string code;         // "helpdesk.contacts", "concertation.situations_treated", unique, stable
  std::string label;        // catalogue msgid (English), translated where shown
  std::string source;       // the publishing part
  bool protected_counts = false;  // counts of people from a confidential part: small counts suppressed outside
  std::string detail;       // catalogue msgid qualifying the label ("Webinar" for "Registrations"), "" for none
};
struct DataValue {
  std::string code;         // DataElement::code
  std::string bassin;       // "" for the region as a whole (a value with a bassin also counts for the region)
  double value = 0;
  std::string commune_nis;  // the commune it happened in, "" when the part does not know (then in no zone)
  std::string quarter_code; // the quarter, "" when not known (a zone holding the quarter counts it)
};

// A table a part contributes to the yearly report, already in the reader's language and already with its
// small counts suppressed when the part's data are confidential (the part knows its threshold).
struct ReportTable {
  std::string source;
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::string note;         // e.g. what "< 5" means
};
// What a report block is asked for: the period, a bassin ("" for the region) and the language of the report.
struct ReportScope {
  Period period;
  std::string bassin;
  std::string lang = "fr";
  App* app = nullptr;       // the running application (numbers and dates per language), set by the observatory
};

// An unmet need a part observed (the needs watch): coded fields and one sentence, never a person.
struct Observation {
  std::string source;       // the publishing part
  std::string ref;          // stable id within the source
  std::string theme;        // a theme code of the directory's vocabulary ("" when none)
  std::string theme_label;  // its label in the language asked
  std::string public_group; // the public concerned, as the source codes it ("" when none)
  std::string public_label; // its label in the language asked
  std::string bassin;       // bassin code, "" for region-wide
  std::string sentence;     // what was observed, one sentence
  std::int64_t observed_at = 0;
  std::string commune_nis;  // where it was observed when the part knows it (a zone's needs watch), else ""
  std::string quarter_code;
};

using ActivitySource = std::function<std::vector<Activity>(soci::session&, const Period&)>;
using DataSource = std::function<std::vector<DataValue>(soci::session&, const Period&)>;
// `tr(msgid)` translates into scope.lang with the application's catalogues.
using Translate = std::function<std::string(const char* msgid)>;
using ReportSource = std::function<std::vector<ReportTable>(soci::session&, const ReportScope&, const Translate&)>;
using ObservationSource =
    std::function<std::vector<Observation>(soci::session&, const Period&, const std::string& lang)>;

struct Publisher {
  std::string source;                  // "offers", "helpdesk"...: unique; a second registration replaces the first
  ActivitySource activities;           // may be empty
  std::vector<DataElement> elements;   // the data elements `data` returns values of
  DataSource data;                     // may be empty
  ReportSource report;                 // may be empty
  ObservationSource observations;      // may be empty: unmet needs for the needs watch
};

// Registration at start-up (src/app/setup.cpp calls each part's publish function; names come from code).
void register_publisher(Publisher publisher);
void unregister_publisher(const std::string& source);
std::vector<Publisher> publishers();

// Every published activity of the period, from every part, by start time then source and ref.
std::vector<Activity> published_activities(soci::session& sql, const Period& period);
// Every published data element, and their values over the period.
std::vector<DataElement> published_elements();
std::vector<DataValue> published_values(soci::session& sql, const Period& period);
// The values of one part only (an indicator over one data element asks only its part).
std::vector<DataValue> published_values_of(soci::session& sql, const Period& period, const std::string& source);
// Every published observation of an unmet need in the period, by time.
std::vector<Observation> published_observations(soci::session& sql, const Period& period, const std::string& lang);

}  // namespace maillage::observatory
