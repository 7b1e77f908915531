-- Parallax library, schema 14: article_fts rows keep only their keys in the table itself; title, body, tsv and pairs
-- go to TOAST (toast_tuple_target 128 bytes, the least PostgreSQL allows). Counting a word's matches and taking the
-- newest of them visit one table page per match found in the GIN index; with the title and the compressed parts
-- inline a row took about 1.3 KB (6 rows a page, 16,000 pages for 100,000 articles), now about 110 bytes (70 a page,
-- 1,400 pages), so a word in half the articles is counted in about 8 ms instead of 18 (performance.md, "Team library
-- on PostgreSQL"). Ranking and snippets read TOAST as before.
ALTER TABLE article_fts SET (toast_tuple_target = 128);
-- rows already stored are written again, which moves their title out of line as the new setting says
UPDATE article_fts SET title = title;
