-- The territory editor changes one place, hotel, person or van at a time, so concurrent edits must not overwrite
-- each other: every row gets a version (JPA optimistic locking; a stale write is refused with 409).
-- An item that a plan, an absence or an account refers to is archived rather than deleted: archived_at is when it
-- was taken out of use. Plans, exports and reports still name it; planners, layers and imports no longer offer it.
ALTER TABLE place ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE place ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE hotel ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE hotel ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE staff ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE van ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE van ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
