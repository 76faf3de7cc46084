-- The territory: region -> 5 bassins -> 19 communes -> postal codes. Data the operator corrects (see
-- /admin/territory), loaded from share/territory on first migration.
CREATE TABLE bassins (
  slug TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL,
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE communes (
  nis TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL,
  name_nl TEXT NOT NULL,
  outline TEXT NOT NULL DEFAULT ''
);

-- A postal code belongs to one commune and one bassin; Bruxelles-Ville's codes go to different bassins.
CREATE TABLE postal_codes (
  code TEXT PRIMARY KEY,
  commune_nis TEXT NOT NULL REFERENCES communes (nis),
  bassin_slug TEXT NOT NULL REFERENCES bassins (slug),
  label_fr TEXT NOT NULL,
  label_nl TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  lng DOUBLE PRECISION NOT NULL,
  updated_at BIGINT,
  updated_by BIGINT
);
CREATE INDEX postal_codes_bassin ON postal_codes (bassin_slug);
