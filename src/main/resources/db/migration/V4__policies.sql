-- Agency information-sharing policies (DESIGN.md §6). A version is never edited: publishing adds the next one,
-- and answers keep pointing at the version they relied on.
CREATE TABLE policy_versions (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    version       INT           NOT NULL,
    statement     TEXT          NOT NULL,
    effective_on  DATE          NOT NULL,
    -- null: entered by the portal on the agency's behalf (the demo's seed), not by one of its admins
    published_by  BIGINT        NULL,
    published_at  DATETIME(6)   NOT NULL,
    CONSTRAINT policy_versions_number UNIQUE (agency_id, version),
    CONSTRAINT policy_versions_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
    CONSTRAINT policy_versions_publisher FOREIGN KEY (published_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The legal citations of a version, in the order the agency gave them.
CREATE TABLE policy_citations (
    policy_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    citation   VARCHAR(300)  NOT NULL,
    PRIMARY KEY (policy_id, position),
    CONSTRAINT policy_citations_policy FOREIGN KEY (policy_id) REFERENCES policy_versions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The matrix: for each requested item and legal process, what the version says the agency shares.
CREATE TABLE policy_rules (
    policy_id  BIGINT       NOT NULL,
    item       VARCHAR(30)  NOT NULL,
    process    VARCHAR(30)  NOT NULL,
    decision   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (policy_id, item, process),
    CONSTRAINT policy_rules_policy FOREIGN KEY (policy_id) REFERENCES policy_versions (id) ON DELETE CASCADE,
    CONSTRAINT policy_rules_process CHECK (process IN ('NONE', 'ADMINISTRATIVE_SUBPOENA', 'JUDICIAL')),
    CONSTRAINT policy_rules_decision CHECK (decision IN ('SHARES', 'DOES_NOT_SHARE', 'PUBLIC_ONLY'))
) ENGINE=InnoDB;

-- The version an answer relied on: the one the clerk saw suggestions from (null: the agency had none).
ALTER TABLE request_answers
    ADD COLUMN policy_version_id BIGINT NULL,
    ADD CONSTRAINT request_answers_policy FOREIGN KEY (policy_version_id) REFERENCES policy_versions (id);

-- The basis a withheld item cites, as chosen: one of the version's citations, administrative (not judicial)
-- process, or other. request_items.basis keeps the whole basis as shown, with the clerk's free text.
ALTER TABLE request_items
    ADD COLUMN basis_kind      VARCHAR(20)   NULL,
    ADD COLUMN basis_citation  VARCHAR(300)  NULL,
    ADD CONSTRAINT request_items_basis_kind CHECK (basis_kind IS NULL OR basis_kind IN ('CITATION', 'ADMINISTRATIVE', 'OTHER'));
