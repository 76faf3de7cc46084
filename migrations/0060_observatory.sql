-- The observatory: activities entered by hand (what happens outside Maillage: an atelier du changement, a
-- Conseil de l'Action du Bassin), the links of any activity (published by a part, or entered here) to an action
-- of a plan, the action plans per territory and year with their deliverables and indicators, and the needs
-- watch's observations entered by hand. territory is 'region' or a bassin slug.

CREATE TABLE observatory_activities (
  id %ID%,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 0,
  place TEXT NOT NULL DEFAULT '',
  online INTEGER NOT NULL DEFAULT 0,
  territory TEXT NOT NULL DEFAULT 'region',
  participants INTEGER NOT NULL DEFAULT 0,
  -- the organisations represented, one name a line (outside Maillage they are often not in the directory)
  organisations TEXT NOT NULL DEFAULT '',
  created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX observatory_activities_starts ON observatory_activities (starts_at);

-- Staff hours a team provided for a hand-entered activity.
CREATE TABLE observatory_activity_staff (
  activity_id BIGINT NOT NULL REFERENCES observatory_activities (id) ON DELETE CASCADE,
  team TEXT NOT NULL,
  hours DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (activity_id, team)
);

-- A plan per territory and year; copied_from keeps where a copied plan came from.
CREATE TABLE observatory_plans (
  id %ID%,
  territory TEXT NOT NULL,
  year INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  copied_from BIGINT REFERENCES observatory_plans (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (territory, year)
);

CREATE TABLE observatory_actions (
  id %ID%,
  plan_id BIGINT NOT NULL REFERENCES observatory_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  reference TEXT NOT NULL DEFAULT '',
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_nl TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  assessment TEXT NOT NULL DEFAULT '',
  perspectives TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL
);
CREATE INDEX observatory_actions_plan ON observatory_actions (plan_id, position);

-- An indicator is a definition: a data element a part publishes (element_code), over a bassin ('' = the plan's
-- territory, 'region' = the whole region) and a period (NULL bounds = the plan's year); a ratio divides it by a
-- denominator element (or a fixed denominator such as inhabitants) and multiplies (DHIS2's factor). kind
-- 'manual' has no source: its value is typed, with who and when.
CREATE TABLE observatory_indicators (
  id %ID%,
  action_id BIGINT NOT NULL REFERENCES observatory_actions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'element',
  element_code TEXT NOT NULL DEFAULT '',
  bassin TEXT NOT NULL DEFAULT '',
  period_from BIGINT,
  period_to BIGINT,
  denominator_code TEXT NOT NULL DEFAULT '',
  denominator_value DOUBLE PRECISION,
  multiplier DOUBLE PRECISION NOT NULL DEFAULT 1,
  manual_value DOUBLE PRECISION,
  manual_note TEXT NOT NULL DEFAULT '',
  entered_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  entered_by_name TEXT NOT NULL DEFAULT '',
  entered_at BIGINT
);
CREATE INDEX observatory_indicators_action ON observatory_indicators (action_id, position);

-- A deliverable: its text ("rencontres"), its target (3) and the indicator that says what was achieved.
CREATE TABLE observatory_deliverables (
  id %ID%,
  action_id BIGINT NOT NULL REFERENCES observatory_actions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  target DOUBLE PRECISION,
  indicator_id BIGINT REFERENCES observatory_indicators (id) ON DELETE SET NULL
);
CREATE INDEX observatory_deliverables_action ON observatory_deliverables (action_id, position);

-- An activity attached to an action: source 'observatory' with ref 'activity:ID' for one entered here, else
-- the publishing part's source and ref.
CREATE TABLE observatory_activity_links (
  action_id BIGINT NOT NULL REFERENCES observatory_actions (id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  ref TEXT NOT NULL,
  linked_at BIGINT NOT NULL,
  PRIMARY KEY (action_id, source, ref)
);
CREATE INDEX observatory_activity_links_ref ON observatory_activity_links (source, ref);

-- The needs watch: observations entered by hand (the parts' own arrive through the publishing interface).
CREATE TABLE observatory_needs (
  id %ID%,
  theme TEXT NOT NULL DEFAULT '',
  public_group TEXT NOT NULL DEFAULT '',
  territory TEXT NOT NULL DEFAULT 'region',
  sentence TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'manual',
  observed_at BIGINT NOT NULL,
  created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_by_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX observatory_needs_observed ON observatory_needs (observed_at);
