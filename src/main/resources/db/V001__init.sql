-- Parallax library, schema 1: articles, their blocks, and the full-text index.
CREATE TABLE article (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    title_derived    INTEGER NOT NULL DEFAULT 0,
    author           TEXT,
    outlet           TEXT,
    section          TEXT,
    url              TEXT,
    published        TEXT,
    published_source TEXT    NOT NULL DEFAULT 'NONE',
    dateline         TEXT,
    source_path      TEXT,
    format           TEXT,
    language         TEXT,
    imported_at      TEXT    NOT NULL,
    text             TEXT    NOT NULL
);

CREATE INDEX article_published ON article (published);

CREATE TABLE block (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    start_off  INTEGER NOT NULL,
    end_off    INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

-- rowid = article.id; body holds the story's own blocks only (no related links, no repeated header lines)
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_delete AFTER DELETE ON article
BEGIN
    DELETE FROM article_fts WHERE rowid = old.id;
END;
