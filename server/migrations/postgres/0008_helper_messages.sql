-- A staff message on a request filed by a helper can go to the helper as well as to the person.
ALTER TABLE request_messages ADD COLUMN recipient TEXT NOT NULL DEFAULT 'person' CHECK (recipient IN ('person', 'helper'));
