-- Offers and registrations: the catalogue of everything that lets professionals meet (intervision, communities
-- of practice, immersions, open-door weeks, information sessions, webinars, thematic concertations, trainings),
-- their sessions, the registrations with their rules, attendance, evaluations and open-door campaigns.

-- An open-door week of one bassin: once a year, weeks of two bassins never overlap (checked by the code, which
-- gives a clear message, see offers/rules.hpp).
CREATE TABLE opendoor_campaigns (
  id %ID%,
  bassin_slug TEXT NOT NULL REFERENCES bassins (slug),
  name TEXT NOT NULL,
  week_start BIGINT NOT NULL,
  slots_deadline BIGINT NOT NULL,
  registration_opens_at BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'preparing',
  created_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX opendoor_campaigns_week ON opendoor_campaigns (week_start);

CREATE TABLE offers (
  id %ID%,
  type TEXT NOT NULL,
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_nl TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  territory TEXT NOT NULL DEFAULT 'region',
  languages TEXT NOT NULL DEFAULT 'fr',
  sectors TEXT NOT NULL DEFAULT '',
  visibility TEXT NOT NULL DEFAULT 'public',
  status TEXT NOT NULL DEFAULT 'draft',
  capacity INTEGER NOT NULL DEFAULT 12,
  approval_required INTEGER NOT NULL DEFAULT 0,
  one_per_institution INTEGER NOT NULL DEFAULT 0,
  sector_quota INTEGER NOT NULL DEFAULT 0,
  waiting_list INTEGER NOT NULL DEFAULT 1,
  cancellation_hours INTEGER NOT NULL DEFAULT 24,
  hold_hours INTEGER NOT NULL DEFAULT 24,
  campaign_id BIGINT REFERENCES opendoor_campaigns (id),
  immersion_conditions TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX offers_type ON offers (status, type);
CREATE INDEX offers_campaign ON offers (campaign_id);

CREATE TABLE offer_organisers (
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  PRIMARY KEY (offer_id, organisation_id)
);

-- A session is one dated meeting of an offer; in an open-door week, one slot of 1h30 opened by an organisation
-- (status 'proposed' until a coordinator publishes the programme).
CREATE TABLE offer_sessions (
  id %ID%,
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  online_url TEXT NOT NULL DEFAULT '',
  host_organisation_id BIGINT REFERENCES organisations (id),
  capacity INTEGER NOT NULL,
  format TEXT NOT NULL DEFAULT 'on_site',
  theme TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open',
  reminded_at BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX offer_sessions_offer ON offer_sessions (offer_id, starts_at);
CREATE INDEX offer_sessions_starts ON offer_sessions (starts_at);

-- One row per person and session. email is stored lower-case (the account's address for a logged-in person),
-- so the unique index below is the last guard against a double registration.
CREATE TABLE registrations (
  id %ID%,
  session_id BIGINT NOT NULL REFERENCES offer_sessions (id) ON DELETE CASCADE,
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  organisation_name TEXT NOT NULL DEFAULT '',
  function TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'fr',
  status TEXT NOT NULL,
  refusal_reason TEXT NOT NULL DEFAULT '',
  email_verified INTEGER NOT NULL DEFAULT 0,
  hold_until BIGINT,
  attendance TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  confirmed_at BIGINT,
  cancelled_at BIGINT,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX registrations_once ON registrations (session_id, lower(email));
CREATE INDEX registrations_status ON registrations (session_id, status, created_at);
CREATE INDEX registrations_user ON registrations (user_id);
CREATE INDEX registrations_email ON registrations (email);

-- Evaluation questionnaires: questions per offer type (offer_id NULL) or per offer; answers only from people
-- marked present.
CREATE TABLE evaluation_questions (
  id %ID%,
  offer_type TEXT NOT NULL DEFAULT '',
  offer_id BIGINT REFERENCES offers (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL,
  text_fr TEXT NOT NULL,
  text_nl TEXT NOT NULL,
  text_en TEXT NOT NULL,
  choices TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evaluation_answers (
  id %ID%,
  registration_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  question_id BIGINT NOT NULL REFERENCES evaluation_questions (id) ON DELETE CASCADE,
  score INTEGER,
  answer TEXT NOT NULL DEFAULT '',
  answered_at BIGINT NOT NULL,
  UNIQUE (registration_id, question_id)
);

-- Immersions: the member institution that hosts, its conditions, and the agreement signed with the sender.
CREATE TABLE immersion_agreements (
  id %ID%,
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  host_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  sending_organisation_id BIGINT REFERENCES organisations (id),
  registration_id BIGINT REFERENCES registrations (id) ON DELETE SET NULL,
  conditions TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'proposed',
  signed_at BIGINT,
  created_at BIGINT NOT NULL
);

-- Intervision: who hosts which session, so that the group rotates and each participant hosts once.
CREATE TABLE intervision_hosts (
  session_id BIGINT PRIMARY KEY REFERENCES offer_sessions (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id)
);

-- The questionnaire every offer starts with; an offer type or an offer may add its own questions.
INSERT INTO evaluation_questions (offer_type, position, kind, text_fr, text_nl, text_en, choices) VALUES
  ('', 1, 'scale', 'Dans l''ensemble, êtes-vous satisfait·e ?', 'Bent u over het algemeen tevreden?', 'Overall, are you satisfied?', ''),
  ('', 2, 'scale', 'Est-ce utile pour votre pratique ?', 'Is het nuttig voor uw praktijk?', 'Is it useful for your practice?', ''),
  ('open_door', 3, 'choice', 'Recommanderiez-vous cette visite à un·e collègue ?', 'Zou u dit bezoek aan een collega aanraden?', 'Would you recommend this visit to a colleague?', 'yes|no'),
  ('', 4, 'text', 'Un commentaire, une idée pour la suite ?', 'Een opmerking, een idee voor de toekomst?', 'A comment, an idea for what comes next?', '');
