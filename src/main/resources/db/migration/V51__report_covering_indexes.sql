-- Reports of one agency or office (issue 14): each of their sections read its requests by the V25 indexes, then
-- every row for the columns those lack (type, outcome, answer and due times, state). With all of them in the index
-- a section reads the index alone: at 200,000 generated requests an agency's year (2,785 requests) took 4-8 ms a
-- section instead of 21-27 ms. The kept counts (V50) serve the portal's report; these serve the agencies'.
DROP INDEX requests_report_agency ON requests;
CREATE INDEX requests_report_agency ON requests (agency_id, submitted_at, request_type, answered_at, due_at, outcome,
                                                 ack_business_days, answer_business_days, office_id, state,
                                                 clock_paused);
DROP INDEX requests_report_office ON requests;
CREATE INDEX requests_report_office ON requests (office_id, created_at, state, request_type, agency_id,
                                                 answer_business_days, outcome, court_ordered, due_at, clock_paused);
