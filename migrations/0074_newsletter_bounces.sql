-- Delivery status notifications read back (newsletters/bounces.hpp). The outbox keeps the Message-ID it sent each
-- message with, so that a notification quoting it names the message, hence the subscriber. Each failure read is
-- kept once per notification (report_id: its own Message-ID, else a hash of its text): a permanent one marks the
-- subscriber bounced, the third temporary one within 30 days too.
ALTER TABLE outbox ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_message_id ON outbox (message_id);

CREATE TABLE newsletter_bounces (
  id %ID%,
  subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
  report_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT '',
  recipient TEXT NOT NULL DEFAULT '',
  diagnostic TEXT NOT NULL DEFAULT '',
  received_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX newsletter_bounces_once ON newsletter_bounces (subscriber_id, report_id);
CREATE INDEX newsletter_bounces_window ON newsletter_bounces (subscriber_id, kind, received_at);
