-- Sessions on request (Brus'Info): an organisation asks for an information session on a theme at its premises;
-- the bassin team (or the region's, by theme) accepts it and schedules it as a session of an offer.
-- bassin: the care area of the premises (from the postal code), 'region' when outside or unknown.
-- status: 'new', 'scheduled' (session_id set), 'declined'.
CREATE TABLE session_requests (
  id %ID%,
  organisation_name TEXT NOT NULL,
  contact_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  theme TEXT NOT NULL DEFAULT '',
  bassin TEXT NOT NULL DEFAULT 'region',
  place TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  wished TEXT NOT NULL DEFAULT '',
  participants INTEGER NOT NULL DEFAULT 0,
  message TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'fr',
  user_id BIGINT,
  status TEXT NOT NULL DEFAULT 'new',
  decided_by BIGINT,
  decided_at BIGINT,
  decline_reason TEXT NOT NULL DEFAULT '',
  session_id BIGINT REFERENCES offer_sessions (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX session_requests_bassin ON session_requests (bassin, status, created_at);
