package liaison.notifications;

import java.time.Clock;
import liaison.system.Pages;
import org.jdbi.v3.core.Jdbi;

/** A person's in-app notifications: their own only, newest first, read one by one or all at once. */
public final class Inbox {
    private final Jdbi jdbi;
    private final Clock clock;

    Inbox(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** One page of the person's notifications after the key {@code after} (an id; empty or bad: the first page). */
    Pages<Notification> page(long accountId, String after) {
        return Pages.of(jdbi.onDemand(InboxDao.class).page(accountId, key(after), Pages.SIZE + 1),
                n -> String.valueOf(n.id()));
    }

    /** How many the person has not read: the bell's number. */
    public int unread(long accountId) {
        return jdbi.onDemand(InboxDao.class).unread(accountId);
    }

    /** Marks one of the person's own notifications read; another person's id changes nothing. */
    boolean markRead(long accountId, long id) {
        return jdbi.onDemand(InboxDao.class).markRead(id, accountId, clock.instant()) > 0;
    }

    int markAllRead(long accountId) {
        return jdbi.onDemand(InboxDao.class).markAllRead(accountId, clock.instant());
    }

    static long key(String after) {
        if (after == null || after.isEmpty() || after.length() > 19 || !after.chars().allMatch(Character::isDigit)) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
