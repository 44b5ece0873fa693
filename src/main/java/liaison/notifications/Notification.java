package liaison.notifications;

import java.time.Instant;

/** One in-app notification as a person's list shows it; {@code kind} is the timeline kind's stored value. */
public record Notification(long id, long requestId, String trackingNumber, String kind, boolean emergency,
                           Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The words for what happened, under {@code notification.kind.<kind>} in messages.properties. */
    public String messageKey() {
        return "notification.kind." + kind;
    }
}
