-- Parallax library, schema 2: entities, mentions, events, and the NLP queue's per-article state.
CREATE TABLE entity (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    -- 1 once the user renamed it: the pipeline no longer replaces the name with a longer form
    name_locked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

-- [start_off, end_off) into the article's immutable text; text is the quoted span, kept to re-anchor on re-import
CREATE TABLE mention (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_off      INTEGER NOT NULL,
    end_off        INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    entity_id      INTEGER REFERENCES entity (id) ON DELETE SET NULL,
    block_type     TEXT,
    origin         TEXT    NOT NULL CHECK (origin IN ('AUTO', 'MANUAL')),
    -- a rejected mention stays so that re-running the pipeline never re-creates it
    rejected       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX mention_article ON mention (article_id, start_off);
CREATE INDEX mention_entity ON mention (entity_id);

CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    date_start     TEXT NOT NULL,
    date_end       TEXT NOT NULL,
    date_precision TEXT NOT NULL
);

CREATE INDEX event_dates ON event (date_start, date_end);

CREATE TABLE event_entity (
    event_id  INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('WHO', 'WHERE')),
    seq       INTEGER NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;

CREATE TABLE event_source (
    event_id       INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT    NOT NULL,
    PRIMARY KEY (event_id, article_id, sentence_start)
) WITHOUT ROWID;

CREATE INDEX event_source_article ON event_source (article_id);

-- The NLP cache key per article (pipeline version, text hash, document date). An article is pending when it has
-- no row, or its row differs from the current version or the article's publication date, or status is PENDING.
CREATE TABLE nlp_state (
    article_id       INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    pipeline_version TEXT    NOT NULL,
    text_hash        TEXT    NOT NULL,
    doc_date         TEXT,
    doc_date_missing INTEGER NOT NULL DEFAULT 0,
    status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    error            TEXT,
    processed_at     TEXT
);

-- an article's events go when it goes; an event no article reports any more goes too
CREATE TRIGGER event_orphan_delete AFTER DELETE ON event_source
BEGIN
    DELETE FROM event WHERE id = old.event_id AND NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = old.event_id);
END;
