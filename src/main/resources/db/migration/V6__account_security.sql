-- Account security (DESIGN.md §7): lockout, multi-factor authentication, password changes, deactivation.
ALTER TABLE accounts
    ADD COLUMN locked_until          DATETIME(6)  NULL,
    ADD COLUMN totp_secret           VARCHAR(64)  NULL,
    ADD COLUMN mfa_enrolled_at       DATETIME(6)  NULL,
    ADD COLUMN last_totp_step        BIGINT       NULL,
    ADD COLUMN password_changed_at   DATETIME(6)  NULL,
    ADD COLUMN must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN deactivated_at        DATETIME(6)  NULL,
    ADD COLUMN deactivated_reason    VARCHAR(200) NULL;

-- Agencies get contact details for administrators.
ALTER TABLE agencies
    ADD COLUMN contact_email  VARCHAR(254) NULL,
    ADD COLUMN contact_phone  VARCHAR(40)  NULL;

-- One-time recovery codes, stored hashed; used_at set once.
CREATE TABLE recovery_codes (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    code_hash   VARCHAR(100) NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT recovery_codes_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);

-- One-time links (invitations, password resets): only the SHA-256 of the token is stored.
CREATE TABLE account_tokens (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_by  BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT account_tokens_hash UNIQUE (token_hash),
    CONSTRAINT account_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT account_tokens_purpose CHECK (purpose IN ('INVITE', 'PASSWORD_RESET'))
) ENGINE=InnoDB;

-- Sign-in attempts per client address, for rate limiting shared by every app instance.
CREATE TABLE sign_in_attempts (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_ip   VARCHAR(64)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB;

CREATE INDEX sign_in_attempts_by_ip ON sign_in_attempts (client_ip, occurred_at);
