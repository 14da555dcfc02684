-- The breach register (GDPR Art. 33): what happened, the risk assessment with its reasoning, when the supervisory
-- authority was told (72 hours from awareness) and what was added later; the people concerned and when each was
-- sent the notice of Art. 34. Free text stays in the register; a person's notice is built from the closed lists.
CREATE TABLE breaches (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    discovered_at INTEGER NOT NULL,
    aware_at INTEGER NOT NULL,
    nature TEXT NOT NULL CHECK (nature IN ('confidentiality', 'integrity', 'availability')),
    description TEXT NOT NULL,
    categories TEXT NOT NULL,               -- JSON array of category keys
    approx_people INTEGER NOT NULL,
    approx_records INTEGER NOT NULL,
    consequences TEXT NOT NULL,             -- JSON arrays of the closed lists' keys
    measures TEXT NOT NULL,
    advice TEXT NOT NULL,
    risk TEXT NOT NULL CHECK (risk IN ('unlikely', 'risk', 'high')),
    risk_reasoning TEXT NOT NULL,
    processor_reported_at INTEGER,
    authority_notified_at INTEGER,
    authority_reference TEXT,
    delay_reason TEXT,
    recorded_by INTEGER NOT NULL REFERENCES staff(id),
    recorded_at INTEGER NOT NULL
);
CREATE TABLE breach_updates (
    id INTEGER PRIMARY KEY,
    breach_id INTEGER NOT NULL REFERENCES breaches(id),
    at INTEGER NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    text TEXT NOT NULL
);
CREATE TABLE breach_people (
    breach_id INTEGER NOT NULL REFERENCES breaches(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    added_at INTEGER NOT NULL,
    notified_at INTEGER,
    PRIMARY KEY (breach_id, person_id)
);
CREATE INDEX breach_people_person ON breach_people(person_id);
