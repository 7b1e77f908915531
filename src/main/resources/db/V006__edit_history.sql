-- Parallax library, schema 6: the undo history of hand annotation. Each row is one edit (its label for the menu and
-- the before/after images of the rows it changed, encoded by store.RowChange), written in the same transaction as the
-- edit itself, so an edit never commits without its undo entry. Rows carry the session (window or command run) that
-- made them: undo and redo walk one session's rows only.
CREATE TABLE edit_history (
    id         INTEGER PRIMARY KEY,
    session    TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    changes    BLOB    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    created_at TEXT    NOT NULL
);

CREATE INDEX edit_history_session ON edit_history (session, undone, id);
