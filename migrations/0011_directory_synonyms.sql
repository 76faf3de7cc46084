-- The synonym table the coordinators edit: each group lists words or phrases that mean the same in a search
-- (acronyms, translations: "CPAS", "OCMW", "centre public d'action sociale"...), one per line. The first start
-- fills it with the Brussels defaults; settings 'directory.synonyms_revision' counts the edits, so that every
-- server reloads the table into its search index when it changes.
CREATE TABLE directory_synonym_groups (
  id %ID%,
  terms TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL
);
