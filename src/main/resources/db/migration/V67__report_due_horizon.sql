-- Reports at a million requests (issue 14), after V66. Under the benchmark's mixed load (two filers, two clerks
-- acknowledging and answering, at 10,000 requests) 3 of 4 acknowledgements failed: deadlocked eleven times in a
-- row, retries spent. Every change of a request counts in the same few rows (the portal's and the agency's today),
-- and a change is several statements (the state, then the filing date, then the due date: RequestWorkflow), each
-- taking the rows in the triggers' order, so two writers took the same rows in opposite orders; retried, they met
-- again (InnoDB's latest deadlock: a filing holding today's 'open' row and waiting for today's 'type' row, an
-- acknowledgement the other way round). Now each writer of the counts first locks one row (report_horizon) and
-- keeps it to the end of its transaction: writers of the counts take turns from their first count on, as the
-- audit chain's writers took turns before its sequencer; a change is a few milliseconds of it.
-- The same row records the day report_roll_due merged up to, and a request due before that day is counted under
-- the merged row, which exists: V66 made a request leaving the clock later insert its own due date's row again.

CREATE TABLE report_horizon (
    id TINYINT NOT NULL PRIMARY KEY,
    day VARCHAR(10) NOT NULL
);
INSERT INTO report_horizon (id, day) VALUES (1, '1000-01-01');

DROP PROCEDURE report_count;
DROP PROCEDURE report_request;
DROP PROCEDURE report_roll_due_of;
DROP PROCEDURE report_roll_due;

DELIMITER $$

-- V63's, after the writer's turn.
CREATE PROCEDURE report_count(p_side CHAR(1), p_agency BIGINT, p_at DATETIME(6), p_measure VARCHAR(12),
                              p_value VARCHAR(330), p_delta INT)
BEGIN
    DECLARE v_writer TINYINT;
    -- a session that turned foreign key checks off loads rows in bulk (the generator): it rebuilds the counts after
    IF p_at IS NOT NULL AND p_value IS NOT NULL AND p_delta <> 0 AND @@foreign_key_checks = 1 THEN
        -- one writer of the counts at a time, to the end of its transaction (see above)
        SELECT id INTO v_writer FROM report_horizon WHERE id = 1 FOR UPDATE;
        INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
        VALUES (p_side, 0, p_measure, 'D', DATE(p_at), p_value, p_delta),
               (p_side, 0, p_measure, 'M', DATE_FORMAT(p_at, '%Y-%m-01'), p_value, p_delta),
               (p_side, p_agency, p_measure, 'D', DATE(p_at), p_value, p_delta),
               (p_side, p_agency, p_measure, 'M', DATE_FORMAT(p_at, '%Y-%m-01'), p_value, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
END$$

-- V66's, in the writers' turn.
CREATE PROCEDURE report_roll_due_of(p_side CHAR(1), p_agency BIGINT, p_measure VARCHAR(12), p_day VARCHAR(10))
BEGIN
    DECLARE v_writer TINYINT;
    START TRANSACTION;
    SELECT id INTO v_writer FROM report_horizon WHERE id = 1 FOR UPDATE;
    INSERT INTO report_days (side, agency_id, measure, grain, day, value, n)
    SELECT side, agency_id, measure, grain, day,
           CONCAT(IF(measure = 'dueBy', CONCAT(SUBSTRING_INDEX(value, ':', 1), ':'), ''), '1000-01-01') AS passed,
           SUM(n)
    FROM report_days
    WHERE side = p_side AND agency_id = p_agency AND measure = p_measure
      AND SUBSTRING_INDEX(value, ':', -1) < p_day AND SUBSTRING_INDEX(value, ':', -1) <> '1000-01-01'
    GROUP BY side, agency_id, measure, grain, day, passed
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    DELETE FROM report_days
    WHERE side = p_side AND agency_id = p_agency AND measure = p_measure
      AND SUBSTRING_INDEX(value, ':', -1) < p_day AND SUBSTRING_INDEX(value, ':', -1) <> '1000-01-01';
    COMMIT;
END$$

-- One request's part in the counts (V63), what is on the clock due before the horizon under the merged row.
CREATE PROCEDURE report_request(p_delta INT, p_agency BIGINT, p_office BIGINT, p_submitted DATETIME(6),
                                p_created DATETIME(6), p_state VARCHAR(40), p_type VARCHAR(40), p_outcome VARCHAR(40),
                                p_answered DATETIME(6), p_due DATETIME(6), p_ack INT, p_answer INT,
                                p_court BOOLEAN, p_paused BOOLEAN)
BEGIN
    DECLARE on_clock BOOLEAN DEFAULT p_due IS NOT NULL AND NOT p_paused
        AND p_state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'REFERRED_FOR_ENFORCEMENT');
    DECLARE v_due VARCHAR(10);
    IF on_clock THEN
        -- a plain read: a run of report_roll_due committing meanwhile leaves this one writing the exact date, which
        -- is read the same and merged by the next run
        SELECT IF(DATE(p_due) < day, '1000-01-01', DATE(p_due)) INTO v_due FROM report_horizon WHERE id = 1;
    END IF;
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
        CALL report_count('L', p_agency, p_submitted, 'due', v_due, p_delta);
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
            CALL report_count('F', p_office, p_created, 'dueBy', CONCAT(p_agency, ':', v_due), p_delta);
        END IF;
    END IF;
END$$

-- V66's, recording the day merged up to when done.
CREATE PROCEDURE report_roll_due(p_day DATE)
BEGIN
    DECLARE v_day VARCHAR(10) DEFAULT DATE_FORMAT(p_day, '%Y-%m-%d');
    DECLARE v_done BOOLEAN DEFAULT FALSE;
    DECLARE v_agency BIGINT;
    DECLARE whose CURSOR FOR SELECT 0 UNION ALL SELECT id FROM agencies;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = TRUE;
    OPEN whose;
    each_agency: LOOP
        FETCH whose INTO v_agency;
        IF v_done THEN
            LEAVE each_agency;
        END IF;
        CALL report_roll_due_of('L', v_agency, 'due', v_day);
        CALL report_roll_due_of('F', v_agency, 'dueBy', v_day);
    END LOOP;
    CLOSE whose;
    UPDATE report_horizon SET day = GREATEST(day, v_day) WHERE id = 1;
END$$

DELIMITER ;
