-- The head count of one session, recorded by the organiser (a weekly support group counts who came, registered or
-- not). NULL: not recorded; the offer's page then shows no figure for that session.
ALTER TABLE offer_sessions ADD COLUMN head_count INTEGER;
