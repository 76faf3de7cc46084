// Test support for the helpdesk's figures: nine requests of known shape around the year 2025 (Brussels time),
// written straight into the tables of migration 0030 so that each coded field is exactly what the counts by
// hand in statistics_test.cpp assume.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "helpdesk/lines.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::helpdesk::testing {

struct FixtureRequest {
  const char* reached;  // line code, or "" for non notifié
  const char* line;     // line handling now
  const char* channel;
  const char* date;     // Brussels local date and time
  const char* time;
  const char* complexity = "information";
  const char* sector = "";
  const char* bassin = "";
  const char* age_band = "";
  const char* status = "open";
  const char* outcome = "";
  std::vector<std::string> themes = {};
  int orientation_after_hours = -1;  // first_orientation_at - received_at; -1: none
  int feedback_after_hours = -1;
  bool purged = false;
};

class StatisticsFixture {
 public:
  explicit StatisticsFixture(Database& db) {
    db.transact([&](soci::session& sql) {
      ensure_default_lines(sql, now_seconds());
      for (auto& l : list_lines(sql, true)) lines_[l.code] = l.id;
      for (int i = 0; i < 2; ++i) {
        std::int64_t id = 0;
        std::string hsds = "fixture-service-" + std::to_string(i);
        sql << "INSERT INTO directory_services (hsds_id) VALUES (:h) RETURNING id", soci::use(hsds), soci::into(id);
        services_.push_back(id);
      }
      const FixtureRequest requests[] = {
          // 1: the region, by phone just after midnight on 1 January (still 2024 in UTC), closed with information.
          {"region", "region", "phone", "2025-01-01", "00:30", "information", "social", "sud", "26_39", "closed",
           "information", {"housing"}, 2, 4},
          // 2: the region by e-mail, complex, two themes, open.
          {"region", "region", "email", "2025-02-10", "10:00", "complex", "mental_health", "nord", "40_64", "open", "",
           {"mental-health", "housing"}},
          // 3: reached Sud, transferred to the region (accepted), oriented.
          {"sud", "region", "phone", "2025-03-03", "09:15", "information", "social", "sud", "26_39", "closed",
           "oriented", {"housing"}, 10},
          // 4: non notifié, handled by Sud.
          {"", "sud", "phone", "2025-07-01", "14:00", "information", "social", "sud", "65_plus"},
          // 5: non notifié, web form, handled by the region, at 23:30 on 31 December.
          {"", "region", "web_form", "2025-12-31", "23:30"},
          // 6: Sud in person, closed without solution, its free text purged.
          {"sud", "sud", "in_person", "2025-06-05", "11:00", "information", "social", "sud", "26_39", "closed",
           "no_solution", {}, -1, 20, true},
          // 7: Nord by phone.
          {"nord", "nord", "phone", "2025-06-20", "16:00", "information", "", "nord", "18_25", "open", "", {}, 1},
          // Outside 2025 in Brussels: 23:30 on 31 December 2024, 00:30 on 1 January 2026 (2025 in UTC).
          {"region", "region", "phone", "2024-12-31", "23:30"},
          {"region", "region", "phone", "2026-01-01", "00:30"},
      };
      for (auto& r : requests) ids_.push_back(insert(sql, r));
      // Request 1: one orientation accepted; request 3: one accepted, one refused.
      orient(sql, ids_[0], services_[0], "accepted");
      orient(sql, ids_[2], services_[0], "accepted");
      orient(sql, ids_[2], services_[1], "refused");
      std::int64_t at = *from_brussels("2025-03-03", "10:00"), sud = line("sud"), region = line("region");
      sql << "INSERT INTO helpdesk_transfers (request_id, from_line_id, to_line_id, reason, status, proposed_at, "
             "answered_at) VALUES (:r, :f, :t, 'Hors territoire', 'accepted', :p, :a)",
          soci::use(ids_[2]), soci::use(sud), soci::use(region), soci::use(at), soci::use(at);
      at = *from_brussels("2025-06-06", "10:00");
      sql << "INSERT INTO helpdesk_unmet_needs (request_id, line_id, bassin_slug, themes, public, summary, created_at) "
             "VALUES (:r, :l, 'sud', 'housing', 'adults', 'Pas de place', :c)",
          soci::use(ids_[5]), soci::use(sud), soci::use(at);
    });
  }

  std::int64_t line(const std::string& code) const { return lines_.at(code); }
  const std::vector<std::int64_t>& requests() const { return ids_; }

 private:
  std::int64_t insert(soci::session& sql, const FixtureRequest& f) {
    std::int64_t at = *from_brussels(f.date, f.time);
    std::string reference = "HD-TEST-" + std::to_string(ids_.size() + 1);
    std::int64_t reached = *f.reached ? line(f.reached) : 0;
    soci::indicator reached_ind = reached ? soci::i_ok : soci::i_null;
    std::int64_t oriented = at + 3600LL * f.orientation_after_hours, feedback = at + 3600LL * f.feedback_after_hours;
    soci::indicator oriented_ind = f.orientation_after_hours >= 0 ? soci::i_ok : soci::i_null;
    soci::indicator feedback_ind = f.feedback_after_hours >= 0 ? soci::i_ok : soci::i_null;
    std::string status = f.status, question = f.purged ? "" : "Question de test", outcome = f.outcome;
    std::int64_t closed = at + 86400, purged = at + 400 * 86400LL;
    soci::indicator closed_ind = status == "closed" ? soci::i_ok : soci::i_null;
    soci::indicator purged_ind = f.purged ? soci::i_ok : soci::i_null;
    std::string channel = f.channel, complexity = f.complexity, sector = f.sector, bassin = f.bassin, age = f.age_band;
    std::int64_t line_id = line(f.line), id = 0;
    sql << "INSERT INTO helpdesk_requests (reference, line_id, line_reached_id, channel, received_at, status, "
           "requester_sector, person_bassin_slug, person_age_band, complexity, question, first_orientation_at, "
           "feedback_at, outcome, closed_at, purged_at, created_at, updated_at) VALUES (:ref, :l, :lr, :c, :at, :st, "
           ":sec, :b, :age, :cx, :q, :fo, :fb, :o, :cl, :pu, :ca, :ua) RETURNING id",
        soci::use(reference), soci::use(line_id), soci::use(reached, reached_ind), soci::use(channel), soci::use(at),
        soci::use(status), soci::use(sector), soci::use(bassin), soci::use(age), soci::use(complexity),
        soci::use(question), soci::use(oriented, oriented_ind), soci::use(feedback, feedback_ind), soci::use(outcome),
        soci::use(closed, closed_ind), soci::use(purged, purged_ind), soci::use(at), soci::use(at), soci::into(id);
    for (auto& t : f.themes)
      sql << "INSERT INTO helpdesk_request_themes (request_id, theme, request_received_at) VALUES (:r, :t, :at)",
          soci::use(id), soci::use(t), soci::use(at);
    return id;
  }
  void orient(soci::session& sql, std::int64_t request, std::int64_t service, const std::string& outcome) {
    std::int64_t now = now_seconds();
    sql << "INSERT INTO helpdesk_orientations (request_id, service_id, reason, outcome, created_at, updated_at, "
           "request_received_at) VALUES (:r, :s, 'Proche du domicile', :o, :c, :u, (SELECT received_at FROM "
           "helpdesk_requests WHERE id = :r2))",
        soci::use(request), soci::use(service), soci::use(outcome), soci::use(now), soci::use(now), soci::use(request);
  }

  std::map<std::string, std::int64_t> lines_;
  std::vector<std::int64_t> services_;
  std::vector<std::int64_t> ids_;
};

}  // namespace maillage::helpdesk::testing
