-- Every certified-answer PDF issued (issue 13): the verification code printed in it, the SHA-256 of its bytes
-- (a hash cannot be printed inside the document it hashes, so the code links to it), and what the public "Verify a
-- document" page may say about it: which agency, when, certified by whom. audit_entry_id: the audit entry of its
-- download, whose place in the chain tells whether a signed checkpoint covers it.
CREATE TABLE certified_documents (
    code               CHAR(14)     PRIMARY KEY,
    sha256             CHAR(64)     NOT NULL,
    request_id         BIGINT       NOT NULL,
    agency_name        VARCHAR(200) NOT NULL,
    certified_by_name  VARCHAR(200) NULL,
    certified_by_title VARCHAR(200) NULL,
    certified_at       DATETIME(6)  NULL,
    issued_at          DATETIME(6)  NOT NULL,
    audit_entry_id     BIGINT       NOT NULL,
    CONSTRAINT certified_documents_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX certified_documents_by_sha256 ON certified_documents (sha256);
