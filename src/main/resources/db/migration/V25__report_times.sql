-- Reports (issue 12): how long each request took, kept on the request when it happens so that medians, 90th
-- percentiles and histograms are computed in SQL over indexed columns (issue 14: a million requests).
-- Business days as the due clock counts them (requests/ReportTimes): served to first response (acknowledgement,
-- clarification question or answer), and served to answer; -1 for a request whose ledger cannot be read.
ALTER TABLE requests
    ADD COLUMN acknowledged_at       DATETIME(6) NULL,
    ADD COLUMN ack_business_days     INT         NULL,
    ADD COLUMN answer_business_days  INT         NULL;

-- The first response of requests already answered or acknowledged, from their timelines; the days themselves are
-- counted in Java at the next start (ReportTimes.backfill), by the clock's own code.
UPDATE requests r
SET r.acknowledged_at = (SELECT MIN(e.occurred_at) FROM request_events e
                         WHERE e.request_id = r.id AND e.kind IN ('acknowledged', 'clarification-requested', 'answered'))
WHERE r.submitted_at IS NOT NULL;

-- Reports of a local agency and of a federal office: by the side, then by when the request was served.
CREATE INDEX requests_report_agency ON requests (agency_id, submitted_at, ack_business_days, answer_business_days);
CREATE INDEX requests_report_office ON requests (office_id, created_at, answer_business_days);
CREATE INDEX requests_report_served ON requests (submitted_at);
CREATE INDEX requests_report_filed ON requests (created_at);
-- Start-up finds requests still to time without reading them all.
CREATE INDEX requests_untimed_ack ON requests (ack_business_days, acknowledged_at);
CREATE INDEX requests_untimed_answer ON requests (answer_business_days, answered_at);
-- Sign-in failures and lockouts per day.
CREATE INDEX audit_by_action_time ON audit_log (action, occurred_at);
