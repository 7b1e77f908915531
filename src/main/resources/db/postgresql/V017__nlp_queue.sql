-- Parallax library on PostgreSQL, schema 17: the NLP queue kept as rows (see db/V017__nlp_queue.sql), kept by
-- plpgsql triggers in the same transaction as the article or state they follow.
CREATE TABLE nlp_queue_version (
    version TEXT
);
INSERT INTO nlp_queue_version (version)
    SELECT (SELECT pipeline_version FROM nlp_state GROUP BY pipeline_version ORDER BY count(*) DESC, pipeline_version LIMIT 1);

CREATE TABLE nlp_queue (
    article_id BIGINT  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    text_bytes INTEGER NOT NULL,
    fresh      INTEGER NOT NULL DEFAULT 1
);

INSERT INTO nlp_queue (article_id, text_bytes, fresh)
    SELECT a.id, octet_length(a.text), CASE WHEN s.article_id IS NOT NULL AND s.status <> 'PENDING'
        AND s.pipeline_version = (SELECT version FROM nlp_queue_version) AND s.doc_date IS NOT DISTINCT FROM a.published
        THEN 0 ELSE 1 END
    FROM article a LEFT JOIN nlp_state s ON s.article_id = a.id;

CREATE INDEX nlp_queue_fresh ON nlp_queue (article_id, text_bytes) WHERE fresh = 1;
CREATE INDEX nlp_queue_fresh_size ON nlp_queue (text_bytes, article_id) WHERE fresh = 1;
-- due retries in their order (retry_after, then id) without a sort
CREATE INDEX nlp_state_retry_order ON nlp_state (retry_after, article_id) WHERE retry_after IS NOT NULL;
ANALYZE nlp_queue;

CREATE FUNCTION nlp_queue_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO nlp_queue (article_id, text_bytes, fresh) VALUES (NEW.id, octet_length(NEW.text), 1);
    ELSIF TG_ARGV[0] = 'text' THEN
        UPDATE nlp_queue SET text_bytes = octet_length(NEW.text) WHERE article_id = NEW.id;
    ELSE
        UPDATE nlp_queue SET fresh = CASE WHEN EXISTS (SELECT 1 FROM nlp_state s WHERE s.article_id = NEW.id
            AND s.status <> 'PENDING' AND s.pipeline_version = (SELECT version FROM nlp_queue_version)
            AND s.doc_date IS NOT DISTINCT FROM NEW.published) THEN 0 ELSE 1 END
        WHERE article_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER nlp_queue_article_insert AFTER INSERT ON article
    FOR EACH ROW EXECUTE FUNCTION nlp_queue_article('insert');
CREATE TRIGGER nlp_queue_article_text AFTER UPDATE OF text ON article
    FOR EACH ROW EXECUTE FUNCTION nlp_queue_article('text');
CREATE TRIGGER nlp_queue_article_published AFTER UPDATE OF published ON article
    FOR EACH ROW EXECUTE FUNCTION nlp_queue_article('published');

CREATE FUNCTION nlp_queue_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF TG_OP = 'DELETE' OR OLD.article_id <> NEW.article_id THEN
            UPDATE nlp_queue SET fresh = 1 WHERE article_id = OLD.article_id;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE nlp_queue SET fresh = CASE WHEN NEW.status <> 'PENDING'
            AND NEW.pipeline_version = (SELECT version FROM nlp_queue_version)
            AND NEW.doc_date IS NOT DISTINCT FROM (SELECT published FROM article WHERE id = NEW.article_id) THEN 0 ELSE 1 END
        WHERE article_id = NEW.article_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER nlp_queue_state AFTER INSERT OR UPDATE OR DELETE ON nlp_state
    FOR EACH ROW EXECUTE FUNCTION nlp_queue_state();
