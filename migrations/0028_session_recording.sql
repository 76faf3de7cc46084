-- A replay: the recording of a session that took place (a webinar's video), shown on the offer's page.
ALTER TABLE offer_sessions ADD COLUMN recording_url TEXT NOT NULL DEFAULT '';
