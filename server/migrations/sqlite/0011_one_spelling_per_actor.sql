-- The person is stored as 'person' wherever an actor is named (it was 'self' on requests, consent, timeline
-- events, messages and documents). SQLite cannot change a CHECK in place: each constrained column is replaced by
-- one with the new CHECK, filled from the old. Audit events keep what they recorded (they are hash-chained) and
-- already said 'person'.
ALTER TABLE requests ADD COLUMN submitted_by TEXT NOT NULL DEFAULT 'person'
    CHECK (submitted_by IN ('person', 'helper', 'staff', 'anonymous'));
UPDATE requests SET submitted_by = CASE submitted_by_kind WHEN 'self' THEN 'person' ELSE submitted_by_kind END;
ALTER TABLE requests DROP COLUMN submitted_by_kind;
ALTER TABLE requests RENAME COLUMN submitted_by TO submitted_by_kind;

ALTER TABLE consent_events ADD COLUMN actor TEXT NOT NULL DEFAULT 'person' CHECK (actor IN ('person', 'helper', 'staff'));
UPDATE consent_events SET actor = CASE actor_kind WHEN 'self' THEN 'person' ELSE actor_kind END;
ALTER TABLE consent_events DROP COLUMN actor_kind;
ALTER TABLE consent_events RENAME COLUMN actor TO actor_kind;

UPDATE request_events SET actor_kind = 'person' WHERE actor_kind = 'self';
UPDATE request_messages SET author_kind = 'person' WHERE author_kind = 'self';
UPDATE attachments SET uploaded_by_kind = 'person' WHERE uploaded_by_kind = 'self';
