#include "offers/model.hpp"
#include "platform/ascii.hpp"
#include "platform/phone.hpp"

#include <algorithm>
#include <atomic>
#include <sstream>

#include "offers/places.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/pipeline.hpp"

namespace maillage::offers {

const std::string& Offer::title(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? title_nl : (lang == "en" || lang == "qps") ? title_en : title_fr;
  if (!asked.empty()) return asked;
  return !title_fr.empty() ? title_fr : !title_nl.empty() ? title_nl : title_en;
}

const std::string& Offer::description(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? description_nl : (lang == "en" || lang == "qps") ? description_en : description_fr;
  if (!asked.empty()) return asked;
  return !description_fr.empty() ? description_fr : !description_nl.empty() ? description_nl : description_en;
}

Policy policy_of(const Offer& o) { return o.policy; }

namespace {
const std::string kOfferFields =
    "o.id, o.type, o.title_fr, o.title_nl, o.title_en, o.description_fr, o.description_nl, o.description_en, "
    "o.territory, o.languages, o.sectors, o.visibility, o.status, o.capacity, o.approval_required, "
    "o.one_per_institution, o.sector_quota, o.waiting_list, o.cancellation_hours, o.hold_hours, "
    "COALESCE(o.campaign_id, 0), o.immersion_conditions, COALESCE(o.created_by, 0), o.audience, o.theme";
const std::string kOfferColumns = "SELECT " + kOfferFields + " FROM offers o ";
constexpr std::size_t kOfferFieldCount = 25;
constexpr std::size_t kPolicyAt = 14;  // approval_required .. hold_hours: six columns

// The policy columns of an offer, read from column `at` on (o.approval_required .. o.hold_hours). `Row` is a
// soci::row or a row of a PostgreSQL pipeline (PgRows::Row).
template <class Row>
Policy policy_at(const Row& r, std::size_t at) {
  Policy p;
  p.approval_required = as_int(r, at) != 0;
  p.one_per_institution = as_int(r, at + 1) != 0;
  p.sector_quota = static_cast<int>(as_int(r, at + 2));
  p.waiting_list = as_int(r, at + 3) != 0;
  p.cancellation_hours = static_cast<int>(as_int(r, at + 4));
  p.hold_hours = static_cast<int>(as_int(r, at + 5));
  return p;
}

template <class Row>
Offer offer_from(const Row& r, std::size_t at = 0) {
  Offer o;
  o.id = as_int(r, at);
  o.type = as_text(r, at + 1);
  o.title_fr = as_text(r, at + 2);
  o.title_nl = as_text(r, at + 3);
  o.title_en = as_text(r, at + 4);
  o.description_fr = as_text(r, at + 5);
  o.description_nl = as_text(r, at + 6);
  o.description_en = as_text(r, at + 7);
  o.territory = as_text(r, at + 8);
  o.languages = as_text(r, at + 9);
  o.sectors = as_text(r, at + 10);
  o.visibility = as_text(r, at + 11);
  o.status = as_text(r, at + 12);
  o.capacity = static_cast<int>(as_int(r, at + 13));
  o.policy = policy_at(r, at + kPolicyAt);
  o.campaign_id = as_int(r, at + 20);
  o.immersion_conditions = as_text(r, at + 21);
  o.created_by = as_int(r, at + 22);
  o.audience = as_text(r, at + 23);
  o.theme = as_text(r, at + 24);
  return o;
}

void load_organisers(soci::session& sql, Offer& o) {
  o.organisers.clear();
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT organisation_id FROM offer_organisers WHERE offer_id = :o "
                                               "ORDER BY organisation_id", soci::use(o.id));
  for (auto& r : rs) o.organisers.push_back(as_int(r, 0));
}

// Seats held: confirmed, and unconfirmed e-mail registrations whose hold has not ended.
const char* kHeldCondition = "(r.status = 'confirmed' OR (r.status = 'awaiting_email' AND r.hold_until > :now))";
}  // namespace

namespace {
std::atomic<std::int64_t> g_catalogue_revision{0};
}
std::int64_t catalogue_revision() { return g_catalogue_revision.load(std::memory_order_acquire); }
void catalogue_changed() { g_catalogue_revision.fetch_add(1, std::memory_order_acq_rel); }

std::int64_t save_offer(soci::session& sql, Offer& o) {
  catalogue_changed();
  std::int64_t now = now_seconds();
  int approval = o.policy.approval_required, one = o.policy.one_per_institution, quota = o.policy.sector_quota,
      wl = o.policy.waiting_list, cancel = o.policy.cancellation_hours, hold = o.policy.hold_hours;
  soci::indicator camp = o.campaign_id ? soci::i_ok : soci::i_null;
  soci::indicator by = o.created_by ? soci::i_ok : soci::i_null;
  if (o.id == 0) {
    sql << "INSERT INTO offers (type, title_fr, title_nl, title_en, description_fr, description_nl, description_en, "
           "territory, languages, sectors, visibility, status, capacity, approval_required, one_per_institution, "
           "sector_quota, waiting_list, cancellation_hours, hold_hours, campaign_id, immersion_conditions, created_by, "
           "created_at, updated_at, audience, theme) VALUES (:t, :tf, :tn, :te, :df, :dn, :de, :ter, :l, :s, :v, :st, :c, "
           ":a, :o, :q, :w, :ch, :h, :camp, :ic, :by, :ca, :ua, :aud, :th) RETURNING id",
        soci::use(o.type), soci::use(o.title_fr), soci::use(o.title_nl), soci::use(o.title_en), soci::use(o.description_fr),
        soci::use(o.description_nl), soci::use(o.description_en), soci::use(o.territory), soci::use(o.languages),
        soci::use(o.sectors), soci::use(o.visibility), soci::use(o.status), soci::use(o.capacity), soci::use(approval),
        soci::use(one), soci::use(quota), soci::use(wl), soci::use(cancel), soci::use(hold), soci::use(o.campaign_id, camp),
        soci::use(o.immersion_conditions), soci::use(o.created_by, by), soci::use(now), soci::use(now), soci::use(o.audience),
        soci::use(o.theme), soci::into(o.id);
  } else {
    sql << "UPDATE offers SET type = :t, title_fr = :tf, title_nl = :tn, title_en = :te, description_fr = :df, "
           "description_nl = :dn, description_en = :de, territory = :ter, languages = :l, sectors = :s, visibility = :v, "
           "status = :st, capacity = :c, approval_required = :a, one_per_institution = :o, sector_quota = :q, "
           "waiting_list = :w, cancellation_hours = :ch, hold_hours = :h, immersion_conditions = :ic, updated_at = :ua, "
           "audience = :aud, theme = :th WHERE id = :id",
        soci::use(o.type), soci::use(o.title_fr), soci::use(o.title_nl), soci::use(o.title_en), soci::use(o.description_fr),
        soci::use(o.description_nl), soci::use(o.description_en), soci::use(o.territory), soci::use(o.languages),
        soci::use(o.sectors), soci::use(o.visibility), soci::use(o.status), soci::use(o.capacity), soci::use(approval),
        soci::use(one), soci::use(quota), soci::use(wl), soci::use(cancel), soci::use(hold),
        soci::use(o.immersion_conditions), soci::use(now), soci::use(o.audience), soci::use(o.theme), soci::use(o.id);
    sql << "DELETE FROM offer_organisers WHERE offer_id = :o", soci::use(o.id);
  }
  for (auto org : o.organisers)
    sql << "INSERT INTO offer_organisers (offer_id, organisation_id) VALUES (:o, :g) ON CONFLICT DO NOTHING",
        soci::use(o.id), soci::use(org);
  return o.id;
}

std::optional<Offer> find_offer(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kOfferColumns) + "WHERE o.id = :id", soci::use(id));
  for (auto& r : rs) {
    auto o = offer_from(r);
    load_organisers(sql, o);
    return o;
  }
  return std::nullopt;
}

std::optional<OfferOfSession> find_offer_of_session(soci::session& sql, std::int64_t session_id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT " + kOfferFields + ", s.status FROM offer_sessions s JOIN offers o ON o.id = s.offer_id "
                                                 "WHERE s.id = :id",
       soci::use(session_id));
  for (auto& r : rs) {
    OfferOfSession out{offer_from(r), as_text(r, kOfferFieldCount)};
    load_organisers(sql, out.offer);
    return out;
  }
  return std::nullopt;
}

namespace {
bool organises(const Offer& offer, const Audience& a) {
  for (auto org : offer.organisers)
    if (std::find(a.organises.begin(), a.organises.end(), org) != a.organises.end()) return true;
  return false;
}
bool visible_by_level(const Offer& offer, const std::string& level) {
  if (offer.visibility == "public") return true;
  if (offer.visibility == "professionals") return level == "professionals" || level == "members";
  return level == "members";
}
}  // namespace

bool visible_to(const Offer& offer, const Audience& audience) {
  if (organises(offer, audience)) return true;
  if (offer.type == "immersion" && !audience.immersion_network) return false;
  return visible_by_level(offer, audience.level);
}

bool hidden_as_immersion(const Offer& offer, const Audience& audience) {
  return offer.type == "immersion" && !visible_to(offer, audience);
}

std::vector<Offer> list_offers(soci::session& sql, const OfferFilter& f, std::int64_t now) {
  // Filters are bound parameters; an empty filter matches everything.
  std::string where =
      "WHERE (:type = '' OR o.type = :type2) AND (:bassin = '' OR o.territory = :bassin2 OR o.territory = 'region') "
      "AND (:lang = '' OR (',' || o.languages || ',') LIKE :langlike) AND (:pub = 0 OR o.status = 'published') "
      "AND (:org = 0 OR EXISTS (SELECT 1 FROM offer_organisers g WHERE g.offer_id = o.id AND g.organisation_id = :org2)) "
      "AND (:from = 0 OR EXISTS (SELECT 1 FROM offer_sessions s WHERE s.offer_id = o.id AND s.starts_at >= :from2 "
      "AND s.starts_at < :to AND s.status IN ('open', 'closed'))) ";
  std::string langlike = "%," + f.language + ",%";
  int pub = f.published_only ? 1 : 0;
  std::int64_t from = f.from, to = f.to ? f.to : 4'000'000'000LL;
  // Upcoming offers first, by their next session; then those without a coming session.
  std::string order =
      "ORDER BY COALESCE((SELECT MIN(s.starts_at) FROM offer_sessions s WHERE s.offer_id = o.id AND s.starts_at > :now "
      "AND s.status IN ('open', 'closed')), 9000000000), o.id LIMIT :lim";
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kOfferColumns) + where + order, soci::use(f.type), soci::use(f.type), soci::use(f.bassin),
       soci::use(f.bassin), soci::use(f.language), soci::use(langlike), soci::use(pub), soci::use(f.organiser),
       soci::use(f.organiser), soci::use(from), soci::use(from), soci::use(to), soci::use(now), soci::use(f.limit));
  std::vector<Offer> rows;
  for (auto& r : rs) rows.push_back(offer_from(r));
  // Organisers are read before the visibility check: an organiser sees its own offers.
  std::vector<Offer> out;
  for (auto& o : rows) {
    load_organisers(sql, o);
    if (f.published_only && !visible_to(o, f.audience)) continue;
    out.push_back(std::move(o));
  }
  return out;
}

namespace {
const std::string kSessionFields =
    "s.id, s.offer_id, s.starts_at, s.ends_at, s.place, s.postal_code, s.online_url, "
    "COALESCE(s.host_organisation_id, 0), COALESCE(h.name, ''), s.capacity, s.format, s.theme, s.status";
std::string session_select() {
  return "SELECT " + kSessionFields + ", (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND " +
         kHeldCondition +
         "), (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'waiting_list'), "
         "s.latitude, s.longitude, COALESCE(s.location_id, 0), s.quarter_code "
         "FROM offer_sessions s LEFT JOIN organisations h ON h.id = s.host_organisation_id ";
}

// Reads the session fields from column `at` on; the two counts, the place's point, its directory location and its
// quarter (session_select's last columns) follow them when `counted`.
template <class Row>
Session session_fields_from(const Row& r, std::size_t at) {
  Session s;
  s.id = as_int(r, at);
  s.offer_id = as_int(r, at + 1);
  s.starts_at = as_int(r, at + 2);
  s.ends_at = as_int(r, at + 3);
  s.place = as_text(r, at + 4);
  s.postal_code = as_text(r, at + 5);
  s.online_url = as_text(r, at + 6);
  s.host_organisation_id = as_int(r, at + 7);
  s.host_name = as_text(r, at + 8);
  s.capacity = static_cast<int>(as_int(r, at + 9));
  s.format = as_text(r, at + 10);
  s.theme = as_text(r, at + 11);
  s.status = as_text(r, at + 12);
  return s;
}
Session session_from(const soci::row& r, std::size_t at = 0, bool counted = true) {
  Session s = session_fields_from(r, at);
  if (!counted) return s;
  s.held = static_cast<int>(as_int(r, at + 13));
  s.waiting = static_cast<int>(as_int(r, at + 14));
  if (r.get_indicator(at + 15) != soci::i_null && r.get_indicator(at + 16) != soci::i_null) {
    s.latitude = as_double(r, at + 15);
    s.longitude = as_double(r, at + 16);
  }
  s.location_id = as_int(r, at + 17);
  s.quarter_code = as_text(r, at + 18);
  return s;
}
}  // namespace

std::int64_t save_session(soci::session& sql, Session& s) {
  catalogue_changed();
  soci::indicator host = s.host_organisation_id ? soci::i_ok : soci::i_null;
  if (s.id == 0) {
    std::int64_t now = now_seconds();
    sql << "INSERT INTO offer_sessions (offer_id, starts_at, ends_at, place, postal_code, online_url, "
           "host_organisation_id, capacity, format, theme, status, created_at) VALUES (:o, :s, :e, :p, :pc, :u, :h, :c, "
           ":f, :t, :st, :ca) RETURNING id",
        soci::use(s.offer_id), soci::use(s.starts_at), soci::use(s.ends_at), soci::use(s.place), soci::use(s.postal_code),
        soci::use(s.online_url), soci::use(s.host_organisation_id, host), soci::use(s.capacity), soci::use(s.format),
        soci::use(s.theme), soci::use(s.status), soci::use(now), soci::into(s.id);
  } else {
    sql << "UPDATE offer_sessions SET starts_at = :s, ends_at = :e, place = :p, postal_code = :pc, online_url = :u, "
           "host_organisation_id = :h, capacity = :c, format = :f, theme = :t, status = :st WHERE id = :id",
        soci::use(s.starts_at), soci::use(s.ends_at), soci::use(s.place), soci::use(s.postal_code), soci::use(s.online_url),
        soci::use(s.host_organisation_id, host), soci::use(s.capacity), soci::use(s.format), soci::use(s.theme),
        soci::use(s.status), soci::use(s.id);
  }
  place_session(sql, s);
  return s.id;
}

std::optional<Session> find_session(soci::session& sql, std::int64_t id, std::int64_t now) {
  soci::rowset<soci::row> rs = (sql.prepare << session_select() + "WHERE s.id = :id", soci::use(now), soci::use(id));
  for (auto& r : rs) return session_from(r);
  return std::nullopt;
}

std::vector<Session> sessions_of(soci::session& sql, std::int64_t offer_id, std::int64_t now) {
  std::vector<Session> out;
  soci::rowset<soci::row> rs = (sql.prepare << session_select() + "WHERE s.offer_id = :o ORDER BY s.starts_at, s.id",
                                soci::use(now), soci::use(offer_id));
  for (auto& r : rs) out.push_back(session_from(r));
  return out;
}

int confirmed_count(soci::session& sql, std::int64_t session_id) {
  int n = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND status = 'confirmed'", soci::use(session_id),
      soci::into(n);
  return n;
}

namespace {
const std::string kLockSession = "SELECT id FROM offer_sessions WHERE id = :id FOR UPDATE";
const std::string kLockAddress = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:e))) AS l";
}  // namespace

void lock_session(soci::session& sql, std::int64_t session_id) {
  if (is_postgres(sql)) {
    std::int64_t id = 0;
    sql << kLockSession, soci::use(session_id), soci::into(id);
  }
  // SQLite: Database::transact began with BEGIN IMMEDIATE, so this transaction already holds the write lock.
}

void lock_address(soci::session& sql, const std::string& lowercase_email) {
  if (is_postgres(sql)) {
    int locked = 0;
    sql << kLockAddress, soci::use(lowercase_email), soci::into(locked);
  }
}

namespace {
// The active registrations of a session. Without the waiting list, at most the seats and the pending approvals
// are read: the rush on a popular session stays cheap however long its waiting list grows.
std::string seats_query(bool with_waiting) {
  return std::string("SELECT id, status, COALESCE(organisation_id, 0), LOWER(organisation_name), sector, created_at, "
                     "email_verified, COALESCE(hold_until, 0) FROM registrations WHERE session_id = :s AND status IN ") +
         (with_waiting ? "('confirmed', 'awaiting_email', 'waiting_list', 'pending_approval')"
                       : "('confirmed', 'awaiting_email', 'pending_approval')");
}
template <class Rows>
std::vector<Seat> seats_from(Rows& rs, std::int64_t now) {
  std::vector<Seat> out;
  for (auto&& r : rs) {
    Seat s;
    s.id = as_int(r, 0);
    s.status = parse_status(as_text(r, 1)).value_or(Status::Refused);
    if (s.status == Status::AwaitingEmail && as_int(r, 7) <= now) continue;  // hold ended: the seat is free
    auto org = as_int(r, 2);
    s.institution = org ? std::to_string(org) : as_text(r, 3);
    s.sector = as_text(r, 4);
    s.created_at = as_int(r, 5);
    s.email_verified = as_int(r, 6) != 0;
    out.push_back(std::move(s));
  }
  return out;
}
std::vector<Seat> load_seats(soci::session& sql, std::int64_t session_id, std::int64_t now, bool with_waiting = true) {
  soci::rowset<soci::row> rs = (sql.prepare << seats_query(with_waiting), soci::use(session_id));
  return seats_from(rs, now);
}

struct SessionRow {
  std::int64_t offer_id = 0, starts_at = 0;
  int capacity = 0;
  bool open = false;
  Policy policy;     // the offer's
  int waiting = 0;   // on the waiting list when read
  int ended_holds = 0;  // unconfirmed holds whose time is over, still counted as awaiting_email
  // With an address asked for: that address's registration for the session, if any (id 0 when none).
  std::int64_t existing_id = 0, existing_hold = 0;
  std::string existing_status;
};

// The session's state, its offer's policy, its waiting list and its ended holds in one statement. Read after
// lock_session(), never in the locking statement itself: on PostgreSQL a statement that waited for the lock still
// reads what was committed before it started, so its counts would miss the registration committed meanwhile.
// With `email` (lower case), the same statement also reads that address's registration for the session: a
// registration then asks the database one question fewer while it holds the session's lock.
std::string session_row_query(bool with_email) {
  // At most one registration per address and session (the unique index registrations_once).
  return "SELECT s.offer_id, s.starts_at, s.capacity, s.status, o.status, COALESCE(c.registration_opens_at, 0), "
         "o.approval_required, o.one_per_institution, o.sector_quota, o.waiting_list, o.cancellation_hours, o.hold_hours, "
         "(SELECT COUNT(*) FROM registrations w WHERE w.session_id = s.id AND w.status = 'waiting_list'), "
         "(SELECT COUNT(*) FROM registrations e WHERE e.session_id = s.id AND e.status = 'awaiting_email' AND "
         "e.hold_until <= :now)" +
         std::string(with_email ? ", COALESCE(x.id, 0), COALESCE(x.status, ''), COALESCE(x.hold_until, 0) " : " ") +
         "FROM offer_sessions s JOIN offers o ON o.id = s.offer_id LEFT JOIN opendoor_campaigns c ON c.id = "
         "o.campaign_id " +
         std::string(with_email ? "LEFT JOIN registrations x ON x.session_id = s.id AND LOWER(x.email) = :e " : "") +
         "WHERE s.id = :id";
}
template <class Rows>
SessionRow session_row_from(Rows& rs, std::int64_t now, bool with_email) {
  SessionRow s;
  for (auto&& r : rs) {
    if (with_email) {
      s.existing_id = as_int(r, 14);
      s.existing_status = as_text(r, 15);
      s.existing_hold = as_int(r, 16);
    }
    s.offer_id = as_int(r, 0);
    s.starts_at = as_int(r, 1);
    s.capacity = static_cast<int>(as_int(r, 2));
    s.open = as_text(r, 3) == "open" && as_text(r, 4) == "published" && as_int(r, 5) <= now;
    s.policy = policy_at(r, 6);
    s.waiting = static_cast<int>(as_int(r, 12));
    s.ended_holds = static_cast<int>(as_int(r, 13));
  }
  return s;
}
SessionRow session_row(soci::session& sql, std::int64_t session_id, std::int64_t now, const std::string* email = nullptr) {
  std::string query = session_row_query(email != nullptr);
  soci::rowset<soci::row> rs = email ? (sql.prepare << query, soci::use(now), soci::use(*email), soci::use(session_id))
                                     : (sql.prepare << query, soci::use(now), soci::use(session_id));
  return session_row_from(rs, now, email != nullptr);
}

// A registration's locks and the reads that follow them. On PostgreSQL they are one pipeline (one round trip):
// the address's lock when asked, the session's row lock, then the session's row with this address's registration
// and the seats without the waiting list, each read with a snapshot taken once the locks are granted. On SQLite
// (the transaction holds the write lock already) the row alone; the seats are read when needed.
// With `for_write_at_commit` (RegistrationRequest::write_at_commit), also the id a new registration will have and
// the offer and session its mail is written from.
struct Locked {
  SessionRow row;
  std::optional<std::vector<Seat>> seats;  // without the waiting list
  std::int64_t next_id = 0;
  std::optional<RegistrationInContext> context;  // offer and session; reg empty
};
const std::string kSessionContextQuery = "SELECT " + kOfferFields + ", " + kSessionFields +
                                         " FROM offer_sessions s JOIN offers o ON o.id = s.offer_id LEFT JOIN "
                                         "organisations h ON h.id = s.host_organisation_id WHERE s.id = :id";
Locked lock_and_read(soci::session& sql, std::int64_t session_id, const std::string& email, bool address_lock,
                     bool for_write_at_commit, std::int64_t now) {
  Locked out;
  if (!is_postgres(sql)) {
    out.row = session_row(sql, session_id, now, &email);
    return out;
  }
  std::string id = std::to_string(session_id);
  PgPipeline pipeline(sql);
  if (address_lock) pipeline.add(kLockAddress, {email});
  pipeline.add(kLockSession, {id});
  // The id is taken under the session's lock, as the INSERT took it: ids follow the order of the decisions (the
  // waiting list's tie-break within a second).
  const std::size_t id_at = pipeline.size();
  if (for_write_at_commit) pipeline.add("SELECT nextval(pg_get_serial_sequence('registrations', 'id'))");
  const std::size_t row_at = pipeline.size();
  pipeline.add(session_row_query(true), {std::to_string(now), email, id});
  pipeline.add(seats_query(false), {id});
  if (for_write_at_commit) pipeline.add(kSessionContextQuery, {id});
  auto results = pipeline.run();
  out.row = session_row_from(results[row_at], now, true);
  out.seats = seats_from(results[row_at + 1], now);
  if (for_write_at_commit) {
    out.next_id = as_int(results[id_at][0], 0);
    for (auto r : results[row_at + 2]) out.context = RegistrationInContext{{}, offer_from(r), session_fields_from(r, kOfferFieldCount)};
  }
  return out;
}

std::string institution_of(const RegistrationRequest& r) {
  if (r.organisation_id) return std::to_string(r.organisation_id);
  return ascii_lower(r.organisation_name);
}

void set_status(soci::session& sql, std::int64_t id, Status st, std::int64_t now) {
  std::string code = status_code(st);
  sql << "UPDATE registrations SET status = :s, updated_at = :n, confirmed_at = CASE WHEN :s2 = 'confirmed' THEN :n2 "
         "ELSE confirmed_at END, cancelled_at = CASE WHEN :s3 = 'cancelled' THEN :n3 ELSE cancelled_at END WHERE id = :id",
      soci::use(code), soci::use(now), soci::use(code), soci::use(now), soci::use(code), soci::use(now), soci::use(id);
}

std::int64_t session_of(soci::session& sql, std::int64_t registration_id) {
  std::int64_t s = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT session_id FROM registrations WHERE id = :id", soci::use(registration_id), soci::into(s, ind);
  return ind == soci::i_ok ? s : 0;
}
}  // namespace

std::vector<std::int64_t> promote(soci::session& sql, std::int64_t session_id, std::int64_t now) {
  auto row = session_row(sql, session_id, now);
  if (row.starts_at <= now) return {};
  const Policy& policy = row.policy;
  auto seats = load_seats(sql, session_id, now);
  auto ids = to_promote(policy, row.capacity, seats);
  std::int64_t hold_until = now + static_cast<std::int64_t>(policy.hold_hours) * 3600;
  for (auto id : ids) {
    auto it = std::find_if(seats.begin(), seats.end(), [&](const Seat& s) { return s.id == id; });
    // A promoted person who has not confirmed their address yet holds the seat like any e-mail registration.
    if (it != seats.end() && !it->email_verified) {
      set_status(sql, id, Status::AwaitingEmail, now);
      sql << "UPDATE registrations SET hold_until = :h WHERE id = :id", soci::use(hold_until), soci::use(id);
    } else {
      set_status(sql, id, Status::Confirmed, now);
    }
  }
  return ids;
}

std::vector<std::int64_t> expire_holds(soci::session& sql, std::int64_t now) {
  std::vector<std::int64_t> sessions;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT DISTINCT session_id FROM registrations WHERE status = "
                                               "'awaiting_email' AND hold_until <= :n", soci::use(now));
  for (auto& r : rs) sessions.push_back(as_int(r, 0));
  sql << "UPDATE registrations SET status = 'expired', updated_at = :n WHERE status = 'awaiting_email' AND hold_until <= :n2",
      soci::use(now), soci::use(now);
  return sessions;
}

namespace {
// An unconfirmed address is bounded; a verified one or an organiser's addition is not.
bool bounded(const RegistrationRequest& r) { return !r.email_verified && !r.by_organiser; }

// The refusal when this new unconfirmed hold would pass a bound, else nullptr. Runs under the session's lock and
// the address's: two attempts at once are counted one after the other.
const char* hold_refusal(soci::session& sql, const RegistrationRequest& req, std::int64_t offer_id,
                         const std::string& email, std::int64_t now) {
  if (req.holds.per_address > 0) {
    // A whole cycle, or several visits of one open-door week, are one offer: they count once.
    int offers = 0;
    sql << "SELECT COUNT(DISTINCT offer_id) FROM registrations WHERE LOWER(email) = :e AND status = 'awaiting_email' "
           "AND hold_until > :n AND offer_id <> :o",
        soci::use(email), soci::use(now), soci::use(offer_id), soci::into(offers);
    if (offers >= req.holds.per_address)
      return N_("This e-mail address already holds seats it has not confirmed yet in other offers. Confirm them with the "
                "links we sent by e-mail, or log in, before registering for another offer.");
  }
  if (req.holds.per_client > 0 && !req.client_ip.empty()) {
    int holds = 0;
    std::int64_t hour_ago = now - 3600;
    sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND client_ip = :ip AND status = 'awaiting_email' "
           "AND hold_until > :n AND created_at > :h",
        soci::use(req.session_id), soci::use(req.client_ip), soci::use(now), soci::use(hour_ago), soci::into(holds);
    if (holds >= req.holds.per_client)
      return N_("Too many unconfirmed registrations for this session came from your connection in the last hour. "
                "Confirm them with the links sent by e-mail, or log in, then try again later.");
  }
  return nullptr;
}
}  // namespace

std::string phone_contact(const std::string& e164) { return "tel:" + e164; }
bool is_phone_contact(const std::string& email) { return email.rfind("tel:", 0) == 0; }
bool takes_phone_registrations(const Offer& offer) { return offer.audience == "service_users" || offer.audience == "everyone"; }
std::string contact_shown(const Registration& r) {
  if (is_phone_contact(r.email)) return phone_for_display(r.email.substr(4));
  return r.email;
}

namespace {
Registration registration_from(const soci::row& r, std::size_t at = 0) {
  Registration g;
  g.id = as_int(r, at);
  g.session_id = as_int(r, at + 1);
  g.offer_id = as_int(r, at + 2);
  g.user_id = as_int(r, at + 3);
  g.email = as_text(r, at + 4);
  g.name = as_text(r, at + 5);
  g.organisation_id = as_int(r, at + 6);
  g.organisation_name = as_text(r, at + 7);
  g.function = as_text(r, at + 8);
  g.sector = as_text(r, at + 9);
  g.phone = as_text(r, at + 10);
  g.lang = as_text(r, at + 11);
  g.status = parse_status(as_text(r, at + 12)).value_or(Status::Refused);
  g.refusal_reason = as_text(r, at + 13);
  g.email_verified = as_int(r, at + 14) != 0;
  g.hold_until = as_int(r, at + 15);
  g.attendance = as_text(r, at + 16);
  g.created_at = as_int(r, at + 17);
  g.confirmed_at = as_int(r, at + 18);
  return g;
}
const std::string kRegistrationFields =
    "r.id, r.session_id, r.offer_id, COALESCE(r.user_id, 0), r.email, r.name, COALESCE(r.organisation_id, 0), "
    "r.organisation_name, r.function, r.sector, r.phone, r.lang, r.status, r.refusal_reason, r.email_verified, "
    "COALESCE(r.hold_until, 0), r.attendance, r.created_at, COALESCE(r.confirmed_at, 0)";
const std::string kRegistrationColumns = "SELECT " + kRegistrationFields + " FROM registrations r ";
constexpr std::size_t kRegistrationFieldCount = 19;

// A registration with its offer and its session: the columns, the joins from `registrations r`, and the reader.
std::string context_fields() { return kRegistrationFields + ", " + kOfferFields + ", " + kSessionFields; }
const std::string kContextJoins =
    " JOIN offers o ON o.id = r.offer_id JOIN offer_sessions s ON s.id = r.session_id LEFT JOIN organisations h ON "
    "h.id = s.host_organisation_id";
RegistrationInContext context_from(const soci::row& r) {
  return RegistrationInContext{registration_from(r), offer_from(r, kRegistrationFieldCount),
                               session_from(r, kRegistrationFieldCount + kOfferFieldCount, false)};
}
}  // namespace

RegistrationOutcome register_for(soci::session& sql, const RegistrationRequest& req, std::int64_t now) {
  RegistrationOutcome out;
  std::string email = ascii_lower(req.email);
  // The locks, then the session's state, the offer's policy, the waiting list, the ended holds and this address's
  // registration (one statement), and on PostgreSQL the seats, in the same round trip.
  const bool at_commit = req.write_at_commit && is_postgres(sql);
  auto locked = lock_and_read(sql, req.session_id, email, bounded(req), at_commit, now);
  auto& row = locked.row;
  if (!row.offer_id) {
    out.reason = N_("This session does not exist.");
    return out;
  }
  // Holds that ended free their seats before anyone else is counted; the waiting list goes first. The waiting list
  // and this address's registration are then read again.
  if (row.ended_holds) {
    sql << "UPDATE registrations SET status = 'expired', updated_at = :n WHERE session_id = :s AND status = "
           "'awaiting_email' AND hold_until <= :n2",
        soci::use(now), soci::use(req.session_id), soci::use(now);
    out.promoted = promote(sql, req.session_id, now);
    row = session_row(sql, req.session_id, now, &email);
    locked.seats.reset();
  }
  const Policy& policy = row.policy;
  int waiting = row.waiting;
  // The same person twice: an active registration is a duplicate; an ended one is reused.
  std::int64_t existing_id = row.existing_id, existing_hold = row.existing_hold;
  std::string existing_status = row.existing_status;
  if (existing_id) {
    auto st = parse_status(existing_status).value_or(Status::Refused);
    bool ended_hold = st == Status::AwaitingEmail && existing_hold <= now;
    if (is_active(st) && !ended_hold) {
      out.duplicate = true;
      out.status = st;
      out.id = existing_id;
      out.reason = N_("You are already registered for this session.");
      return out;
    }
  }
  if (req.by_phone && !req.by_organiser && req.holds.per_client > 0 && !req.client_ip.empty()) {
    // No address to confirm, so no hold: the seat is given at once. One connection filling a group with made-up
    // numbers is bounded as unconfirmed holds are.
    int recent = 0;
    std::int64_t hour_ago = now - 3600;
    sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND client_ip = :ip AND email LIKE 'tel:%' AND "
           "created_at > :h AND status IN ('confirmed', 'waiting_list', 'pending_approval')",
        soci::use(req.session_id), soci::use(req.client_ip), soci::use(hour_ago), soci::into(recent);
    if (recent >= req.holds.per_client) {
      out.reason = N_("Too many registrations by phone for this group came from your connection in the last hour. "
                      "Please call the organiser, or try again later.");
      out.too_many_holds = true;
      return out;
    }
  }
  SessionState state{row.capacity, row.starts_at, row.open};
  Applicant applicant{institution_of(req), req.sector, req.email_verified};
  Policy effective = policy;
  if (req.by_organiser) {
    effective.approval_required = false;
    effective.one_per_institution = false;
  }
  // The waiting list matters only when a seat is free (who goes first) or for one person per institution.
  auto seats = locked.seats ? std::move(*locked.seats) : load_seats(sql, req.session_id, now, false);
  if (waiting > 0 && (effective.one_per_institution || seats_held(seats) < row.capacity))
    seats = load_seats(sql, req.session_id, now, true);
  seats.erase(std::remove_if(seats.begin(), seats.end(), [&](const Seat& s) { return s.id == existing_id; }), seats.end());
  auto verdict = decide(effective, state, applicant, seats, now);
  out.status = verdict.status;
  out.reason = verdict.reason;
  if (verdict.status == Status::Refused) return out;  // nothing written: a refusal leaves no trace to clean up
  if (verdict.status == Status::AwaitingEmail && bounded(req)) {
    if (auto refusal = hold_refusal(sql, req, row.offer_id, email, now)) {
      out.status = Status::Refused;
      out.reason = refusal;
      out.too_many_holds = true;
      return out;
    }
  }

  std::string code = status_code(verdict.status);
  int verified = req.email_verified ? 1 : 0;
  soci::indicator hold_ind = verdict.status == Status::AwaitingEmail ? soci::i_ok : soci::i_null;
  std::int64_t hold_until = now + static_cast<std::int64_t>(policy.hold_hours) * 3600;
  soci::indicator user_ind = req.user_id ? soci::i_ok : soci::i_null;
  soci::indicator org_ind = req.organisation_id ? soci::i_ok : soci::i_null;
  soci::indicator confirmed_ind = verdict.status == Status::Confirmed ? soci::i_ok : soci::i_null;
  // The write returns the registration's id; on PostgreSQL also the registration with its offer and session
  // (a data-modifying CTE), which the caller's mail then needs no query to read.
  bool with_context = is_postgres(sql);
  auto returning = [&](const std::string& write) {
    return with_context ? "WITH r AS (" + write + " RETURNING *) SELECT " + context_fields() + " FROM r" + kContextJoins
                        : write + " RETURNING id";
  };
  auto read = [&](soci::rowset<soci::row>& rs) {
    for (auto& r : rs) {
      out.id = as_int(r, 0);
      if (with_context) out.written = context_from(r);
    }
  };
  if (!existing_id && at_commit && locked.context) {
    // The row as the INSERT below writes it, sent with the COMMIT: nothing in this unit of work reads it before.
    Registration& g = locked.context->reg;
    g.id = locked.next_id;
    g.session_id = req.session_id;
    g.offer_id = row.offer_id;
    g.user_id = req.user_id;
    g.email = email;
    g.name = req.name;
    g.organisation_id = req.organisation_id;
    g.organisation_name = req.organisation_name;
    g.function = req.function;
    g.sector = req.sector;
    g.phone = req.phone;
    g.lang = req.lang;
    g.status = verdict.status;
    g.email_verified = req.email_verified;
    g.hold_until = hold_ind == soci::i_ok ? hold_until : 0;
    g.created_at = now;
    g.confirmed_at = confirmed_ind == soci::i_ok ? now : 0;
    // The row's values as text; 0 is NULL for the columns that hold no user, organisation, hold or confirmation.
    auto text = [](std::int64_t v) { return std::optional<std::string>(std::to_string(v)); };
    auto or_null = [&](std::int64_t v) { return v ? text(v) : std::nullopt; };
    defer_until_commit(sql,
                       "INSERT INTO registrations (id, session_id, offer_id, user_id, email, name, organisation_id, "
                       "organisation_name, function, sector, phone, lang, status, email_verified, hold_until, created_at, "
                       "confirmed_at, updated_at, client_ip) VALUES (:id, :s, :of, :u, :e, :n, :o, :on, :f, :sec, :ph, :l, "
                       ":st, :v, :h, :c, :ca, :ua, :ip)",
                       {text(g.id), text(g.session_id), text(g.offer_id), or_null(g.user_id), g.email, g.name,
                        or_null(g.organisation_id), g.organisation_name, g.function, g.sector, g.phone, g.lang, code,
                        text(verified), or_null(g.hold_until), text(now), or_null(g.confirmed_at), text(now), req.client_ip});
    out.id = g.id;
    out.written = std::move(*locked.context);
  } else if (existing_id) {
    soci::rowset<soci::row> rs =
        (sql.prepare << returning("UPDATE registrations SET user_id = :u, name = :n, organisation_id = :o, "
                                  "organisation_name = :on, function = :f, sector = :sec, phone = :ph, lang = :l, status = "
                                  ":st, refusal_reason = '', email_verified = :v, hold_until = :h, attendance = '', "
                                  "created_at = :c, confirmed_at = :ca, cancelled_at = NULL, updated_at = :ua, client_ip = "
                                  ":ip WHERE id = :id"),
         soci::use(req.user_id, user_ind), soci::use(req.name), soci::use(req.organisation_id, org_ind),
         soci::use(req.organisation_name), soci::use(req.function), soci::use(req.sector), soci::use(req.phone),
         soci::use(req.lang), soci::use(code), soci::use(verified), soci::use(hold_until, hold_ind), soci::use(now),
         soci::use(now, confirmed_ind), soci::use(now), soci::use(req.client_ip), soci::use(existing_id));
    read(rs);
  } else {
    soci::rowset<soci::row> rs =
        (sql.prepare << returning("INSERT INTO registrations (session_id, offer_id, user_id, email, name, "
                                  "organisation_id, organisation_name, function, sector, phone, lang, status, "
                                  "email_verified, hold_until, created_at, confirmed_at, updated_at, client_ip) VALUES "
                                  "(:s, :of, :u, :e, :n, :o, :on, :f, :sec, :ph, :l, :st, :v, :h, :c, :ca, :ua, :ip)"),
         soci::use(req.session_id), soci::use(row.offer_id), soci::use(req.user_id, user_ind), soci::use(email),
         soci::use(req.name), soci::use(req.organisation_id, org_ind), soci::use(req.organisation_name),
         soci::use(req.function), soci::use(req.sector), soci::use(req.phone), soci::use(req.lang), soci::use(code),
         soci::use(verified), soci::use(hold_until, hold_ind), soci::use(now), soci::use(now, confirmed_ind),
         soci::use(now), soci::use(req.client_ip));
    read(rs);
  }
  return out;
}

std::vector<RegistrationOutcome> register_for_cycle(soci::session& sql, const RegistrationRequest& req, std::int64_t now) {
  std::int64_t offer_id = 0;
  sql << "SELECT offer_id FROM offer_sessions WHERE id = :id", soci::use(req.session_id), soci::into(offer_id);
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM offer_sessions WHERE offer_id = :o AND status = 'open' AND "
                                               "starts_at > :n ORDER BY id", soci::use(offer_id), soci::use(now));
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  // The address first, then the sessions in id order, as register_for does: no two transactions wait on each other.
  if (bounded(req)) lock_address(sql, ascii_lower(req.email));
  // Locks in id order, as every multi-session change does, so two cycle registrations cannot deadlock.
  for (auto id : ids) lock_session(sql, id);
  std::vector<RegistrationOutcome> out;
  for (auto id : ids) {
    auto one = req;
    one.session_id = id;
    out.push_back(register_for(sql, one, now));
  }
  return out;
}


std::optional<Registration> find_registration(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRegistrationColumns) + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return registration_from(r);
  return std::nullopt;
}

std::optional<RegistrationInContext> find_registration_in_context(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT " + context_fields() + " FROM registrations r" + kContextJoins + " WHERE r.id = :id",
       soci::use(id));
  for (auto& r : rs) return context_from(r);
  return std::nullopt;
}

std::vector<Registration> registrations_of(soci::session& sql, std::int64_t session_id) {
  std::vector<Registration> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRegistrationColumns) + "WHERE session_id = :s ORDER BY "
                                               "created_at, id", soci::use(session_id));
  for (auto& r : rs) out.push_back(registration_from(r));
  return out;
}

std::vector<Registration> registrations_of_person(soci::session& sql, std::int64_t user_id, const std::string& email) {
  std::vector<Registration> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRegistrationColumns) + "WHERE user_id = :u OR LOWER(email) = "
                                               ":e ORDER BY created_at DESC LIMIT 500",
                                soci::use(user_id), soci::use(email));
  for (auto& r : rs) out.push_back(registration_from(r));
  return out;
}

const char* cancel_registration(soci::session& sql, std::int64_t id, bool by_organiser, std::int64_t now,
                                std::vector<std::int64_t>& promoted) {
  auto session_id = session_of(sql, id);
  if (!session_id) return N_("This registration does not exist.");
  lock_session(sql, session_id);
  auto reg = find_registration(sql, id);
  if (!is_active(reg->status)) return N_("This registration is no longer active.");
  auto row = session_row(sql, session_id, now);
  if (!by_organiser && !may_cancel(row.policy, row.starts_at, now))
    return N_("The cancellation deadline has passed: please tell the organiser directly.");
  set_status(sql, id, Status::Cancelled, now);
  auto p = promote(sql, session_id, now);
  promoted.insert(promoted.end(), p.begin(), p.end());
  return nullptr;
}

const char* confirm_email(soci::session& sql, std::int64_t id, std::int64_t now) {
  auto session_id = session_of(sql, id);
  if (!session_id) return N_("This registration does not exist.");
  lock_session(sql, session_id);
  auto reg = find_registration(sql, id);
  sql << "UPDATE registrations SET email_verified = 1, updated_at = :n WHERE id = :id", soci::use(now), soci::use(id);
  if (reg->status == Status::AwaitingEmail) {
    if (reg->hold_until <= now) {
      // The hold ended: the seat may have gone; register again through the rules.
      sql << "UPDATE registrations SET status = 'expired' WHERE id = :id", soci::use(id);
      return N_("The time to confirm your address has passed and the seat was released. Register again if seats are left.");
    }
    set_status(sql, id, Status::Confirmed, now);
  }
  return nullptr;
}

const char* approve_registration(soci::session& sql, std::int64_t id, std::int64_t now) {
  auto session_id = session_of(sql, id);
  if (!session_id) return N_("This registration does not exist.");
  lock_session(sql, session_id);
  auto reg = find_registration(sql, id);
  if (reg->status != Status::PendingApproval && reg->status != Status::WaitingList)
    return N_("Only a registration waiting for approval or on the waiting list can be approved.");
  auto row = session_row(sql, session_id, now);
  auto seats = load_seats(sql, session_id, now);
  if (seats_held(seats) >= row.capacity) return N_("This session is full: free a seat or raise the capacity first.");
  if (reg->email_verified) set_status(sql, id, Status::Confirmed, now);
  else {
    std::int64_t hold = now + static_cast<std::int64_t>(row.policy.hold_hours) * 3600;
    set_status(sql, id, Status::AwaitingEmail, now);
    sql << "UPDATE registrations SET hold_until = :h WHERE id = :id", soci::use(hold), soci::use(id);
  }
  return nullptr;
}

const char* refuse_registration(soci::session& sql, std::int64_t id, const std::string& reason, std::int64_t now,
                                std::vector<std::int64_t>& promoted) {
  auto session_id = session_of(sql, id);
  if (!session_id) return N_("This registration does not exist.");
  lock_session(sql, session_id);
  auto reg = find_registration(sql, id);
  if (!is_active(reg->status)) return N_("This registration is no longer active.");
  set_status(sql, id, Status::Refused, now);
  sql << "UPDATE registrations SET refusal_reason = :r WHERE id = :id", soci::use(reason), soci::use(id);
  auto p = promote(sql, session_id, now);
  promoted.insert(promoted.end(), p.begin(), p.end());
  return nullptr;
}

const char* move_registration(soci::session& sql, std::int64_t id, std::int64_t to_session, std::int64_t now,
                              std::vector<std::int64_t>& promoted) {
  auto from = session_of(sql, id);
  if (!from) return N_("This registration does not exist.");
  // Always lock in id order, so that two moves in opposite directions cannot deadlock.
  lock_session(sql, std::min(from, to_session));
  lock_session(sql, std::max(from, to_session));
  auto reg = find_registration(sql, id);
  auto target = session_row(sql, to_session, now);
  auto source = session_row(sql, from, now);
  if (!target.offer_id || target.offer_id != source.offer_id) return N_("Choose another session of the same offer.");
  if (target.starts_at <= now) return N_("This session has already taken place or started.");
  if (!is_active(reg->status)) return N_("This registration is no longer active.");
  std::int64_t dup = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE session_id = :s AND LOWER(email) = :e", soci::use(to_session),
      soci::use(reg->email), soci::into(dup);
  if (dup) return N_("This person already has a registration for that session.");
  auto seats = load_seats(sql, to_session, now);
  if (holds_seat(reg->status) && seats_held(seats) >= target.capacity)
    return N_("That session is full: the registration was not moved.");
  sql << "UPDATE registrations SET session_id = :s, updated_at = :n WHERE id = :id", soci::use(to_session), soci::use(now),
      soci::use(id);
  auto p = promote(sql, from, now);
  promoted.insert(promoted.end(), p.begin(), p.end());
  return nullptr;
}

const char* mark_attendance(soci::session& sql, std::int64_t id, const std::string& mark) {
  if (mark != "present" && mark != "no_show" && !mark.empty()) return N_("Choose present or absent.");
  auto reg = find_registration(sql, id);
  if (!reg) return N_("This registration does not exist.");
  if (reg->status != Status::Confirmed) return N_("Only confirmed registrations can be marked present or absent.");
  std::int64_t now = now_seconds();
  sql << "UPDATE registrations SET attendance = :m, updated_at = :n WHERE id = :id", soci::use(mark), soci::use(now),
      soci::use(id);
  return nullptr;
}

std::vector<AbsenceCount> absences_of_session(soci::session& sql, std::int64_t session_id, int threshold) {
  std::vector<Attendance> marks;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT LOWER(r.email), r.attendance FROM registrations r WHERE LOWER(r.email) IN (SELECT "
                      "LOWER(email) FROM registrations WHERE session_id = :s) AND r.attendance <> ''",
       soci::use(session_id));
  for (auto& r : rs) marks.push_back({as_text(r, 0), as_text(r, 1)});
  return repeated_absences(marks, threshold);
}

}  // namespace maillage::offers
