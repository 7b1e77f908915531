-- Parallax library, schema 4: events the user adds or edits by hand. A manual event is never merged into, changed or
-- deleted by an NLP re-run; it may have no source sentence at all, so losing its last source does not delete it.
ALTER TABLE event ADD COLUMN origin TEXT NOT NULL DEFAULT 'AUTO' CHECK (origin IN ('AUTO', 'MANUAL'));
ALTER TABLE event ADD COLUMN note TEXT;

DROP TRIGGER event_orphan_delete;

CREATE TRIGGER event_orphan_delete AFTER DELETE ON event_source
BEGIN
    DELETE FROM event WHERE id = old.event_id AND origin = 'AUTO'
        AND NOT EXISTS (SELECT 1 FROM event_source WHERE event_id = old.event_id);
END;

CREATE INDEX event_entity_entity ON event_entity (entity_id);
