-- A consent given on paper and recorded on the platform by an organiser of the offer (the employer's signed
-- convention when nobody can, or will, agree for it here; a participant who cannot use their link): who signed
-- it and in what function. agreed_by and agreed_by_name are then the organiser who recorded it, agreed_at when.
-- Empty for a consent given on the platform.
ALTER TABLE agreement_parties ADD COLUMN paper_signatory TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement_parties ADD COLUMN paper_function TEXT NOT NULL DEFAULT '';
