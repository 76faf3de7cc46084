-- Newsletters: lists per bassin, network or theme, subscribers with the evidence of their consent (double
-- opt-in), campaigns and one row per campaign and subscriber (the primary key is what keeps anyone from being
-- mailed twice by one campaign).

-- scope_type: 'region', 'bassin' (scope_id = bassin slug), 'network' (scope_id = a name), 'theme' (scope_id = a
-- code of the directory's themes).
CREATE TABLE newsletter_lists (
  id %ID%,
  scope_type TEXT NOT NULL,
  scope_id TEXT NOT NULL DEFAULT '',
  name_fr TEXT NOT NULL DEFAULT '',
  name_nl TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_nl TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  consent_version INTEGER NOT NULL DEFAULT 1,
  created_by BIGINT,
  created_at BIGINT NOT NULL
);

-- Every version of a list's consent text, kept whole: a subscriber's evidence names the version they saw.
CREATE TABLE newsletter_consent_texts (
  list_id BIGINT NOT NULL REFERENCES newsletter_lists (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  text_fr TEXT NOT NULL DEFAULT '',
  text_nl TEXT NOT NULL DEFAULT '',
  text_en TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  PRIMARY KEY (list_id, version)
);

-- status: 'pending' (signed up, confirmation mail sent), 'confirmed', 'unsubscribed', 'bounced'. Only confirmed
-- subscribers are mailed by campaigns; an unsubscribed or bounced address stays so for this list.
CREATE TABLE newsletter_subscribers (
  id %ID%,
  list_id BIGINT NOT NULL REFERENCES newsletter_lists (id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'fr',
  status TEXT NOT NULL DEFAULT 'pending',
  consent_version INTEGER NOT NULL,
  consent_lang TEXT NOT NULL DEFAULT 'fr',
  signed_up_at BIGINT NOT NULL,
  signup_ip TEXT NOT NULL DEFAULT '',
  confirmed_at BIGINT,
  confirm_ip TEXT NOT NULL DEFAULT '',
  unsubscribed_at BIGINT,
  unsubscribed_campaign_id BIGINT,
  bounced_at BIGINT
);
CREATE UNIQUE INDEX newsletter_subscribers_once ON newsletter_subscribers (list_id, email);
CREATE INDEX newsletter_subscribers_status ON newsletter_subscribers (list_id, status, id);

-- status: 'draft', 'sending', 'sent'. Subject and Markdown body per language; include_agenda adds the block of
-- the list's upcoming agenda items. next_batch_at: a batch claims the minute by moving it (one batch a minute,
-- whatever the number of jobs or servers).
CREATE TABLE newsletter_campaigns (
  id %ID%,
  list_id BIGINT NOT NULL REFERENCES newsletter_lists (id) ON DELETE CASCADE,
  subject_fr TEXT NOT NULL DEFAULT '',
  subject_nl TEXT NOT NULL DEFAULT '',
  subject_en TEXT NOT NULL DEFAULT '',
  body_fr TEXT NOT NULL DEFAULT '',
  body_nl TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT '',
  include_agenda INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL DEFAULT 'draft',
  rate_per_minute INTEGER NOT NULL DEFAULT 0,
  next_batch_at BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  test_sent_at BIGINT,
  started_at BIGINT,
  finished_at BIGINT
);
CREATE INDEX newsletter_campaigns_list ON newsletter_campaigns (list_id, created_at);

-- One row per campaign and subscriber, written when the message is put in the outbox: the primary key refuses
-- a second message to the same subscriber for the same campaign, whatever the number of sending jobs.
CREATE TABLE newsletter_deliveries (
  campaign_id BIGINT NOT NULL REFERENCES newsletter_campaigns (id) ON DELETE CASCADE,
  subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
  outbox_id BIGINT,
  queued_at BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, subscriber_id)
);
CREATE INDEX newsletter_deliveries_outbox ON newsletter_deliveries (outbox_id);
