-- Where an offer's session takes place on the map (issue 14): its point, from the directory location of its host
-- or organiser at that address (location_id) or typed by the organiser (location_id NULL), and the quarter the
-- point falls in (territory/quarters.hpp; '' without a point, without outlines, or outside every quarter).
-- `maillage reindex-territory` places every session again after an import of quarters.
ALTER TABLE offer_sessions ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE offer_sessions ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE offer_sessions ADD COLUMN location_id BIGINT REFERENCES directory_locations (id) ON DELETE SET NULL;
ALTER TABLE offer_sessions ADD COLUMN quarter_code TEXT NOT NULL DEFAULT '';
