-- Certified answers, chain of custody and disclosure accounting (DESIGN.md §5 and §8).
-- Names and identifiers are copied as they were at the moment: a record of what happened must not change when an
-- account is renamed or a request corrected later.

-- The clerk's certification of an answer, in the words the clerk confirmed.
CREATE TABLE answer_certifications (
    request_id    BIGINT        PRIMARY KEY,
    certified_by  BIGINT        NOT NULL,
    clerk_name    VARCHAR(200)  NOT NULL,
    clerk_title   VARCHAR(200)  NOT NULL,
    agency_name   VARCHAR(200)  NOT NULL,
    certified_at  DATETIME(6)   NOT NULL,
    statement     VARCHAR(1000) NOT NULL,
    CONSTRAINT answer_certifications_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT answer_certifications_clerk FOREIGN KEY (certified_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every download of a request's file or of its certified answer: who, when, which file, and the SHA-256 of the
-- bytes that left the portal. attachment_id is a plain reference: the name and hash are kept here in any case.
CREATE TABLE document_downloads (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    downloaded_at  DATETIME(6)   NOT NULL,
    document_kind  VARCHAR(20)   NOT NULL,
    attachment_id  BIGINT        NULL,
    file_name      VARCHAR(255)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    CONSTRAINT document_downloads_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT document_downloads_account FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT document_downloads_kind CHECK (document_kind IN ('ATTACHMENT', 'CERTIFIED_ANSWER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX document_downloads_by_request ON document_downloads (request_id, id);

-- Disclosure accounting: every answer (or amended release date) that gives a subject's information to an office.
-- agency_id is the disclosing agency; its clerks and admins list these, searched by identifier or date.
CREATE TABLE disclosures (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id                BIGINT        NOT NULL,
    request_id               BIGINT        NOT NULL,
    occasion                 VARCHAR(20)   NOT NULL,
    tracking_number          VARCHAR(20)   NOT NULL,
    request_type             VARCHAR(30)   NOT NULL,
    legal_process            VARCHAR(30)   NOT NULL,
    subject_name             VARCHAR(200)  NOT NULL,
    a_number                 VARCHAR(20)   NULL,
    booking_number           VARCHAR(30)   NULL,
    answered_booking_number  VARCHAR(30)   NULL,
    items                    VARCHAR(400)  NOT NULL,
    documents                TEXT          NULL,
    office_id                BIGINT        NOT NULL,
    office_name              VARCHAR(200)  NOT NULL,
    recipient_id             BIGINT        NOT NULL,
    recipient_name           VARCHAR(200)  NOT NULL,
    disclosed_by             BIGINT        NOT NULL,
    disclosed_by_name        VARCHAR(200)  NOT NULL,
    disclosed_at             DATETIME(6)   NOT NULL,
    CONSTRAINT disclosures_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
    CONSTRAINT disclosures_request FOREIGN KEY (request_id) REFERENCES requests (id),
    CONSTRAINT disclosures_office FOREIGN KEY (office_id) REFERENCES agencies (id),
    CONSTRAINT disclosures_recipient FOREIGN KEY (recipient_id) REFERENCES accounts (id),
    CONSTRAINT disclosures_clerk FOREIGN KEY (disclosed_by) REFERENCES accounts (id),
    CONSTRAINT disclosures_occasion CHECK (occasion IN ('ANSWER', 'RELEASE_AMENDED')),
    CONSTRAINT disclosures_process CHECK (legal_process IN ('NONE', 'ADMINISTRATIVE_SUBPOENA', 'JUDICIAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Newest first (keyset on id) within the agency, by identifier or by date.
CREATE INDEX disclosures_by_agency ON disclosures (agency_id, id);
CREATE INDEX disclosures_by_a_number ON disclosures (agency_id, a_number, id);
CREATE INDEX disclosures_by_booking ON disclosures (agency_id, booking_number, id);
CREATE INDEX disclosures_by_answered_booking ON disclosures (agency_id, answered_booking_number, id);
CREATE INDEX disclosures_by_date ON disclosures (agency_id, disclosed_at, id);
