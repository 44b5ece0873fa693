-- Approval is a signature (issue 10): the approving officer affirms a statement before a subpoena is served. The
-- statement as it was affirmed (its words, with the officer's name and the subpoena's number), who affirmed it and
-- when are kept with the approval; the timeline line of the approval carries the same words.
CREATE TABLE approval_affirmations (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL,
    affirmed_by  BIGINT       NOT NULL,
    affirmed_at  DATETIME(6)  NOT NULL,
    statement    TEXT         NOT NULL,
    CONSTRAINT approval_affirmations_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT approval_affirmations_officer FOREIGN KEY (affirmed_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX approval_affirmations_by_request ON approval_affirmations (request_id, id);
