-- Sign-in security (issue 5, Authentication).
-- When the current streak of failed attempts began: 5 failures within 15 minutes of it lock the account.
ALTER TABLE accounts
    ADD COLUMN failure_streak_started_at DATETIME(6) NULL;

-- Failed attempts on sign-in names that match no account, counted and locked exactly like an account's, so the
-- "account locked" message appears for any name after 5 failures and tells nobody whether an account exists.
-- Only the SHA-256 of the normalised name is kept; rows are pruned once their streak and lock are over.
CREATE TABLE sign_in_name_failures (
    name_hash          CHAR(64)    NOT NULL PRIMARY KEY,
    failures           INT         NOT NULL,
    streak_started_at  DATETIME(6) NULL,
    locked_until       DATETIME(6) NULL
) ENGINE=InnoDB;

-- The rate limiter deletes attempts older than its window, for every address at once.
CREATE INDEX sign_in_attempts_by_time ON sign_in_attempts (occurred_at);
