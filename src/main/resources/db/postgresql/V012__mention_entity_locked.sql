-- Parallax library on PostgreSQL, schema 12: which mention-to-entity links the user decided (link, merge, split), so
-- that an NLP re-run keeps them (see db/V012__mention_entity_locked.sql). The UPDATE is kept as on SQLite (on a new
-- server library it finds no rows).
ALTER TABLE mention ADD COLUMN entity_locked INTEGER NOT NULL DEFAULT 0;

UPDATE mention SET entity_locked = 1
WHERE entity_id IS NOT NULL AND (origin = 'MANUAL' OR entity_id IN (SELECT id FROM entity WHERE name_locked = 1));

-- an entity's forms and their counts (its display name) read from the index alone
CREATE INDEX mention_entity_text ON mention (entity_id, text);
