-- Full-text search at a million requests (issue 14): InnoDB reads a word's whole list in a full-text index, so a word
-- of one narrative in five (custody: 200,000 at 1M) cost a second or more a search, whoever searched. search_texts
-- holds each narrative and each message once more with every word written once per agency that may read it:
-- "custody" in a request of agency 14 filed by office 85 is s14_custody and s85_custody (InnoDB takes "_" as part of a
-- word). A search by agency 14 asks for s14_custody: that agency's list only (5,648 rows at 1M instead of 200,639,
-- 10-20 ms instead of 1-3 s). Need-to-know is still the query's own condition; the scope only narrows the lists.
-- An internal note is written for the answering agency only, whose own it is. Letters and digits make the words, every
-- other character a space (so "_" typed in a text never joins two words), as search.Terms splits what is typed. Kept by the triggers below in the same transaction as the insert (no index lag);
-- requests' narratives and messages are never changed once written. A session with foreign key checks off loads
-- rows in bulk (the generator, a restore) and leaves the table to a rebuild (search_texts_rebuild, or the dump's rows).
CREATE TABLE search_texts
(
    request_id BIGINT     NOT NULL,
    -- 0: the request's narrative; else the id of a message on it
    part       BIGINT     NOT NULL,
    words      MEDIUMTEXT NOT NULL,
    PRIMARY KEY (request_id, part),
    CONSTRAINT search_texts_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE TRIGGER search_texts_narrative AFTER INSERT ON requests FOR EACH ROW
BEGIN
    IF @@foreign_key_checks = 1 THEN
        INSERT INTO search_texts (request_id, part, words)
        VALUES (NEW.id, 0, REGEXP_REPLACE(REGEXP_REPLACE(NEW.narrative, '[^\\p{L}\\p{N}]+', ' '), '([\\p{L}\\p{N}]+)',
                                          CONCAT('s', NEW.agency_id, '_\\1 s', NEW.office_id, '_\\1')));
    END IF;
END$$

CREATE TRIGGER search_texts_message AFTER INSERT ON request_messages FOR EACH ROW
BEGIN
    IF @@foreign_key_checks = 1 THEN
        INSERT INTO search_texts (request_id, part, words)
        SELECT NEW.request_id, NEW.id, REGEXP_REPLACE(REGEXP_REPLACE(NEW.body, '[^\\p{L}\\p{N}]+', ' '), '([\\p{L}\\p{N}]+)',
            IF(NEW.kind = 'INTERNAL_NOTE', CONCAT('s', r.agency_id, '_\\1'),
               CONCAT('s', r.agency_id, '_\\1 s', r.office_id, '_\\1')))
        FROM requests r WHERE r.id = NEW.request_id;
    END IF;
END$$

CREATE PROCEDURE search_texts_rebuild()
BEGIN
    DELETE FROM search_texts;
    INSERT INTO search_texts (request_id, part, words)
    SELECT r.id, 0, REGEXP_REPLACE(REGEXP_REPLACE(r.narrative, '[^\\p{L}\\p{N}]+', ' '), '([\\p{L}\\p{N}]+)',
                                   CONCAT('s', r.agency_id, '_\\1 s', r.office_id, '_\\1'))
    FROM requests r;
    INSERT INTO search_texts (request_id, part, words)
    SELECT m.request_id, m.id, REGEXP_REPLACE(REGEXP_REPLACE(m.body, '[^\\p{L}\\p{N}]+', ' '), '([\\p{L}\\p{N}]+)',
        IF(m.kind = 'INTERNAL_NOTE', CONCAT('s', r.agency_id, '_\\1'),
           CONCAT('s', r.agency_id, '_\\1 s', r.office_id, '_\\1')))
    FROM request_messages m JOIN requests r ON r.id = m.request_id;
END$$

DELIMITER ;

CALL search_texts_rebuild();

-- built after the rows are in: sorted once (filled through the index, InnoDB tokenised 2.5 million rows one by one
-- at the commit, minutes at 1M requests)
CREATE FULLTEXT INDEX search_texts_words ON search_texts (words);

-- the indexes the search read before (V20): nothing else reads them
ALTER TABLE requests DROP INDEX requests_narrative_text;
ALTER TABLE request_messages DROP INDEX request_messages_text;
