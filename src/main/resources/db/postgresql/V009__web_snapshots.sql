-- Parallax library on PostgreSQL, schema 9: what was fetched for an article imported from a link, so it reads
-- offline and can be extracted again when extraction improves (see db/V009__web_snapshots.sql). BLOB -> BYTEA.
CREATE TABLE web_snapshot (
    article_id    BIGINT  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    requested_url TEXT    NOT NULL,
    final_url     TEXT    NOT NULL,
    canonical_url TEXT    NOT NULL UNIQUE,
    fetched_at    TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    content_type  TEXT,
    charset       TEXT    NOT NULL,
    html_gzip     BYTEA   NOT NULL
);

CREATE INDEX web_snapshot_requested ON web_snapshot (requested_url);
CREATE INDEX web_snapshot_final ON web_snapshot (final_url);

-- The article's content images (not ads, trackers or pixels), in page order, with their captions.
CREATE TABLE article_image (
    article_id BIGINT  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    url        TEXT    NOT NULL,
    caption    TEXT,
    mime       TEXT    NOT NULL,
    bytes      BYTEA   NOT NULL,
    PRIMARY KEY (article_id, seq)
);
