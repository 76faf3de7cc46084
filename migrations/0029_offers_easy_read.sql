-- Easy-to-read texts of an offer for service users and their relatives (short sentences, everyday words), in
-- fr/nl/en: shown above the description on the offer's page and in the paper programme.
ALTER TABLE offers ADD COLUMN easy_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN easy_nl TEXT NOT NULL DEFAULT '';
ALTER TABLE offers ADD COLUMN easy_en TEXT NOT NULL DEFAULT '';
