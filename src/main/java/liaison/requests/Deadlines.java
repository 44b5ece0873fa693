package liaison.requests;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import liaison.deadlines.BusinessCalendar;
import liaison.deadlines.DueClock;

/**
 * "Overdue" and "due soon", once, for the queue's filter, the lists, the detail page and the policy. A request is
 * overdue when it is with the agency ({@link #ON_THE_CLOCK}), its clock is not paused, and the due instant the
 * ledger last set has passed; due soon by {@link DueClock#statusOf}, the rule the ledger itself reads with.
 */
public final class Deadlines {
    /** The states in which the agency owes an answer against a clock (a clarification pauses it). */
    public static final Set<RequestState> ON_THE_CLOCK = Collections.unmodifiableSet(EnumSet.of(
            RequestState.SUBMITTED, RequestState.ACKNOWLEDGED, RequestState.CLARIFICATION_REQUESTED,
            RequestState.REFERRED_FOR_ENFORCEMENT));

    /** {@link #overdue} in SQL over the alias {@code r}, with {@code :now} bound. */
    public static final String OVERDUE_SQL = "r.due_at < :now AND NOT r.clock_paused AND r.state IN "
            + RequestState.sqlList(ON_THE_CLOCK);

    private Deadlines() {
    }

    public static boolean overdue(Request r, Instant now) {
        return ON_THE_CLOCK.contains(r.state()) && !r.clockPaused() && r.dueAt() != null && now.isAfter(r.dueAt());
    }

    /** How the clock reads at {@code now} for a listed request, from its cached due instant. */
    public static DueClock.Status status(Request r, Instant now, BusinessCalendar calendar) {
        if (r.clockPaused()) {
            return DueClock.Status.PAUSED;
        }
        if (r.dueAt() == null || !ON_THE_CLOCK.contains(r.state())) {
            return DueClock.Status.NONE;
        }
        return DueClock.statusOf(calendar, ZoneId.of(r.agencyTimeZone()), r.dueAt(), now);
    }
}
