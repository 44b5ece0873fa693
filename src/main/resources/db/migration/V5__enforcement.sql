-- Court orders compelling a subpoena that was refused or ignored (DESIGN.md §4): recorded by the filing office's
-- approving officer, with the order itself as a PDF attachment of the request. A request may carry more than one
-- (a second refusal, a second order); the newest is the one in force.
CREATE TABLE court_orders (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id      BIGINT        NOT NULL,
    court           VARCHAR(200)  NOT NULL,
    case_number     VARCHAR(60)   NOT NULL,
    order_date      DATE          NOT NULL,
    -- the new return date the court set; the clock restarts at the end of that business day
    return_date     DATE          NOT NULL,
    -- the items the court ordered produced, as requests.items; NULL when it ordered every item requested
    narrowed_items  VARCHAR(400)  NULL,
    -- the request's items before this order, so a narrowing can always be read back
    previous_items  VARCHAR(400)  NOT NULL,
    attachment_id   BIGINT        NOT NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT court_orders_request FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT court_orders_attachment FOREIGN KEY (attachment_id) REFERENCES attachments (id),
    CONSTRAINT court_orders_recorder FOREIGN KEY (recorded_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX court_orders_by_request ON court_orders (request_id, id);
