package liaison.deadlines;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a request's due-date ledger. The ledger, not a stored due date, is the truth:
 * both sides can see every start, pause, extension and restart and why. Who did it is kept
 * with the request's timeline entry, not here, so the clock arithmetic stays free of accounts.
 */
public sealed interface ClockEvent {

    /** The stored name of each kind of entry; the words for people are messages' request.clock.kind.NAME. */
    enum Kind { STARTED, PAUSED, RESUMED, EXTENDED, RESTARTED, STOPPED }

    /** When it happened; a ledger's events are in this order. */
    Instant at();

    Kind kind();

    /** The due instant the entry sets, if it sets one. */
    default Instant due() {
        return null;
    }

    /** How the deadline counts, given only when the clock starts. */
    default DueClock.Basis basis() {
        return null;
    }

    /** Why, given for extensions and restarts. */
    default String reason() {
        return null;
    }

    /** The clock starts running with a first due instant (filing or service of a subpoena). */
    record Started(Instant at, Instant due, DueClock.Basis basis) implements ClockEvent {
        @Override
        public Kind kind() {
            return Kind.STARTED;
        }

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
        @Override
        public Kind kind() {
            return Kind.PAUSED;
        }

        public Paused {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The requester answered; the due instant moves by the time spent paused. */
    record Resumed(Instant at) implements ClockEvent {
        @Override
        public Kind kind() {
            return Kind.RESUMED;
        }

        public Resumed {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The due instant is replaced by agreement; a paused clock stays paused. */
    record Extended(Instant at, Instant due, String reason) implements ClockEvent {
        @Override
        public Kind kind() {
            return Kind.EXTENDED;
        }

        public Extended {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(due, "due");
            requireReason(reason);
        }
    }

    /** The clock runs again from scratch with a new due instant, e.g. after a court order. */
    record Restarted(Instant at, Instant due, String reason) implements ClockEvent {
        @Override
        public Kind kind() {
            return Kind.RESTARTED;
        }

        public Restarted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(due, "due");
            requireReason(reason);
        }
    }

    /** The request was answered or withdrawn: nothing is due any more until a restart. */
    record Stopped(Instant at) implements ClockEvent {
        @Override
        public Kind kind() {
            return Kind.STOPPED;
        }

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
