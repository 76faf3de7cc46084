// Mail that comes back: delivery status notifications (RFC 3464 multipart/report) and the common non-standard
// bounces that quote the original message. Each is matched to the subscriber it was sent to — by the original's
// Message-ID, which the outbox recorded when it sent it, else by the signed unsubscribe link of its
// List-Unsubscribe header (and the failed address with the campaign's list) — and counted: a permanent failure
// (5.x.x) marks the subscriber bounced at once, a temporary one (4.x.x) on the third within 30 days. Read from
// files (`maillage ingest-bounces`) or posted by a mail server (`POST /api/newsletters/bounces`).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

namespace maillage {
class App;
struct RequestContext;
struct Response;
}  // namespace maillage

namespace maillage::newsletters {

constexpr int kSoftBouncesToBounce = 3;
constexpr std::int64_t kSoftBounceWindowSeconds = 30 * 86400;

enum class BounceKind { None, Soft, Hard };

// What one message says (pure reading, no database).
struct BounceReading {
  bool readable = false;  // a mail message at all
  bool standard = false;  // an RFC 3464 delivery status notification
  BounceKind kind = BounceKind::None;
  std::string status;      // "5.1.1", "4.2.2", or "" when the text gave no code
  std::string recipient;   // the address that failed, lower-case ("" when not said)
  std::string diagnostic;  // the remote server's words, at most 300 bytes
  std::vector<std::string> original_message_ids;  // "<...>", of the message that could not be delivered
  std::vector<std::string> unsubscribe_tokens;    // from its List-Unsubscribe (or the quoted text)
  std::string report_id;   // the notification's own Message-ID, else a hash of its text: read twice, counted once
};
BounceReading read_bounce(const std::string& raw);

enum class BounceOutcome {
  Bounced,         // the subscriber is now bounced
  SoftCounted,     // a temporary failure counted, not yet the third
  AlreadyBounced,  // the subscriber was bounced already
  AlreadyCounted,  // this very notification was read before
  NotABounce,      // a message, but no failure (delivered, relayed, an automatic reply...)
  NoMatch,         // a failure of no message the newsletters sent
  Unreadable,      // not a mail message
};
const char* outcome_code(BounceOutcome outcome);  // "bounced", "soft", "already_bounced", ...

struct BounceResult {
  BounceOutcome outcome = BounceOutcome::Unreadable;
  std::int64_t subscriber_id = 0, list_id = 0;
  int soft_in_window = 0;  // temporary failures of this subscriber in the last 30 days, this one included
  BounceReading reading;
};
// Matches and counts one notification in the caller's transaction.
BounceResult apply_bounce(App& app, soci::session& sql, const BounceReading& reading, std::int64_t now);
// Reads and applies one message in its own transaction.
BounceResult ingest_bounce(App& app, const std::string& raw, std::int64_t now);

// Every message of PATH: one file (.eml), a maildir (its new/ and cur/ folders) or a folder of files. Files are left
// as they are: reading them again counts nothing twice.
struct IngestedFile {
  std::string path;
  BounceResult result;
};
std::vector<IngestedFile> ingest_bounce_path(App& app, const std::string& path, std::int64_t now);

// POST /api/newsletters/bounces: the raw message as the body, `Authorization: Bearer MAILLAGE_BOUNCE_TOKEN`.
Response api_bounce(RequestContext& ctx);

}  // namespace maillage::newsletters
