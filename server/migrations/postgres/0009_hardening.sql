-- Rate limits shared by every server instance: one row per limiter and key (the key is a keyed hash, never the
-- address or reference itself), holding the GCRA "theoretical arrival time" in Unix seconds. A row whose time is
-- in the past is back at full allowance and is pruned by housekeeping.
CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    tat BIGINT NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits(tat);

-- A helper request waiting for staff to print a code belongs to the team that handles the person's requests:
-- only that team's staff see it and may print. Printing is remembered so the person is told at their next sign-in.
ALTER TABLE mandates ADD COLUMN team_id BIGINT REFERENCES teams(id);
ALTER TABLE mandates ADD COLUMN printed_at BIGINT;
ALTER TABLE mandates ADD COLUMN print_announced_at BIGINT;

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE. (A database owner can disable this trigger; the
-- HMAC chain and the checkpoints outside the database catch what they do then.)
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
