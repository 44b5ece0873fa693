package liaison.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import liaison.deadlines.BusinessCalendar;
import liaison.deadlines.ClockEvent;
import liaison.deadlines.DueClock;
import org.jdbi.v3.core.Handle;

/**
 * Writes a request's clock ledger and keeps the cached due instant (used only to sort queues) in step with it.
 * Due dates: emergency 4 hours, urgent 2 business days, information request 10 business days, subpoena its
 * return date at the end of that business day, release notification none (open until release).
 */
public final class RequestClock {
    static final Duration EMERGENCY = Duration.ofHours(4);
    static final int URGENT_DAYS = 2;
    static final int INFORMATION_DAYS = 10;

    private final BusinessCalendar calendar;

    public RequestClock(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Starts the clock when the request reaches the agency; a release notification has none. */
    public void start(Handle h, Request r, Long actorId, Instant now) {
        if (r.type() == RequestType.RELEASE_NOTIFICATION && r.priority() != Priority.EMERGENCY) {
            return;
        }
        ZoneId zone = ZoneId.of(r.agencyTimeZone());
        Instant due;
        DueClock.Basis basis = DueClock.Basis.BUSINESS_DAYS;
        if (r.priority() == Priority.EMERGENCY) {
            due = calendar.addHours(now, EMERGENCY);
            basis = DueClock.Basis.HOURS;
        } else if (r.type() == RequestType.ADMINISTRATIVE_SUBPOENA && r.returnDate() != null) {
            due = ZonedDateTime.of(r.returnDate(), BusinessCalendar.END_OF_BUSINESS_DAY, zone).toInstant();
        } else {
            int days = r.priority() == Priority.URGENT ? URGENT_DAYS : INFORMATION_DAYS;
            due = calendar.dueAt(now.atZone(zone), days).toInstant();
        }
        record(h, r, actorId, new ClockEvent.Started(now, due.isBefore(now) ? now : due, basis));
    }

    void pause(Handle h, Request r, Long actorId, Instant now) {
        if (running(h, r, now)) {
            record(h, r, actorId, new ClockEvent.Paused(now));
        }
    }

    void resume(Handle h, Request r, Long actorId, Instant now) {
        if (read(h, r, now).paused()) {
            record(h, r, actorId, new ClockEvent.Resumed(now));
        }
    }

    public void stop(Handle h, Request r, Long actorId, Instant now) {
        if (started(h, r) && read(h, r, now).status() != DueClock.Status.NONE) {
            record(h, r, actorId, new ClockEvent.Stopped(now));
        }
    }

    /** Runs the clock again from scratch with a new due instant (a court order's return date), stopped or not. */
    public void restart(Handle h, Request r, Long actorId, Instant now, Instant newDue, String reason) {
        record(h, r, actorId, new ClockEvent.Restarted(now, newDue, reason));
    }

    /**
     * Moves the due instant to {@code newDue} by the filing office's leave, with why; a paused clock stays paused.
     * The caller has checked the clock has started and is not stopped (the ledger refuses it otherwise).
     */
    void extend(Handle h, Request r, Long actorId, Instant now, Instant newDue, String reason) {
        record(h, r, actorId, new ClockEvent.Extended(now, newDue, reason));
    }

    /** The clock as it reads now, from the ledger. */
    public DueClock.Reading read(Handle h, Request r, Instant now) {
        return ledger(h.attach(RequestDao.class).clock(r.id()), r).read(now);
    }

    public DueClock ledger(List<ClockEntry> entries, Request r) {
        return new DueClock(calendar, ZoneId.of(r.agencyTimeZone()),
                entries.stream().map(ClockEntry::toEvent).toList());
    }

    private boolean started(Handle h, Request r) {
        return !h.attach(RequestDao.class).clock(r.id()).isEmpty();
    }

    private boolean running(Handle h, Request r, Instant now) {
        DueClock.Reading reading = read(h, r, now);
        return reading.status() != DueClock.Status.NONE && !reading.paused();
    }

    /** Entries are written only as {@link ClockEvent}s, so the ledger never holds one the replay cannot read. */
    private void record(Handle h, Request r, Long actorId, ClockEvent e) {
        RequestDao dao = h.attach(RequestDao.class);
        dao.insertClock(r.id(), e.at(), actorId, e.kind(), e.due(), e.basis(), e.reason());
        DueClock.Reading reading = ledger(dao.clock(r.id()), r).read(e.at());
        dao.setDue(r.id(), reading.due().orElse(null), reading.paused());
    }
}
