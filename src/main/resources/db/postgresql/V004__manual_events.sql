-- Parallax library on PostgreSQL, schema 4: events the user adds or edits by hand. A manual event is never merged
-- into, changed or deleted by an NLP re-run; it may have no source sentence at all, so losing its last source does not
-- delete it. Same as db/V004__manual_events.sql.
ALTER TABLE event ADD COLUMN origin TEXT NOT NULL DEFAULT 'AUTO' CHECK (origin IN ('AUTO', 'MANUAL'));
ALTER TABLE event ADD COLUMN note TEXT;

-- the trigger event_orphan_delete (V002) stays; its function gains the origin rule
CREATE OR REPLACE FUNCTION event_orphan_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event WHERE id = OLD.event_id AND origin = 'AUTO'
        AND NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = OLD.event_id);
    RETURN NULL;
END;
$$;

CREATE INDEX event_entity_entity ON event_entity (entity_id);
