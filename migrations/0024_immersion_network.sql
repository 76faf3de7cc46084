-- The immersion network (SPEC part 4): an organisation's coordinator joins for it, committing to host at least one
-- worker for at least one full day and to send at least one, each year; it may leave. One row per period of
-- membership, so who joined, who left and when stay on record; at most one open period per organisation.
CREATE TABLE immersion_network_members (
  id %ID%,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  joined_at BIGINT NOT NULL,
  joined_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  joined_by_name TEXT NOT NULL DEFAULT '',
  left_at BIGINT,
  left_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  left_by_name TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX immersion_network_current ON immersion_network_members (organisation_id) WHERE left_at IS NULL;

-- An immersion is seen by the members of the immersion network only: its visibility says so.
UPDATE offers SET visibility = 'members' WHERE type = 'immersion';
