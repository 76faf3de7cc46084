-- The responder's guide: Markdown pages (rendered by cmark in safe mode) shared by all lines or kept for one,
-- with a text per language (fr, nl, en; a missing language falls back to French, then to any text), and the
-- history of every edit.

-- slug is stable: requests link to /helpdesk/guide/{slug}. search_text is the folded titles and texts of every
-- language (no accents, lower case) that the guide's search reads.
CREATE TABLE helpdesk_guide_pages (
  id %ID%,
  slug TEXT NOT NULL UNIQUE,
  line_id BIGINT REFERENCES helpdesk_lines (id),
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  body_fr TEXT NOT NULL DEFAULT '',
  body_nl TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES users (id)
);

-- One row per saved version, the first one included: who saved it, when, and the whole page as saved, so that
-- the history shows each edit with the text it replaced (the version before it).
CREATE TABLE helpdesk_guide_revisions (
  id %ID%,
  page_id BIGINT NOT NULL REFERENCES helpdesk_guide_pages (id) ON DELETE CASCADE,
  edited_by BIGINT REFERENCES users (id),
  edited_at BIGINT NOT NULL,
  line_id BIGINT REFERENCES helpdesk_lines (id),
  title_fr TEXT NOT NULL DEFAULT '',
  title_nl TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  body_fr TEXT NOT NULL DEFAULT '',
  body_nl TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX helpdesk_guide_revisions_page ON helpdesk_guide_revisions (page_id, edited_at);
