// A group's meetings: date, place or video link, duration, the members present, an agenda known in advance
// (the new situations announced, and, generated, the situations discussed before that still have open
// agreements, for the short feedback), the minutes per situation, and the reports' meetings table with the
// total hours per group and year.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/brussels_time.hpp"

namespace maillage::concertation {

struct Meeting {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::int64_t starts_at = 0;
  int duration_minutes = 60;
  std::string place;  // a room, or the video link
  bool video = false;
  int extra_participants = 0;  // present without an account (counted only)
  int participants = 0;        // members present + extra (read only)
  int new_situations = 0;      // announced new (read only)
};

struct Participant {
  std::int64_t user_id = 0;
  std::string name;
  std::int64_t organisation_id = 0;
  std::string organisation_name;
};

struct AgendaItem {
  std::int64_t situation_id = 0;
  std::string code;
  std::string status;
  bool is_new = false;
  bool on_agenda = false;  // recorded in concertation_meeting_items (else generated feedback)
  bool person_not_informed = false;  // informed is not "yes": the agenda says so
  std::string minutes;
  int open_agreements = 0;
};

std::int64_t create_meeting(soci::session& sql, Meeting m, std::int64_t by, std::int64_t now);
void update_meeting(soci::session& sql, const Meeting& m, std::int64_t now);
std::optional<Meeting> find_meeting(soci::session& sql, std::int64_t id);
// The group's meetings in a period, by date.
std::vector<Meeting> meetings_of(soci::session& sql, std::int64_t group_id, const Period& period);
std::vector<Meeting> upcoming_meetings(soci::session& sql, std::int64_t group_id, std::int64_t now, int limit = 5);

std::vector<Participant> participants_of(soci::session& sql, std::int64_t meeting_id);
void set_participants(soci::session& sql, std::int64_t meeting_id, const std::vector<std::int64_t>& member_user_ids);

// Announces a situation on the agenda (new, or for discussion).
void put_on_agenda(soci::session& sql, std::int64_t meeting_id, std::int64_t situation_id, bool is_new, std::int64_t now);
// The agenda: the items recorded, then the generated feedback list (situations discussed at an earlier meeting
// of the group with open agreements, not yet on this agenda).
std::vector<AgendaItem> agenda_of(soci::session& sql, const Meeting& m);
void save_minutes(soci::session& sql, std::int64_t meeting_id, std::int64_t situation_id, const std::string& minutes,
                  std::int64_t now);

// The meetings table of the report and the hours: per meeting, its participants and new situations.
struct MeetingsTable {
  std::vector<Meeting> rows;
  int total_minutes = 0;
  int new_situations = 0;
};
MeetingsTable meetings_table(soci::session& sql, std::int64_t group_id, const Period& period);
// "1:30" for 90 minutes, "12:00" for 720.
std::string hours_text(int minutes);

}  // namespace maillage::concertation
