-- Search (issue 12) reads the same tables the portal writes: no second index, so nothing lags behind.

-- Identifiers as they are compared: an A-number by its digits without leading zeros (A-012-345-678, A012345678
-- and 12345678 are one number); the others by their letters and digits alone (the collation ignores case).
ALTER TABLE requests
    ADD COLUMN a_number_key VARCHAR(20)
        AS (NULLIF(TRIM(LEADING '0' FROM REGEXP_REPLACE(a_number, '[^0-9]', '')), '')) PERSISTENT,
    ADD COLUMN fbi_number_key VARCHAR(20)
        AS (NULLIF(REGEXP_REPLACE(fbi_number, '[^0-9A-Za-z]', ''), '')) PERSISTENT,
    ADD COLUMN state_id_key VARCHAR(30)
        AS (NULLIF(REGEXP_REPLACE(state_id, '[^0-9A-Za-z]', ''), '')) PERSISTENT,
    ADD COLUMN booking_number_key VARCHAR(30)
        AS (NULLIF(REGEXP_REPLACE(booking_number, '[^0-9A-Za-z]', ''), '')) PERSISTENT;

CREATE INDEX requests_a_number_key ON requests (a_number_key);
CREATE INDEX requests_fbi_number_key ON requests (fbi_number_key);
CREATE INDEX requests_state_id_key ON requests (state_id_key);
CREATE INDEX requests_booking_number_key ON requests (booking_number_key);
CREATE INDEX requests_by_agency_filed ON requests (agency_id, submitted_at, id);

-- Full text over what a request says: its narrative and its message thread (InnoDB: a committed row is found at once).
ALTER TABLE requests ADD FULLTEXT INDEX requests_narrative_text (narrative);
ALTER TABLE request_messages ADD FULLTEXT INDEX request_messages_text (body);
