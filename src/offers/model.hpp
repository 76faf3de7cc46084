// Offers, sessions and registrations in the database. Every function takes the caller's SOCI session so it
// joins its transaction; register_for() and the other seat-changing functions must run inside one
// (Database::transact) and lock the session first (lock_session), so that no seat is ever given twice.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "offers/rules.hpp"

namespace maillage::offers {

struct Offer {
  std::int64_t id = 0;
  std::string type = "information_session";
  std::string title_fr, title_nl, title_en;
  std::string description_fr, description_nl, description_en;
  std::string territory = "region";  // "region" or a bassin slug
  std::string languages = "fr";      // comma-separated codes
  std::string sectors;               // comma-separated target sectors, empty: all
  std::string visibility = "public"; // public, professionals, members
  std::string audience = "professionals";  // who it is for: professionals, service_users (and relatives), everyone
  std::string theme;                 // a code of the directory's "themes" vocabulary, empty: none
  std::string status = "draft";      // draft, published, cancelled
  int capacity = 12;                 // default capacity of new sessions
  Policy policy;
  std::int64_t campaign_id = 0;
  std::string immersion_conditions;
  std::vector<std::int64_t> organisers;
  std::int64_t created_by = 0;

  // In the asked language, else French, else Dutch, else English: never an empty title when one exists.
  const std::string& title(const std::string& lang) const;
  const std::string& description(const std::string& lang) const;
};

struct Session {
  std::int64_t id = 0;
  std::int64_t offer_id = 0;
  std::int64_t starts_at = 0, ends_at = 0;
  std::string place, postal_code, online_url;
  std::int64_t host_organisation_id = 0;
  std::string host_name;
  int capacity = 0;
  std::string format = "on_site";  // on_site, online, hybrid, visit, presentation
  std::string theme;
  std::string status = "open";     // open, closed, cancelled, proposed (open-door slot not yet published)
  int held = 0;                    // seats held now (confirmed + unexpired e-mail holds)
  int waiting = 0;
  // Where it takes place on the map (offers/places.hpp): a point from the directory location of its host or
  // organiser at that address (location_id), or typed by the organiser (location_id 0); its quarter.
  std::optional<double> latitude, longitude;
  std::int64_t location_id = 0;
  std::string quarter_code;
  int free() const { return capacity > held ? capacity - held : 0; }
};

struct Registration {
  std::int64_t id = 0, session_id = 0, offer_id = 0, user_id = 0, organisation_id = 0;
  std::string email, name, organisation_name, function, sector, phone, lang = "fr";
  Status status = Status::Confirmed;
  std::string refusal_reason, attendance;
  bool email_verified = false;
  std::int64_t hold_until = 0, created_at = 0, confirmed_at = 0;
};

// --- Offers and sessions ---
// Counts the changes of offers and sessions made in this process (save_offer, save_session, a programme
// published): the public agenda's caches (agenda/) are read again when it moves.
std::int64_t catalogue_revision();
void catalogue_changed();
std::int64_t save_offer(soci::session& sql, Offer& offer);  // insert when id == 0, else update
std::optional<Offer> find_offer(soci::session& sql, std::int64_t id);
// The offer of a session and the session's status, without counting seats: what a registration checks first.
struct OfferOfSession {
  Offer offer;
  std::string session_status;
};
std::optional<OfferOfSession> find_offer_of_session(soci::session& sql, std::int64_t session_id);

// Who looks at an offer. `level` matches the offer's visibility: "public" (anyone), "professionals" (logged in),
// "members" (staff of an organisation of the network). An immersion is for the immersion network only, whatever
// its visibility: staff of a member institution (offers/network.hpp), coordinators and administrators.
struct Audience {
  std::string level = "public";
  bool immersion_network = false;
  std::vector<std::int64_t> organises;  // organisations the caller acts for: the offers they organise stay visible
};

struct OfferFilter {
  std::string type, bassin, language;
  std::int64_t from = 0, to = 0;   // sessions starting in [from, to)
  Audience audience;               // what the caller may see
  bool published_only = true;
  std::int64_t organiser = 0;      // only offers organised by this organisation
  int limit = 200;
};
std::vector<Offer> list_offers(soci::session& sql, const OfferFilter& filter, std::int64_t now);
bool visible_to(const Offer& offer, const Audience& audience);
// Hidden from this audience only because it is an immersion and the caller is not of the immersion network.
bool hidden_as_immersion(const Offer& offer, const Audience& audience);

std::int64_t save_session(soci::session& sql, Session& session);
std::optional<Session> find_session(soci::session& sql, std::int64_t id, std::int64_t now);
std::vector<Session> sessions_of(soci::session& sql, std::int64_t offer_id, std::int64_t now);
int confirmed_count(soci::session& sql, std::int64_t session_id);

// --- Registrations ---
// Takes the session's row lock for the rest of the transaction: SELECT ... FOR UPDATE on PostgreSQL; on SQLite
// the transaction is already BEGIN IMMEDIATE, which serialises every writer. The one place this differs. What is
// counted under the lock is read by the statements after it (on PostgreSQL each sees what was committed before
// it started).
void lock_session(soci::session& sql, std::int64_t session_id);
// Serialises, for the rest of the transaction, the unconfirmed registrations of one e-mail address across the
// platform (the per-address bound spans sessions, which their own locks do not cover): a transaction-scoped
// advisory lock on PostgreSQL, nothing on SQLite (BEGIN IMMEDIATE). Taken before any session lock, always.
void lock_address(soci::session& sql, const std::string& lowercase_email);

// Bounds on unconfirmed e-mail holds, so that one person cannot fill a session with holds under many addresses
// (service.cpp reads them from MAILLAGE_HOLDS_PER_ADDRESS and MAILLAGE_HOLDS_PER_CLIENT; 0: no bound).
struct HoldLimits {
  int per_address = 3;  // offers in which one e-mail address holds unconfirmed seats at once, platform-wide
  int per_client = 5;   // unconfirmed holds made in one session from one client address within the last hour
};

// A registration by phone only (service users and relatives without an e-mail address, offers of audience
// service_users or everyone) keeps "tel:" and the E.164 number (platform/phone.hpp) in `email`: the unique key
// registrations_once (session, lower(email)) then allows one registration per number and session, typed in any
// usual way, and every rule that follows a person by address follows them by number. No mail goes to it.
std::string phone_contact(const std::string& e164);
bool is_phone_contact(const std::string& email);
// What the organiser reads for the contact of a registration: the address, or the number grouped for reading.
std::string contact_shown(const Registration& r);
// Whether an offer takes registrations by phone: its audience is service_users or everyone.
bool takes_phone_registrations(const Offer& offer);

struct RegistrationRequest {
  std::int64_t session_id = 0;
  std::int64_t user_id = 0;  // 0: anonymous
  std::string email, name, organisation_name, function, sector, phone, lang = "fr";
  std::int64_t organisation_id = 0;
  bool email_verified = false;
  bool by_organiser = false;  // an organiser adding someone: no approval step, no institution rule
  bool by_phone = false;      // email is phone_contact(): seated at once, bounded per client (HoldLimits::per_client
                              // registrations by phone from one client address, session and hour)
  std::string client_ip;      // the request's remote address; empty: not bounded per client
  HoldLimits holds;
  // PostgreSQL: a new registration's row is written with the transaction's COMMIT (defer_until_commit), its id
  // taken beforehand, so that the session's lock is held one round trip less. Only for a unit of work that does not
  // read the row before committing, or calls flush_deferred first (register_and_notify); ignored on SQLite.
  bool write_at_commit = false;
};
// A registration with its offer and its session, read in one query: what its mails and calendar files need. The
// offer's organisers and the session's seat counts are not read (empty, 0).
struct RegistrationInContext {
  Registration reg;
  Offer offer;
  Session session;
};
struct RegistrationOutcome {
  Status status = Status::Refused;
  const char* reason = nullptr;  // catalogue msgid
  std::int64_t id = 0;
  bool duplicate = false;
  bool too_many_holds = false;  // refused by HoldLimits: nothing written
  std::vector<std::int64_t> promoted;  // registrations promoted from the waiting list on the way
  // On PostgreSQL, the registration as written, with its offer and session, returned by the write itself (or, with
  // write_at_commit, as it will be written): what its mail needs, without a query more while the session is locked.
  // Empty on SQLite (no round trip to save).
  std::optional<RegistrationInContext> written;
};
// Decides and writes one registration. Locks the session, frees expired holds (promoting), refuses a second
// registration of the same person.
RegistrationOutcome register_for(soci::session& sql, const RegistrationRequest& request, std::int64_t now);

// A whole cycle (intervision, community of practice): one registration in every coming open session of the
// offer, sessions locked in id order. Returns one outcome per session; the caller rolls back when any is refused.
std::vector<RegistrationOutcome> register_for_cycle(soci::session& sql, const RegistrationRequest& request, std::int64_t now);

std::optional<Registration> find_registration(soci::session& sql, std::int64_t id);
std::optional<RegistrationInContext> find_registration_in_context(soci::session& sql, std::int64_t id);
std::vector<Registration> registrations_of(soci::session& sql, std::int64_t session_id);
std::vector<Registration> registrations_of_person(soci::session& sql, std::int64_t user_id, const std::string& email);

// Promotes from the waiting list into free seats; returns the promoted ids (to be e-mailed at once).
std::vector<std::int64_t> promote(soci::session& sql, std::int64_t session_id, std::int64_t now);
// Marks unconfirmed e-mail registrations whose hold ended as expired, everywhere; returns their sessions.
std::vector<std::int64_t> expire_holds(soci::session& sql, std::int64_t now);

// Changes of one registration (each locks its session and promotes when a seat frees). Return a refusal msgid
// or nullptr when done; `promoted` receives the ids to e-mail.
const char* cancel_registration(soci::session& sql, std::int64_t id, bool by_organiser, std::int64_t now,
                                std::vector<std::int64_t>& promoted);
const char* confirm_email(soci::session& sql, std::int64_t id, std::int64_t now);
const char* approve_registration(soci::session& sql, std::int64_t id, std::int64_t now);
const char* refuse_registration(soci::session& sql, std::int64_t id, const std::string& reason, std::int64_t now,
                                std::vector<std::int64_t>& promoted);
const char* move_registration(soci::session& sql, std::int64_t id, std::int64_t to_session, std::int64_t now,
                              std::vector<std::int64_t>& promoted);
const char* mark_attendance(soci::session& sql, std::int64_t id, const std::string& mark);

// Agreements (immersions, communities of practice): offers/agreements.hpp.

// No-shows of the people registered to a session, over all their registrations.
std::vector<AbsenceCount> absences_of_session(soci::session& sql, std::int64_t session_id, int threshold = 2);

Policy policy_of(const Offer& offer);

}  // namespace maillage::offers
