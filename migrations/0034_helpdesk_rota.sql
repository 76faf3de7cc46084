-- Helpdesk rota ("permanences par demi-jour"): half-day shifts per line on weekdays (morning 09:00-13:00,
-- afternoon 13:00-17:00, Brussels time), held by one responder each; the responders' absences and holidays
-- (a shift inside one shows as uncovered); the gaps already mailed to the line's coordinators; and the private
-- calendar feed of each responder's shifts.

-- One row per taken shift. The unique index is what makes two responders taking the same shift at once end
-- with exactly one holder.
CREATE TABLE helpdesk_shifts (
  id %ID%,
  line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  -- the Brussels date 'YYYY-MM-DD' and the half: 'am' (09:00-13:00) or 'pm' (13:00-17:00)
  day TEXT NOT NULL,
  half TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  -- the coordinator who assigned it; NULL when the responder signed up
  assigned_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX helpdesk_shifts_slot ON helpdesk_shifts (line_id, day, half);
CREATE INDEX helpdesk_shifts_user ON helpdesk_shifts (user_id, day);

-- A responder away for a period (inclusive Brussels dates): kind 'absence' or 'holiday'.
CREATE TABLE helpdesk_absences (
  id %ID%,
  user_id BIGINT NOT NULL REFERENCES users (id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'absence',
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL
);
CREATE INDEX helpdesk_absences_user ON helpdesk_absences (user_id, ends_on);

-- Each uncovered shift is mailed once to the line's coordinators.
CREATE TABLE helpdesk_rota_gap_notices (
  line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  day TEXT NOT NULL,
  half TEXT NOT NULL,
  notified_at BIGINT NOT NULL,
  PRIMARY KEY (line_id, day, half)
);

-- A responder's calendar feed (/helpdesk/rota/feed/TOKEN.ics): only the SHA-256 of the token is kept; a new
-- link replaces the old one.
CREATE TABLE helpdesk_rota_feeds (
  user_id BIGINT NOT NULL PRIMARY KEY REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
