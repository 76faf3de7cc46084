-- Who an offer is for (the public agenda filters on it) and the theme it is about (a code of the directory's
-- "themes" vocabulary, so that the agenda, the newsletters and the sessions on request name themes alike).
-- audience: 'professionals' (the default: every offer so far), 'service_users' (service users and their
-- relatives), 'everyone'.
ALTER TABLE offers ADD COLUMN audience TEXT NOT NULL DEFAULT 'professionals';
ALTER TABLE offers ADD COLUMN theme TEXT NOT NULL DEFAULT '';
CREATE INDEX offer_sessions_ahead ON offer_sessions (status, starts_at);
