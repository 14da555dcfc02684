-- Source systems: the authority's own systems that load records through the API (/api/v1), learn of approved
-- changes (a pull feed and a signed webhook) and report who in their offices looked at a person's file.

CREATE TABLE source_systems (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,               -- as record_fields.source_system names it
    contact TEXT NOT NULL,
    purposes TEXT NOT NULL DEFAULT '[]',     -- JSON array of purpose keys it may write
    categories TEXT NOT NULL DEFAULT '[]',   -- JSON array of category keys it may write
    webhook_url TEXT,
    webhook_secret_enc TEXT,                 -- sealed under the system key
    created_at INTEGER NOT NULL
);

-- `amana_<public_id>_<secret>`: only a keyed hash of the secret is kept.
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    system_id INTEGER NOT NULL REFERENCES source_systems(id),
    secret_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,                    -- JSON array of scope keys
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_keys_system ON api_keys(system_id);

-- The first answer to a POST with an Idempotency-Key, replayed for a retry with the same body.
CREATE TABLE api_idempotency (
    system_id INTEGER NOT NULL REFERENCES source_systems(id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER,                          -- NULL while the first call is still running
    location TEXT,
    body TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (system_id, idempotency_key)
);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    system_id INTEGER NOT NULL REFERENCES source_systems(id),
    key_id INTEGER NOT NULL REFERENCES api_keys(id),
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'stopped')),
    lines INTEGER NOT NULL DEFAULT 0,
    people INTEGER NOT NULL DEFAULT 0,
    fields INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    finished_at INTEGER
);

-- Per-line problems: a JSON pointer and a stable code, never the value.
CREATE TABLE import_errors (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    line INTEGER NOT NULL,
    pointer TEXT NOT NULL,
    code TEXT NOT NULL
);
CREATE INDEX import_errors_import ON import_errors(import_id, id);

-- An approved change a source system must carry out (the feed /changes, and the webhook with the same id).
CREATE TABLE upstream_changes (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    system_id INTEGER NOT NULL REFERENCES source_systems(id),
    request_id INTEGER NOT NULL REFERENCES requests(id),
    event TEXT NOT NULL,
    payload TEXT NOT NULL,                   -- sealed (a correction carries the new value)
    created_at INTEGER NOT NULL,
    ack_outcome TEXT CHECK (ack_outcome IN ('applied', 'rejected')),
    ack_reason TEXT,
    acked_at INTEGER
);
CREATE INDEX upstream_changes_system ON upstream_changes(system_id, id);
CREATE INDEX upstream_changes_request ON upstream_changes(request_id);

-- Who in a source system's own offices looked at a person's file.
CREATE TABLE access_events (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES source_systems(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    query_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    office TEXT NOT NULL,
    role TEXT NOT NULL,
    purpose TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    fields TEXT NOT NULL,                    -- JSON array of field keys
    hidden_until INTEGER,
    hidden_reason TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (system_id, query_id)
);
CREATE INDEX access_events_person ON access_events(person_id, at);

CREATE INDEX record_fields_source ON record_fields(person_id, source_system);
