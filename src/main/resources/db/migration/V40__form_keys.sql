-- Issue 15: the same form sent twice (a double click, a resend after a time-out) is done once. Each form the portal
-- renders carries a fresh key; the transaction that does what the form asked stores the key with where its answer
-- led, so a second sending of it finds the key, does nothing, and is sent to the same place.
CREATE TABLE form_keys (
    form_key    CHAR(36)     NOT NULL,
    -- the form's address ("/requests/new", "/requests/12/answer"): one page's forms share the page's key
    action      VARCHAR(200) NOT NULL,
    account_id  BIGINT       NOT NULL,
    -- where the first sending was sent on, and the message it was shown there
    location    VARCHAR(200) NOT NULL,
    message     VARCHAR(1000),
    created_at  DATETIME(6)  NOT NULL,
    -- the person's own: someone else sending a copied key is a sending of its own, told nothing of the first
    PRIMARY KEY (form_key, action, account_id),
    INDEX form_keys_created (created_at),
    CONSTRAINT form_keys_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
