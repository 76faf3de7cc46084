-- Concertation: groups of professionals who discuss situations under shared professional secrecy (Belgian
-- Criminal Code art. 458ter), their charter in numbered versions accepted per person and per organisation, the
-- pseudonymous situations of their follow-up table ("tableau de suivi") with agreements and coded outcomes,
-- their meetings with agenda and minutes, and the decision-tree answers recorded before sharing outside the
-- group. Nobody is named: a situation has a code the group chooses. Free text (summary, how the person was
-- informed, agreements, minutes) is purged after the group's retention period; codes and counts stay.

-- kind: neighbourhood, steering, case_manager_network. territory_kind: quarter, commune, bassin.
-- rhythm: weekly, biweekly, monthly, other. legal_basis: law, decree, ordinance, prosecutor.
CREATE TABLE concertation_groups (
  id %ID%,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'neighbourhood',
  territory_kind TEXT NOT NULL DEFAULT 'commune',
  territory_code TEXT NOT NULL DEFAULT '',
  bassin_slug TEXT NOT NULL DEFAULT '',
  rhythm TEXT NOT NULL DEFAULT 'monthly',
  default_minutes INTEGER NOT NULL DEFAULT 60,
  default_place TEXT NOT NULL DEFAULT '',
  default_video INTEGER NOT NULL DEFAULT 1,
  legal_basis TEXT NOT NULL DEFAULT '',
  legal_reference TEXT NOT NULL DEFAULT '',
  retention_months INTEGER NOT NULL DEFAULT 12,
  small_count_threshold INTEGER NOT NULL DEFAULT 5,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- The charter ("cadre déontologique"), one row per numbered version; the highest version is the current one.
CREATE TABLE concertation_charters (
  id %ID%,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  text_fr TEXT NOT NULL DEFAULT '',
  text_nl TEXT NOT NULL DEFAULT '',
  text_en TEXT NOT NULL DEFAULT '',
  published_by BIGINT REFERENCES users (id),
  published_at BIGINT NOT NULL,
  UNIQUE (group_id, version)
);

-- A person invited to a group for an organisation of the directory. accepted_version is the charter version
-- the person accepted (0: none yet); the person reads the group only while it is the current version and
-- the organisation's acceptance of that version is recorded too. bound_by_secrecy 0: agenda and own
-- agreements only (a neighbourhood police officer, community guards).
CREATE TABLE concertation_members (
  id %ID%,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  organiser INTEGER NOT NULL DEFAULT 0,
  bound_by_secrecy INTEGER NOT NULL DEFAULT 1,
  accepted_version INTEGER NOT NULL DEFAULT 0,
  accepted_at BIGINT,
  invited_by BIGINT REFERENCES users (id),
  invited_at BIGINT NOT NULL,
  UNIQUE (group_id, user_id)
);
CREATE INDEX concertation_members_user ON concertation_members (user_id);

-- An organisation's acceptance of a charter version: by one of its coordinators online (on_paper 0), or on
-- paper, recorded by an organiser who names who signed (signed_by).
CREATE TABLE concertation_org_acceptances (
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  version INTEGER NOT NULL,
  on_paper INTEGER NOT NULL DEFAULT 0,
  signed_by TEXT NOT NULL DEFAULT '',
  recorded_by BIGINT REFERENCES users (id),
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, organisation_id, version)
);

-- The coded outcomes of closing a situation, per group (a group edits its list; codes are stored).
CREATE TABLE concertation_outcomes (
  id %ID%,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  label_fr TEXT NOT NULL,
  label_nl TEXT NOT NULL,
  label_en TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (group_id, code)
);

-- A situation of the follow-up table. status: new, followed, closed. informed: '' (not recorded), yes, no;
-- informed_how is free text (purged). life_domains: codes "a,b".
CREATE TABLE concertation_situations (
  id %ID%,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id),
  code TEXT NOT NULL,
  presenter_user_id BIGINT REFERENCES users (id),
  presenter_organisation_id BIGINT REFERENCES organisations (id),
  age_band TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  commune_nis TEXT NOT NULL DEFAULT '',
  quarter_code TEXT NOT NULL DEFAULT '',
  bassin_slug TEXT NOT NULL DEFAULT '',
  life_domains TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'new',
  informed TEXT NOT NULL DEFAULT '',
  informed_how TEXT NOT NULL DEFAULT '',
  informed_by BIGINT REFERENCES users (id),
  case_manager_user_id BIGINT REFERENCES users (id),
  outcome TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  purged_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (group_id, code)
);
CREATE INDEX concertation_situations_group ON concertation_situations (group_id, status, created_at);
CREATE INDEX concertation_situations_purge ON concertation_situations (closed_at, purged_at);

CREATE TABLE concertation_situation_themes (
  situation_id BIGINT NOT NULL REFERENCES concertation_situations (id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  PRIMARY KEY (situation_id, theme)
);

-- An agreement ("accord"): what, who (a member or an organisation of the directory), by when (a Brussels
-- date at midnight). status: proposed, concluded, done, abandoned.
CREATE TABLE concertation_agreements (
  id %ID%,
  situation_id BIGINT NOT NULL REFERENCES concertation_situations (id) ON DELETE CASCADE,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id),
  what TEXT NOT NULL DEFAULT '',
  who_user_id BIGINT REFERENCES users (id),
  who_organisation_id BIGINT REFERENCES organisations (id),
  due_at BIGINT,
  status TEXT NOT NULL DEFAULT 'proposed',
  proposed_meeting_id BIGINT,
  concluded_meeting_id BIGINT,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX concertation_agreements_situation ON concertation_agreements (situation_id, status);
CREATE INDEX concertation_agreements_group ON concertation_agreements (group_id, status, due_at);

-- A meeting: place or video link, duration, the members present (participants) plus others counted only.
CREATE TABLE concertation_meetings (
  id %ID%,
  group_id BIGINT NOT NULL REFERENCES concertation_groups (id),
  starts_at BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 60,
  place TEXT NOT NULL DEFAULT '',
  video INTEGER NOT NULL DEFAULT 0,
  extra_participants INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX concertation_meetings_group ON concertation_meetings (group_id, starts_at);

CREATE TABLE concertation_meeting_participants (
  meeting_id BIGINT NOT NULL REFERENCES concertation_meetings (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id),
  organisation_id BIGINT REFERENCES organisations (id),
  PRIMARY KEY (meeting_id, user_id)
);

-- A situation on a meeting's agenda: announced new (is_new 1), or discussed for feedback; its minutes.
CREATE TABLE concertation_meeting_items (
  meeting_id BIGINT NOT NULL REFERENCES concertation_meetings (id) ON DELETE CASCADE,
  situation_id BIGINT NOT NULL REFERENCES concertation_situations (id) ON DELETE CASCADE,
  is_new INTEGER NOT NULL DEFAULT 0,
  minutes TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, situation_id)
);
CREATE INDEX concertation_meeting_items_situation ON concertation_meeting_items (situation_id);

-- The decision tree before sharing outside the group ("arbre de décision"): the answers and who gave them.
-- vital_interest, consent, conflict_of_interests: 1 yes, 0 no; decision: share, do_not_share.
CREATE TABLE concertation_sharing_decisions (
  id %ID%,
  situation_id BIGINT NOT NULL REFERENCES concertation_situations (id) ON DELETE CASCADE,
  organisation_id BIGINT REFERENCES organisations (id),
  vital_interest INTEGER NOT NULL DEFAULT 0,
  consent INTEGER NOT NULL DEFAULT 0,
  conflict_of_interests INTEGER NOT NULL DEFAULT 0,
  decision TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users (id),
  recorded_at BIGINT NOT NULL
);
