-- The published figures of the transparency page: a job computes them (suppressed, never a raw count) into a
-- snapshot, so a page view reads one row instead of aggregating every request.
CREATE TABLE transparency_snapshots (
    id INTEGER PRIMARY KEY,
    computed_at INTEGER NOT NULL,
    report TEXT NOT NULL
);
CREATE INDEX transparency_snapshots_newest ON transparency_snapshots(computed_at);
-- The figures are cut by the moment a request was answered or withdrawn, found among its events.
CREATE INDEX request_events_event ON request_events(event, at);
CREATE INDEX requests_received ON requests(received_at);
