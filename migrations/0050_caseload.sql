-- Caseload: mobile teams, Housing First teams and case-manager services follow their people, pseudonymised.
-- A team belongs to an organisation of the directory; its members hold a grant "caseload" scoped to the team
-- (scope_type 'team', scope_id = the team id), its coordinators "caseload_coordinator" on the same scope. The
-- people are codes, never names; the only free text is the notes of requests, episodes and contacts, purged
-- after the team's retention period while the coded fields stay for the figures.

CREATE TABLE caseload_teams (
  id %ID%,
  name TEXT NOT NULL,
  -- mobile_team, housing_first, case_management
  kind TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations (id),
  -- a bassin slug, '' for the region
  territory TEXT NOT NULL DEFAULT '',
  -- full-time equivalents of the team, for "people per FTE"
  fte DOUBLE PRECISION NOT NULL DEFAULT 0,
  -- a re-score is refused before this many days after the previous score of the episode
  rescore_min_days INTEGER NOT NULL DEFAULT 90,
  -- a person without contact for this many days is "no news"
  no_news_days INTEGER NOT NULL DEFAULT 91,
  retention_months INTEGER NOT NULL DEFAULT 24,
  small_count_threshold INTEGER NOT NULL DEFAULT 5,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);

-- The team's vocabularies: reason (life domains), profile, refusal, contact_type, instrument, network_role.
-- builtin = 1: label is a catalogue msgid (the defaults), else the team's own words.
CREATE TABLE caseload_terms (
  id %ID%,
  team_id BIGINT NOT NULL REFERENCES caseload_teams (id),
  vocabulary TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  -- instruments: the range of a score
  min_value INTEGER NOT NULL DEFAULT 0,
  max_value INTEGER NOT NULL DEFAULT 0,
  -- instruments: 1 when a higher score is better (GAF), 0 when lower is better (WHODAS)
  higher_better INTEGER NOT NULL DEFAULT 1,
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (team_id, vocabulary, code)
);

-- A request to the team ("demande"): pending, accepted (an episode follows), refused (coded), oriented.
CREATE TABLE caseload_requests (
  id %ID%,
  team_id BIGINT NOT NULL REFERENCES caseload_teams (id),
  received_at BIGINT NOT NULL,
  from_organisation_id BIGINT REFERENCES organisations (id),
  from_organisation_text TEXT NOT NULL DEFAULT '',
  from_sector TEXT NOT NULL DEFAULT '',
  person_code TEXT NOT NULL,
  age_band TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  commune_nis TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT 'pending',
  refusal_reason TEXT NOT NULL DEFAULT '',
  decided_at BIGINT,
  episode_id BIGINT,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  closed_at BIGINT,
  purged_at BIGINT,
  legal_hold INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX caseload_requests_team ON caseload_requests (team_id, received_at);

-- Services of the directory a request was oriented to.
CREATE TABLE caseload_request_orientations (
  request_id BIGINT NOT NULL REFERENCES caseload_requests (id),
  service_id BIGINT NOT NULL REFERENCES directory_services (id),
  PRIMARY KEY (request_id, service_id)
);

-- A person followed (an episode of care, as FHIR's EpisodeOfCare).
CREATE TABLE caseload_episodes (
  id %ID%,
  team_id BIGINT NOT NULL REFERENCES caseload_teams (id),
  request_id BIGINT REFERENCES caseload_requests (id),
  person_code TEXT NOT NULL,
  age_band TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  commune_nis TEXT NOT NULL DEFAULT '',
  worker_user_id BIGINT REFERENCES users (id),
  started_at BIGINT NOT NULL,
  ended_at BIGINT,
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  purged_at BIGINT,
  legal_hold INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX caseload_episodes_team ON caseload_episodes (team_id, started_at);

CREATE TABLE caseload_episode_profiles (
  episode_id BIGINT NOT NULL REFERENCES caseload_episodes (id),
  code TEXT NOT NULL,
  PRIMARY KEY (episode_id, code)
);

-- The network around the person: organisations of the directory with their role.
CREATE TABLE caseload_network (
  id %ID%,
  episode_id BIGINT NOT NULL REFERENCES caseload_episodes (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX caseload_network_episode ON caseload_network (episode_id);

-- Functioning scores: the entry score (is_entry = 1) and dated re-scores of the same instrument.
CREATE TABLE caseload_scores (
  id %ID%,
  episode_id BIGINT NOT NULL REFERENCES caseload_episodes (id),
  instrument TEXT NOT NULL,
  score INTEGER NOT NULL,
  is_entry INTEGER NOT NULL DEFAULT 0,
  rated_at BIGINT NOT NULL,
  rater_user_id BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL
);
CREATE INDEX caseload_scores_episode ON caseload_scores (episode_id, rated_at);

-- A contact (FHIR's Encounter): held, or planned but missed (absent, cancelled by the person).
CREATE TABLE caseload_contacts (
  id %ID%,
  team_id BIGINT NOT NULL REFERENCES caseload_teams (id),
  episode_id BIGINT NOT NULL REFERENCES caseload_episodes (id),
  occurred_at BIGINT NOT NULL,
  contact_type TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 0,
  workers INTEGER NOT NULL DEFAULT 1,
  missed TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  worker_user_id BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  purged_at BIGINT
);
-- The yearly figures read the index alone (type, missed, pair and duration by team and time), and a person's last
-- contact held from the second one.
CREATE INDEX caseload_contacts_team ON caseload_contacts (team_id, occurred_at, contact_type, missed, workers, duration_minutes);
CREATE INDEX caseload_contacts_episode ON caseload_contacts (episode_id, missed, occurred_at);

-- team_id and occurred_at repeat the contact's (a contact is never moved), so that the reasons of a team's year
-- are counted from one index range without visiting the contacts.
CREATE TABLE caseload_contact_reasons (
  contact_id BIGINT NOT NULL REFERENCES caseload_contacts (id),
  code TEXT NOT NULL,
  team_id BIGINT NOT NULL,
  occurred_at BIGINT NOT NULL,
  PRIMARY KEY (contact_id, code)
);
CREATE INDEX caseload_contact_reasons_team ON caseload_contact_reasons (team_id, occurred_at, code);
