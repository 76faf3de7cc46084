-- Incoming calls reported by a line's phone system (POST /api/helpdesk/calls, a token per line): the responder
-- opens the intake already filled from one. The caller's number is blanked by the retention purge a month after
-- the call; the coded rest stays.
CREATE TABLE helpdesk_calls (
  id %ID%,
  line_id BIGINT NOT NULL REFERENCES helpdesk_lines (id),
  received_at BIGINT NOT NULL,
  caller_number TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'new',
  request_id BIGINT REFERENCES helpdesk_requests (id) ON DELETE SET NULL,
  taken_by BIGINT REFERENCES users (id),
  purged_at BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX helpdesk_calls_line ON helpdesk_calls (line_id, status, received_at);
