-- Reminders the portal has sent: one per request, kind (due-soon, overdue) and due instant, so each is sent once;
-- a new due date (an extension, a court order) gets reminders of its own.
CREATE TABLE reminders (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    sent_at          DATETIME(6)  NOT NULL,
    CONSTRAINT reminders_once UNIQUE (request_id, kind, due_at),
    CONSTRAINT reminders_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- In-app notifications: one row per person per event or reminder (the unique keys hold "at most one"), newest
-- first by id.
CREATE TABLE notifications (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    request_id       BIGINT       NOT NULL,
    event_id         BIGINT       NULL,
    reminder_id      BIGINT       NULL,
    kind             VARCHAR(40)  NOT NULL,
    emergency        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    CONSTRAINT notifications_once UNIQUE (event_id, account_id),
    CONSTRAINT notifications_reminded_once UNIQUE (reminder_id, account_id),
    CONSTRAINT notifications_cause CHECK ((event_id IS NULL) <> (reminder_id IS NULL)),
    CONSTRAINT notifications_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
    CONSTRAINT notifications_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT notifications_event FOREIGN KEY (event_id) REFERENCES request_events (id),
    CONSTRAINT notifications_reminder FOREIGN KEY (reminder_id) REFERENCES reminders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX notifications_by_account ON notifications (account_id, id);
CREATE INDEX notifications_unread ON notifications (account_id, read_at);

-- The e-mail outbox, written in the event's transaction; the delivery job sends what is due. No personal data of a
-- subject is ever stored here: the mail says only the tracking number, what happened, the due date and a link.
CREATE TABLE mail_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    notification_id  BIGINT        NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        TEXT          NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    -- when it was (re)queued: temporary failures are retried for 24 hours from here, then the mail is failed
    queued_at        DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    CONSTRAINT mail_outbox_once UNIQUE (notification_id),
    CONSTRAINT mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notifications (id) ON DELETE SET NULL,
    CONSTRAINT mail_outbox_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at, id);

-- Daily digests: one per person per day of their agency's calendar, whether or not it had anything to say.
CREATE TABLE digests (
    account_id       BIGINT       NOT NULL,
    local_date       DATE         NOT NULL,
    sent_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, local_date),
    CONSTRAINT digests_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- db-scheduler's table (its MySQL schema): with several instances on one database, each job runs once.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100) NOT NULL,
    task_instance         VARCHAR(100) NOT NULL,
    task_data             BLOB,
    execution_time        TIMESTAMP(6) NOT NULL,
    picked                BOOLEAN      NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP(6) NULL,
    last_failure          TIMESTAMP(6) NULL,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP(6) NULL,
    version               BIGINT       NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat),
    INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
