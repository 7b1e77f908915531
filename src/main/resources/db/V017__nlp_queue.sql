-- Parallax library, schema 17: the NLP queue kept as rows (issue 19, stop 28). Until schema 16 every read of the
-- pending articles joined every article with its nlp_state row and sorted them (a worker's claim read 160-170 ms at
-- 100,000 articles, growing with the library). Now nlp_queue holds one row per article, kept by the triggers below in
-- the same transaction as the article or state it follows: the text's length in UTF-8 bytes (the order of long
-- articles, without reading the text) and fresh = 1 when the article is pending for a reason other than a due retry:
-- no nlp_state row, status PENDING, a document date other than the publication date now, or a pipeline version other
-- than nlp_queue_version.version. Claims and the pending list read fresh rows through the partial indexes, and due
-- retries through nlp_state_retry (V007), so they cost what they return. nlp_queue_version holds the one version the
-- fresh flags are computed for; a process of another version recomputes them once (NlpStateRepository.queueReady).
CREATE TABLE nlp_queue_version (
    version TEXT
);
-- the version most articles were recognised with, so the usual first run needs no recomputing
INSERT INTO nlp_queue_version (version)
    SELECT (SELECT pipeline_version FROM nlp_state GROUP BY pipeline_version ORDER BY count(*) DESC, pipeline_version LIMIT 1);

CREATE TABLE nlp_queue (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    text_bytes INTEGER NOT NULL,
    fresh      INTEGER NOT NULL DEFAULT 1
);

INSERT INTO nlp_queue (article_id, text_bytes, fresh)
    SELECT a.id, octet_length(a.text), CASE WHEN s.article_id IS NOT NULL AND s.status <> 'PENDING'
        AND s.pipeline_version = (SELECT version FROM nlp_queue_version) AND s.doc_date IS NOT DISTINCT FROM a.published
        THEN 0 ELSE 1 END
    FROM article a LEFT JOIN nlp_state s ON s.article_id = a.id;

-- the queue in the pending order (by id), and long articles by length
CREATE INDEX nlp_queue_fresh ON nlp_queue (article_id, text_bytes) WHERE fresh = 1;
CREATE INDEX nlp_queue_fresh_size ON nlp_queue (text_bytes, article_id) WHERE fresh = 1;

CREATE TRIGGER nlp_queue_article_insert AFTER INSERT ON article
BEGIN
    INSERT INTO nlp_queue (article_id, text_bytes, fresh) VALUES (new.id, octet_length(new.text), 1);
END;

CREATE TRIGGER nlp_queue_article_text AFTER UPDATE OF text ON article
BEGIN
    UPDATE nlp_queue SET text_bytes = octet_length(new.text) WHERE article_id = new.id;
END;

CREATE TRIGGER nlp_queue_article_published AFTER UPDATE OF published ON article
BEGIN
    UPDATE nlp_queue SET fresh = CASE WHEN EXISTS (SELECT 1 FROM nlp_state s WHERE s.article_id = new.id
        AND s.status <> 'PENDING' AND s.pipeline_version = (SELECT version FROM nlp_queue_version)
        AND s.doc_date IS NOT DISTINCT FROM new.published) THEN 0 ELSE 1 END
    WHERE article_id = new.id;
END;

CREATE TRIGGER nlp_queue_state_insert AFTER INSERT ON nlp_state
BEGIN
    UPDATE nlp_queue SET fresh = CASE WHEN new.status <> 'PENDING'
        AND new.pipeline_version = (SELECT version FROM nlp_queue_version)
        AND new.doc_date IS NOT DISTINCT FROM (SELECT published FROM article WHERE id = new.article_id) THEN 0 ELSE 1 END
    WHERE article_id = new.article_id;
END;

CREATE TRIGGER nlp_queue_state_update AFTER UPDATE ON nlp_state
BEGIN
    UPDATE nlp_queue SET fresh = 1 WHERE article_id = old.article_id AND old.article_id <> new.article_id;
    UPDATE nlp_queue SET fresh = CASE WHEN new.status <> 'PENDING'
        AND new.pipeline_version = (SELECT version FROM nlp_queue_version)
        AND new.doc_date IS NOT DISTINCT FROM (SELECT published FROM article WHERE id = new.article_id) THEN 0 ELSE 1 END
    WHERE article_id = new.article_id;
END;

CREATE TRIGGER nlp_queue_state_delete AFTER DELETE ON nlp_state
BEGIN
    UPDATE nlp_queue SET fresh = 1 WHERE article_id = old.article_id;
END;
