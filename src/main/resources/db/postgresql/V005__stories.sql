-- Parallax library on PostgreSQL, schema 5: the story index, so that "which story is this article in" is read, never
-- regrouped. Same tables and columns as db/V005__stories.sql (story and topic ids are article ids: BIGINT).
CREATE TABLE story_member (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   BIGINT NOT NULL,
    topic_id   BIGINT NOT NULL
);
CREATE INDEX story_member_story ON story_member (story_id);

CREATE TABLE story_pair (
    a          BIGINT           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    b          BIGINT           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    similarity DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX story_pair_b ON story_pair (b);

CREATE TABLE story_key (
    term       TEXT   NOT NULL,
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (term, article_id)
);
CREATE INDEX story_key_article ON story_key (article_id);

CREATE TABLE story_term (
    term TEXT    PRIMARY KEY,
    df   INTEGER NOT NULL
);

-- Whether the index covers the library. A library migrated with articles in it is indexed once, at first use.
CREATE TABLE story_state (
    id    BIGINT  PRIMARY KEY CHECK (id = 1),
    built INTEGER NOT NULL
);
INSERT INTO story_state (id, built) SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM article) THEN 0 ELSE 1 END;
