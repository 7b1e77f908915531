-- Parallax library, schema 15: article_fts written again, packed, in article order. V014 made each row narrow, but the
-- rewrite of a row that fits where it is stays in its page, so a library migrated from schema 13 kept its 70-a-page
-- rows spread over the pages that had held 6: counting a frequent word visited 10,314 pages for 54,234 matches at
-- 100,000 articles. CLUSTER writes the table (and its TOAST) anew in primary key order, so a word's matches lie on
-- the few pages its rows fill and the newest of them together at the end (performance.md, "Team library on
-- PostgreSQL"). It takes the table's exclusive lock for about a minute per 100,000 articles, like V014.
CLUSTER article_fts USING article_fts_pkey;
ANALYZE article_fts;
