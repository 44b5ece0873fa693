-- The request as filed, as a PDF (issue 12), is a document that leaves the portal like the certified answer: each
-- download joins the request's chain of custody with the SHA-256 of the bytes sent.
ALTER TABLE document_downloads DROP CONSTRAINT document_downloads_kind;
ALTER TABLE document_downloads ADD CONSTRAINT document_downloads_kind
    CHECK (document_kind IN ('ATTACHMENT', 'CERTIFIED_ANSWER', 'AS_FILED'));
