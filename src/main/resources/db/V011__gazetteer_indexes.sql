-- Parallax library, schema 11: the user's own names (manual mentions, renamed entities) are read for every article
-- recognition stores; without these partial indexes that read scanned every mention and entity of the library, so
-- storing one article grew slower as the library filled. Both indexes hold only the few rows the gazetteer reads.
CREATE INDEX mention_manual ON mention (origin) WHERE origin = 'MANUAL' AND rejected = 0 AND custom_type IS NULL;
CREATE INDEX entity_name_locked ON entity (name_locked) WHERE name_locked = 1;
