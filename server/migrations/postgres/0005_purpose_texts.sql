-- What each purpose is called and how it is explained, per locale: seeded from the catalogue, edited by
-- administrators in the purpose register.
CREATE TABLE purpose_texts (
    purpose_id BIGINT NOT NULL REFERENCES purposes(id),
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (purpose_id, locale)
);
