-- The header search box at a million requests (issue 14): it compared part of the name and part of the tracking
-- number with every request the viewer may see (LIKE '%...%': 33,000 rows read for a federal office, seconds under
-- load). Each part of it now reads an index of its own and the visible requests are looked up among the ids found.

-- A name by the beginnings of its words and its aliases' (search.SearchQueries#nameIds); the collation ignores case
-- and accents, as LIKE did.
ALTER TABLE requests ADD FULLTEXT INDEX requests_name_text (subject_name, subject_aliases);

-- A tracking number's own number, the digits after its year, without leading zeros (123 finds LIA-2026-000123).
-- VIRTUAL, not stored: adding it changes no row (a stored column copied the whole table: minutes at a million
-- requests); its index holds the values.
ALTER TABLE requests
    ADD COLUMN tracking_serial VARCHAR(20)
        AS (NULLIF(TRIM(LEADING '0' FROM REGEXP_SUBSTR(tracking_number, '[0-9]+$')), '')) VIRTUAL;

CREATE INDEX requests_tracking_serial ON requests (tracking_serial);
