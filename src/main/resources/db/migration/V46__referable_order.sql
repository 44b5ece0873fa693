-- The approving officer's list of subpoenas to refer (requests.RequestDao.referable), read in order from an index
-- (issue 14). It is refused-or-overdue over the office's requests ordered by due date: EXPLAIN showed the office's
-- every request read and sorted ("Using where; Using filesort", ~870 rows at 25,000 requests, ~33,000 at a
-- million) on each approver's home page. refer_candidate holds the part of that condition that does not depend on
-- the time (refused; or on the clock, not paused, with a due date: requests.Deadlines.ON_THE_CLOCK); the query
-- keeps its whole condition and reads only candidates, by (office, candidate, due_at, id), already in order.
ALTER TABLE requests
    ADD COLUMN refer_candidate BOOLEAN AS (COALESCE(
            (state = 'ANSWERED' AND outcome IN ('DECLINED', 'PARTIALLY_FULFILLED'))
            OR (state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'REFERRED_FOR_ENFORCEMENT')
                AND NOT clock_paused AND due_at IS NOT NULL), FALSE)) PERSISTENT;

CREATE INDEX requests_referable ON requests (office_id, refer_candidate, due_at, id);
