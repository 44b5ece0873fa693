-- Reports at a million requests (issue 14): the portal-wide report counted every request in its range on every
-- view (half a million rows at 1M). report_days keeps the same counts per day and per month, maintained by the
-- triggers below in the same transaction as every change of a request or an answered item (whatever code or bulk
-- load makes it), so a report reads a few hundred summary rows and its numbers are the ones counting would give.
-- side L: requests served, by the day of submitted_at; side F: requests filed (not drafts), by the day of created_at.
-- Days are the stored DATETIME's dates (the JVM's zone, UTC where the portal runs as told), so they are exactly the
-- days of a viewer in that zone (system admins); reports of other zones still count requests (reports/ReportDays).
-- agency_id 0: every agency (the portal); grain D: a day, M: a month (day is its first day).
CREATE TABLE report_days
(
    side      CHAR(1)      NOT NULL,
    agency_id BIGINT       NOT NULL,
    measure   VARCHAR(12)  NOT NULL,
    grain     CHAR(1)      NOT NULL,
    day       DATE         NOT NULL,
    value     VARCHAR(330) NOT NULL,
    n         BIGINT       NOT NULL,
    PRIMARY KEY (side, agency_id, measure, grain, day, value)
);

DELIMITER $$

CREATE PROCEDURE report_count(p_side CHAR(1), p_at DATETIME(6), p_measure VARCHAR(12), p_value VARCHAR(330),
                              p_delta INT)
BEGIN
    -- a session that turned foreign key checks off loads rows in bulk (the generator): it rebuilds the counts after
    IF p_at IS NOT NULL AND p_value IS NOT NULL AND p_delta <> 0 AND @@foreign_key_checks = 1 THEN
        INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
        VALUES (p_side, 0, p_measure, 'D', DATE(p_at), p_value, p_delta),
               (p_side, 0, p_measure, 'M', DATE_FORMAT(p_at, '%Y-%m-01'), p_value, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
END$$

-- One request's part in the counts, added (p_delta 1) or taken away (-1); the conditions are ReportQueries'.
CREATE PROCEDURE report_request(p_delta INT, p_agency BIGINT, p_submitted DATETIME(6), p_created DATETIME(6),
                                p_state VARCHAR(40), p_type VARCHAR(40), p_outcome VARCHAR(40),
                                p_answered DATETIME(6), p_due DATETIME(6), p_ack INT, p_answer INT,
                                p_court BOOLEAN)
BEGIN
    CALL report_count('L', p_submitted, 'type', p_type, p_delta);
    IF p_answered IS NOT NULL AND p_due IS NOT NULL THEN
        CALL report_count('L', p_submitted, 'answered', '', p_delta);
        IF p_answered <= p_due THEN
            CALL report_count('L', p_submitted, 'onTime', '', p_delta);
        END IF;
    END IF;
    IF p_ack >= 0 THEN
        CALL report_count('L', p_submitted, 'ack', p_ack, p_delta);
    END IF;
    IF p_answer >= 0 THEN
        CALL report_count('L', p_submitted, 'answer', p_answer, p_delta);
    END IF;
    IF p_answered IS NOT NULL THEN
        CALL report_count('L', p_submitted, 'outcome', p_outcome, p_delta);
    END IF;
    IF p_state <> 'DRAFT' THEN
        IF p_type = 'ADMINISTRATIVE_SUBPOENA' THEN
            CALL report_count('F', p_created, 'stage',
                CASE WHEN p_state = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'
                     WHEN p_state = 'REFERRED_FOR_ENFORCEMENT' THEN 'REFERRED'
                     WHEN p_state IN ('ANSWERED', 'CLOSED') AND p_outcome = 'DECLINED' THEN 'DECLINED'
                     WHEN p_state IN ('ANSWERED', 'CLOSED') THEN 'ANSWERED'
                     WHEN p_state = 'WITHDRAWN' THEN 'WITHDRAWN'
                     WHEN p_court THEN 'COURT_ORDERED' ELSE 'SERVED' END, p_delta);
        END IF;
        IF p_state IN ('PENDING_APPROVAL', 'SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED',
                       'REFERRED_FOR_ENFORCEMENT') THEN
            CALL report_count('F', p_created, 'open', p_agency, p_delta);
        END IF;
        IF p_answer >= 0 THEN
            CALL report_count('F', p_created, 'agencyDays', CONCAT(p_agency, ':', p_answer), p_delta);
        END IF;
    END IF;
END$$

-- A withheld item's part: by its basis (kind, and the citation when the kind is one), on its request's day served.
CREATE PROCEDURE report_item(p_delta INT, p_request BIGINT, p_disposition VARCHAR(20), p_kind VARCHAR(20),
                             p_citation VARCHAR(300))
BEGIN
    IF p_disposition = 'WITHHELD' THEN
        CALL report_count('L', (SELECT submitted_at FROM requests WHERE id = p_request), 'withheld',
            CONCAT(COALESCE(p_kind, 'OTHER'),
                   CASE WHEN p_kind = 'CITATION' AND p_citation IS NOT NULL THEN CONCAT(':', p_citation) ELSE '' END),
            p_delta);
    END IF;
END$$

-- Every count again from the requests themselves: after this migration, and after rows were loaded in bulk with
-- foreign key checks off (reports/KeptCounts.rebuild, which the generator calls). The same conditions as
-- report_request and report_item.
CREATE PROCEDURE report_rebuild()
BEGIN
    DELETE FROM report_days;
    INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
    SELECT side, 0, measure, g.grain, IF(g.grain = 'D', DATE(at), DATE_FORMAT(at, '%Y-%m-01')) AS d, value, COUNT(*)
    FROM (SELECT 'L' AS side, 'type' AS measure, r.submitted_at AS at, r.request_type AS value FROM requests r
          UNION ALL
          SELECT 'L', 'answered', r.submitted_at, '' FROM requests r
          WHERE r.answered_at IS NOT NULL AND r.due_at IS NOT NULL
          UNION ALL
          SELECT 'L', 'onTime', r.submitted_at, '' FROM requests r
          WHERE r.answered_at IS NOT NULL AND r.due_at IS NOT NULL AND r.answered_at <= r.due_at
          UNION ALL
          SELECT 'L', 'ack', r.submitted_at, r.ack_business_days FROM requests r WHERE r.ack_business_days >= 0
          UNION ALL
          SELECT 'L', 'answer', r.submitted_at, r.answer_business_days FROM requests r
          WHERE r.answer_business_days >= 0
          UNION ALL
          SELECT 'L', 'outcome', r.submitted_at, r.outcome FROM requests r WHERE r.answered_at IS NOT NULL
          UNION ALL
          SELECT 'L', 'withheld', r.submitted_at, CONCAT(COALESCE(i.basis_kind, 'OTHER'),
              CASE WHEN i.basis_kind = 'CITATION' AND i.basis_citation IS NOT NULL THEN CONCAT(':', i.basis_citation)
                   ELSE '' END)
          FROM request_items i JOIN requests r ON r.id = i.request_id WHERE i.disposition = 'WITHHELD'
          UNION ALL
          SELECT 'F', 'stage', r.created_at,
                 CASE WHEN r.state = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'
                      WHEN r.state = 'REFERRED_FOR_ENFORCEMENT' THEN 'REFERRED'
                      WHEN r.state IN ('ANSWERED', 'CLOSED') AND r.outcome = 'DECLINED' THEN 'DECLINED'
                      WHEN r.state IN ('ANSWERED', 'CLOSED') THEN 'ANSWERED'
                      WHEN r.state = 'WITHDRAWN' THEN 'WITHDRAWN'
                      WHEN r.court_ordered THEN 'COURT_ORDERED' ELSE 'SERVED' END
          FROM requests r WHERE r.state <> 'DRAFT' AND r.request_type = 'ADMINISTRATIVE_SUBPOENA'
          UNION ALL
          SELECT 'F', 'open', r.created_at, r.agency_id FROM requests r
          WHERE r.state IN ('PENDING_APPROVAL', 'SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED',
                            'REFERRED_FOR_ENFORCEMENT')
          UNION ALL
          SELECT 'F', 'agencyDays', r.created_at, CONCAT(r.agency_id, ':', r.answer_business_days) FROM requests r
          WHERE r.state <> 'DRAFT' AND r.answer_business_days >= 0) c
    JOIN (SELECT 'D' AS grain UNION ALL SELECT 'M') g
    WHERE at IS NOT NULL AND value IS NOT NULL
    GROUP BY side, measure, g.grain, d, value;
END$$

CREATE TRIGGER report_request_added AFTER INSERT ON requests FOR EACH ROW
    CALL report_request(1, NEW.agency_id, NEW.submitted_at, NEW.created_at, NEW.state, NEW.request_type,
                        NEW.outcome, NEW.answered_at, NEW.due_at, NEW.ack_business_days, NEW.answer_business_days,
                        NEW.court_ordered)$$

CREATE TRIGGER report_request_changed AFTER UPDATE ON requests FOR EACH ROW
BEGIN
    IF NOT (OLD.agency_id <=> NEW.agency_id AND OLD.submitted_at <=> NEW.submitted_at
        AND OLD.created_at <=> NEW.created_at AND OLD.state <=> NEW.state AND OLD.request_type <=> NEW.request_type
        AND OLD.outcome <=> NEW.outcome AND OLD.answered_at <=> NEW.answered_at AND OLD.due_at <=> NEW.due_at
        AND OLD.ack_business_days <=> NEW.ack_business_days
        AND OLD.answer_business_days <=> NEW.answer_business_days AND OLD.court_ordered <=> NEW.court_ordered) THEN
        CALL report_request(-1, OLD.agency_id, OLD.submitted_at, OLD.created_at, OLD.state, OLD.request_type,
                            OLD.outcome, OLD.answered_at, OLD.due_at, OLD.ack_business_days,
                            OLD.answer_business_days, OLD.court_ordered);
        CALL report_request(1, NEW.agency_id, NEW.submitted_at, NEW.created_at, NEW.state, NEW.request_type,
                            NEW.outcome, NEW.answered_at, NEW.due_at, NEW.ack_business_days,
                            NEW.answer_business_days, NEW.court_ordered);
    END IF;
END$$

CREATE TRIGGER report_request_removed AFTER DELETE ON requests FOR EACH ROW
    CALL report_request(-1, OLD.agency_id, OLD.submitted_at, OLD.created_at, OLD.state, OLD.request_type,
                        OLD.outcome, OLD.answered_at, OLD.due_at, OLD.ack_business_days, OLD.answer_business_days,
                        OLD.court_ordered)$$

CREATE TRIGGER report_item_added AFTER INSERT ON request_items FOR EACH ROW
    CALL report_item(1, NEW.request_id, NEW.disposition, NEW.basis_kind, NEW.basis_citation)$$

CREATE TRIGGER report_item_changed AFTER UPDATE ON request_items FOR EACH ROW
BEGIN
    IF NOT (OLD.disposition <=> NEW.disposition AND OLD.basis_kind <=> NEW.basis_kind
        AND OLD.basis_citation <=> NEW.basis_citation AND OLD.request_id <=> NEW.request_id) THEN
        CALL report_item(-1, OLD.request_id, OLD.disposition, OLD.basis_kind, OLD.basis_citation);
        CALL report_item(1, NEW.request_id, NEW.disposition, NEW.basis_kind, NEW.basis_citation);
    END IF;
END$$

CREATE TRIGGER report_item_removed AFTER DELETE ON request_items FOR EACH ROW
    CALL report_item(-1, OLD.request_id, OLD.disposition, OLD.basis_kind, OLD.basis_citation)$$

DELIMITER ;

CALL report_rebuild();

-- Requests overdue now, for every agency at once (the portal's report): the few on the clock past their due date,
-- found without reading the open ones (requests_queue leads with the agency).
CREATE INDEX requests_report_overdue ON requests (state, due_at, clock_paused, created_at, submitted_at, agency_id);
