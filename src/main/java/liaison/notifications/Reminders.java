package liaison.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import liaison.deadlines.BusinessCalendar;
import liaison.deadlines.DueClock;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The reminders job: a request whose running clock is due soon (2 business days or less, in the agency's zone) is
 * reminded to the agency's clerks; on its due day, to the clerks and the agency's admins (escalation); one past due
 * is told to the clerks and to the requester (and, for a subpoena,
 * the office's approving officers). Each (request, kind, due instant) once: the {@code reminders} row is the proof,
 * so a second run, or a second instance, sends nothing again, and a new due date gets reminders of its own. No
 * reminder while the clock is paused for a clarification.
 */
public final class Reminders {
    /** A generous window for the first filter in SQL; the due clock's rule decides. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(7);
    /** Where the agency holds the work: a referred subpoena waits on the court, an answered request on nobody. */
    private static final Set<RequestState> AGENCY_HOLDS = EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED);

    private final Jdbi jdbi;
    private final Clock clock;
    private final NotificationWriter writer;
    private final BusinessCalendar calendar = BusinessCalendar.federal();

    Reminders(Jdbi jdbi, Clock clock, NotificationWriter writer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.writer = writer;
    }

    interface Dao {
        @SqlQuery("SELECT id FROM requests WHERE state IN (<states>) AND NOT clock_paused AND due_at IS NOT NULL"
                + " AND due_at <= :until ORDER BY id LIMIT 1000")
        List<Long> candidates(@BindList("states") List<String> states,
                              @Bind("until") Instant until);

        /** 1 when this reminder is new, 0 when it was sent before. */
        @SqlUpdate("INSERT IGNORE INTO reminders (request_id, kind, due_at, sent_at) VALUES (:request, :kind, :due, :now)")
        int record(@Bind("request") long requestId, @Bind("kind") String kind, @Bind("due") Instant due,
                   @Bind("now") Instant now);

        @SqlQuery("SELECT id FROM reminders WHERE request_id = :request AND kind = :kind AND due_at = :due")
        long find(@Bind("request") long requestId, @Bind("kind") String kind, @Bind("due") Instant due);
    }

    /** Sends the reminders that are due; returns how many requests were reminded. */
    public int run() {
        Instant now = clock.instant();
        List<String> states = AGENCY_HOLDS.stream().map(Enum::name).toList();
        int reminded = 0;
        for (long id : jdbi.onDemand(Dao.class).candidates(states, now.plus(LOOK_AHEAD))) {
            reminded += jdbi.inTransaction(h -> remind(h, id, now)) ? 1 : 0;
        }
        return reminded;
    }

    private boolean remind(org.jdbi.v3.core.Handle h, long id, Instant now) {
        Request r = h.attach(RequestDao.class).lockForSystem(id).orElse(null);
        if (r == null || !AGENCY_HOLDS.contains(r.state()) || r.clockPaused() || r.dueAt() == null) {
            return false;
        }
        ZoneId zone = ZoneId.of(r.agencyTimeZone());
        DueClock.Status status = DueClock.statusOf(calendar, zone, r.dueAt(), now);
        boolean dueToday = r.dueAt().atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        String kind = switch (status) {
            case DUE_SOON -> dueToday ? "due-today" : "due-soon";
            case OVERDUE -> "overdue";
            default -> null;
        };
        if (kind == null) {
            return false;
        }
        Dao dao = h.attach(Dao.class);
        if (dao.record(id, kind, r.dueAt(), now) == 0) {
            return false;
        }
        boolean subpoena = r.type().needsApproval();
        Set<Audience> groups = switch (kind) {
            case "due-soon" -> EnumSet.of(Audience.CLERKS);
            // escalation: still unanswered on its due day, the agency's admins hear of it too
            case "due-today" -> EnumSet.of(Audience.CLERKS, Audience.AGENCY_ADMINS);
            default -> subpoena ? EnumSet.of(Audience.CLERKS, Audience.REQUESTER, Audience.APPROVERS)
                    : EnumSet.of(Audience.CLERKS, Audience.REQUESTER);
        };
        // a subpoena past its return date may be referred for enforcement: its people are told so
        String what = subpoena && kind.equals("overdue") ? "past-return-date" : kind;
        writer.tell(h, r, groups, what, null, dao.find(id, kind, r.dueAt()), null, now);
        return true;
    }
}
