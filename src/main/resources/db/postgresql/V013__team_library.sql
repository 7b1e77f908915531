-- Parallax library on PostgreSQL, schema 13: several people on one library (see db/V013__team_library.sql). The
-- authors are database roles here.
ALTER TABLE note ADD COLUMN created_by TEXT;
ALTER TABLE note ADD COLUMN updated_by TEXT;
ALTER TABLE note ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE entity ADD COLUMN changed_by TEXT;
ALTER TABLE entity ADD COLUMN changed_at TEXT;
ALTER TABLE entity ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mention ADD COLUMN changed_by TEXT;
ALTER TABLE mention ADD COLUMN changed_at TEXT;
ALTER TABLE event ADD COLUMN changed_by TEXT;
ALTER TABLE event ADD COLUMN changed_at TEXT;
ALTER TABLE suggestion_rejected ADD COLUMN rejected_by TEXT;
ALTER TABLE suggestion_rejected ADD COLUMN rejected_at TEXT;
-- the author of each undoable edit; undo walks one person's session only
ALTER TABLE edit_history ADD COLUMN author TEXT;

-- Recognition spread over workers: an article a worker took is leased to it until claimed_until (epoch milliseconds,
-- BIGINT); a worker that dies leaves its lease to run out, and another worker takes the article again.
CREATE TABLE nlp_claim (
    article_id    BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    worker        TEXT   NOT NULL,
    claimed_until BIGINT NOT NULL
);
CREATE INDEX nlp_claim_until ON nlp_claim (claimed_until);
