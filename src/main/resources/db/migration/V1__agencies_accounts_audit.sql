-- Agencies: federal offices file requests, local agencies answer them.
CREATE TABLE agencies (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    jurisdiction  VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT agencies_kind CHECK (kind IN ('FEDERAL_OFFICE', 'LOCAL_AGENCY')),
    CONSTRAINT agencies_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- People who sign in; the e-mail address is the sign-in name. No agency: the portal's own staff (system admins).
CREATE TABLE accounts (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT       NULL,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    job_title         VARCHAR(200) NULL,
    password_hash     VARCHAR(100) NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts   INT          NOT NULL DEFAULT 0,
    last_failed_at    DATETIME(6)  NULL,
    last_sign_in_at   DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT accounts_email UNIQUE (email),
    CONSTRAINT accounts_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX accounts_by_agency ON accounts (agency_id, display_name);

-- A person may hold several roles inside their agency.
CREATE TABLE account_roles (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT account_roles_role CHECK (role IN ('REQUESTER', 'APPROVER', 'CLERK', 'AGENCY_ADMIN', 'SYSTEM_ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only, hash-chained audit log: each entry holds the hash of the one before it.
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    actor_email   VARCHAR(254)  NULL,
    agency_id     BIGINT        NULL,
    action        VARCHAR(64)   NOT NULL,
    object_type   VARCHAR(64)   NULL,
    object_id     VARCHAR(64)   NULL,
    details       VARCHAR(2000) NULL,
    client_ip     VARCHAR(64)   NULL,
    prev_hash     CHAR(64)      NOT NULL,
    entry_hash    CHAR(64)      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX audit_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_by_action ON audit_log (action, id);

-- One row that every appender locks, so entries chain in one order even with several app instances.
CREATE TABLE audit_chain_head (
    id         TINYINT  PRIMARY KEY,
    last_hash  CHAR(64) NOT NULL
) ENGINE=InnoDB;

INSERT INTO audit_chain_head (id, last_hash)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
