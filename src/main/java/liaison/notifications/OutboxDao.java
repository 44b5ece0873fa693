package liaison.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The e-mail outbox: queued in the event's transaction, sent (or given up) by the delivery job. */
@RegisterConstructorMapper(OutboxMail.class)
interface OutboxDao {
    String COLUMNS = """
            id, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, last_error, created_at,
            queued_at, sent_at""";

    @SqlUpdate("""
            INSERT INTO mail_outbox (notification_id, recipient, subject, body_text, body_html, status, next_attempt_at,
                                     created_at, queued_at)
            VALUES (:notification, :to, :subject, :text, :html, 'QUEUED', :now, :now, :now)
            """)
    void queue(@Bind("notification") Long notificationId, @Bind("to") String to, @Bind("subject") String subject,
               @Bind("text") String text, @Bind("html") String html, @Bind("now") Instant now);

    @SqlQuery("SELECT id FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY id LIMIT :limit")
    List<Long> due(@Bind("now") Instant now, @Bind("limit") int limit);

    /** The mail, locked, if it is still queued and due: whoever holds the lock is the only one to send it. */
    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id AND status = 'QUEUED' AND next_attempt_at <= :now"
            + " FOR UPDATE")
    Optional<OutboxMail> lockDue(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL
            WHERE id = :id""")
    void sent(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id""")
    void later(@Bind("id") long id, @Bind("next") Instant next, @Bind("error") String error);

    @SqlUpdate("UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = :error WHERE id = :id")
    void failed(@Bind("id") long id, @Bind("error") String error);

    /** A failed mail queued again, with a new 24 hours of tries. */
    @SqlUpdate("""
            UPDATE mail_outbox SET status = 'QUEUED', next_attempt_at = :now, queued_at = :now
            WHERE id = :id AND status = 'FAILED'""")
    int requeue(@Bind("id") long id, @Bind("now") Instant now);

    /** The whole outbox, newest first, from before {@code beforeId}: one page and one row more. */
    @SqlQuery("SELECT " + COLUMNS + " FROM mail_outbox WHERE id < :before ORDER BY id DESC LIMIT :limit")
    List<OutboxMail> page(@Bind("before") long beforeId, @Bind("limit") int limit);
}
