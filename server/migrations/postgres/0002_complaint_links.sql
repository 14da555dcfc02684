-- A complaint can point at one of the person's requests.
ALTER TABLE requests ADD COLUMN related_request_id BIGINT REFERENCES requests(id);
