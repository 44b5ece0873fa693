-- Set when a court order backs a subpoena: the agency's policy is then read under "judicial warrant or court order".
ALTER TABLE requests ADD COLUMN court_ordered BOOLEAN NOT NULL DEFAULT FALSE;
