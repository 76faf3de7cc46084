-- Platform tables: settings, audit log, mail outbox, background jobs, login attempts.
CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Who did what, when, to what, from where: logins, role changes, reads of sensitive data.
CREATE TABLE audit_log (
  id %ID%,
  at BIGINT NOT NULL,
  user_id BIGINT,
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);

-- Every e-mail (and later SMS) goes through the outbox: written in the same transaction as the change that
-- causes it, sent by a background job.
CREATE TABLE outbox (
  id %ID%,
  created_at BIGINT NOT NULL,
  channel TEXT NOT NULL DEFAULT 'email',
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  attachment_name TEXT NOT NULL DEFAULT '',
  attachment_type TEXT NOT NULL DEFAULT '',
  attachment TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'queued',
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  sent_at BIGINT
);
CREATE INDEX outbox_created ON outbox (created_at);

-- Background jobs: claimed with a lease so that two servers never run the same job at once.
CREATE TABLE jobs (
  id %ID%,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '',
  unique_key TEXT UNIQUE,
  status TEXT NOT NULL DEFAULT 'queued',
  run_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 6,
  locked_by TEXT,
  locked_until BIGINT,
  last_error TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX jobs_due ON jobs (status, run_at);

CREATE TABLE login_attempts (
  id %ID%,
  subject_key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (subject_key, at);
