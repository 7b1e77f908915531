-- Test-only schema 2: a new table and a new column with a default, as a real migration would add.
CREATE TABLE test_note (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL
);

ALTER TABLE article ADD COLUMN test_flag INTEGER NOT NULL DEFAULT 0;
