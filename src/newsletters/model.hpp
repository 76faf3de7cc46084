// Newsletters in the database: lists (per bassin, network or theme), subscribers with the evidence of their
// consent (double opt-in: the consent text's version, the sign-up and the confirmation with their times),
// campaigns and their deliveries. Functions take the caller's session so they join its transaction.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::newsletters {

struct ByLanguage {
  std::string fr, nl, en;
  // In the asked language, else French, Dutch, English: never empty when one is set.
  const std::string& in(const std::string& lang) const;
};

struct List {
  std::int64_t id = 0;
  std::string scope_type = "bassin";  // region, bassin, network, theme
  std::string scope_id;               // bassin slug, network name, theme code
  ByLanguage name, description;
  int consent_version = 1;
  ByLanguage consent;  // the current version's text
  std::int64_t created_by = 0;
};

struct Subscriber {
  std::int64_t id = 0, list_id = 0;
  std::string email, name, lang = "fr", status = "pending";  // pending, confirmed, unsubscribed, bounced
  int consent_version = 0;
  std::string consent_lang, signup_ip, confirm_ip;
  std::int64_t signed_up_at = 0, confirmed_at = 0, unsubscribed_at = 0, bounced_at = 0;
};

struct Campaign {
  std::int64_t id = 0, list_id = 0;
  ByLanguage subject, body;  // body in Markdown
  bool include_agenda = true;
  std::string status = "draft";  // draft, sending, sent
  int rate_per_minute = 0;
  std::int64_t created_by = 0, created_at = 0, test_sent_at = 0, started_at = 0, finished_at = 0;
};

struct Figures {
  int recipients = 0;   // deliveries queued
  int sent = 0, failed = 0, waiting = 0;
  int unsubscribed = 0;  // unsubscribed by a link of this campaign
};

struct ListCounts {
  int pending = 0, confirmed = 0, unsubscribed = 0, bounced = 0;
};

constexpr std::size_t kMaxNameChars = 200, kMaxTextChars = 4000, kMaxSubjectChars = 200, kMaxBodyChars = 50000;

// --- Lists ---
// Inserts (id 0) or updates; a changed consent text becomes a new version, the old one kept.
std::int64_t save_list(soci::session& sql, List& list, std::int64_t now);
std::optional<List> find_list(soci::session& sql, std::int64_t id);
std::vector<List> all_lists(soci::session& sql);
ListCounts counts_of(soci::session& sql, std::int64_t list_id);
// The consent text of a version, as it was shown.
ByLanguage consent_text(soci::session& sql, std::int64_t list_id, int version);

// --- Subscribers ---
struct SignUp {
  std::string email, name, lang = "fr", ip;
};
struct SignUpOutcome {
  std::int64_t subscriber_id = 0;
  bool send_confirmation = false;  // false: already confirmed, or bounced (never mailed again by this list)
};
// A sign-up records the consent version shown, the time and the address it came from; a new sign-up of a
// pending or unsubscribed address starts the double opt-in again (new evidence), a confirmed one is left as it is.
SignUpOutcome sign_up(soci::session& sql, const List& list, const SignUp& s, std::int64_t now);
std::optional<Subscriber> find_subscriber(soci::session& sql, std::int64_t id);
// Pending -> confirmed (time and address kept). False when the subscriber is not pending.
bool confirm(soci::session& sql, std::int64_t id, const std::string& ip, std::int64_t now);
// Confirmed or pending -> unsubscribed (with the campaign whose link was used, 0: none). Idempotent.
bool unsubscribe(soci::session& sql, std::int64_t id, std::int64_t campaign_id, std::int64_t now);
bool mark_bounced(soci::session& sql, std::int64_t id, std::int64_t now);
// Subscribers whose newsletter messages could not be delivered (outbox 'failed') become bounced.
int record_bounces(soci::session& sql, std::int64_t now);

// --- Campaigns ---
std::int64_t save_campaign(soci::session& sql, Campaign& c, std::int64_t now);
std::optional<Campaign> find_campaign(soci::session& sql, std::int64_t id);
std::vector<Campaign> campaigns_of(soci::session& sql, std::int64_t list_id);
Figures figures_of(soci::session& sql, std::int64_t campaign_id);
// Draft -> sending, with the rate it is sent at. False when it is not a draft.
bool start_sending(soci::session& sql, std::int64_t campaign_id, int rate_per_minute, std::int64_t now);
// Up to `limit` confirmed subscribers of the campaign's list not yet given a delivery, by id: each is claimed
// by inserting its delivery row (the primary key refuses a second one).
std::vector<Subscriber> next_recipients(soci::session& sql, const Campaign& c, int limit);
void record_delivery(soci::session& sql, std::int64_t campaign_id, std::int64_t subscriber_id, std::int64_t outbox_id,
                     std::int64_t now);
// Claims this minute's batch of a sending campaign: true once a minute at most (moves next_batch_at on).
bool claim_batch(soci::session& sql, std::int64_t campaign_id, std::int64_t now);
void finish_sending(soci::session& sql, std::int64_t campaign_id, std::int64_t now);

}  // namespace maillage::newsletters
