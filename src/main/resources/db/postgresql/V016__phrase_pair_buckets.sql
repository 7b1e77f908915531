-- Parallax library, schema 16: phrases tested on few rows. A phrase with a word outside the frequent stems read the
-- tsvector of every article holding all its words from TOAST to test their places ("country in": 55,935 rows, 0.26-
-- 0.33 s at 100,000 articles, which set the server's search p95). article_fts.buckets (section 0) now holds, for each
-- lexeme a at a place p of tsv and b at p + 1 that are not both frequent stems (those are in pairs, exactly, V001),
-- the bucket of the pair: the first four hex digits of md5('a~b') less 32,768, one of 65,536 smallints. A row holding
-- a phrase holds its buckets, so they filter without ever dropping a match; the rows kept are then tested on tsv
-- ("country in": 1,826 rows for 1,361 matches). md5, not hashtext: hashtext's value differs between byte orders, so a
-- library restored on another kind of machine would miss phrases silently. About 510 buckets an article, 2 bytes
-- each; a GIN index on them (array_ops, exact for @>). The rows are written again, packed as V015 left them.
CREATE FUNCTION parallax_buckets(v tsvector) RETURNS smallint[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH f AS (SELECT u.lexeme, p, u.lexeme = ANY (parallax_frequent_stems()) AS fr FROM unnest(v) u, unnest(u.positions) p)
    SELECT coalesce(array_agg(DISTINCT CAST(CAST(CAST('x' || left(md5(a.lexeme || '~' || b.lexeme), 4) AS bit(16)) AS integer) - 32768
        AS smallint)), '{}')
    FROM f a JOIN f b ON b.p = a.p + 1 WHERE NOT (a.fr AND b.fr)
$$;
ALTER TABLE article_fts ADD COLUMN buckets smallint[];
UPDATE article_fts SET buckets = parallax_buckets(tsv) WHERE section = 0;
CLUSTER article_fts USING article_fts_pkey;
CREATE INDEX article_fts_buckets ON article_fts USING GIN (buckets) WHERE section = 0;
ANALYZE article_fts;
