package liaison.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import liaison.deadlines.ClockEvent.Paused;
import liaison.deadlines.ClockEvent.Resumed;
import liaison.deadlines.ClockEvent.Started;
import liaison.deadlines.ClockEvent.Stopped;
import liaison.deadlines.DueClock.Basis;
import org.junit.jupiter.api.Test;

/** Time to acknowledge and to answer, counted as the due clock counts: business days, holidays out, pauses out. */
class ElapsedBusinessDaysTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 2026-11-23; Thanksgiving is Thursday 2026-11-26. */
    private static final Instant FILED = at("2026-11-23T09:00");
    private static final Started STARTED = new Started(FILED, at("2026-12-07T17:00"), Basis.BUSINESS_DAYS);

    private static Instant at(String newYorkLocal) {
        return LocalDateTime.parse(newYorkLocal).atZone(NEW_YORK).toInstant();
    }

    private static DueClock clock(ClockEvent... events) {
        return new DueClock(BusinessCalendar.federal(), NEW_YORK, List.of(events));
    }

    @Test
    void theSameDayIsNoDayAndTheHolidayDoesNotCount() {
        DueClock clock = clock(STARTED);
        assertEquals(0, clock.elapsedBusinessDays(FILED, at("2026-11-23T16:00")));
        assertEquals(1, clock.elapsedBusinessDays(FILED, at("2026-11-24T08:00")));
        // Tue, Wed, (Thanksgiving), Fri
        assertEquals(3, clock.elapsedBusinessDays(FILED, at("2026-11-27T10:00")));
        // and the weekend neither
        assertEquals(4, clock.elapsedBusinessDays(FILED, at("2026-11-30T10:00")));
    }

    @Test
    void aPauseIsTakenOutAsItMovesTheDeadline() {
        // paused Tuesday, resumed Monday: Wed, Fri, Mon (Thanksgiving and the weekend never counted) are paused
        DueClock clock = clock(STARTED, new Paused(at("2026-11-24T10:00")), new Resumed(at("2026-11-30T11:00")),
                new Stopped(at("2026-12-02T15:00")));
        // Tue..Wed Dec 2: Tue, Wed, Fri, Mon, Tue, Wed = 6 business days, 3 of them paused
        assertEquals(3, clock.elapsedBusinessDays(FILED, at("2026-12-02T15:00")));
        // read while still paused: the pause runs until the instant read
        assertEquals(1, clock.elapsedBusinessDays(FILED, at("2026-11-27T12:00")));
    }

    @Test
    void aSameDayPauseCostsNothingAndNothingIsNegative() {
        DueClock clock = clock(STARTED, new Paused(at("2026-11-24T10:00")), new Resumed(at("2026-11-24T15:00")));
        assertEquals(1, clock.elapsedBusinessDays(FILED, at("2026-11-24T16:00")));
        assertEquals(0, clock.elapsedBusinessDays(FILED, at("2026-11-20T16:00")));
        assertEquals(2, clock().elapsedBusinessDays(FILED, at("2026-11-25T16:00")), "no ledger: no pause");
    }
}
