-- The audit log without a global lock (issue 13): an entry is written unchained (seq, prev_hash and entry_hash
-- NULL) in the transaction of the change it records; one sequencer (AuditSequencer) later gives each committed entry
-- its sequence number and hashes, in batches, holding the chain head. Appenders no longer touch the head row.
ALTER TABLE audit_log
    MODIFY prev_hash  CHAR(64) NULL,
    MODIFY entry_hash CHAR(64) NULL,
    ADD COLUMN seq BIGINT NULL AFTER id;

-- the entries chained so far, by the old rule (one chain in id order), keep their hashes and get their numbers
UPDATE audit_log a
    JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM audit_log) r ON r.id = a.id
SET a.seq = r.n;

-- chain order; unchained entries (seq NULL) are found through it, oldest id first
CREATE UNIQUE INDEX audit_by_seq ON audit_log (seq);

ALTER TABLE audit_chain_head
    ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;

UPDATE audit_chain_head SET last_seq = (SELECT COUNT(*) FROM audit_log) WHERE id = 1;

-- Signed checkpoints: (seq, head hash, time) signed with the portal's Ed25519 key, kept outside the database. A
-- copy of each is kept here too, for the audit page and the verify page; the file outside is what verification
-- trusts. verified_at: when verify-audit last found the chain extending this checkpoint (incremental verification
-- starts from the newest such one).
CREATE TABLE audit_checkpoints (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    seq          BIGINT       NOT NULL,
    head_hash    CHAR(64)     NOT NULL,
    signed_at    DATETIME(6)  NOT NULL,
    key_id       CHAR(16)     NOT NULL,
    signature    VARCHAR(200) NOT NULL,
    verified_at  DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX audit_checkpoints_by_seq ON audit_checkpoints (seq);
