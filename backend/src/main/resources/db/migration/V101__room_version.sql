-- Scale out (issue 17): every change of a room's live state has a version, and the durable row is written only
-- forward (UPDATE ... WHERE version < new): nodes never overwrite a newer state with an older one.
ALTER TABLE room ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
