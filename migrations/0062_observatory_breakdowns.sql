-- An indicator may be broken down by territory: its value for the region and for each bassin side by side (a
-- table and a chart on the action's page and in the report's annex). A ratio's denominator may be the
-- population of the territory computed (denominator_code 'population', from the territory's population facts).
ALTER TABLE observatory_indicators ADD COLUMN by_territory INTEGER NOT NULL DEFAULT 0;
