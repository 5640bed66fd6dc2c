-- 0005: the hub-type taxonomy gets a row version, like every other edited entity, so that two administrators
-- renaming one type at once cannot silently overwrite each other (a stale PATCH /api/hub-types/{slug} is a 409).
-- Existing types start at version 1. Runs unchanged on PGlite and PostgreSQL 15.

ALTER TABLE hub_types ADD COLUMN version integer NOT NULL DEFAULT 1;
