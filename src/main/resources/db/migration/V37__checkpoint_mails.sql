-- The day's last audit checkpoint e-mailed to the system admins (issue 13): one row per UTC day, written in the
-- transaction that queues the mails, so two instances or two runs never mail a day twice.
CREATE TABLE checkpoint_mails (
    mail_day         DATE         NOT NULL,
    seq              BIGINT       NOT NULL,
    queued_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (mail_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
