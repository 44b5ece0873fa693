-- The audit log's date filter (the page and its CSV export, a system admin's): read through the time it happened.
-- Without it, at ten million entries, one day a year back was found by walking every newer entry in id order:
-- 40 s for a day's 13,600 rows; with it 0.5 s.
CREATE INDEX audit_by_time ON audit_log (occurred_at, id);
