-- The queue's order as columns an index can hold (issue 14). The queue sorts by (emergency first, due date with
-- none last, id) over the requests waiting on the agency; as CASE/COALESCE expressions in ORDER BY no index served
-- it, and EXPLAIN showed a filesort of all the agency's waiting requests on every queue page ("Using filesort",
-- ~70 rows at 25,000 requests, ~14,000 at a million). queue.RequestQueries reads these columns; their
-- expressions must stay those of queue.QueueKey (rank 0 for emergencies, 9999-12-31 for no due date) and of
-- RequestQueries.WAITING (the three states an unfiltered queue shows, as one value so one index range holds them).
ALTER TABLE requests
    ADD COLUMN queue_state VARCHAR(30)
        AS (CASE WHEN state IN ('SUBMITTED', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED') THEN 'WAITING' ELSE state END)
        PERSISTENT,
    ADD COLUMN queue_rank TINYINT AS (CASE WHEN priority = 'EMERGENCY' THEN 0 ELSE 1 END) PERSISTENT,
    ADD COLUMN queue_due DATETIME(6) AS (COALESCE(due_at, TIMESTAMP'9999-12-31 00:00:00')) PERSISTENT;

-- Keyset pagination seeks straight to (rank, due, id) after the last row shown: a deep page reads 26 rows.
CREATE INDEX requests_queue_order ON requests (agency_id, queue_state, queue_rank, queue_due, id);
