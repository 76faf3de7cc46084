-- Accounts: users, organisations (the directory extends them), memberships, scoped roles, sessions and
-- one-time tokens (password links and invitations).
CREATE TABLE organisations (
  id %ID%,
  name TEXT NOT NULL,
  postal_code TEXT REFERENCES postal_codes (code),
  created_at BIGINT NOT NULL
);

CREATE TABLE users (
  id %ID%,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'fr',
  password_hash TEXT NOT NULL DEFAULT '',
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  last_login_at BIGINT
);

CREATE TABLE memberships (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, organisation_id)
);

-- One grant table for every scoped role: administrator (region), coordinator of a bassin or of the region,
-- and later responder of a helpdesk line or member of a concertation group.
CREATE TABLE grants (
  id %ID%,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  scope_type TEXT NOT NULL DEFAULT 'region',
  scope_id TEXT NOT NULL DEFAULT '',
  granted_by BIGINT,
  granted_at BIGINT NOT NULL,
  UNIQUE (user_id, role, scope_type, scope_id)
);

-- Sessions live in the database so that several servers share them; only a hash of the cookie is stored.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  ip TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_tokens (
  token_hash TEXT PRIMARY KEY,
  purpose TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
  email TEXT NOT NULL DEFAULT '',
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX one_time_tokens_org ON one_time_tokens (organisation_id, purpose);
