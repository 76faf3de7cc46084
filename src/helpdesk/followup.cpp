#include "helpdesk/followup.hpp"

#include <algorithm>

#include "directory/texts.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::helpdesk {

namespace {
soci::indicator null_if_zero(std::int64_t v) { return v ? soci::i_ok : soci::i_null; }

void touch(soci::session& sql, std::int64_t request_id, std::int64_t now) {
  sql << "UPDATE helpdesk_requests SET updated_at = :t WHERE id = :id", soci::use(now), soci::use(request_id);
}

const char* kTransferColumns =
    "t.id, t.request_id, r.reference, t.from_line_id, t.to_line_id, t.reason, t.status, t.proposed_by, t.proposed_at, "
    "t.answered_by, t.answered_at, t.answer_note FROM helpdesk_transfers t JOIN helpdesk_requests r ON r.id = "
    "t.request_id ";

Transfer transfer_from(const soci::row& r) {
  Transfer t;
  t.id = as_int(r, 0);
  t.request_id = as_int(r, 1);
  t.reference = as_text(r, 2);
  t.from_line_id = as_int(r, 3);
  t.to_line_id = as_int(r, 4);
  t.reason = as_text(r, 5);
  t.status = as_text(r, 6);
  t.proposed_by = as_int(r, 7);
  t.proposed_at = as_int(r, 8);
  t.answered_by = as_int(r, 9);
  t.answered_at = as_int(r, 10);
  t.answer_note = as_text(r, 11);
  return t;
}
}  // namespace

void add_event(soci::session& sql, std::int64_t request_id, std::int64_t user_id, const std::string& kind,
               std::int64_t line_id, const std::string& note, std::int64_t now) {
  soci::indicator ui = null_if_zero(user_id), li = null_if_zero(line_id);
  sql << "INSERT INTO helpdesk_events (request_id, at, user_id, kind, line_id, note) VALUES (:r, :at, :u, :k, :l, :n)",
      soci::use(request_id), soci::use(now), soci::use(user_id, ui), soci::use(kind), soci::use(line_id, li),
      soci::use(note);
}

std::vector<Event> history(soci::session& sql, std::int64_t request_id) {
  std::vector<Event> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT e.id, e.at, e.user_id, COALESCE(NULLIF(u.name, ''), u.email, ''), e.kind, e.line_id, e.note "
                      "FROM helpdesk_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.request_id = :r "
                      "ORDER BY e.at, e.id",
       soci::use(request_id));
  for (auto& r : rs)
    out.push_back({as_int(r, 0), as_int(r, 1), as_int(r, 2), as_text(r, 3), as_text(r, 4), as_int(r, 5), as_text(r, 6)});
  return out;
}

std::vector<Orientation> orientations_of(soci::session& sql, std::int64_t request_id, const std::string& lang) {
  std::vector<Orientation> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT o.id, o.request_id, o.service_id, s.hsds_id, o.reason, o.outcome, o.created_at, o.updated_at "
                      "FROM helpdesk_orientations o JOIN directory_services s ON s.id = o.service_id "
                      "WHERE o.request_id = :r ORDER BY o.created_at, o.id",
       soci::use(request_id));
  for (auto& r : rs) {
    Orientation o;
    o.id = as_int(r, 0);
    o.request_id = as_int(r, 1);
    o.service_id = as_int(r, 2);
    o.service_hsds_id = as_text(r, 3);
    o.reason = as_text(r, 4);
    o.outcome = as_text(r, 5);
    o.created_at = as_int(r, 6);
    o.updated_at = as_int(r, 7);
    out.push_back(std::move(o));
  }
  for (auto& o : out) {
    auto texts = directory::load_texts(sql, "service", o.service_id);
    o.service_name = directory::pick(texts["name"], lang);
  }
  return out;
}

bool add_orientation(soci::session& sql, const OrientationRequest& r, std::int64_t service_id, const std::string& reason,
                     std::int64_t user_id, std::int64_t now) {
  int existing = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_orientations WHERE request_id = :r AND service_id = :s", soci::use(r.id),
      soci::use(service_id), soci::into(existing);
  if (existing) return false;
  soci::indicator ui = null_if_zero(user_id);
  sql << "INSERT INTO helpdesk_orientations (request_id, service_id, reason, outcome, created_by, created_at, updated_at, "
         "request_received_at) VALUES (:r, :s, :reason, 'proposed', :u, :t, :t2, (SELECT received_at FROM "
         "helpdesk_requests WHERE id = :r2))",
      soci::use(r.id), soci::use(service_id), soci::use(reason), soci::use(user_id, ui), soci::use(now), soci::use(now),
      soci::use(r.id);
  sql << "UPDATE helpdesk_requests SET first_orientation_at = COALESCE(first_orientation_at, :t), updated_at = :t2 "
         "WHERE id = :id",
      soci::use(now), soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "orientation", r.line_id, reason, now);
  return true;
}

bool set_orientation_outcome(soci::session& sql, const OrientationRequest& r, std::int64_t orientation_id,
                             const std::string& outcome, std::int64_t user_id, std::int64_t now) {
  if (!is_code(orientation_outcomes(), outcome)) return false;
  int mine = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_orientations WHERE id = :o AND request_id = :r", soci::use(orientation_id),
      soci::use(r.id), soci::into(mine);
  if (!mine) return false;
  sql << "UPDATE helpdesk_orientations SET outcome = :o, updated_at = :t WHERE id = :id", soci::use(outcome),
      soci::use(now), soci::use(orientation_id);
  touch(sql, r.id, now);
  add_event(sql, r.id, user_id, "orientation_outcome", r.line_id, "", now);
  return true;
}

void set_callback(soci::session& sql, const OrientationRequest& r, std::int64_t at, std::int64_t responder_id,
                  std::int64_t user_id, std::int64_t now) {
  soci::indicator ai = null_if_zero(at), ri = null_if_zero(at ? responder_id : 0);
  std::int64_t responder = at ? responder_id : 0;
  sql << "UPDATE helpdesk_requests SET callback_at = :a, callback_user_id = :u, updated_at = :t WHERE id = :id",
      soci::use(at, ai), soci::use(responder, ri), soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "callback", r.line_id, "", now);
}

void add_note(soci::session& sql, const OrientationRequest& r, const std::string& kind, const std::string& note,
              std::int64_t user_id, std::int64_t now) {
  add_event(sql, r.id, user_id, kind == "contact" ? "contact" : "note", r.line_id, note, now);
  touch(sql, r.id, now);
}

void give_feedback(soci::session& sql, const OrientationRequest& r, const std::string& feedback, std::int64_t user_id,
                   std::int64_t now) {
  sql << "UPDATE helpdesk_requests SET feedback = :f, feedback_at = COALESCE(feedback_at, :t), updated_at = :t2 "
         "WHERE id = :id",
      soci::use(feedback), soci::use(now), soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "feedback", r.line_id, "", now);
}

void set_levels(soci::session& sql, const OrientationRequest& r, const std::vector<std::string>& levels_explored,
                std::int64_t user_id, std::int64_t now) {
  std::vector<std::string> known;
  for (auto& l : levels_explored)
    if (is_code(levels(), l) && std::find(known.begin(), known.end(), l) == known.end()) known.push_back(l);
  std::string stored = join_codes(known);
  sql << "UPDATE helpdesk_requests SET levels_explored = :l, updated_at = :t WHERE id = :id", soci::use(stored),
      soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "levels", r.line_id, "", now);
}

const char* close_request(soci::session& sql, const OrientationRequest& r, const std::string& outcome,
                          std::int64_t user_id, std::int64_t now) {
  if (!is_code(closing_outcomes(), outcome)) return N_("Choose the outcome of the request to close it.");
  if (r.closed()) return N_("The request is already closed.");
  soci::indicator ui = null_if_zero(user_id);
  sql << "UPDATE helpdesk_requests SET status = 'closed', outcome = :o, closed_at = :t, closed_by = :u, "
         "callback_at = NULL, callback_user_id = NULL, updated_at = :t2 WHERE id = :id",
      soci::use(outcome), soci::use(now), soci::use(user_id, ui), soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "closed", r.line_id, "", now);
  return nullptr;
}

void reopen_request(soci::session& sql, const OrientationRequest& r, std::int64_t user_id, std::int64_t now) {
  sql << "UPDATE helpdesk_requests SET status = 'open', outcome = '', closed_at = NULL, closed_by = NULL, "
         "updated_at = :t WHERE id = :id",
      soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, "reopened", r.line_id, "", now);
}

void set_legal_hold(soci::session& sql, const OrientationRequest& r, bool hold, const std::string& reason,
                    std::int64_t user_id, std::int64_t now) {
  int h = hold ? 1 : 0;
  std::string kept = hold ? reason : "";
  sql << "UPDATE helpdesk_requests SET legal_hold = :h, legal_hold_reason = :why, updated_at = :t WHERE id = :id",
      soci::use(h), soci::use(kept), soci::use(now), soci::use(r.id);
  add_event(sql, r.id, user_id, hold ? "legal_hold" : "legal_hold_lifted", r.line_id, kept, now);
}

const char* propose_transfer(soci::session& sql, const OrientationRequest& r, std::int64_t to_line_id,
                             const std::string& reason, std::int64_t user_id, std::int64_t now,
                             std::int64_t* transfer_id) {
  if (r.closed()) return N_("A closed request cannot be transferred.");
  if (to_line_id == r.line_id) return N_("Choose another line than the one handling the request.");
  int lines = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_lines WHERE id = :id AND active = 1", soci::use(to_line_id), soci::into(lines);
  if (!lines) return N_("Choose another line than the one handling the request.");
  if (pending_transfer(sql, r.id)) return N_("A transfer of this request is already waiting for an answer.");
  soci::indicator ui = null_if_zero(user_id);
  std::int64_t id = 0;
  sql << "INSERT INTO helpdesk_transfers (request_id, from_line_id, to_line_id, reason, status, proposed_by, proposed_at) "
         "VALUES (:r, :f, :to, :reason, 'proposed', :u, :t) RETURNING id",
      soci::use(r.id), soci::use(r.line_id), soci::use(to_line_id), soci::use(reason), soci::use(user_id, ui),
      soci::use(now), soci::into(id);
  add_event(sql, r.id, user_id, "transfer_proposed", to_line_id, "", now);
  touch(sql, r.id, now);
  if (transfer_id) *transfer_id = id;
  return nullptr;
}

bool answer_transfer(soci::session& sql, std::int64_t transfer_id, bool accept, const std::string& note,
                     std::int64_t user_id, std::int64_t now) {
  auto t = find_transfer(sql, transfer_id);
  if (!t || t->status != "proposed") return false;
  std::string status = accept ? "accepted" : "declined";
  soci::indicator ui = null_if_zero(user_id);
  sql << "UPDATE helpdesk_transfers SET status = :s, answered_by = :u, answered_at = :t, answer_note = :n WHERE id = :id",
      soci::use(status), soci::use(user_id, ui), soci::use(now), soci::use(note), soci::use(transfer_id);
  if (accept)
    sql << "UPDATE helpdesk_requests SET line_id = :l, callback_at = NULL, callback_user_id = NULL, updated_at = :t "
           "WHERE id = :id",
        soci::use(t->to_line_id), soci::use(now), soci::use(t->request_id);
  else touch(sql, t->request_id, now);
  add_event(sql, t->request_id, user_id, accept ? "transfer_accepted" : "transfer_declined", t->to_line_id, "", now);
  return true;
}

std::optional<Transfer> find_transfer(soci::session& sql, std::int64_t transfer_id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT ") + kTransferColumns + "WHERE t.id = :id", soci::use(transfer_id));
  for (auto& r : rs) return transfer_from(r);
  return std::nullopt;
}

std::optional<Transfer> pending_transfer(soci::session& sql, std::int64_t request_id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT ") + kTransferColumns + "WHERE t.request_id = :r AND t.status = 'proposed'",
       soci::use(request_id));
  for (auto& r : rs) return transfer_from(r);
  return std::nullopt;
}

std::vector<Transfer> transfers_of(soci::session& sql, std::int64_t request_id) {
  std::vector<Transfer> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT ") + kTransferColumns + "WHERE t.request_id = :r ORDER BY t.proposed_at, t.id",
       soci::use(request_id));
  for (auto& r : rs) out.push_back(transfer_from(r));
  return out;
}

std::vector<Transfer> pending_transfers_to(soci::session& sql, const std::vector<std::int64_t>& line_ids) {
  std::vector<Transfer> out;
  std::string in;
  for (auto id : line_ids) in += (in.empty() ? "" : ",") + std::to_string(id);
  if (in.empty()) return out;
  soci::rowset<soci::row> rs = sql.prepare << std::string("SELECT ") + kTransferColumns + "WHERE t.to_line_id IN (" + in +
                                                  ") AND t.status = 'proposed' ORDER BY t.proposed_at, t.id";
  for (auto& r : rs) out.push_back(transfer_from(r));
  return out;
}

std::vector<Responder> responders_of(soci::session& sql, std::int64_t line_id) {
  std::vector<Responder> out;
  std::string scope = std::to_string(line_id);
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT u.id, u.email, u.name, u.lang FROM grants g JOIN users u ON u.id = g.user_id "
                      "WHERE g.role = 'responder' AND g.scope_type = 'line' AND g.scope_id = :s AND u.disabled = 0 "
                      "ORDER BY u.id",
       soci::use(scope));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3)});
  return out;
}

std::int64_t flag_unmet_need(soci::session& sql, const OrientationRequest& r, const UnmetNeed& need,
                             std::int64_t user_id, std::int64_t now) {
  soci::indicator ui = null_if_zero(user_id);
  std::string themes = join_codes(need.themes);
  std::int64_t id = 0;
  sql << "INSERT INTO helpdesk_unmet_needs (request_id, line_id, bassin_slug, themes, public, summary, created_by, "
         "created_at) VALUES (:r, :l, :b, :th, :p, :s, :u, :t) RETURNING id",
      soci::use(r.id), soci::use(r.line_id), soci::use(need.bassin_slug), soci::use(themes), soci::use(need.public_code),
      soci::use(need.summary), soci::use(user_id, ui), soci::use(now), soci::into(id);
  add_event(sql, r.id, user_id, "unmet_need", r.line_id, "", now);
  touch(sql, r.id, now);
  return id;
}

std::vector<UnmetNeed> unmet_needs_of(soci::session& sql, std::int64_t request_id) {
  std::vector<UnmetNeed> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, request_id, line_id, bassin_slug, themes, public, summary, created_at FROM "
                      "helpdesk_unmet_needs WHERE request_id = :r ORDER BY created_at, id",
       soci::use(request_id));
  for (auto& r : rs)
    out.push_back({as_int(r, 0), as_int(r, 1), as_int(r, 2), as_text(r, 3), split_codes(as_text(r, 4)), as_text(r, 5),
                   as_text(r, 6), as_int(r, 7)});
  return out;
}

}  // namespace maillage::helpdesk
