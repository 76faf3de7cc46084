-- After a session: the people marked present are thanked once by e-mail with their private link (questionnaire
-- and certificate), and the questionnaire's questions are set by administrators (per offer type) and organisers
-- (per offer).

-- When the "thank you for coming" message was queued: an organiser who unmarks and marks again sends nothing more.
ALTER TABLE registrations ADD COLUMN evaluation_mailed_at BIGINT;

-- A removed question is retired, not deleted: it leaves the questionnaire, its answers stay in the results.
ALTER TABLE evaluation_questions ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
CREATE INDEX evaluation_questions_offer ON evaluation_questions (offer_id, offer_type);
