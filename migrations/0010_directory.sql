-- The directory, shaped on Open Referral HSDS 3.0 so that import and export are lossless: each HSDS object has
-- its table with the fields Maillage reads as columns, its translatable text in directory_texts (one row per
-- record, field and language), and every other HSDS field it carries kept verbatim as JSON in `extra`.
-- Records keep their HSDS id as they came (UUID or not) in hsds_id; internal joins use the numeric id.
ALTER TABLE organisations ADD COLUMN hsds_id TEXT;
ALTER TABLE organisations ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN legal_status TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN tax_status TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN tax_id TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN year_incorporated DOUBLE PRECISION;
ALTER TABLE organisations ADD COLUMN logo TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN uri TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN parent_organization_id TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE organisations ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN last_verified_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN verified_by TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX organisations_hsds_id ON organisations (hsds_id);

-- Translated text of any directory record. A table rather than name_fr/name_nl/name_en columns: HSDS has about
-- twenty free-text fields over eight objects, a missing translation is simply a missing row, the fallback
-- (asked language, then fr, nl, en) lives in one function, and a fourth language needs no migration.
CREATE TABLE directory_texts (
  record_type TEXT NOT NULL,
  record_id BIGINT NOT NULL,
  field TEXT NOT NULL,
  lang TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_type, record_id, field, lang)
);

CREATE TABLE directory_locations (
  id %ID%,
  hsds_id TEXT NOT NULL UNIQUE,
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE CASCADE,
  location_type TEXT NOT NULL DEFAULT 'physical',
  url TEXT NOT NULL DEFAULT '',
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  external_identifier TEXT NOT NULL DEFAULT '',
  external_identifier_type TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  commune_nis TEXT NOT NULL DEFAULT '',
  bassin_slug TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX directory_locations_bassin ON directory_locations (bassin_slug);

CREATE TABLE directory_addresses (
  id %ID%,
  hsds_id TEXT NOT NULL,
  location_id BIGINT NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  attention TEXT NOT NULL DEFAULT '',
  address_1 TEXT NOT NULL DEFAULT '',
  address_2 TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  state_province TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  address_type TEXT NOT NULL DEFAULT 'physical',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (location_id, hsds_id)
);

CREATE TABLE directory_accessibility (
  id %ID%,
  hsds_id TEXT NOT NULL,
  location_id BIGINT NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  url TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (location_id, hsds_id)
);

-- status: active, inactive (temporarily closed), defunct; alert: a short notice shown first.
CREATE TABLE directory_services (
  id %ID%,
  hsds_id TEXT NOT NULL UNIQUE,
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE CASCADE,
  program_id TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active',
  minimum_age DOUBLE PRECISION,
  maximum_age DOUBLE PRECISION,
  assured_date TEXT NOT NULL DEFAULT '',
  assurer_email TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  created_at BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL DEFAULT 0,
  last_verified_at BIGINT NOT NULL DEFAULT 0,
  verified_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_services_org ON directory_services (organisation_id);
CREATE INDEX directory_services_verified ON directory_services (last_verified_at);

CREATE TABLE directory_service_at_location (
  id %ID%,
  hsds_id TEXT NOT NULL,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  location_id BIGINT NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (service_id, hsds_id)
);
CREATE INDEX directory_sal_service ON directory_service_at_location (service_id);
CREATE INDEX directory_sal_location ON directory_service_at_location (location_id);

-- Phones, contacts, languages and schedules belong to one owner: an organization, service, location, contact
-- or service_at_location (owner_type is the HSDS object name, owner_id its internal id).
CREATE TABLE directory_phones (
  id %ID%,
  hsds_id TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  number TEXT NOT NULL DEFAULT '',
  extension DOUBLE PRECISION,
  type TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_type, owner_id, hsds_id)
);
CREATE INDEX directory_phones_owner ON directory_phones (owner_type, owner_id);

CREATE TABLE directory_contacts (
  id %ID%,
  hsds_id TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_type, owner_id, hsds_id)
);
CREATE INDEX directory_contacts_owner ON directory_contacts (owner_type, owner_id);

-- Languages spoken, as ISO 639 codes.
CREATE TABLE directory_languages (
  id %ID%,
  hsds_id TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_type, owner_id, hsds_id)
);
CREATE INDEX directory_languages_owner ON directory_languages (owner_type, owner_id);
CREATE INDEX directory_languages_code ON directory_languages (code);

CREATE TABLE directory_required_documents (
  id %ID%,
  hsds_id TEXT NOT NULL,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  uri TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (service_id, hsds_id)
);

-- HSDS schedule (RFC 5545 subset). An exception (closed or special hours between valid_from and valid_to,
-- e.g. the 2.x holiday_schedules) has is_exception = 1 and overrides the regular lines on those dates.
CREATE TABLE directory_schedules (
  id %ID%,
  hsds_id TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  freq TEXT NOT NULL DEFAULT '',
  byday TEXT NOT NULL DEFAULT '',
  opens_at TEXT NOT NULL DEFAULT '',
  closes_at TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  is_exception INTEGER NOT NULL DEFAULT 0,
  closed INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_type, owner_id, hsds_id)
);
CREATE INDEX directory_schedules_owner ON directory_schedules (owner_type, owner_id);

-- Area served: scope_type commune (NIS code), bassin (slug) or region, derived from the HSDS name/extent
-- when it names one of them.
CREATE TABLE directory_service_areas (
  id %ID%,
  hsds_id TEXT NOT NULL,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  scope_type TEXT NOT NULL DEFAULT '',
  scope_id TEXT NOT NULL DEFAULT '',
  extent TEXT NOT NULL DEFAULT '',
  extent_type TEXT NOT NULL DEFAULT '',
  uri TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (service_id, hsds_id)
);
CREATE INDEX directory_service_areas_service ON directory_service_areas (service_id);

-- Controlled vocabularies: themes, target publics, access conditions (labels in directory_texts).
CREATE TABLE directory_taxonomies (
  id %ID%,
  hsds_id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL DEFAULT '',
  uri TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE directory_taxonomy_terms (
  id %ID%,
  hsds_id TEXT NOT NULL UNIQUE,
  taxonomy_id BIGINT REFERENCES directory_taxonomies (id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  parent_id TEXT NOT NULL DEFAULT '',
  taxonomy TEXT NOT NULL DEFAULT '',
  term_uri TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX directory_taxonomy_terms_code ON directory_taxonomy_terms (code);

-- A service (or location, organisation) classified by a term.
CREATE TABLE directory_attributes (
  id %ID%,
  hsds_id TEXT NOT NULL,
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  taxonomy_term_id BIGINT NOT NULL REFERENCES directory_taxonomy_terms (id) ON DELETE CASCADE,
  link_type TEXT NOT NULL DEFAULT '',
  value TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT NOT NULL DEFAULT 0,
  UNIQUE (owner_type, owner_id, hsds_id)
);
CREATE INDEX directory_attributes_owner ON directory_attributes (owner_type, owner_id);
CREATE INDEX directory_attributes_term ON directory_attributes (taxonomy_term_id);

-- Every change of a directory record, field by field (HSDS metadata): by an import, an accepted proposal, an
-- administrator.
CREATE TABLE directory_history (
  id %ID%,
  at BIGINT NOT NULL,
  user_id BIGINT,
  updated_by TEXT NOT NULL DEFAULT '',
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL DEFAULT 'update',
  field TEXT NOT NULL DEFAULT '',
  old_value TEXT NOT NULL DEFAULT '',
  new_value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_history_record ON directory_history (record_type, record_id, at);

-- The search index catches up from this log: one row per changed service, read in id order.
CREATE TABLE directory_changes (
  id %ID%,
  service_id BIGINT NOT NULL,
  at BIGINT NOT NULL
);

-- Orientation sheets: a professional's selection for one person, reopened by its random share token.
CREATE TABLE directory_sheets (
  id %ID%,
  token TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL DEFAULT 'fr',
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE directory_sheet_items (
  sheet_id BIGINT NOT NULL REFERENCES directory_sheets (id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  added_at BIGINT NOT NULL,
  PRIMARY KEY (sheet_id, service_id)
);

-- Changes proposed by an organisation's editors; `changes` is JSON {field: {lang: new value}}.
CREATE TABLE directory_proposals (
  id %ID%,
  service_id BIGINT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  proposed_by BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  changes TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  reviewed_by BIGINT,
  reviewed_at BIGINT,
  review_comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_proposals_status ON directory_proposals (status, created_at);
