-- Reports at a million requests (issue 14): what is on the clock is kept by its due date (V63: side L 'due', value
-- the due date; side F 'dueBy', value the agency addressed, ':', the due date) so that "overdue now" is a sum of the
-- rows due before today. A due date that has passed stays passed: its rows say no more than their number. Summed,
-- they made most of the rows a report read (at a million requests, 15,000 of the 23,500 of the portal's federal
-- year, about one per overdue request: 44 ms of its 70). report_roll_due sums the rows due before a day into one
-- row per filing day and grain (and agency addressed) under the due date 1000-01-01, which every report reads as
-- overdue (reports/DueDays runs it each hour; the generator after its rebuild).
-- The triggers are unchanged: a request leaving the clock later takes its one from its own due date's row, made
-- again with -1. Read as overdue like the row it was summed into, the sum stays right, and the next run merges it.

DELIMITER $$

-- One agency's rows of one side (agency 0: the portal's), in a transaction of their own: the rows it sums and
-- deletes stay locked until both are done, so a trigger's change to them waits and is not lost.
CREATE PROCEDURE report_roll_due_of(p_side CHAR(1), p_agency BIGINT, p_measure VARCHAR(12), p_day VARCHAR(10))
BEGIN
    START TRANSACTION;
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

-- Every agency's and the portal's rows due before p_day (the day "now" is in, as the due dates are written).
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
END$$

DELIMITER ;
