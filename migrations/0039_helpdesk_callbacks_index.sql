-- The helpdesk's home lists a line's open requests due for a call-back, by call-back time. With the line, the
-- status and the time in one index both engines read those entries in order (no sort); before, SQLite walked
-- every planned call-back of every line and PostgreSQL intersected two bitmaps then sorted. Figures:
-- docs/helpdesk.md.
CREATE INDEX helpdesk_requests_callbacks ON helpdesk_requests (line_id, status, callback_at);
