package liaison.notifications;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The people an event concerns, and each person's in-app notifications. */
@RegisterConstructorMapper(Recipient.class)
@RegisterConstructorMapper(Notification.class)
interface InboxDao {
    String PEOPLE = """
            SELECT a.id, a.email, g.time_zone FROM accounts a
            JOIN account_roles ro ON ro.account_id = a.id AND ro.role = :role
            JOIN agencies g ON g.id = a.agency_id
            WHERE a.agency_id = :agency AND a.active ORDER BY a.id
            """;

    @SqlQuery(PEOPLE)
    List<Recipient> withRole(@Bind("agency") long agencyId, @Bind("role") String role);

    @SqlQuery("""
            SELECT a.id, a.email, g.time_zone FROM accounts a JOIN agencies g ON g.id = a.agency_id
            WHERE a.id = :id AND a.active
            """)
    List<Recipient> person(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO notifications (account_id, request_id, event_id, reminder_id, kind, emergency, created_at)
            VALUES (:account, :request, :event, :reminder, :kind, :emergency, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("account") long accountId, @Bind("request") long requestId, @Bind("event") Long eventId,
                @Bind("reminder") Long reminderId, @Bind("kind") String kind, @Bind("emergency") boolean emergency, @Bind("now") Instant now);

    /** A person's notifications, newest first, from before {@code beforeId}: one page and one row more. */
    @SqlQuery("""
            SELECT n.id, n.request_id, r.tracking_number, n.kind, n.emergency, n.created_at, n.read_at
            FROM notifications n JOIN requests r ON r.id = n.request_id
            WHERE n.account_id = :account AND n.id < :before ORDER BY n.id DESC LIMIT :limit
            """)
    List<Notification> page(@Bind("account") long accountId, @Bind("before") long beforeId, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM notifications WHERE account_id = :account AND read_at IS NULL")
    int unread(@Bind("account") long accountId);

    @SqlUpdate("UPDATE notifications SET read_at = :now WHERE id = :id AND account_id = :account AND read_at IS NULL")
    int markRead(@Bind("id") long id, @Bind("account") long accountId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE notifications SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
    int markAllRead(@Bind("account") long accountId, @Bind("now") Instant now);
}
