// The offers' reports: figures that fit each kind of offer, over a period and a care area, and the lists they
// count. One reading of the registrations (ReportData) feeds the figures, their CSV and the lists, so that a figure
// and the list it links to always agree.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace maillage {
struct RequestContext;
}

namespace maillage::offers::report {

// "12m": the last twelve months (default); or a calendar year ("2026"), Brussels time.
struct Period {
  std::string code = "12m";
  std::int64_t from = 0, to = 0;
};
Period period_of(const std::string& code, std::int64_t now);

struct SessionFact {
  std::int64_t id = 0, offer_id = 0, campaign_id = 0, host_id = 0;
  std::string type, territory, host_name, title_fr, title_nl, title_en;
  std::int64_t starts_at = 0, ends_at = 0;
};
struct RegistrationFact {
  std::int64_t id = 0, session_id = 0, organisation_id = 0;
  std::size_t session = 0;  // index in ReportData::sessions
  std::string status, attendance, email, name, organisation_name, sector;
  std::string bassin;  // of the participant's organisation; "" when none of the network (or without postal code)
};

// What a figure counts: the same filter selects the figure's registrations (or sessions) and its list.
struct Selection {
  std::string bassin;           // the report's care area: offers of that area, and the area's participants in
                                // the region-wide offers ("" for all)
  std::int64_t offer = 0, campaign = 0;
  std::string kind;             // "opendoor", "groups", "meetings", "immersions", "" for all
  std::string attendance;       // "present", "no_show", "" for any
  std::string sector;           // of the participant
  std::string participant_bassin;  // a bassin slug, or "none"
  std::string when;             // "past" (ended), "ahead" (not ended), "" for both
  std::int64_t hosted_by = 0, sent_by = 0;  // immersions: hosted by / sent by this member of the network
};

class ReportData {
 public:
  ReportData(soci::session& sql, const Period& period, std::int64_t now);

  std::vector<SessionFact> sessions;
  std::vector<RegistrationFact> registrations;  // of those sessions
  std::map<std::int64_t, std::set<std::int64_t>> organisers;  // offer id -> its organisations
  std::map<std::int64_t, std::string> campaign_names;
  struct Member {
    std::int64_t id = 0;
    std::string name, bassin;
  };
  std::vector<Member> members;  // of the immersion network today, by name

  const SessionFact& session_of(const RegistrationFact& r) const { return sessions[r.session]; }
  // The registrations (indices in `registrations`) of one offer, and those of the immersions.
  const std::vector<std::size_t>& registrations_of_offer(std::int64_t offer_id) const;
  std::vector<std::size_t> immersion_registrations;
  bool session_matches(const SessionFact& s, const Selection& sel) const;
  // The confirmed registrations the selection counts.
  bool matches(const RegistrationFact& r, const Selection& sel) const;
  bool ended(const SessionFact& s) const { return s.ends_at < now_; }
  std::int64_t now() const { return now_; }

 private:
  std::int64_t now_;
  std::map<std::int64_t, std::size_t> session_index_;
  std::map<std::int64_t, std::set<std::string>> session_bassins_;  // participants' bassins of each session
  std::map<std::int64_t, std::vector<std::size_t>> by_offer_;
};

bool kind_has_type(const std::string& kind, const std::string& type);

// The report page's tables as text in the caller's language (the observatory's yearly report includes them):
// the same figures as /offers/reports for a period and a care area ("" for the region).
struct TextTable {
  std::string id, heading;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // the first cell names the row
};
std::vector<TextTable> text_tables(RequestContext& ctx, soci::session& sql, const Period& period,
                                   const std::string& bassin, std::int64_t now);

}  // namespace maillage::offers::report
