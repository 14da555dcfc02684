-- The person is stored as 'person' wherever an actor is named (it was 'self' on requests, consent, timeline
-- events, messages and documents). Audit events keep what they recorded (they are hash-chained) and already
-- said 'person'.
ALTER TABLE requests DROP CONSTRAINT requests_submitted_by_kind_check;
UPDATE requests SET submitted_by_kind = 'person' WHERE submitted_by_kind = 'self';
ALTER TABLE requests ADD CONSTRAINT requests_submitted_by_kind_check
    CHECK (submitted_by_kind IN ('person', 'helper', 'staff', 'anonymous'));

ALTER TABLE consent_events DROP CONSTRAINT consent_events_actor_kind_check;
UPDATE consent_events SET actor_kind = 'person' WHERE actor_kind = 'self';
ALTER TABLE consent_events ADD CONSTRAINT consent_events_actor_kind_check CHECK (actor_kind IN ('person', 'helper', 'staff'));

UPDATE request_events SET actor_kind = 'person' WHERE actor_kind = 'self';
UPDATE request_messages SET author_kind = 'person' WHERE author_kind = 'self';
UPDATE attachments SET uploaded_by_kind = 'person' WHERE uploaded_by_kind = 'self';
