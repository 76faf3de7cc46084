-- The helpdesk's home shows bounded, paged lists with their counts. "To call back today: mine" is read and
-- counted on the responder's own call-backs (user, status, time) instead of every due call-back of the lines.
CREATE INDEX helpdesk_requests_callback_user ON helpdesk_requests (callback_user_id, status, callback_at);
-- A legal hold has a reason, shown on the request (blanked when the hold is lifted; the history keeps it until the
-- request's purge).
ALTER TABLE helpdesk_requests ADD COLUMN legal_hold_reason TEXT NOT NULL DEFAULT '';
-- The figures of a zone (issue 14) select the requests by the person's commune: one range of this index per
-- commune of the zone and period, with the columns of the networks' table, instead of every request of the period.
CREATE INDEX helpdesk_requests_commune ON helpdesk_requests (person_commune_nis, received_at, line_reached_id, line_id, channel);
