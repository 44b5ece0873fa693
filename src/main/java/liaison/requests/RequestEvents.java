package liaison.requests;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Told of each event of a request's life (a filing, a move, a change) inside the event's own transaction, after the
 * timeline line is written: what a listener writes on {@code h} commits or rolls back with the event. Notifications
 * use it as their outbox; the requests feature knows nothing of them.
 */
@FunctionalInterface
public interface RequestEvents {
    RequestEvents NONE = (h, request, eventId, kind, actorId, now) -> { };

    /** {@code request} as it is after the event; {@code actorId} null for the portal's own moves. */
    void happened(Handle h, Request request, long eventId, TimelineKind kind, Long actorId, Instant now);
}
