package liaison.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import liaison.system.Messages;

/**
 * A request's due-date clock, read from its ledger of {@link ClockEvent}s. Nothing here is
 * stored: due instant, pause and status are recomputed for a given "now", so a deadline
 * that passes overnight shows as overdue without any job having to run, and replaying the
 * ledger at an earlier instant shows what both sides saw then.
 *
 * <p>A pause moves the deadline when the clock resumes: business-day clocks by the business
 * days after the pause's date up to and including the resume's date (same-day pauses cost
 * nothing), at the same time of day; hour clocks by the exact time paused.
 */
public final class DueClock {

    /** How the deadline counts: business days, or hours round the clock (emergencies). */
    public enum Basis { BUSINESS_DAYS, HOURS }

    /** What a queue shows about the deadline. */
    public enum Status {
        ON_TIME,
        DUE_SOON,
        OVERDUE,
        PAUSED,
        NONE;

        public String label() {
            return Messages.label(this);
        }
    }

    /**
     * The clock as read at one instant. While paused, {@code due} is where the deadline would
     * land if the clock resumed at that instant; when stopped, where it stood when stopped.
     */
    public record Reading(Status status, Optional<Instant> due, boolean paused) {
    }

    /**
     * At most this many business days left (today not counted) is "due soon". Hour clocks use
     * the same rule, so an emergency shows as due soon from the start, as it should.
     */
    public static final int DUE_SOON_BUSINESS_DAYS = 2;

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final List<ClockEvent> events;

    /**
     * @param zone where business days are counted: the answering agency's time zone
     * @throws IllegalArgumentException if the events are out of order or impossible
     *         (a resume without a pause, a second start, a pause on a stopped clock, ...)
     */
    public DueClock(BusinessCalendar calendar, ZoneId zone, List<? extends ClockEvent> events) {
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
        this.events = List.copyOf(events);
        Replay check = new Replay();
        Instant previous = Instant.MIN;
        for (ClockEvent event : this.events) {
            if (event.at().isBefore(previous)) {
                throw new IllegalArgumentException("event out of order: " + event);
            }
            previous = event.at();
            check.apply(event);
        }
    }

    /** This ledger with one more event; this one is left as it was. */
    public DueClock with(ClockEvent event) {
        List<ClockEvent> more = new ArrayList<>(events);
        more.add(event);
        return new DueClock(calendar, zone, more);
    }

    public List<ClockEvent> events() {
        return events;
    }

    /** The clock as it stood at {@code now}; events after {@code now} are not yet counted. */
    public Reading read(Instant now) {
        Replay replay = new Replay();
        for (ClockEvent event : events) {
            if (event.at().isAfter(now)) {
                break;
            }
            replay.apply(event);
        }
        if (!replay.started) {
            return new Reading(Status.NONE, Optional.empty(), false);
        }
        if (replay.stopped) {
            return new Reading(Status.NONE, Optional.of(replay.due), false);
        }
        if (replay.pausedAt != null) {
            return new Reading(Status.PAUSED, Optional.of(shift(replay, now)), true);
        }
        return new Reading(runningStatus(replay.due, now), Optional.of(replay.due), false);
    }

    public Reading read(Clock clock) {
        return read(clock.instant());
    }

    public Optional<Instant> due(Instant now) {
        return read(now).due();
    }

    public boolean isPaused(Instant now) {
        return read(now).paused();
    }

    public Status status(Instant now) {
        return read(now).status();
    }

    public Status status(Clock clock) {
        return status(clock.instant());
    }

    /**
     * The business days that count between {@code from} and {@code to}, as this clock counts them (for reports: time
     * to acknowledge, time to answer): the business days after {@code from}'s date up to and including {@code to}'s,
     * less the business days the ledger was paused within them, measured as a pause moves the deadline (same-day
     * pauses cost nothing). Never negative; 0 for something done on the day it arrived.
     */
    public int elapsedBusinessDays(Instant from, Instant to) {
        int days = calendar.businessDaysBetween(localDate(from), localDate(to));
        Instant pausedAt = null;
        for (ClockEvent event : events) {
            if (event.at().isAfter(to)) {
                break;
            }
            if (event instanceof ClockEvent.Paused) {
                pausedAt = event.at();
            } else if (pausedAt != null && (event instanceof ClockEvent.Resumed || event instanceof ClockEvent.Stopped
                    || event instanceof ClockEvent.Restarted)) {
                days -= pausedDays(pausedAt, event.at(), from);
                pausedAt = null;
            }
        }
        if (pausedAt != null) {
            days -= pausedDays(pausedAt, to, from);
        }
        return Math.max(0, days);
    }

    private int pausedDays(Instant pausedAt, Instant until, Instant from) {
        Instant start = pausedAt.isBefore(from) ? from : pausedAt;
        return Math.max(0, calendar.businessDaysBetween(localDate(start), localDate(until)));
    }

    private Status runningStatus(Instant due, Instant now) {
        return statusOf(calendar, zone, due, now);
    }

    /** The one rule for a running clock: past due is overdue; due soon within {@link #DUE_SOON_BUSINESS_DAYS}. */
    public static Status statusOf(BusinessCalendar calendar, ZoneId zone, Instant due, Instant now) {
        if (now.isAfter(due)) {
            return Status.OVERDUE;
        }
        int left = calendar.businessDaysBetween(now.atZone(zone).toLocalDate(), due.atZone(zone).toLocalDate());
        return left <= DUE_SOON_BUSINESS_DAYS ? Status.DUE_SOON : Status.ON_TIME;
    }

    /** The due instant moved for a pause from {@code replay.pausedAt} until {@code until}. */
    private Instant shift(Replay replay, Instant until) {
        if (replay.basis == Basis.HOURS) {
            return replay.due.plus(Duration.between(replay.pausedAt, until));
        }
        int days = calendar.businessDaysBetween(localDate(replay.pausedAt), localDate(until));
        if (days <= 0) {
            return replay.due;
        }
        ZonedDateTime due = replay.due.atZone(zone);
        LocalDate moved = calendar.addBusinessDays(due.toLocalDate(), days);
        return ZonedDateTime.of(moved, due.toLocalTime(), zone).toInstant();
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Walks the ledger; the same rules check it once at construction and read it every time. */
    private final class Replay {
        boolean started;
        boolean stopped;
        Basis basis;
        Instant due;
        Instant pausedAt;

        void apply(ClockEvent event) {
            if (!started && !(event instanceof ClockEvent.Started)) {
                throw illegal(event, "the clock has not started");
            }
            if (event instanceof ClockEvent.Started e) {
                require(!started, e, "the clock has already started; restart it instead");
                started = true;
                basis = e.basis();
                due = e.due();
            } else if (event instanceof ClockEvent.Paused e) {
                require(!stopped && pausedAt == null, e, "the clock is not running");
                pausedAt = e.at();
            } else if (event instanceof ClockEvent.Resumed e) {
                require(pausedAt != null, e, "the clock is not paused");
                due = shift(this, e.at());
                pausedAt = null;
            } else if (event instanceof ClockEvent.Extended e) {
                require(!stopped, e, "the clock is stopped");
                due = e.due();
                // Whoever set the new date knew of the pause so far; only later paused time moves it.
                if (pausedAt != null) {
                    pausedAt = e.at();
                }
            } else if (event instanceof ClockEvent.Restarted e) {
                due = e.due();
                pausedAt = null;
                stopped = false;
            } else if (event instanceof ClockEvent.Stopped e) {
                require(!stopped, e, "the clock is already stopped");
                if (pausedAt != null) {
                    due = shift(this, e.at());
                    pausedAt = null;
                }
                stopped = true;
            }
        }

        private void require(boolean condition, ClockEvent event, String why) {
            if (!condition) {
                throw illegal(event, why);
            }
        }

        private IllegalArgumentException illegal(ClockEvent event, String why) {
            return new IllegalArgumentException(why + ": " + event);
        }
    }
}
