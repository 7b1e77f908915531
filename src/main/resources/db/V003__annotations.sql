-- Parallax library, schema 3: the user's own annotations: custom types, labels on mentions, notes, suggestion rejections.

-- a type the user defined ("Weapon", "Programme"); its mentions are stored as type MISC with custom_type = name
CREATE TABLE annotation_type (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    colour   TEXT    NOT NULL,
    shortcut TEXT    UNIQUE COLLATE NOCASE
);

-- custom_type: the user type's name (null for the built-in types); event_id: the event an E mark created or names
ALTER TABLE mention ADD COLUMN custom_type TEXT;
ALTER TABLE mention ADD COLUMN event_id INTEGER REFERENCES event (id) ON DELETE SET NULL;

-- A note on a passage (article_id + [start_off, end_off) + quote/prefix/suffix, like a W3C TextQuoteSelector), on a
-- whole article (article_id only) or on an entity (entity_id). A note whose passage could not be found again after a
-- re-import is orphaned, never dropped; deleted_at puts it in the trash until the trash is emptied.
CREATE TABLE note (
    id         INTEGER PRIMARY KEY,
    target     TEXT    NOT NULL CHECK (target IN ('PASSAGE', 'ARTICLE', 'ENTITY')),
    article_id INTEGER REFERENCES article (id) ON DELETE SET NULL,
    entity_id  INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    start_off  INTEGER,
    end_off    INTEGER,
    quote      TEXT,
    prefix     TEXT,
    suffix     TEXT,
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    deleted_at TEXT,
    orphaned   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX note_article ON note (article_id, start_off);
CREATE INDEX note_entity ON note (entity_id);

-- a note whose article is deleted keeps its quote, and shows as orphaned
CREATE TRIGGER note_article_delete BEFORE DELETE ON article
BEGIN
    UPDATE note SET orphaned = 1 WHERE article_id = old.id;
END;

-- rowid = note.id; searched as its own result group
CREATE VIRTUAL TABLE note_fts USING fts5 (
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER note_fts_insert AFTER INSERT ON note
BEGIN
    INSERT INTO note_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER note_fts_update AFTER UPDATE OF text ON note
BEGIN
    DELETE FROM note_fts WHERE rowid = old.id;
    INSERT INTO note_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER note_fts_delete AFTER DELETE ON note
BEGIN
    DELETE FROM note_fts WHERE rowid = old.id;
END;

-- a suggestion (a hand-annotated name found elsewhere) the user turned down: never offered again
CREATE TABLE suggestion_rejected (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_off  INTEGER NOT NULL,
    end_off    INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    PRIMARY KEY (article_id, start_off, end_off, label)
) WITHOUT ROWID;
