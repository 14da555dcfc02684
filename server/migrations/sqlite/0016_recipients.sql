-- The register of recipients and their data-sharing agreements (published on /recipients, named on My data). The
-- terms every agreement must hold are checked here as well as in the register: no onward transfer, the authority
-- told of a breach within 24 hours, a right to audit, an end date.
CREATE TABLE recipients (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    origin_authority INTEGER NOT NULL CHECK (origin_authority IN (0, 1)),
    purpose TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    categories TEXT NOT NULL,                 -- JSON array of category keys
    retention_days INTEGER NOT NULL CHECK (retention_days > 0),
    breach_notice_hours INTEGER NOT NULL CHECK (breach_notice_hours BETWEEN 1 AND 24),
    onward_transfer INTEGER NOT NULL DEFAULT 0 CHECK (onward_transfer = 0),
    audit_right INTEGER NOT NULL DEFAULT 1 CHECK (audit_right = 1),
    ends_on TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES staff(id),
    created_at INTEGER NOT NULL
);
