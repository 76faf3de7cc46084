// Units of work of the newsletters that also write mail: the confirmation of a sign-up, a campaign's messages
// (one per subscriber, in their language, with the list's agenda block and a one-click unsubscribe), the test
// send, and the job that sends a campaign at its rate.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>

#include "newsletters/model.hpp"
#include "platform/mail.hpp"

namespace maillage {
class App;
class Jobs;
}  // namespace maillage

namespace maillage::newsletters {

// Private links (HMACs with the installation secret, nothing stored): the confirmation of a sign-up, and the
// unsubscription of a subscriber by the link of a campaign (campaign 0: the link of the confirmation mail).
std::string confirm_token(const App& app, std::int64_t subscriber_id);
std::optional<std::int64_t> subscriber_of_confirm_token(const App& app, const std::string& token);
std::string unsubscribe_token(const App& app, std::int64_t subscriber_id, std::int64_t campaign_id);
struct UnsubscribeLink {
  std::int64_t subscriber_id = 0, campaign_id = 0;
};
std::optional<UnsubscribeLink> parse_unsubscribe_token(const App& app, const std::string& token);

// Queues the double opt-in mail of a sign-up, in the caller's transaction.
void queue_confirmation(App& app, soci::session& sql, const List& list, const Subscriber& s);

// The message of a campaign for one subscriber: subject and Markdown body in their language (else French, Dutch,
// English), the block of the list's agenda ahead, the unsubscribe link, and RFC 8058 headers.
Mail campaign_mail(App& app, soci::session& sql, const List& list, const Campaign& c, const Subscriber& s);
// The message as a subscriber in `lang` receives it, for the campaign's page (its unsubscribe link names nobody).
Mail preview_mail(App& app, const List& list, const Campaign& c, const std::string& lang);
// The campaign's message to one address (the coordinator's own), marked as a test, not counted.
void queue_test(App& app, soci::session& sql, const List& list, const Campaign& c, const std::string& email,
                const std::string& lang);

// The rate a campaign is sent at: MAILLAGE_NEWSLETTER_RATE messages a minute (default 120, at least 1).
int configured_rate();
// Starts sending a draft: status 'sending' and its first batch's job. False when it is not a draft.
bool send_campaign(soci::session& sql, std::int64_t campaign_id, std::int64_t now);
// One batch: up to the campaign's rate of messages into the outbox, then the next batch a minute later, or the
// campaign marked sent. Returns the number queued.
int send_batch(App& app, std::int64_t campaign_id);
// Registers "newsletters.send" and the hourly "newsletters.bounces".
void register_jobs(Jobs& jobs);

}  // namespace maillage::newsletters
