-- Bounds on unconfirmed seat holds (SPEC part 4: an unconfirmed registration holds its seat for a limited time):
-- the client address a registration came from, and indexes for the two counts made under the session's lock
-- (the unconfirmed holds of one e-mail address across the platform; those of one client address in a session).
ALTER TABLE registrations ADD COLUMN client_ip TEXT NOT NULL DEFAULT '';
CREATE INDEX registrations_holds_of_address ON registrations (LOWER(email), status);
CREATE INDEX registrations_holds_of_client ON registrations (session_id, client_ip, created_at);
