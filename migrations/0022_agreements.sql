-- Agreements between the parties of a registration, one row per party with its consent (who recorded it, who
-- agreed, when): immersions (the host institution and the sending one, marked signed by the organiser from the
-- signed paper) and communities of practice (the organiser, the participant and the employer, each agreeing on
-- the platform). Replaces immersion_agreements, whose rows are carried over below.
CREATE TABLE agreements (
  id %ID%,
  kind TEXT NOT NULL,
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  registration_id BIGINT REFERENCES registrations (id) ON DELETE SET NULL,
  conditions TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  completed_at BIGINT,
  -- The immersion_agreements row this one was carried over from: the only key that joins an old agreement to
  -- its parties on both engines (ids are not kept, so that PostgreSQL's sequence stays right).
  carried_from BIGINT
);
CREATE INDEX agreements_registration ON agreements (registration_id);
CREATE INDEX agreements_offer ON agreements (offer_id, kind);

-- party: 'organiser' (the offer's organising organisation; for an immersion the host), 'participant', 'employer'
-- (the participant's organisation; for an immersion the sending institution). agreed_by is the account that
-- recorded the consent (none by the private link of a registration); agreed_by_name keeps who it was.
CREATE TABLE agreement_parties (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  party TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  agreed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  agreed_by_name TEXT NOT NULL DEFAULT '',
  agreed_at BIGINT,
  PRIMARY KEY (agreement_id, party)
);
CREATE INDEX agreement_parties_waiting ON agreement_parties (organisation_id, party, agreed_at);

INSERT INTO agreements (kind, offer_id, registration_id, conditions, created_at, completed_at, carried_from)
  SELECT 'immersion', offer_id, registration_id, conditions, created_at,
         CASE WHEN status = 'signed' THEN COALESCE(signed_at, created_at) END, id
  FROM immersion_agreements;
INSERT INTO agreement_parties (agreement_id, party, organisation_id, agreed_at)
  SELECT a.id, 'organiser', i.host_organisation_id, a.completed_at
  FROM agreements a JOIN immersion_agreements i ON i.id = a.carried_from;
INSERT INTO agreement_parties (agreement_id, party, organisation_id, agreed_at)
  SELECT a.id, 'employer', i.sending_organisation_id, a.completed_at
  FROM agreements a JOIN immersion_agreements i ON i.id = a.carried_from;
DROP TABLE immersion_agreements;
