-- A location with coordinates is placed in its quarter (territory/quarters.hpp); the quarter's bassin then
-- overrides the postal code's. Empty when the outlines are not loaded or the point lies in no quarter.
ALTER TABLE directory_locations ADD COLUMN quarter_code TEXT NOT NULL DEFAULT '';
CREATE INDEX directory_locations_quarter ON directory_locations (quarter_code);
