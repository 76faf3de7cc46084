-- Population facts per commune or quarter and year ("responsabilite populationnelle"), imported by
-- `maillage import-population FILE.csv` from the figures of Statbel / IBSA. One row per territory and year: a
-- re-import of the same year replaces it. Age bands and indicators may be unknown (NULL); the indicators are
-- shares in percent, summed over a territory weighted by population.
CREATE TABLE population_facts (
  territory_type TEXT NOT NULL,
  code TEXT NOT NULL,
  year INTEGER NOT NULL,
  source TEXT NOT NULL,
  population BIGINT NOT NULL,
  age_0_17 BIGINT,
  age_18_64 BIGINT,
  age_65_79 BIGINT,
  age_80_plus BIGINT,
  unemployment_rate DOUBLE PRECISION,
  increased_reimbursement_share DOUBLE PRECISION,
  single_person_households_share DOUBLE PRECISION,
  imported_at BIGINT NOT NULL,
  PRIMARY KEY (territory_type, code, year)
);
CREATE INDEX population_facts_year ON population_facts (year);
