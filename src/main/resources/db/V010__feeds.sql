-- Parallax library: feed subscriptions and the entries each has shown, so an entry is imported once.
CREATE TABLE feed (
    id             INTEGER PRIMARY KEY,
    url            TEXT    NOT NULL UNIQUE,
    title          TEXT,
    site_url       TEXT,
    etag           TEXT,
    last_modified  TEXT,
    refreshed_at   TEXT,
    last_error     TEXT,
    added_at       TEXT    NOT NULL
);

-- One row per entry seen. An entry is the same entry when its guid (RSS guid, Atom id, JSON Feed id) matches,
-- whatever its link says now; only entries without a guid are known by their link. article_id is the article the
-- entry became (null once that article is deleted, and the entry still counts as seen); read_at null = unread.
CREATE TABLE feed_entry (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    guid        TEXT,
    link        TEXT,
    article_id  INTEGER REFERENCES article (id) ON DELETE SET NULL,
    first_seen  TEXT    NOT NULL,
    read_at     TEXT,
    CHECK (guid IS NOT NULL OR link IS NOT NULL)
);

CREATE UNIQUE INDEX feed_entry_guid ON feed_entry (feed_id, guid) WHERE guid IS NOT NULL;
CREATE UNIQUE INDEX feed_entry_link ON feed_entry (feed_id, link) WHERE guid IS NULL;
CREATE INDEX feed_entry_article ON feed_entry (article_id);
