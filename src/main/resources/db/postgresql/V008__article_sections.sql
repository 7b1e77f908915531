-- Parallax library on PostgreSQL, schema 8: long_article lists the articles whose body is longer than
-- ArticleSections.LONG_BODY characters; sectioned is 1 once their sections are written (see
-- db/V008__article_sections.sql). The sections themselves are article_fts rows here (V001), so SQLite's
-- article_section_fts and its delete trigger have no counterpart, and there are no articles yet to list.
CREATE TABLE long_article (
    id        BIGINT  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    sectioned INTEGER NOT NULL DEFAULT 0
);
