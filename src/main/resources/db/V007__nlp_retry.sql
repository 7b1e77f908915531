-- Parallax library, schema 7: why an article's recognition failed and whether it is tried again by itself.
-- failure_kind is TRANSIENT (busy database, I/O, memory: tried again once retry_after, epoch milliseconds, has
-- passed) or PERMANENT (the recogniser rejected the text: kept until the user retries); failure_reason is the short
-- reason shown to people; attempts counts the tries since the article was last queued. No CHECK on failure_kind, so
-- an older version reading a newer kind does not fail.
ALTER TABLE nlp_state ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE nlp_state ADD COLUMN failure_kind TEXT;
ALTER TABLE nlp_state ADD COLUMN failure_reason TEXT;
ALTER TABLE nlp_state ADD COLUMN retry_after INTEGER;

-- failures stored before this version: a busy or locked database, or an I/O error, is tried again at the next run;
-- anything else was the recogniser's verdict on the text
UPDATE nlp_state SET attempts = 1, failure_kind = 'TRANSIENT', failure_reason = 'database busy', retry_after = 0
    WHERE status = 'FAILED' AND (error LIKE '%SQLITE_BUSY%' OR error LIKE '%SQLITE_LOCKED%' OR error LIKE '%database is locked%');
UPDATE nlp_state SET attempts = 1, failure_kind = 'TRANSIENT', failure_reason = 'I/O error', retry_after = 0
    WHERE status = 'FAILED' AND failure_kind IS NULL AND (error LIKE 'UncheckedIOException%' OR error LIKE '%SQLITE_IOERR%');
UPDATE nlp_state SET attempts = 1, failure_kind = 'PERMANENT', failure_reason = 'recogniser rejected the text'
    WHERE status = 'FAILED' AND failure_kind IS NULL;

CREATE INDEX nlp_state_retry ON nlp_state (retry_after) WHERE retry_after IS NOT NULL;
