-- Parallax library, schema 5: the story index, so that "which story is this article in" is read, never regrouped.
-- Each indexed article's story and topic (each named by its lowest article id), the scored pairs inside a story, the
-- keywords that find an article's candidates, and how many indexed articles hold each term (the weights grouping
-- uses). StoryService keeps it current per article on import, delete and NLP change.
CREATE TABLE story_member (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL,
    topic_id   INTEGER NOT NULL
);
CREATE INDEX story_member_story ON story_member (story_id);

CREATE TABLE story_pair (
    a          INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    b          INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    similarity REAL    NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX story_pair_b ON story_pair (b);

CREATE TABLE story_key (
    term       TEXT    NOT NULL,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
CREATE INDEX story_key_article ON story_key (article_id);

CREATE TABLE story_term (
    term TEXT    PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;

-- Whether the index covers the library. A library migrated with articles in it is indexed once, at first use.
CREATE TABLE story_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    built INTEGER NOT NULL
);
INSERT INTO story_state (id, built) SELECT 1, NOT EXISTS (SELECT 1 FROM article);
