-- The statistics read a year of requests by their coded columns only: one covering index on the reception time
-- and those columns lets SQLite and PostgreSQL answer every grouping of the page from the index, without reading
-- the rows (with their free text). Measured with 100,000 requests (20,000 in the year shown): see docs/helpdesk.md.
CREATE INDEX helpdesk_requests_statistics ON helpdesk_requests (received_at, line_reached_id, line_id, channel, complexity, requester_sector, status, outcome, person_bassin_slug, person_age_band, first_orientation_at, feedback_at);
-- The latest change to any request, read at each statistics page to know whether the figures kept in memory
-- still hold (MAX(updated_at) from this index instead of a scan of every request).
CREATE INDEX helpdesk_requests_updated ON helpdesk_requests (updated_at);
