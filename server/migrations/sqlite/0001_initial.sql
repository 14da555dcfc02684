-- Amana's initial schema (SQLite). Times are Unix seconds (UTC); dates are ISO 'YYYY-MM-DD' text.
-- Values that identify or describe a person are encrypted with that person's own key (person_keys).

-- The register of processing purposes.
CREATE TABLE purposes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    legal_basis TEXT NOT NULL,           -- code; text in Fluent legal-basis-<code>
    retention_code TEXT NOT NULL,        -- code; text in Fluent retention-<code>
    retention_days INTEGER NOT NULL,
    recipients TEXT NOT NULL DEFAULT '[]', -- JSON array of recipient codes
    consent_required INTEGER NOT NULL DEFAULT 0,
    consent_text_version INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    case_reference TEXT NOT NULL UNIQUE,
    date_of_birth TEXT NOT NULL,
    preferred_locale TEXT,
    region TEXT,
    email_enc BLOB,                      -- encrypted with the person's key
    phone_enc BLOB,
    created_at INTEGER NOT NULL,
    erased_at INTEGER
);

-- One data key per person, wrapped with the master key. Deleting the row makes every copy of their data unreadable.
CREATE TABLE person_keys (
    person_id INTEGER PRIMARY KEY REFERENCES people(id),
    wrapped_key BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE record_fields (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    category TEXT NOT NULL,
    field_key TEXT NOT NULL,
    value_enc BLOB,                      -- NULL once erased (tombstone)
    source_system TEXT NOT NULL,
    purpose_id INTEGER NOT NULL REFERENCES purposes(id),
    collected_at INTEGER NOT NULL,
    kept_until TEXT NOT NULL,
    restricted_at INTEGER,
    erased_at INTEGER,
    updated_at INTEGER NOT NULL
);
CREATE INDEX record_fields_person ON record_fields(person_id, category);

-- Consent is a history; the current state is the newest event per person and purpose.
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    purpose_id INTEGER NOT NULL REFERENCES purposes(id),
    action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    text_version INTEGER NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('self', 'helper', 'staff')),
    actor_id INTEGER,
    at INTEGER NOT NULL
);
CREATE INDEX consent_events_person ON consent_events(person_id, purpose_id, id);

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    is_default INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('caseworker', 'reviewer', 'dpo', 'admin', 'auditor')),
    office TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    totp_secret_enc BLOB,
    totp_enrolled_at INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    preferred_locale TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE staff_teams (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    team_id INTEGER NOT NULL REFERENCES teams(id),
    PRIMARY KEY (staff_id, team_id)
);

CREATE TABLE staff_recovery_codes (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    code_hash TEXT NOT NULL,
    used_at INTEGER
);

-- Ordered routing rules; NULL matches anything.
CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    request_kind TEXT,
    category TEXT,
    locale TEXT,
    region TEXT,
    sensitive INTEGER,
    team_id INTEGER NOT NULL REFERENCES teams(id)
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ngo', 'legal-aid', 'community-group')),
    contact TEXT NOT NULL,
    suspended_at INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE helpers (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    totp_secret_enc BLOB,
    totp_enrolled_at INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

CREATE TABLE mandates (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    helper_id INTEGER REFERENCES helpers(id),  -- NULL until the helper redeems the code
    scope TEXT NOT NULL,                        -- comma-separated: view,request,consent,complain
    expires_at INTEGER NOT NULL,
    code_hash TEXT,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    initiated_by TEXT NOT NULL CHECK (initiated_by IN ('person', 'helper')),
    created_at INTEGER NOT NULL,
    activated_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX mandates_person ON mandates(person_id);
CREATE INDEX mandates_helper ON mandates(helper_id);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    person_id INTEGER REFERENCES people(id),    -- NULL for an anonymous complaint
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'erasure', 'restriction', 'objection', 'complaint')),
    status TEXT NOT NULL CHECK (status IN ('submitted', 'in_review', 'awaiting_information', 'decided', 'completed', 'withdrawn')),
    locale TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    extended_due_at INTEGER,
    extension_reason TEXT,
    team_id INTEGER REFERENCES teams(id),
    assignee_id INTEGER REFERENCES staff(id),
    claimed_at INTEGER,
    submitted_by_kind TEXT NOT NULL CHECK (submitted_by_kind IN ('self', 'helper', 'staff', 'anonymous')),
    submitted_by_id INTEGER,
    explanation_enc BLOB,
    decision_outcome TEXT CHECK (decision_outcome IN ('approved', 'partly_approved', 'refused')),
    decision_reasons TEXT,                      -- JSON array of reason codes
    decision_note_enc BLOB,
    proposed_by INTEGER REFERENCES staff(id),
    approved_by INTEGER REFERENCES staff(id),
    concerns_staff_id INTEGER REFERENCES staff(id),  -- a complaint about a staff member is hidden from them
    receipt_hash TEXT UNIQUE,                   -- anonymous complaint receipt, hashed
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX requests_person ON requests(person_id);
CREATE INDEX requests_queue ON requests(team_id, status, due_at);

CREATE TABLE request_fields (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    field_id INTEGER NOT NULL REFERENCES record_fields(id),
    proposed_value_enc BLOB,
    previous_value_enc BLOB,
    PRIMARY KEY (request_id, field_id)
);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    at INTEGER NOT NULL,
    event TEXT NOT NULL,                        -- Fluent id suffix: timeline-<event>
    actor_kind TEXT NOT NULL,
    actor_id INTEGER,
    on_behalf_of INTEGER REFERENCES people(id),
    detail TEXT
);
CREATE INDEX request_events_request ON request_events(request_id, id);

CREATE TABLE request_messages (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    at INTEGER NOT NULL,
    author_kind TEXT NOT NULL,
    author_id INTEGER,
    template_key TEXT,
    body_enc BLOB,
    internal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_messages_request ON request_messages(request_id, id);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    storage_name TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    uploaded_by_kind TEXT NOT NULL,
    uploaded_by_id INTEGER,
    uploaded_at INTEGER NOT NULL
);

-- Append-only and hash-chained: hash = SHA-256(prev_hash || canonical event). Field names, never values.
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id INTEGER,
    actor_role TEXT,
    actor_office TEXT,
    on_behalf_of INTEGER,
    action TEXT NOT NULL,
    person_id INTEGER,
    object_type TEXT,
    object_id INTEGER,
    field_names TEXT NOT NULL DEFAULT '[]',
    reason TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_person ON audit_events(person_id, seq);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- Pending passwordless sign-ins. A row exists for every well-formed attempt, matching or not.
CREATE TABLE sign_in_challenges (
    id TEXT PRIMARY KEY,
    person_id INTEGER REFERENCES people(id),
    code_hash TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at INTEGER
);

-- Mail, SMS and webhooks leave through here: written in the same transaction as the change they announce,
-- delivered by a worker with retries. The idempotency key makes a retried delivery recognisable downstream.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT,                               -- cleared after delivery
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until INTEGER,
    delivered_at INTEGER,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox(delivered_at, next_attempt_at);
