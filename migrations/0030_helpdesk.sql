-- Helpdesk: the orientation lines (the regional line and one per bassin), the requests professionals bring
-- them, the orientations proposed to services of the directory, the follow-up, transfers between lines and
-- the unmet needs kept for the observatory. The person concerned is coded, never named: the only free text is
-- the question, the notes, the feedback and the requester's call-back contact, purged after the line's
-- retention period while the coded fields stay for the statistics.

-- A line is data an administrator edits. code is stable ('region', 'nord', ...): CSV and URLs use it.
CREATE TABLE helpdesk_lines (
  id %ID%,
  code TEXT NOT NULL UNIQUE,
  bassin_slug TEXT REFERENCES bassins (slug),
  name_fr TEXT NOT NULL,
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  -- weekly hours, one "day HH:MM-HH:MM" range a line; empty means weekdays 09:00-17:00 Europe/Brussels
  opening_hours TEXT NOT NULL DEFAULT '',
  retention_months INTEGER NOT NULL DEFAULT 12,
  -- SHA-256 of the phone-system token (POST /api/helpdesk/calls); empty: no hook
  call_token_hash TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- One request ("demande"). line_id is the line handling it now (it changes on an accepted transfer);
-- line_reached_id is the line the requester reached ("numéro composé"), NULL when not recorded ("non notifié").
CREATE TABLE helpdesk_requests (
  id %ID%,
  reference TEXT NOT NULL UNIQUE,
  line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  line_reached_id BIGINT REFERENCES helpdesk_lines (id),
  channel TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  requester_user_id BIGINT REFERENCES users (id),
  requester_organisation_id BIGINT REFERENCES organisations (id),
  requester_organisation_text TEXT NOT NULL DEFAULT '',
  requester_function TEXT NOT NULL DEFAULT '',
  requester_sector TEXT NOT NULL DEFAULT '',
  requester_contact TEXT NOT NULL DEFAULT '',
  person_age_band TEXT NOT NULL DEFAULT '',
  person_gender TEXT NOT NULL DEFAULT '',
  person_postal_code TEXT NOT NULL DEFAULT '',
  person_commune_nis TEXT NOT NULL DEFAULT '',
  person_bassin_slug TEXT NOT NULL DEFAULT '',
  person_languages TEXT NOT NULL DEFAULT '',
  person_status TEXT NOT NULL DEFAULT '',
  complexity TEXT NOT NULL DEFAULT 'information',
  question TEXT NOT NULL DEFAULT '',
  feedback TEXT NOT NULL DEFAULT '',
  levels_explored TEXT NOT NULL DEFAULT '',
  first_orientation_at BIGINT,
  feedback_at BIGINT,
  callback_at BIGINT,
  callback_user_id BIGINT REFERENCES users (id),
  outcome TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  closed_by BIGINT REFERENCES users (id),
  legal_hold INTEGER NOT NULL DEFAULT 0,
  purged_at BIGINT,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX helpdesk_requests_line ON helpdesk_requests (line_id, status, received_at);
CREATE INDEX helpdesk_requests_received ON helpdesk_requests (received_at);
CREATE INDEX helpdesk_requests_callback ON helpdesk_requests (callback_at);
CREATE INDEX helpdesk_requests_requester ON helpdesk_requests (requester_user_id, received_at);
CREATE INDEX helpdesk_requests_purge ON helpdesk_requests (closed_at, purged_at);

-- The request's themes, from the directory's theme vocabulary (codes), one row each so that figures by theme
-- are one GROUP BY.
CREATE TABLE helpdesk_request_themes (
  request_id BIGINT NOT NULL REFERENCES helpdesk_requests (id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  PRIMARY KEY (request_id, theme)
);
CREATE INDEX helpdesk_request_themes_theme ON helpdesk_request_themes (theme);

-- A service of the directory proposed for the request, with its reason and outcome
-- (proposed, contacted, accepted, refused, no_answer).
CREATE TABLE helpdesk_orientations (
  id %ID%,
  request_id BIGINT NOT NULL REFERENCES helpdesk_requests (id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES directory_services (id),
  reason TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT 'proposed',
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (request_id, service_id)
);

-- The request's history: every contact, note, status change, call-back set, orientation, transfer step and
-- closing, in order. note is free text (purged); kind and the coded columns stay.
CREATE TABLE helpdesk_events (
  id %ID%,
  request_id BIGINT NOT NULL REFERENCES helpdesk_requests (id) ON DELETE CASCADE,
  at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  kind TEXT NOT NULL,
  line_id BIGINT REFERENCES helpdesk_lines (id),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX helpdesk_events_request ON helpdesk_events (request_id, at);

-- A transfer from one line to another: proposed, then accepted or declined by the receiving line.
CREATE TABLE helpdesk_transfers (
  id %ID%,
  request_id BIGINT NOT NULL REFERENCES helpdesk_requests (id) ON DELETE CASCADE,
  from_line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  to_line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'proposed',
  proposed_by BIGINT REFERENCES users (id),
  proposed_at BIGINT NOT NULL,
  answered_by BIGINT REFERENCES users (id),
  answered_at BIGINT,
  answer_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX helpdesk_transfers_to ON helpdesk_transfers (to_line_id, status);
CREATE INDEX helpdesk_transfers_request ON helpdesk_transfers (request_id);

-- A need that no service could answer, kept for the observatory (coded fields and one sentence).
CREATE TABLE helpdesk_unmet_needs (
  id %ID%,
  request_id BIGINT REFERENCES helpdesk_requests (id) ON DELETE SET NULL,
  line_id BIGINT REFERENCES helpdesk_lines (id),
  bassin_slug TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL DEFAULT '',
  public TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL
);
CREATE INDEX helpdesk_unmet_needs_created ON helpdesk_unmet_needs (created_at);
