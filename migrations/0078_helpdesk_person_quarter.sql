-- The person concerned can be placed in a quarter (issue 14): the responder types the quarter's name where a postal
-- code or a commune goes ("Louise"), the quarter gives the commune and the bassin (it overrides the postal code's),
-- and the figures of a zone made of quarters count the request. Coded like the commune: never purged.
-- Numbered out of the helpdesk's range 0030-0039, which is full.
ALTER TABLE helpdesk_requests ADD COLUMN person_quarter_code TEXT NOT NULL DEFAULT '';
-- The figures of a zone select the requests of its quarters as they select those of its communes (0033).
CREATE INDEX helpdesk_requests_quarter ON helpdesk_requests (person_quarter_code, received_at, line_reached_id, line_id, channel);
-- The home's call-back lists are ordered by (callback_at, id) and cut at one page. SQLite keeps the rowid (id) in
-- every index, PostgreSQL does not: it read every due call-back of the line (366 heap rows and as many
-- organisations in the benchmark) and sorted them to keep twenty. With id in the index both stop after the page.
DROP INDEX helpdesk_requests_callbacks;
CREATE INDEX helpdesk_requests_callbacks ON helpdesk_requests (line_id, status, callback_at, id);
DROP INDEX helpdesk_requests_callback_user;
CREATE INDEX helpdesk_requests_callback_user ON helpdesk_requests (callback_user_id, status, callback_at, id);
-- The observatory's pass over the year's contacts (helpdesk/publishing.cpp) groups by the person's quarter too: the
-- index of 0064 gets the quarter before the reception time, so that SQLite still reads the groups off it, covering.
DROP INDEX helpdesk_requests_reached_commune;
CREATE INDEX helpdesk_requests_reached_commune ON helpdesk_requests (line_reached_id, channel, person_commune_nis, person_quarter_code, received_at);
