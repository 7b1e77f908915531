-- Parallax library on PostgreSQL, schema 11: the partial indexes the gazetteer reads (see
-- db/V011__gazetteer_indexes.sql), the same on both engines.
CREATE INDEX mention_manual ON mention (origin) WHERE origin = 'MANUAL' AND rejected = 0 AND custom_type IS NULL;
CREATE INDEX entity_name_locked ON entity (name_locked) WHERE name_locked = 1;
