-- Full-text search at a million requests, again (issue 14): a word's per-agency list (V62) still held every request
-- of the agency that has the word: "custody status" were 5,648 documents of one agency at 1M, all read, joined and
-- sorted for a page of 25 and read again for the count (about 150 ms of the server per search, 8 searches a second).
-- Each word is now written with the month its request was filed (UTC), or 0 while a draft:
-- s14_custody_m202612. A search listed by filing date reads the newest months' lists first, the older ones only
-- while its page is not full (search.FiledMonths); the order stays exact, since every request of a month's list was
-- filed in that month. A search over every month asks for the word's beginning (s14_custody_m*), the same lists as
-- before. Filing a draft writes its words again with its month (search_texts_filed below).
DROP TRIGGER search_texts_narrative;
DROP TRIGGER search_texts_message;
DROP PROCEDURE search_texts_rebuild;

-- emptied and rebuilt before the index is added back: MariaDB builds a full-text index that matches no word when it
-- is added back in place to a table that had one (generator.IndexesTest)
ALTER TABLE search_texts DROP INDEX search_texts_words;
TRUNCATE TABLE search_texts;
ALTER TABLE search_texts FORCE;

DELIMITER $$

-- the text's words (letters and digits; every other character a space), each written once per agency that may read
-- it (second: null for one agency only) with the month the request was filed
CREATE FUNCTION search_words(body MEDIUMTEXT, first BIGINT, second BIGINT, filed DATETIME(6)) RETURNS MEDIUMTEXT
    DETERMINISTIC
BEGIN
    DECLARE filed_month VARCHAR(6) DEFAULT IFNULL(DATE_FORMAT(filed, '%Y%m'), '0');
    RETURN REGEXP_REPLACE(REGEXP_REPLACE(body, '[^\\p{L}\\p{N}]+', ' '), '([\\p{L}\\p{N}]+)',
                          CONCAT('s', first, '_\\1_m', filed_month,
                                 IF(second IS NULL, '', CONCAT(' s', second, '_\\1_m', filed_month))));
END$$

CREATE TRIGGER search_texts_narrative AFTER INSERT ON requests FOR EACH ROW
BEGIN
    IF @@foreign_key_checks = 1 THEN
        INSERT INTO search_texts (request_id, part, words)
        VALUES (NEW.id, 0, search_words(NEW.narrative, NEW.agency_id, NEW.office_id, NEW.submitted_at));
    END IF;
END$$

-- an internal note is written for the answering agency only, whose own it is
CREATE TRIGGER search_texts_message AFTER INSERT ON request_messages FOR EACH ROW
BEGIN
    IF @@foreign_key_checks = 1 THEN
        INSERT INTO search_texts (request_id, part, words)
        SELECT NEW.request_id, NEW.id, search_words(NEW.body, r.agency_id,
                                                    IF(NEW.kind = 'INTERNAL_NOTE', NULL, r.office_id), r.submitted_at)
        FROM requests r WHERE r.id = NEW.request_id;
    END IF;
END$$

-- a draft filed (or a filing date changed): its words are written again with the month it was filed
CREATE TRIGGER search_texts_filed AFTER UPDATE ON requests FOR EACH ROW
BEGIN
    IF @@foreign_key_checks = 1 AND NOT (OLD.submitted_at <=> NEW.submitted_at) THEN
        DELETE FROM search_texts WHERE request_id = NEW.id;
        INSERT INTO search_texts (request_id, part, words)
        VALUES (NEW.id, 0, search_words(NEW.narrative, NEW.agency_id, NEW.office_id, NEW.submitted_at));
        INSERT INTO search_texts (request_id, part, words)
        SELECT m.request_id, m.id, search_words(m.body, NEW.agency_id,
                                                IF(m.kind = 'INTERNAL_NOTE', NULL, NEW.office_id), NEW.submitted_at)
        FROM request_messages m WHERE m.request_id = NEW.id;
    END IF;
END$$

CREATE PROCEDURE search_texts_rebuild()
BEGIN
    DELETE FROM search_texts;
    INSERT INTO search_texts (request_id, part, words)
    SELECT r.id, 0, search_words(r.narrative, r.agency_id, r.office_id, r.submitted_at)
    FROM requests r;
    INSERT INTO search_texts (request_id, part, words)
    SELECT m.request_id, m.id, search_words(m.body, r.agency_id, IF(m.kind = 'INTERNAL_NOTE', NULL, r.office_id),
                                            r.submitted_at)
    FROM request_messages m JOIN requests r ON r.id = m.request_id;
END$$

DELIMITER ;

CALL search_texts_rebuild();

CREATE FULLTEXT INDEX search_texts_words ON search_texts (words);
