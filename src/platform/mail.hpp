// Mail: messages are written to the outbox in the caller's transaction and sent by a background job, through
// SMTP (libcurl) when configured, else into a local folder (development) that administrators read at
// /admin/outbox.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace maillage {

class App;
class Jobs;
struct JobRun;

struct Mail {
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
  std::string attachment_name;
  std::string attachment_type;  // e.g. "text/calendar"
  std::string attachment;
  // Extra header lines (e.g. RFC 8058 List-Unsubscribe and List-Unsubscribe-Post); line breaks are dropped.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string html;  // an HTML alternative of the body (multipart/alternative), when not empty
};

// Renders templates/mail/<name>.txt in a language: its first line is the subject, the rest the body.
Mail compose_mail(App& app, const std::string& lang, const std::string& name, const Dictionary& dict,
                  const std::string& to);
// Queues a message and the job that sends it, inside the caller's transaction. Returns the outbox id.
std::int64_t queue_mail(soci::session& sql, const Mail& mail);
// The same, when nobody needs the outbox id: on PostgreSQL the message and its job are written together with the
// transaction's COMMIT, in its round trip (defer_until_commit, platform/db.hpp), so that a unit of work holding a
// lock (a registration's seats) releases it one round trip sooner. At once on SQLite, or outside a transaction.
void queue_mail_at_commit(soci::session& sql, const Mail& mail);
// The RFC 5322 text of an outbox message (used for SMTP and for the development folder).
std::string mime_message(const Mail& mail, const std::string& from, std::int64_t id);
// Registers the "mail.send" job.
void register_mail_jobs(Jobs& jobs);
bool looks_like_email(const std::string& s);

}  // namespace maillage
