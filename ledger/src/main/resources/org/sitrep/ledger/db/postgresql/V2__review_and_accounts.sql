-- Review in the web app: analysts confirm, reject and correct incidents, merge and split them; every
-- change is a decision row with the value before it (the audit log shows before and after).
ALTER TABLE decisions ADD COLUMN previous TEXT;
ALTER TABLE incidents ADD COLUMN review TEXT;          -- confirmed | rejected | null (not reviewed)
ALTER TABLE incidents ADD COLUMN merged_into BIGINT;  -- an analyst merged this incident into that one

-- The map asks for a viewport and a date range: day first, then position, and what its clusters sum
-- (contested, fatalities) in the index itself, so counting a year of a theatre never reads the table.
CREATE INDEX incidents_map ON incidents (day_key, lat, lon, contested, fatalities_low)
    WHERE members > 0 AND dismissed = 0;

-- Accounts for `sitrep serve`. Passwords are stored only as bcrypt hashes, API tokens only as SHA-256.
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,                     -- viewer | analyst | admin
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE TABLE api_tokens (
    token_sha256 TEXT PRIMARY KEY,
    user_name    TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL
);
