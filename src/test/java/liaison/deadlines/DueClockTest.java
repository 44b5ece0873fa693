package liaison.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import liaison.deadlines.ClockEvent.Extended;
import liaison.deadlines.ClockEvent.Paused;
import liaison.deadlines.ClockEvent.Restarted;
import liaison.deadlines.ClockEvent.Resumed;
import liaison.deadlines.ClockEvent.Started;
import liaison.deadlines.ClockEvent.Stopped;
import liaison.deadlines.DueClock.Basis;
import liaison.deadlines.DueClock.Status;
import org.junit.jupiter.api.Test;

class DueClockTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessCalendar CALENDAR = BusinessCalendar.federal();

    /** Filed the Wednesday before Thanksgiving; 10 business days later is Thursday 2026-12-10. */
    private static final Started FILED = new Started(at("2026-11-25T09:30"), at("2026-12-10T17:00"),
            Basis.BUSINESS_DAYS);

    private static Instant at(String newYorkLocal) {
        return LocalDateTime.parse(newYorkLocal).atZone(NEW_YORK).toInstant();
    }

    private static DueClock clock(ClockEvent... events) {
        return new DueClock(CALENDAR, NEW_YORK, List.of(events));
    }

    @Test
    void theStartedDueMatchesTheCalendar() {
        assertEquals(CALENDAR.dueAt(FILED.at().atZone(NEW_YORK), 10).toInstant(), FILED.due());
    }

    @Test
    void statusMovesFromOnTimeToDueSoonToOverdueAsTimePasses() {
        DueClock clock = clock(FILED);
        assertEquals(Status.NONE, clock.status(at("2026-11-25T09:29")), "before filing");
        assertEquals(Status.ON_TIME, clock.status(at("2026-11-25T09:30")));
        assertEquals(Status.ON_TIME, clock.status(at("2026-12-07T10:00")), "3 business days left");
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-08T10:00")), "2 business days left");
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-10T16:59")), "due today");
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-10T17:00")), "the due instant itself");
        assertEquals(Status.OVERDUE, clock.status(at("2026-12-10T17:01")));
        assertEquals(Status.OVERDUE, clock.status(at("2027-01-04T09:00")));
        assertEquals(Optional.of(FILED.due()), clock.due(at("2027-01-04T09:00")));
        assertFalse(clock.isPaused(at("2026-12-01T09:00")));
    }

    @Test
    void statusCountsBusinessDaysNotCalendarDays() {
        // Due Monday 2026-12-14: from Thursday it is 2 business days (Fri, Mon) away.
        DueClock clock = clock(new Started(at("2026-12-01T09:00"), at("2026-12-14T17:00"), Basis.BUSINESS_DAYS));
        assertEquals(Status.ON_TIME, clock.status(at("2026-12-09T12:00")), "Wed: 3 left");
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-10T12:00")), "Thu: 2 left");
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-12T12:00")), "Sat: 1 left");
    }

    @Test
    void statusCanBeReadFromAClock() {
        DueClock clock = clock(FILED);
        assertEquals(Status.DUE_SOON, clock.status(Clock.fixed(at("2026-12-09T08:00"), NEW_YORK)));
        DueClock.Reading reading = clock.read(Clock.fixed(at("2026-12-11T08:00"), NEW_YORK));
        assertEquals(new DueClock.Reading(Status.OVERDUE, Optional.of(FILED.due()), false), reading);
    }

    @Test
    void resumingMovesTheDueDateByTheBusinessDaysPaused() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")), new Resumed(at("2026-12-02T15:00")));
        assertEquals(Optional.of(at("2026-12-14T17:00")), clock.due(at("2026-12-02T15:00")), "Tue and Wed lost");
        assertEquals(Status.ON_TIME, clock.status(at("2026-12-09T12:00")), "3 business days left after the shift");
        assertEquals(Status.OVERDUE, clock.status(at("2026-12-14T17:01")));
    }

    @Test
    void aPauseOverAWeekendAndAHolidayCountsOnlyBusinessDays() {
        // Wednesday before Thanksgiving to Monday: Thursday is a holiday, so Friday and Monday count.
        DueClock clock = clock(FILED, new Paused(at("2026-11-25T12:00")), new Resumed(at("2026-11-30T09:00")));
        assertEquals(Optional.of(at("2026-12-14T17:00")), clock.due(at("2026-11-30T09:00")));
    }

    @Test
    void aPauseWithinOneDayDoesNotMoveTheDueDate() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T09:00")), new Resumed(at("2026-11-30T16:00")));
        assertEquals(Optional.of(FILED.due()), clock.due(at("2026-12-01T09:00")));
    }

    @Test
    void pausesAccumulate() {
        DueClock clock = clock(FILED,
                new Paused(at("2026-11-30T10:00")), new Resumed(at("2026-12-01T10:00")),
                new Paused(at("2026-12-03T10:00")), new Resumed(at("2026-12-07T10:00")));
        // 1 business day, then Fri and Mon: 3 in all.
        assertEquals(Optional.of(at("2026-12-15T17:00")), clock.due(at("2026-12-08T10:00")));
    }

    @Test
    void whilePausedTheStatusIsPausedAndTheDueDateIsWhereAResumeNowWouldPutIt() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")));
        DueClock.Reading sameDay = clock.read(at("2026-11-30T16:00"));
        assertEquals(new DueClock.Reading(Status.PAUSED, Optional.of(FILED.due()), true), sameDay);
        assertEquals(Optional.of(at("2026-12-11T17:00")), clock.due(at("2026-12-01T10:00")));
        assertEquals(Status.PAUSED, clock.status(at("2027-02-01T10:00")), "never overdue while paused");
        assertTrue(clock.isPaused(at("2027-02-01T10:00")));
    }

    @Test
    void readingAnEarlierInstantIgnoresLaterEvents() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")), new Resumed(at("2026-12-02T15:00")));
        assertEquals(Status.ON_TIME, clock.status(at("2026-11-30T09:59")));
        assertEquals(Status.PAUSED, clock.status(at("2026-12-02T14:59")));
        assertEquals(Status.ON_TIME, clock.status(at("2026-12-02T15:00")));
    }

    @Test
    void anOverdueClockPausedAndResumedCanStillBeOverdue() {
        DueClock clock = clock(FILED, new Paused(at("2026-12-11T10:00")), new Resumed(at("2026-12-14T09:00")));
        assertEquals(Status.PAUSED, clock.status(at("2026-12-11T10:00")));
        assertEquals(Optional.of(at("2026-12-11T17:00")), clock.due(at("2026-12-14T09:00")));
        assertEquals(Status.OVERDUE, clock.status(at("2026-12-14T09:00")));
    }

    @Test
    void hourClocksMoveByTheExactTimePaused() {
        Instant start = Instant.parse("2026-11-26T10:00:00Z");
        Started emergency = new Started(start, Instant.parse("2026-11-27T10:00:00Z"), Basis.HOURS);
        DueClock clock = clock(emergency,
                new Paused(Instant.parse("2026-11-26T12:00:00Z")),
                new Resumed(Instant.parse("2026-11-26T15:30:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-11-27T12:00:00Z")),
                clock.due(Instant.parse("2026-11-26T14:00:00Z")), "projected while paused");
        assertEquals(Status.PAUSED, clock.status(Instant.parse("2026-11-26T14:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-11-27T13:30:00Z")),
                clock.due(Instant.parse("2026-11-26T16:00:00Z")));
        assertEquals(Status.DUE_SOON, clock.status(Instant.parse("2026-11-27T13:30:00Z")));
        assertEquals(Status.OVERDUE, clock.status(Instant.parse("2026-11-27T13:30:01Z")));
    }

    @Test
    void anExtensionReplacesTheDueDate() {
        DueClock clock = clock(FILED, new Extended(at("2026-12-08T11:00"), at("2026-12-17T17:00"), "Records off site"));
        assertEquals(Status.DUE_SOON, clock.status(at("2026-12-08T10:59")));
        assertEquals(Status.ON_TIME, clock.status(at("2026-12-08T11:00")));
        assertEquals(Optional.of(at("2026-12-17T17:00")), clock.due(at("2026-12-08T11:00")));
        assertEquals(Status.OVERDUE, clock.status(at("2026-12-17T17:01")));
    }

    @Test
    void anExtensionWhilePausedIsMovedOnlyByThePauseAfterIt() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")),
                new Extended(at("2026-12-02T11:00"), at("2026-12-18T17:00"), "Agreed by phone"),
                new Resumed(at("2026-12-04T09:00")));
        assertTrue(clock.isPaused(at("2026-12-03T09:00")), "an extension does not resume the clock");
        // Thursday and Friday after the extension were paused.
        assertEquals(Optional.of(at("2026-12-22T17:00")), clock.due(at("2026-12-04T09:00")));
    }

    @Test
    void stoppingEndsTheDeadlineAndARestartGivesANewOne() {
        DueClock clock = clock(FILED, new Stopped(at("2026-12-09T12:00")),
                new Restarted(at("2027-03-01T09:00"), at("2027-03-15T17:00"), "Court order recorded"));
        assertEquals(new DueClock.Reading(Status.NONE, Optional.of(FILED.due()), false),
                clock.read(at("2027-01-04T09:00")), "answered: never overdue");
        assertEquals(Status.ON_TIME, clock.status(at("2027-03-01T09:00")));
        assertEquals(Optional.of(at("2027-03-15T17:00")), clock.due(at("2027-03-01T09:00")));
        assertEquals(Status.OVERDUE, clock.status(at("2027-03-16T09:00")));
    }

    @Test
    void stoppingAPausedClockSettlesThePause() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")), new Stopped(at("2026-12-02T10:00")));
        assertEquals(new DueClock.Reading(Status.NONE, Optional.of(at("2026-12-14T17:00")), false),
                clock.read(at("2027-01-04T09:00")));
    }

    @Test
    void aRestartEndsAPause() {
        DueClock clock = clock(FILED, new Paused(at("2026-11-30T10:00")),
                new Restarted(at("2026-12-01T10:00"), at("2026-12-15T17:00"), "Served again"));
        assertFalse(clock.isPaused(at("2026-12-02T10:00")));
        assertEquals(Optional.of(at("2026-12-15T17:00")), clock.due(at("2026-12-14T10:00")));
    }

    @Test
    void anEmptyLedgerHasNoDeadline() {
        assertEquals(new DueClock.Reading(Status.NONE, Optional.empty(), false),
                clock().read(at("2026-12-01T10:00")));
    }

    @Test
    void withAppendsWithoutChangingTheOriginal() {
        DueClock running = clock(FILED);
        DueClock paused = running.with(new Paused(at("2026-11-30T10:00")));
        assertEquals(List.of(FILED), running.events());
        assertEquals(2, paused.events().size());
        assertTrue(paused.isPaused(at("2026-12-01T10:00")));
        assertFalse(running.isPaused(at("2026-12-01T10:00")));
        assertThrows(IllegalArgumentException.class, () -> paused.with(new Paused(at("2026-12-01T10:00"))));
    }

    @Test
    void impossibleLedgersAreRejected() {
        Instant t = at("2026-12-01T10:00");
        assertThrows(IllegalArgumentException.class, () -> clock(new Paused(t)), "not started");
        assertThrows(IllegalArgumentException.class, () -> clock(FILED, new Resumed(t)), "not paused");
        assertThrows(IllegalArgumentException.class, () -> clock(FILED, new Paused(t), new Paused(t)));
        assertThrows(IllegalArgumentException.class, () -> clock(FILED, FILED), "started twice");
        assertThrows(IllegalArgumentException.class, () -> clock(FILED, new Stopped(t), new Stopped(t)));
        assertThrows(IllegalArgumentException.class, () -> clock(FILED, new Stopped(t), new Paused(t)));
        assertThrows(IllegalArgumentException.class,
                () -> clock(FILED, new Stopped(t), new Extended(t, at("2026-12-20T17:00"), "late")));
        assertThrows(IllegalArgumentException.class,
                () -> clock(FILED, new Paused(t), new Resumed(at("2026-11-30T10:00"))), "out of order");
    }

    @Test
    void malformedEventsAreRejected() {
        Instant t = at("2026-12-01T10:00");
        assertThrows(IllegalArgumentException.class,
                () -> new Started(t, at("2026-11-30T17:00"), Basis.BUSINESS_DAYS), "due before start");
        assertThrows(IllegalArgumentException.class, () -> new Extended(t, t, " "));
        assertThrows(IllegalArgumentException.class, () -> new Restarted(t, t, null));
        assertThrows(NullPointerException.class, () -> new Paused(null));
        assertThrows(NullPointerException.class, () -> new Started(t, t, null));
    }
}
