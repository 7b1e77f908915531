-- Parallax library, schema 14: nothing changes in a file library. The server library's twin
-- (db/postgresql/V014__narrow_search_rows.sql) stores article_fts's text out of line so that its search index
-- reads fewer pages; SQLite's FTS5 keeps its index apart from the text already.
SELECT 1;
