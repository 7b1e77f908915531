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

-- Which entities changed, in commit order, whoever changed them: a recogniser keeps its in-memory entity list current
-- by reading the entries after the last one it saw, instead of reading every entity of the library again each time
-- another process (another worker, another window) wrote. Kept by triggers, so no writer can forget it; old entries
-- are pruned by the readers (EntityRepository.changedEntities).
CREATE TABLE entity_change (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id INTEGER NOT NULL
);

CREATE TRIGGER entity_change_insert AFTER INSERT ON entity
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (new.id);
END;

CREATE TRIGGER entity_change_update AFTER UPDATE ON entity
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (new.id);
    INSERT INTO entity_change (entity_id) SELECT old.id WHERE old.id <> new.id;
END;

CREATE TRIGGER entity_change_delete AFTER DELETE ON entity
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (old.id);
END;

CREATE TRIGGER entity_alias_change_insert AFTER INSERT ON entity_alias
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (new.entity_id);
END;

CREATE TRIGGER entity_alias_change_update AFTER UPDATE ON entity_alias
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (new.entity_id);
    INSERT INTO entity_change (entity_id) SELECT old.entity_id WHERE old.entity_id <> new.entity_id;
END;

CREATE TRIGGER entity_alias_change_delete AFTER DELETE ON entity_alias
BEGIN
    INSERT INTO entity_change (entity_id) VALUES (old.entity_id);
END;
