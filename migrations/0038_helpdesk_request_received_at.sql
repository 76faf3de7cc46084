-- The request's reception time copied onto its themes and its orientations (it never changes after intake), so
-- that a period's figures by theme and by orientation outcome read one range of an index instead of looking up
-- every request of the period in the other table (a year of 20,000 requests: 22 ms of CPU for the themes, 17 ms
-- for the orientations). Written with each row, from the request, by the statement that inserts it.
ALTER TABLE helpdesk_request_themes ADD COLUMN request_received_at BIGINT;
ALTER TABLE helpdesk_orientations ADD COLUMN request_received_at BIGINT;
UPDATE helpdesk_request_themes SET request_received_at = (SELECT r.received_at FROM helpdesk_requests r WHERE r.id = helpdesk_request_themes.request_id);
UPDATE helpdesk_orientations SET request_received_at = (SELECT r.received_at FROM helpdesk_requests r WHERE r.id = helpdesk_orientations.request_id);
CREATE INDEX helpdesk_request_themes_received ON helpdesk_request_themes (request_received_at, theme);
CREATE INDEX helpdesk_orientations_received ON helpdesk_orientations (request_received_at, outcome);
