package liaison.deadlines;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a request's due-date ledger. The ledger, not a stored due date, is the truth:
 * both sides can see every start, pause, extension and restart and why. Who did it is kept
 * with the request's timeline entry, not here, so the clock arithmetic stays free of accounts.
 */
public sealed interface ClockEvent {

    /** When it happened; a ledger's events are in this order. */
    Instant at();

    /** The clock starts running with a first due instant (filing or service of a subpoena). */
    record Started(Instant at, Instant due, DueClock.Basis basis) implements ClockEvent {
        public Started {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(basis, "basis");
            if (due.isBefore(at)) {
                throw new IllegalArgumentException("due " + due + " is before start " + at);
            }
        }
    }

    /** The clock stops while the agency waits on the requester (clarification requested). */
    record Paused(Instant at) implements ClockEvent {
        public Paused {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The requester answered; the due instant moves by the time spent paused. */
    record Resumed(Instant at) implements ClockEvent {
        public Resumed {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The due instant is replaced by agreement; a paused clock stays paused. */
    record Extended(Instant at, Instant due, String reason) implements ClockEvent {
        public Extended {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(due, "due");
            requireReason(reason);
        }
    }

    /** The clock runs again from scratch with a new due instant, e.g. after a court order. */
    record Restarted(Instant at, Instant due, String reason) implements ClockEvent {
        public Restarted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(due, "due");
            requireReason(reason);
        }
    }

    /** The request was answered or withdrawn: nothing is due any more until a restart. */
    record Stopped(Instant at) implements ClockEvent {
        public Stopped {
            Objects.requireNonNull(at, "at");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
    }
}
