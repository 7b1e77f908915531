-- Parallax library on PostgreSQL, schema 7: why an article's recognition failed and whether it is tried again by
-- itself (see db/V007__nlp_retry.sql). retry_after is epoch milliseconds: BIGINT.
ALTER TABLE nlp_state ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE nlp_state ADD COLUMN failure_kind TEXT;
ALTER TABLE nlp_state ADD COLUMN failure_reason TEXT;
ALTER TABLE nlp_state ADD COLUMN retry_after BIGINT;

-- The SQLite file's UPDATEs sort failures stored before schema 7 by their SQLite error texts. A server library is
-- created at the newest schema by a build that writes these columns itself, so it never holds such rows: none here.

CREATE INDEX nlp_state_retry ON nlp_state (retry_after) WHERE retry_after IS NOT NULL;
