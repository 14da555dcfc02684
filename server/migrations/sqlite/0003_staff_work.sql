-- Staff work on requests: the clock stopped while identity is unverified, deadline warnings sent once,
-- a TOTP replay guard, and the message templates staff send (one text per locale).
ALTER TABLE requests ADD COLUMN clock_paused_at INTEGER;
ALTER TABLE requests ADD COLUMN warned_at INTEGER;
ALTER TABLE requests ADD COLUMN escalated_at INTEGER;
ALTER TABLE staff ADD COLUMN totp_last_step INTEGER;

CREATE TABLE message_templates (
    key TEXT NOT NULL,
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (key, locale)
);
