-- Where business days are counted for requests answered by an agency.
ALTER TABLE agencies ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'America/New_York';

-- Tracking numbers LIA-<year>-<6 digits> take their digits from here: unique, never reused.
CREATE SEQUENCE tracking_numbers START WITH 1 INCREMENT BY 1 NOCACHE;

-- A filing: what a requester drafts and submits at once. Submitting turns it into one request
-- per (subject, agency) pair, all pointing back here as their batch.
CREATE TABLE filings (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    office_id        BIGINT        NOT NULL,
    created_by       BIGINT        NOT NULL,
    request_type     VARCHAR(30)   NOT NULL,
    priority         VARCHAR(20)   NOT NULL,
    items            VARCHAR(400)  NOT NULL,
    narrative        TEXT          NOT NULL,
    legal_authority  VARCHAR(400)  NULL,
    return_date      DATE          NULL,
    submitted_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT filings_office FOREIGN KEY (office_id) REFERENCES agencies (id),
    CONSTRAINT filings_creator FOREIGN KEY (created_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX filings_by_office ON filings (office_id, submitted_at, id);

CREATE TABLE filing_recipients (
    filing_id  BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    PRIMARY KEY (filing_id, agency_id),
    CONSTRAINT filing_recipients_filing FOREIGN KEY (filing_id) REFERENCES filings (id) ON DELETE CASCADE,
    CONSTRAINT filing_recipients_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

-- The people a filing is about, as typed; copied into each request at submit.
CREATE TABLE filing_subjects (
    filing_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    full_name       VARCHAR(200)  NOT NULL,
    aliases         VARCHAR(400)  NULL,
    date_of_birth   DATE          NULL,
    sex             VARCHAR(20)   NULL,
    citizenship     VARCHAR(100)  NULL,
    a_number        VARCHAR(20)   NULL,
    fbi_number      VARCHAR(20)   NULL,
    state_id        VARCHAR(30)   NULL,
    booking_number  VARCHAR(30)   NULL,
    PRIMARY KEY (filing_id, position),
    CONSTRAINT filing_subjects_filing FOREIGN KEY (filing_id) REFERENCES filings (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One request: one federal office to one local agency about one subject.
CREATE TABLE requests (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_number         VARCHAR(20)   NOT NULL,
    filing_id               BIGINT        NOT NULL,
    office_id               BIGINT        NOT NULL,
    agency_id               BIGINT        NOT NULL,
    created_by              BIGINT        NOT NULL,
    request_type            VARCHAR(30)   NOT NULL,
    priority                VARCHAR(20)   NOT NULL,
    state                   VARCHAR(30)   NOT NULL,
    outcome                 VARCHAR(30)   NULL,
    items                   VARCHAR(400)  NOT NULL,
    narrative               TEXT          NOT NULL,
    legal_authority         VARCHAR(400)  NULL,
    return_date             DATE          NULL,
    subject_name            VARCHAR(200)  NOT NULL,
    subject_aliases         VARCHAR(400)  NULL,
    subject_dob             DATE          NULL,
    subject_sex             VARCHAR(20)   NULL,
    subject_citizenship     VARCHAR(100)  NULL,
    a_number                VARCHAR(20)   NULL,
    fbi_number              VARCHAR(20)   NULL,
    state_id                VARCHAR(30)   NULL,
    booking_number          VARCHAR(30)   NULL,
    -- the due instant as the clock ledger last set it, kept for sorting; overdue is computed on reading
    due_at                  DATETIME(6)   NULL,
    clock_paused            BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at            DATETIME(6)   NULL,
    answered_at             DATETIME(6)   NULL,
    closed_at               DATETIME(6)   NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT requests_tracking UNIQUE (tracking_number),
    CONSTRAINT requests_filing FOREIGN KEY (filing_id) REFERENCES filings (id),
    CONSTRAINT requests_office FOREIGN KEY (office_id) REFERENCES agencies (id),
    CONSTRAINT requests_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
    CONSTRAINT requests_creator FOREIGN KEY (created_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The queue: emergencies first, then by due date, keyset-paginated on (priority rank, due, id).
CREATE INDEX requests_queue ON requests (agency_id, state, due_at, id);
CREATE INDEX requests_by_office ON requests (office_id, id);
CREATE INDEX requests_by_a_number ON requests (agency_id, a_number);
CREATE INDEX requests_by_fbi_number ON requests (agency_id, fbi_number);
CREATE INDEX requests_by_booking ON requests (agency_id, booking_number);

-- Each requested item, answered on its own.
CREATE TABLE request_items (
    request_id    BIGINT        NOT NULL,
    item          VARCHAR(30)   NOT NULL,
    disposition   VARCHAR(20)   NULL,
    answer_value  TEXT          NULL,
    basis         VARCHAR(1000) NULL,
    PRIMARY KEY (request_id, item),
    CONSTRAINT request_items_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT request_items_disposition CHECK (disposition IS NULL OR disposition IN ('PROVIDED', 'WITHHELD', 'NOT_HELD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The structured part of an answer, where it applies; release_at can be amended later.
CREATE TABLE request_answers (
    request_id      BIGINT        PRIMARY KEY,
    answered_by     BIGINT        NOT NULL,
    answered_at     DATETIME(6)   NOT NULL,
    booking_number  VARCHAR(30)   NULL,
    release_at      DATETIME(6)   NULL,
    facility        VARCHAR(200)  NULL,
    release_type    VARCHAR(100)  NULL,
    charges         VARCHAR(2000) NULL,
    bond            VARCHAR(500)  NULL,
    summary         TEXT          NULL,
    CONSTRAINT request_answers_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The request's timeline: every event, who and when. Visible to both sides except internal notes.
CREATE TABLE request_events (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    kind        VARCHAR(40)   NOT NULL,
    from_state  VARCHAR(30)   NULL,
    to_state    VARCHAR(30)   NULL,
    details     TEXT          NULL,
    CONSTRAINT request_events_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX request_events_by_request ON request_events (request_id, id);

-- The clock ledger: started, paused, resumed, extended, restarted, stopped — each with actor and reason.
CREATE TABLE clock_events (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    kind        VARCHAR(20)   NOT NULL,
    due_at      DATETIME(6)   NULL,
    basis       VARCHAR(20)   NULL,
    reason      VARCHAR(1000) NULL,
    CONSTRAINT clock_events_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX clock_events_by_request ON clock_events (request_id, id);

-- The message thread of a request. Internal notes are seen only inside the answering agency.
CREATE TABLE request_messages (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    body        TEXT          NOT NULL,
    CONSTRAINT request_messages_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT request_messages_kind CHECK (kind IN ('CLARIFICATION_QUESTION', 'CLARIFICATION_ANSWER', 'MESSAGE', 'INTERNAL_NOTE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX request_messages_by_request ON request_messages (request_id, id);

-- Files on messages and answers: PDF, PNG or JPEG by content, at most 10 MB, with their SHA-256.
CREATE TABLE attachments (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    message_id    BIGINT        NULL,
    item          VARCHAR(30)   NULL,
    uploaded_by   BIGINT        NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    CONSTRAINT attachments_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT attachments_message FOREIGN KEY (message_id) REFERENCES request_messages (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX attachments_by_request ON attachments (request_id, id);
