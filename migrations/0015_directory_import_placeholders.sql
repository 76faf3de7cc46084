-- An organisation created by an import for a service whose source names an organization_id it does not hold:
-- the service is kept, attached to this placeholder (named from the source id), which coordinators review at
-- /directory/placeholders; a later import of the organisation itself clears the mark.
ALTER TABLE organisations ADD COLUMN import_placeholder INTEGER NOT NULL DEFAULT 0;
