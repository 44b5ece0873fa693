-- Each person's notification preferences (issue 11). No row: the defaults (every kind by e-mail and in-app, the
-- daily digest on, no mail on quiet days).
CREATE TABLE notification_preferences (
    account_id       BIGINT       NOT NULL PRIMARY KEY,
    digest           BOOLEAN      NOT NULL DEFAULT TRUE,
    quiet_digest     BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT notification_preferences_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The kinds a person reads in the portal only (no e-mail). Emergencies and court orders go by e-mail regardless.
CREATE TABLE notification_in_app_only (
    account_id       BIGINT       NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT notification_in_app_only_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
