-- Zones that cut across the bassins: a network's area (Rezone = five communes and the Louise quarter of
-- Bruxelles-Ville), a mobile team's zone, a pilot's perimeter. A zone is a set of communes and quarters, defined
-- by an administrator or a coordinator; kept_by is the bassin whose coordinators may edit it ('' = the region's
-- coordinators only). The slug is fixed at creation: links, filters (zone=) and the search index use it.
CREATE TABLE zones (
  id %ID%,
  slug TEXT NOT NULL UNIQUE,
  name_fr TEXT NOT NULL,
  name_nl TEXT NOT NULL,
  kind TEXT NOT NULL,
  kept_by TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- What a zone is made of: whole communes (member_type 'commune', code = NIS) and quarters ('quarter', code =
-- the quarter's code). A quarter code is kept even while the outlines are not loaded, so a re-import finds it.
CREATE TABLE zone_members (
  zone_id BIGINT NOT NULL REFERENCES zones (id),
  member_type TEXT NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (zone_id, member_type, code)
);
CREATE INDEX zone_members_code ON zone_members (member_type, code);
