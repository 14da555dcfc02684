-- A new staff or helper account has no password until its holder opens the one-time enrolment link mailed to
-- their own address (valid 72 hours, stored only as a keyed hash) and chooses one.
CREATE TABLE enrolment_links (
    id INTEGER PRIMARY KEY,
    account_kind TEXT NOT NULL CHECK (account_kind IN ('staff', 'helper')),
    account_id INTEGER NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX enrolment_links_account ON enrolment_links(account_kind, account_id);

-- Which account a session is signed in as, so resetting a second factor or deactivating an account can end
-- its sessions at once.
ALTER TABLE sessions ADD COLUMN staff_id INTEGER;
ALTER TABLE sessions ADD COLUMN helper_id INTEGER;
CREATE INDEX sessions_staff ON sessions(staff_id);
CREATE INDEX sessions_helper ON sessions(helper_id);

-- A message that could not be delivered is parked; its sealed payload is cleared once the parked message is
-- older than the retention period.
ALTER TABLE outbox ADD COLUMN parked_at INTEGER;
CREATE INDEX outbox_parked ON outbox(parked_at);
