-- Focus: a coordinator's curated selection of directory services under headings ("Soins palliatifs et fin de
-- vie"), with an introduction in fr/nl/en and linked offers (webinars and their replays). The services are
-- referenced, never copied: the page shows them as the directory has them now (a closed one as closed).
-- status: 'draft', 'published'.
CREATE TABLE focus_selections (
  id %ID%,
  bassin TEXT NOT NULL DEFAULT 'region',
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  intro_fr TEXT NOT NULL DEFAULT '',
  intro_nl TEXT NOT NULL DEFAULT '',
  intro_en TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE focus_headings (
  id %ID%,
  focus_id BIGINT NOT NULL REFERENCES focus_selections (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX focus_headings_focus ON focus_headings (focus_id, position);

CREATE TABLE focus_items (
  heading_id BIGINT NOT NULL REFERENCES focus_headings (id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (heading_id, service_id)
);

CREATE TABLE focus_offers (
  focus_id BIGINT NOT NULL REFERENCES focus_selections (id) ON DELETE CASCADE,
  offer_id BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  PRIMARY KEY (focus_id, offer_id)
);
