-- Parallax library, schema 8: long bodies are also indexed in sections, so a search's snippet is drawn from one
-- section instead of the whole text (FTS5's snippet() reads and scores the whole row: minutes for a 19 MB article).
-- article_fts stays the one index that finds and ranks articles. long_article lists the articles whose body is
-- longer than ArticleSections.LONG_BODY characters; sectioned is 1 once their sections are written (articles
-- imported before this version are sectioned on their first search hit). Section rowids are article id * 2^20 +
-- section number, so an article's sections form one rowid range.
CREATE TABLE long_article (
    id        INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    sectioned INTEGER NOT NULL DEFAULT 0
);

CREATE VIRTUAL TABLE article_section_fts USING fts5 (
    title,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_section_fts_delete AFTER DELETE ON article
BEGIN
    DELETE FROM article_section_fts WHERE rowid BETWEEN old.id * 1048576 AND old.id * 1048576 + 1048575;
END;

INSERT INTO long_article (id) SELECT rowid FROM article_fts WHERE length(body) > 32768;
