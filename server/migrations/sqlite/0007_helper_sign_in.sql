-- Helpers sign in like staff: password, then a TOTP second factor with a replay guard and recovery codes.
ALTER TABLE helpers ADD COLUMN totp_last_step INTEGER;
ALTER TABLE helpers ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE helpers ADD COLUMN preferred_locale TEXT;

CREATE TABLE helper_recovery_codes (
    id INTEGER PRIMARY KEY,
    helper_id INTEGER NOT NULL REFERENCES helpers(id),
    code_hash TEXT NOT NULL,
    used_at INTEGER
);
