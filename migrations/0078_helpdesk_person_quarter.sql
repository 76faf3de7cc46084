-- The person concerned can be placed in a quarter (issue 14): the responder types the quarter's name where a postal
-- code or a commune goes ("Louise"), the quarter gives the commune and the bassin (it overrides the postal code's),
-- and the figures of a zone made of quarters count the request. Coded like the commune: never purged.
-- Numbered out of the helpdesk's range 0030-0039, which is full.
ALTER TABLE helpdesk_requests ADD COLUMN person_quarter_code TEXT NOT NULL DEFAULT '';
-- The figures of a zone select the requests of its quarters as they select those of its communes (0033).
CREATE INDEX helpdesk_requests_quarter ON helpdesk_requests (person_quarter_code, received_at, line_reached_id, line_id, channel);
