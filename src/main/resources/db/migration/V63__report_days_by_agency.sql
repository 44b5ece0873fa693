-- Reports at a million requests (issue 14), the kept counts of V50 for every report: each count is now kept twice,
-- for the portal (agency_id 0) and for the agency it belongs to (side L: the local agency the request was served
-- on; side F: the federal office that filed it), per day and per month of the stored DATETIME. Two measures more
-- keep the requests on the clock by their due date, so "overdue now" is a sum of the due dates before today plus
-- the few due earlier today (reports/ReportDays): side L 'due' (value: the due date), side F 'dueBy' (the agency
-- addressed, ':', the due date). A report of any zone reads the whole stored days inside its local days from here
-- and counts only the partial days at its edges from requests (reports/Span).
-- The triggers now also compare the office and the clock's pause, which the new rows depend on.

DROP TRIGGER report_request_added;
DROP TRIGGER report_request_changed;
DROP TRIGGER report_request_removed;
DROP PROCEDURE report_count;
DROP PROCEDURE report_request;
DROP PROCEDURE report_item;
DROP PROCEDURE report_rebuild;

DELIMITER $$

CREATE PROCEDURE report_count(p_side CHAR(1), p_agency BIGINT, p_at DATETIME(6), p_measure VARCHAR(12),
                              p_value VARCHAR(330), p_delta INT)
BEGIN
    -- a session that turned foreign key checks off loads rows in bulk (the generator): it rebuilds the counts after
    IF p_at IS NOT NULL AND p_value IS NOT NULL AND p_delta <> 0 AND @@foreign_key_checks = 1 THEN
        INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
        VALUES (p_side, 0, p_measure, 'D', DATE(p_at), p_value, p_delta),
               (p_side, 0, p_measure, 'M', DATE_FORMAT(p_at, '%Y-%m-01'), p_value, p_delta),
               (p_side, p_agency, p_measure, 'D', DATE(p_at), p_value, p_delta),
               (p_side, p_agency, p_measure, 'M', DATE_FORMAT(p_at, '%Y-%m-01'), p_value, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
END$$

-- One request's part in the counts, added (p_delta 1) or taken away (-1); the conditions are reports/Measure's.
CREATE PROCEDURE report_request(p_delta INT, p_agency BIGINT, p_office BIGINT, p_submitted DATETIME(6),
                                p_created DATETIME(6), p_state VARCHAR(40), p_type VARCHAR(40), p_outcome VARCHAR(40),
                                p_answered DATETIME(6), p_due DATETIME(6), p_ack INT, p_answer INT,
                                p_court BOOLEAN, p_paused BOOLEAN)
BEGIN
    DECLARE on_clock BOOLEAN DEFAULT p_due IS NOT NULL AND NOT p_paused
        AND p_state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'REFERRED_FOR_ENFORCEMENT');
    CALL report_count('L', p_agency, p_submitted, 'type', p_type, p_delta);
    IF p_answered IS NOT NULL AND p_due IS NOT NULL THEN
        CALL report_count('L', p_agency, p_submitted, 'answered', '', p_delta);
        IF p_answered <= p_due THEN
            CALL report_count('L', p_agency, p_submitted, 'onTime', '', p_delta);
        END IF;
    END IF;
    IF p_ack >= 0 THEN
        CALL report_count('L', p_agency, p_submitted, 'ack', p_ack, p_delta);
    END IF;
    IF p_answer >= 0 THEN
        CALL report_count('L', p_agency, p_submitted, 'answer', p_answer, p_delta);
    END IF;
    IF p_answered IS NOT NULL THEN
        CALL report_count('L', p_agency, p_submitted, 'outcome', p_outcome, p_delta);
    END IF;
    IF on_clock THEN
        CALL report_count('L', p_agency, p_submitted, 'due', DATE(p_due), p_delta);
    END IF;
    IF p_state <> 'DRAFT' THEN
        IF p_type = 'ADMINISTRATIVE_SUBPOENA' THEN
            CALL report_count('F', p_office, p_created, 'stage',
                CASE WHEN p_state = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'
                     WHEN p_state = 'REFERRED_FOR_ENFORCEMENT' THEN 'REFERRED'
                     WHEN p_state IN ('ANSWERED', 'CLOSED') AND p_outcome = 'DECLINED' THEN 'DECLINED'
                     WHEN p_state IN ('ANSWERED', 'CLOSED') THEN 'ANSWERED'
                     WHEN p_state = 'WITHDRAWN' THEN 'WITHDRAWN'
                     WHEN p_court THEN 'COURT_ORDERED' ELSE 'SERVED' END, p_delta);
        END IF;
        IF p_state IN ('PENDING_APPROVAL', 'SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED',
                       'REFERRED_FOR_ENFORCEMENT') THEN
            CALL report_count('F', p_office, p_created, 'open', p_agency, p_delta);
        END IF;
        IF p_answer >= 0 THEN
            CALL report_count('F', p_office, p_created, 'agencyDays', CONCAT(p_agency, ':', p_answer), p_delta);
        END IF;
        IF on_clock THEN
            CALL report_count('F', p_office, p_created, 'dueBy', CONCAT(p_agency, ':', DATE(p_due)), p_delta);
        END IF;
    END IF;
END$$

-- A withheld item's part: by its basis (kind, and the citation when the kind is one), on its request's day served.
CREATE PROCEDURE report_item(p_delta INT, p_request BIGINT, p_disposition VARCHAR(20), p_kind VARCHAR(20),
                             p_citation VARCHAR(300))
BEGIN
    DECLARE v_agency BIGINT;
    DECLARE v_submitted DATETIME(6);
    IF p_disposition = 'WITHHELD' THEN
        SELECT agency_id, submitted_at INTO v_agency, v_submitted FROM requests WHERE id = p_request;
        CALL report_count('L', v_agency, v_submitted, 'withheld',
            CONCAT(COALESCE(p_kind, 'OTHER'),
                   CASE WHEN p_kind = 'CITATION' AND p_citation IS NOT NULL THEN CONCAT(':', p_citation) ELSE '' END),
            p_delta);
    END IF;
END$$

-- Every count again from the requests themselves: after this migration, and after rows were loaded in bulk with
-- foreign key checks off (reports/KeptCounts.rebuild, which the generator calls). The same conditions as
-- report_request and report_item. Counted once per day into a temporary table, then summed to months and to the
-- portal from it rather than from the requests again.
CREATE PROCEDURE report_rebuild()
BEGIN
    -- the GROUP BY's temporary table held in memory, not on disk (VARCHAR(330) values make its rows wide): at
    -- 100,000 requests the rebuild took 96 s with the server's 16 MB, 24-51 s with this (on a loaded machine)
    DECLARE heap BIGINT DEFAULT @@max_heap_table_size;
    DECLARE tmp BIGINT DEFAULT @@tmp_memory_table_size;
    SET SESSION max_heap_table_size = 1024 * 1024 * 1024, tmp_memory_table_size = 1024 * 1024 * 1024;
    TRUNCATE TABLE report_days;
    INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
    SELECT side, agency, measure, 'D', DATE(at), value, COUNT(*)
    FROM (SELECT 'L' AS side, r.agency_id AS agency, 'type' AS measure, r.submitted_at AS at, r.request_type AS value
          FROM requests r
          UNION ALL
          SELECT 'L', r.agency_id, 'answered', r.submitted_at, '' FROM requests r
          WHERE r.answered_at IS NOT NULL AND r.due_at IS NOT NULL
          UNION ALL
          SELECT 'L', r.agency_id, 'onTime', r.submitted_at, '' FROM requests r
          WHERE r.answered_at IS NOT NULL AND r.due_at IS NOT NULL AND r.answered_at <= r.due_at
          UNION ALL
          SELECT 'L', r.agency_id, 'ack', r.submitted_at, r.ack_business_days FROM requests r
          WHERE r.ack_business_days >= 0
          UNION ALL
          SELECT 'L', r.agency_id, 'answer', r.submitted_at, r.answer_business_days FROM requests r
          WHERE r.answer_business_days >= 0
          UNION ALL
          SELECT 'L', r.agency_id, 'outcome', r.submitted_at, r.outcome FROM requests r
          WHERE r.answered_at IS NOT NULL
          UNION ALL
          SELECT 'L', r.agency_id, 'due', r.submitted_at, DATE(r.due_at) FROM requests r
          WHERE r.due_at IS NOT NULL AND NOT r.clock_paused
            AND r.state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'REFERRED_FOR_ENFORCEMENT')
          UNION ALL
          SELECT 'L', r.agency_id, 'withheld', r.submitted_at, CONCAT(COALESCE(i.basis_kind, 'OTHER'),
              CASE WHEN i.basis_kind = 'CITATION' AND i.basis_citation IS NOT NULL THEN CONCAT(':', i.basis_citation)
                   ELSE '' END)
          FROM request_items i JOIN requests r ON r.id = i.request_id WHERE i.disposition = 'WITHHELD'
          UNION ALL
          SELECT 'F', r.office_id, 'stage', r.created_at,
                 CASE WHEN r.state = 'PENDING_APPROVAL' THEN 'PENDING_APPROVAL'
                      WHEN r.state = 'REFERRED_FOR_ENFORCEMENT' THEN 'REFERRED'
                      WHEN r.state IN ('ANSWERED', 'CLOSED') AND r.outcome = 'DECLINED' THEN 'DECLINED'
                      WHEN r.state IN ('ANSWERED', 'CLOSED') THEN 'ANSWERED'
                      WHEN r.state = 'WITHDRAWN' THEN 'WITHDRAWN'
                      WHEN r.court_ordered THEN 'COURT_ORDERED' ELSE 'SERVED' END
          FROM requests r WHERE r.state <> 'DRAFT' AND r.request_type = 'ADMINISTRATIVE_SUBPOENA'
          UNION ALL
          SELECT 'F', r.office_id, 'open', r.created_at, r.agency_id FROM requests r
          WHERE r.state IN ('PENDING_APPROVAL', 'SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED',
                            'REFERRED_FOR_ENFORCEMENT')
          UNION ALL
          SELECT 'F', r.office_id, 'agencyDays', r.created_at, CONCAT(r.agency_id, ':', r.answer_business_days)
          FROM requests r WHERE r.state <> 'DRAFT' AND r.answer_business_days >= 0
          UNION ALL
          SELECT 'F', r.office_id, 'dueBy', r.created_at, CONCAT(r.agency_id, ':', DATE(r.due_at)) FROM requests r
          WHERE r.due_at IS NOT NULL AND NOT r.clock_paused
            AND r.state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'REFERRED_FOR_ENFORCEMENT')) c
    WHERE at IS NOT NULL AND value IS NOT NULL
    -- grouped by the expression: grouped by its alias, MariaDB 11.4 merged the derived table and grouped wrongly
    GROUP BY side, agency, measure, DATE(at), value;
    -- the portal's days, then every month, from the agencies' days
    INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
    SELECT side, 0, measure, 'D', day, value, SUM(n) FROM report_days WHERE grain = 'D' AND agency_id <> 0
    GROUP BY side, measure, day, value;
    INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
    SELECT side, agency_id, measure, 'M', DATE_FORMAT(day, '%Y-%m-01'), value, SUM(n) FROM report_days
    WHERE grain = 'D' GROUP BY side, agency_id, measure, DATE_FORMAT(day, '%Y-%m-01'), value;
    SET SESSION max_heap_table_size = heap, tmp_memory_table_size = tmp;
END$$

CREATE TRIGGER report_request_added AFTER INSERT ON requests FOR EACH ROW
    CALL report_request(1, NEW.agency_id, NEW.office_id, NEW.submitted_at, NEW.created_at, NEW.state,
                        NEW.request_type, NEW.outcome, NEW.answered_at, NEW.due_at, NEW.ack_business_days,
                        NEW.answer_business_days, NEW.court_ordered, NEW.clock_paused)$$

CREATE TRIGGER report_request_changed AFTER UPDATE ON requests FOR EACH ROW
BEGIN
    IF NOT (OLD.agency_id <=> NEW.agency_id AND OLD.office_id <=> NEW.office_id
        AND OLD.submitted_at <=> NEW.submitted_at AND OLD.created_at <=> NEW.created_at AND OLD.state <=> NEW.state
        AND OLD.request_type <=> NEW.request_type AND OLD.outcome <=> NEW.outcome
        AND OLD.answered_at <=> NEW.answered_at AND OLD.due_at <=> NEW.due_at
        AND OLD.ack_business_days <=> NEW.ack_business_days
        AND OLD.answer_business_days <=> NEW.answer_business_days AND OLD.court_ordered <=> NEW.court_ordered
        AND OLD.clock_paused <=> NEW.clock_paused) THEN
        CALL report_request(-1, OLD.agency_id, OLD.office_id, OLD.submitted_at, OLD.created_at, OLD.state,
                            OLD.request_type, OLD.outcome, OLD.answered_at, OLD.due_at, OLD.ack_business_days,
                            OLD.answer_business_days, OLD.court_ordered, OLD.clock_paused);
        CALL report_request(1, NEW.agency_id, NEW.office_id, NEW.submitted_at, NEW.created_at, NEW.state,
                            NEW.request_type, NEW.outcome, NEW.answered_at, NEW.due_at, NEW.ack_business_days,
                            NEW.answer_business_days, NEW.court_ordered, NEW.clock_paused);
    END IF;
END$$

CREATE TRIGGER report_request_removed AFTER DELETE ON requests FOR EACH ROW
    CALL report_request(-1, OLD.agency_id, OLD.office_id, OLD.submitted_at, OLD.created_at, OLD.state,
                        OLD.request_type, OLD.outcome, OLD.answered_at, OLD.due_at, OLD.ack_business_days,
                        OLD.answer_business_days, OLD.court_ordered, OLD.clock_paused)$$

DELIMITER ;

CALL report_rebuild();
