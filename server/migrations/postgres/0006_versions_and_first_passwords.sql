-- Every change of a request's state bumps its version, so an approval applies to exactly the proposal the
-- approver saw. An account created or reset by an administrator must choose its own password at first sign-in.
ALTER TABLE requests ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
