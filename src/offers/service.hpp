// Units of work of the offers: each runs one transaction that changes registrations and queues, in the same
// transaction, the e-mails and SMS it causes (confirmation with its .ics, e-mail check, waiting list, promotion,
// refusal, reminders). Handlers and jobs call these; the model decides.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "offers/model.hpp"
#include "platform/app.hpp"

namespace maillage::offers {

// The private link of one registration (manage, confirm the address, decline): id + "." + HMAC, nothing stored.
std::string registration_token(const App& app, std::int64_t registration_id);
std::optional<std::int64_t> registration_from_token(const App& app, const std::string& token);
// The private calendar feed of one person.
std::string calendar_token(const App& app, std::int64_t user_id);
std::optional<std::int64_t> user_from_calendar_token(const App& app, const std::string& token);

// The bounds on unconfirmed holds: MAILLAGE_HOLDS_PER_ADDRESS (default 3 offers per e-mail address) and
// MAILLAGE_HOLDS_PER_CLIENT (default 5 per client address, session and hour); 0 lifts a bound.
HoldLimits hold_limits();

// Registers (with hold_limits()) and queues the message the outcome calls for; promotions made on the way are e-mailed too.
RegistrationOutcome register_and_notify(App& app, const RegistrationRequest& request);

// The whole cycle at once: all or nothing. When one session refuses, nothing is written and that refusal is
// returned; otherwise the outcome of the first session, with the others' ids in `promoted` left untouched.
RegistrationOutcome register_cycle_and_notify(App& app, const RegistrationRequest& request);

// Queues the message of one registration's current state ("confirmed", "check_email", "waiting_list",
// "pending_approval", "promoted", "refused", "cancelled", "reminder", "thank_you"), inside the caller's transaction.
// "confirmed" and "promoted" of a member of a community of practice also open their participation agreement and
// ask the participant and the employer's coordinators for their agreement (once per member and offer).
// `more_in_calendar`: other registrations whose sessions join the .ics (a whole cycle confirmed at once).
void notify(App& app, soci::session& sql, std::int64_t registration_id, const std::string& kind,
            const std::vector<std::int64_t>& more_in_calendar = {});
// The same for a registration already read with its offer and session (RegistrationOutcome::written).
void notify(App& app, soci::session& sql, const RegistrationInContext& registration, const std::string& kind,
            const std::vector<std::int64_t>& more_in_calendar = {});
void notify_promoted(App& app, soci::session& sql, const std::vector<std::int64_t>& ids);
// After the organiser marks someone present: queues "thank you for coming" with the private link, where the
// questionnaire and the certificate are, once per registration (evaluation_mailed_at), inside the caller's
// transaction. Returns whether it queued the message (not when already sent or not marked present).
bool thank_for_coming(App& app, soci::session& sql, std::int64_t registration_id, std::int64_t now);

// The .ics of one session for one registration.
std::string session_ics(App& app, soci::session& sql, std::int64_t registration_id);
// Feeds: a person's confirmed sessions, an offer's sessions.
std::string person_feed(App& app, soci::session& sql, std::int64_t user_id, const std::string& lang);
std::string offer_feed(App& app, soci::session& sql, const Offer& offer, const std::string& lang);

// SMS through the pluggable gateway: queued in the outbox with channel 'sms' and sent by the job "offers.sms"
// (MAILLAGE_SMS_COMMAND: a command reading the text on stdin with the number as argument; MAILLAGE_SMS_URL: an
// HTTP endpoint receiving JSON {to, text}; neither: development, the outbox row is the record).
void queue_sms(soci::session& sql, const std::string& phone, const std::string& text);

// Jobs: hold expiry with promotion, reminders N days before (MAILLAGE_REMINDER_DAYS, default 2), SMS delivery.
int expire_and_promote(App& app, std::int64_t now);
int send_reminders(App& app, std::int64_t now, int days_before);
void deliver_sms(App& app, std::int64_t outbox_id);

}  // namespace maillage::offers

namespace maillage {
class Jobs;
}
namespace maillage::offers {
// "offers.expire" (every 5 minutes), "offers.reminders" (hourly), "offers.sms" (one per queued SMS).
void register_jobs(Jobs& jobs);
}  // namespace maillage::offers
