#include "concertation/meetings.hpp"

#include <algorithm>
#include <set>

#include "platform/db.hpp"

namespace maillage::concertation {

namespace {
const char* kMeetingColumns =
    "SELECT m.id, m.group_id, m.starts_at, m.duration_minutes, m.place, m.video, m.extra_participants, "
    "m.extra_participants + (SELECT COUNT(*) FROM concertation_meeting_participants p WHERE p.meeting_id = m.id), "
    "(SELECT COUNT(*) FROM concertation_meeting_items i WHERE i.meeting_id = m.id AND i.is_new = 1) "
    "FROM concertation_meetings m ";

Meeting meeting_from(const soci::row& r) {
  Meeting m;
  m.id = as_int(r, 0);
  m.group_id = as_int(r, 1);
  m.starts_at = as_int(r, 2);
  m.duration_minutes = static_cast<int>(as_int(r, 3));
  m.place = as_text(r, 4);
  m.video = as_int(r, 5) != 0;
  m.extra_participants = static_cast<int>(as_int(r, 6));
  m.participants = static_cast<int>(as_int(r, 7));
  m.new_situations = static_cast<int>(as_int(r, 8));
  return m;
}
}  // namespace

std::int64_t create_meeting(soci::session& sql, Meeting m, std::int64_t by, std::int64_t now) {
  int video = m.video ? 1 : 0;
  std::int64_t id = 0;
  soci::indicator bi = by ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO concertation_meetings (group_id, starts_at, duration_minutes, place, video, extra_participants, "
         "created_by, created_at, updated_at) VALUES (:g, :s, :d, :p, :v, :e, :by, :c, :u) RETURNING id",
      soci::use(m.group_id), soci::use(m.starts_at), soci::use(m.duration_minutes), soci::use(m.place), soci::use(video),
      soci::use(m.extra_participants), soci::use(by, bi), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_meeting(soci::session& sql, const Meeting& m, std::int64_t now) {
  int video = m.video ? 1 : 0;
  sql << "UPDATE concertation_meetings SET starts_at = :s, duration_minutes = :d, place = :p, video = :v, "
         "extra_participants = :e, updated_at = :u WHERE id = :id",
      soci::use(m.starts_at), soci::use(m.duration_minutes), soci::use(m.place), soci::use(video),
      soci::use(m.extra_participants), soci::use(now), soci::use(m.id);
}

std::optional<Meeting> find_meeting(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kMeetingColumns) + "WHERE m.id = :id", soci::use(id));
  for (auto& r : rs) return meeting_from(r);
  return std::nullopt;
}

std::vector<Meeting> meetings_of(soci::session& sql, std::int64_t group_id, const Period& period) {
  std::vector<Meeting> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kMeetingColumns) +
                          "WHERE m.group_id = :g AND m.starts_at >= :f AND m.starts_at < :t ORDER BY m.starts_at, m.id",
       soci::use(group_id), soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) out.push_back(meeting_from(r));
  return out;
}

std::vector<Meeting> upcoming_meetings(soci::session& sql, std::int64_t group_id, std::int64_t now, int limit) {
  std::vector<Meeting> out;
  std::int64_t from = now - 86400;  // today's meeting is still "upcoming" during the day
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kMeetingColumns) + "WHERE m.group_id = :g AND m.starts_at >= :f ORDER BY m.starts_at LIMIT " +
                          std::to_string(std::clamp(limit, 1, 50)),
       soci::use(group_id), soci::use(from));
  for (auto& r : rs) out.push_back(meeting_from(r));
  return out;
}

std::vector<Participant> participants_of(soci::session& sql, std::int64_t meeting_id) {
  std::vector<Participant> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT p.user_id, COALESCE(NULLIF(u.name, ''), u.email), p.organisation_id, o.name FROM "
                      "concertation_meeting_participants p JOIN users u ON u.id = p.user_id LEFT JOIN organisations o ON "
                      "o.id = p.organisation_id WHERE p.meeting_id = :m ORDER BY o.name, u.name",
       soci::use(meeting_id));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_int(r, 2), as_text(r, 3)});
  return out;
}

void set_participants(soci::session& sql, std::int64_t meeting_id, const std::vector<std::int64_t>& member_user_ids) {
  sql << "DELETE FROM concertation_meeting_participants WHERE meeting_id = :m", soci::use(meeting_id);
  std::set<std::int64_t> unique(member_user_ids.begin(), member_user_ids.end());
  for (auto u : unique) {
    // Only members of the meeting's group, with the organisation they sit for.
    sql << "INSERT INTO concertation_meeting_participants (meeting_id, user_id, organisation_id) SELECT CAST(:m AS BIGINT), "
           "cm.user_id, "
           "cm.organisation_id FROM concertation_members cm JOIN concertation_meetings mt ON mt.group_id = cm.group_id "
           "WHERE mt.id = :m2 AND cm.user_id = :u",
        soci::use(meeting_id), soci::use(meeting_id), soci::use(u);
  }
}

void put_on_agenda(soci::session& sql, std::int64_t meeting_id, std::int64_t situation_id, bool is_new, std::int64_t now) {
  int n = is_new ? 1 : 0;
  sql << "INSERT INTO concertation_meeting_items (meeting_id, situation_id, is_new, updated_at) VALUES (:m, :s, :n, :u) "
         "ON CONFLICT (meeting_id, situation_id) DO UPDATE SET is_new = excluded.is_new",
      soci::use(meeting_id), soci::use(situation_id), soci::use(n), soci::use(now);
}

std::vector<AgendaItem> agenda_of(soci::session& sql, const Meeting& m) {
  std::vector<AgendaItem> out;
  const char* open_count =
      "(SELECT COUNT(*) FROM concertation_agreements a WHERE a.situation_id = s.id AND a.status IN ('proposed', 'concluded'))";
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT s.id, s.code, s.status, i.is_new, s.informed, i.minutes, ") + open_count +
                          " FROM concertation_meeting_items i JOIN concertation_situations s ON s.id = i.situation_id WHERE "
                          "i.meeting_id = :m ORDER BY i.is_new DESC, s.code",
       soci::use(m.id));
  for (auto& r : rs) {
    AgendaItem a;
    a.situation_id = as_int(r, 0);
    a.code = as_text(r, 1);
    a.status = as_text(r, 2);
    a.is_new = as_int(r, 3) != 0;
    a.person_not_informed = as_text(r, 4) != "yes";
    a.minutes = as_text(r, 5);
    a.open_agreements = static_cast<int>(as_int(r, 6));
    a.on_agenda = true;
    out.push_back(std::move(a));
  }
  // The feedback list: situations of the group discussed at an earlier meeting, with open agreements.
  soci::rowset<soci::row> fb =
      (sql.prepare << std::string("SELECT s.id, s.code, s.status, s.informed, ") + open_count +
                          " FROM concertation_situations s WHERE s.group_id = :g AND s.status <> 'closed' AND EXISTS (SELECT 1 "
                          "FROM concertation_meeting_items i JOIN concertation_meetings mt ON mt.id = i.meeting_id WHERE "
                          "i.situation_id = s.id AND mt.starts_at < :at) AND NOT EXISTS (SELECT 1 FROM "
                          "concertation_meeting_items i2 WHERE i2.situation_id = s.id AND i2.meeting_id = :m) AND " +
                          open_count + " > 0 ORDER BY s.code",
       soci::use(m.group_id), soci::use(m.starts_at), soci::use(m.id));
  for (auto& r : fb) {
    AgendaItem a;
    a.situation_id = as_int(r, 0);
    a.code = as_text(r, 1);
    a.status = as_text(r, 2);
    a.person_not_informed = as_text(r, 3) != "yes";
    a.open_agreements = static_cast<int>(as_int(r, 4));
    out.push_back(std::move(a));
  }
  return out;
}

void save_minutes(soci::session& sql, std::int64_t meeting_id, std::int64_t situation_id, const std::string& minutes,
                  std::int64_t now) {
  sql << "INSERT INTO concertation_meeting_items (meeting_id, situation_id, is_new, minutes, updated_at) VALUES (:m, :s, 0, "
         ":t, :u) ON CONFLICT (meeting_id, situation_id) DO UPDATE SET minutes = excluded.minutes, updated_at = "
         "excluded.updated_at",
      soci::use(meeting_id), soci::use(situation_id), soci::use(minutes), soci::use(now);
}

MeetingsTable meetings_table(soci::session& sql, std::int64_t group_id, const Period& period) {
  MeetingsTable t;
  t.rows = meetings_of(sql, group_id, period);
  for (auto& m : t.rows) {
    t.total_minutes += m.duration_minutes;
    t.new_situations += m.new_situations;
  }
  return t;
}

std::string hours_text(int minutes) {
  int h = minutes / 60, m = minutes % 60;
  return std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

}  // namespace maillage::concertation
