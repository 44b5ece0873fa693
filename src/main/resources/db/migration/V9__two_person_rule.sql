-- Two-person rule (issue 8, point 5): the approving officer of a subpoena must be another person than the one who
-- filed or last changed it. Who last changed a request: its filer, then whoever resubmits it after a return.
ALTER TABLE requests ADD COLUMN last_changed_by BIGINT NULL AFTER created_by;

-- Requests filed before: the actor of their latest filing or resubmission on the timeline, else their creator.
UPDATE requests r SET last_changed_by = COALESCE(
    (SELECT e.actor_id FROM request_events e
     WHERE e.request_id = r.id AND e.kind IN ('filed', 'resubmitted') AND e.actor_id IS NOT NULL
     ORDER BY e.id DESC LIMIT 1),
    r.created_by);

ALTER TABLE requests MODIFY last_changed_by BIGINT NOT NULL,
    ADD CONSTRAINT requests_last_changer FOREIGN KEY (last_changed_by) REFERENCES accounts (id);
