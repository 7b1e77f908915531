-- Parallax library, schema 13: several people on one library (a team library on PostgreSQL; a file library records
-- the same, with the computer's user as the author).
-- Who made each hand edit and when: notes, marks (manual mentions), rejections, entity merges/splits/renames and
-- manual events record their author (the database role on a server library, the operating system user on a file).
-- version counts the saves of a note or an entity, so a save made over someone else's newer save is told, never lost.
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

-- Recognition spread over workers: an article a worker took is leased to it until claimed_until (epoch
-- milliseconds); a worker that dies leaves its lease to run out, and another worker takes the article again.
CREATE TABLE nlp_claim (
    article_id    INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    worker        TEXT    NOT NULL,
    claimed_until INTEGER NOT NULL
);
CREATE INDEX nlp_claim_until ON nlp_claim (claimed_until);
