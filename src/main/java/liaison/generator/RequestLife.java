package liaison.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import liaison.audit.AuditEvent;
import liaison.generator.World.Agency;
import liaison.generator.World.Person;

/**
 * What happened to one request, from filing to the state it is in now: each move a timeline line (with its
 * notification and audit entry), the clock ledger started, paused, resumed and stopped as the portal does, the
 * clarification messages, and views audited like the request page's. Nothing happens after the anchor ("now").
 */
final class RequestLife {
    /** Audit entries per request, about: the moves, then views up to this many. */
    private static final int AUDITED = 10;
    private static final String[] OUTCOMES = {"FULFILLED", "PARTIALLY_FULFILLED", "NO_RECORDS", "NOT_IN_CUSTODY",
        "DECLINED"};

    private final SplittableRandom r;
    private final Chunk c;
    private final RequestMaker.Ids ids;
    private final AuditChain chain;
    private final Instant anchor;
    private final long id;
    private final String tracking;
    private final Instant filed;
    private final String state;
    private final boolean subpoena;
    private final String priority;
    private final String type;
    private final LocalDate returnDate;
    private final Person requester;
    private final Person approver;
    private final Person clerk;
    private final Agency office;
    private final Agency agency;
    private int audited;

    Instant served;
    Instant acknowledged;
    Instant answered;
    Instant closed;
    Instant due;
    Instant last;
    String outcome;

    RequestLife(SplittableRandom r, Chunk c, RequestMaker.Ids ids, AuditChain chain, Instant anchor, long id,
                String tracking, Instant filed, String state, boolean subpoena, String priority, String type,
                LocalDate returnDate, Person requester, Person approver, Person clerk, Agency office, Agency agency) {
        this.r = r;
        this.c = c;
        this.ids = ids;
        this.chain = chain;
        this.anchor = anchor;
        this.id = id;
        this.tracking = tracking;
        this.filed = filed;
        this.state = state;
        this.subpoena = subpoena;
        this.priority = priority;
        this.type = type;
        this.returnDate = returnDate;
        this.requester = requester;
        this.approver = approver;
        this.clerk = clerk;
        this.office = office;
        this.agency = agency;
        this.last = filed;
    }

    void live() {
        moves();
        if (r.nextInt(6) == 0) {
            c.messages.add(id, clerk.id(), after(filed, 30, 60 * 24 * 3), r.nextBoolean() ? "MESSAGE" : "INTERNAL_NOTE",
                    Texts.message(r));
        }
        while (audited < AUDITED) {
            boolean byClerk = served != null && r.nextInt(3) > 0;
            Person viewer = byClerk ? clerk : requester;
            audit(viewer, byClerk ? agency : office, "request.viewed", after(served != null ? served : filed, 1,
                    60 * 24 * 20), null, "10.20." + r.nextInt(256) + "." + r.nextInt(256));
        }
    }

    private void moves() {
        String pending = subpoena ? "PENDING_APPROVAL" : "SUBMITTED";
        long filedEvent = event(requester, office, filed, "filed", null, pending, null);
        if (subpoena) {
            tell(approver, filedEvent, "awaiting-approval", filed);
            if (state.equals("PENDING_APPROVAL")) {
                return;
            }
            Instant decided = after(filed, 60, 60 * 30);
            if (state.equals("DRAFT")) {
                tell(requester, event(approver, office, decided, "returned", pending, "DRAFT",
                        "Please add the case number."), "returned", decided);
                return;
            }
            long approved = event(approver, office, decided, "approved", pending, "SUBMITTED",
                    "I affirm that this subpoena is issued under the authority cited (generated).");
            tell(clerk, approved, "approved", decided);
            served = decided;
        } else {
            served = filed;
            tell(clerk, filedEvent, "filed", filed);
        }
        startClock();
        if (state.equals("SUBMITTED")) {
            return;
        }
        if (state.equals("WITHDRAWN")) {
            closed = after(served, 60, 60 * 24 * 5);
            event(requester, office, closed, "withdrawn", "SUBMITTED", "WITHDRAWN", "No longer needed.");
            clock(closed, requester, "STOPPED", null, null);
            return;
        }
        acknowledged = after(served, 20, 60 * 40);
        tell(requester, event(clerk, agency, acknowledged, "acknowledged", "SUBMITTED", "ACKNOWLEDGED", null),
                "acknowledged", acknowledged);
        if (state.equals("ACKNOWLEDGED")) {
            return;
        }
        if (state.equals("CLARIFICATION_REQUESTED") || r.nextInt(7) == 0) {
            Instant asked = after(acknowledged, 60, 60 * 24 * 3);
            tell(requester, event(clerk, agency, asked, "clarification-requested", "ACKNOWLEDGED",
                    "CLARIFICATION_REQUESTED", null), "clarification-requested", asked);
            c.messages.add(id, clerk.id(), asked, "CLARIFICATION_QUESTION", Texts.message(r));
            clock(asked, clerk, "PAUSED", null, null);
            if (state.equals("CLARIFICATION_REQUESTED")) {
                return;
            }
            Instant given = after(asked, 60, 60 * 24 * 2);
            tell(clerk, event(requester, office, given, "clarification-given", "CLARIFICATION_REQUESTED",
                    "ACKNOWLEDGED", null), "clarification-given", given);
            c.messages.add(id, requester.id(), given, "CLARIFICATION_ANSWER", Texts.message(r));
            clock(given, requester, "RESUMED", null, null);
        }
        answered = after(last, 120, 60 * 24 * 8);
        outcome = state.equals("REFERRED_FOR_ENFORCEMENT") ? "DECLINED"
                : RequestMaker.weighted(r, OUTCOMES, 55, 20, 10, 10, 5);
        tell(requester, event(clerk, agency, answered, "answered", "ACKNOWLEDGED", "ANSWERED", null), "answered",
                answered);
        clock(answered, clerk, "STOPPED", null, null);
        if (state.equals("CLOSED")) {
            closed = after(answered, 60, 60 * 24 * 10);
            event(requester, office, closed, "closed", "ANSWERED", "CLOSED", null);
        } else if (state.equals("REFERRED_FOR_ENFORCEMENT")) {
            Instant referred = after(answered, 60 * 24, 60 * 24 * 10);
            event(requester, office, referred, "referred", "ANSWERED", "REFERRED_FOR_ENFORCEMENT",
                    "Referred to the court for enforcement.");
        }
    }

    private void startClock() {
        if (type.equals("RELEASE_NOTIFICATION") && !priority.equals("EMERGENCY")) {
            return;
        }
        if (priority.equals("EMERGENCY")) {
            due = served.plus(Duration.ofHours(48));
        } else if (subpoena) {
            due = returnDate.atTime(22, 0).toInstant(ZoneOffset.UTC);
        } else {
            due = served.plus(Duration.ofDays(priority.equals("URGENT") ? 4 : 14));
        }
        if (due.isBefore(served)) {
            due = served;
        }
        clock(served, subpoena ? approver : requester, "STARTED", due,
                priority.equals("EMERGENCY") ? "HOURS" : "BUSINESS_DAYS");
    }

    /** A time some minutes after {@code from}, but never after the anchor. */
    private Instant after(Instant from, int minMinutes, int maxMinutes) {
        long minutes = minMinutes + r.nextInt(Math.max(1, maxMinutes - minMinutes));
        Instant t = from.plusSeconds(minutes * 60 + r.nextInt(60));
        if (t.isAfter(anchor)) {
            long room = Math.max(1, Duration.between(from, anchor).getSeconds());
            t = from.plusSeconds(r.nextLong(room));
        }
        return t.isBefore(last) ? last : t;
    }

    private long event(Person actor, Agency side, Instant at, String kind, String from, String to, String details) {
        long eventId = ids.event++;
        c.events.add(eventId, id, at, actor.id(), kind, from, to, details);
        audit(actor, side, "request." + kind, at, details, null);
        last = at;
        return eventId;
    }

    /** A line of the clock ledger; none for a request whose clock never started (a routine release notification). */
    private void clock(Instant at, Person actor, String kind, Instant dueAt, String basis) {
        if (due == null) {
            return;
        }
        c.clocks.add(id, at, actor.id(), kind, dueAt, basis, null);
    }

    private void tell(Person who, long eventId, String kind, Instant at) {
        Instant read = at.isBefore(anchor.minus(Duration.ofDays(3))) || r.nextBoolean()
                ? at.plusSeconds(60 + r.nextInt(3600 * 30)) : null;
        c.notifications.add(who.id(), id, eventId, kind, priority.equals("EMERGENCY"), at,
                read != null && read.isBefore(anchor) ? read : null);
    }

    private void audit(Person actor, Agency side, String action, Instant at, String details, String ip) {
        audited++;
        chain.append(c, at, AuditEvent.of(action).by(actor.id(), actor.email(), side.id()).on("request", tracking)
                .details(details).from(ip));
    }
}
