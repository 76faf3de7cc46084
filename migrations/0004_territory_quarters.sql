-- Quarters below the communes: the region's monitoring quarters ("Monitoring des Quartiers", 145), loaded by
-- `maillage import-territory FILE.geojson`. Each belongs to one commune and one bassin; Bruxelles-Ville is
-- shared between bassins quarter by quarter, which its postal codes only approximate, so where the outlines
-- are loaded the quarter's bassin overrides the postal code's. outline is the GeoJSON geometry (Polygon or
-- MultiPolygon, holes kept); the bounding box lets the in-memory index be built without parsing every outline
-- twice.
CREATE TABLE quarters (
  code TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL,
  name_nl TEXT NOT NULL,
  commune_nis TEXT NOT NULL REFERENCES communes (nis),
  bassin_slug TEXT NOT NULL REFERENCES bassins (slug),
  outline TEXT NOT NULL,
  min_lat DOUBLE PRECISION NOT NULL,
  min_lng DOUBLE PRECISION NOT NULL,
  max_lat DOUBLE PRECISION NOT NULL,
  max_lng DOUBLE PRECISION NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL
);
CREATE INDEX quarters_bassin ON quarters (bassin_slug);
CREATE INDEX quarters_commune ON quarters (commune_nis);
