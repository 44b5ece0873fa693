package liaison.requests;

import java.time.Instant;
import liaison.deadlines.ClockEvent;
import liaison.deadlines.DueClock;

/** One stored line of the clock ledger, with who made it. */
public record ClockEntry(long id, Instant occurredAt, Long actorId, String actorName, ClockEvent.Kind kind,
                         Instant dueAt, String basis, String reason) {

    ClockEvent toEvent() {
        return switch (kind) {
            case STARTED -> new ClockEvent.Started(occurredAt, dueAt, DueClock.Basis.valueOf(basis));
            case PAUSED -> new ClockEvent.Paused(occurredAt);
            case RESUMED -> new ClockEvent.Resumed(occurredAt);
            case EXTENDED -> new ClockEvent.Extended(occurredAt, dueAt, reason);
            case RESTARTED -> new ClockEvent.Restarted(occurredAt, dueAt, reason);
            case STOPPED -> new ClockEvent.Stopped(occurredAt);
        };
    }
}
