package liaison.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiPredicate;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.deadlines.BusinessCalendar;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Performs every move of a request's life, each in one transaction: find the request as the actor may see it
 * (locked), check the actor may make the move, check the form is not stale, change the state, append the
 * timeline event, keep the clock ledger, and append to the audit log. Features whose moves carry work of their own
 * (answering, enforcement) make them through {@link #move} and {@link #change} with an {@link Effect}.
 */
public final class RequestWorkflow {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestClock requestClock;
    private final RequestPolicy policy;
    private final RequestEvents events;
    private final ReportTimes times;

    public RequestWorkflow(Jdbi jdbi, AuditLog audit, Clock clock, RequestClock requestClock, RequestPolicy policy,
                           RequestEvents events) {
        this.jdbi = jdbi;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.requestClock = requestClock;
        this.policy = policy;
        this.times = new ReportTimes(requestClock);
    }

    /** What a move does beyond changing the state, inside the same transaction. */
    @FunctionalInterface
    public interface Effect {
        void apply(Handle h, Request r, Instant now);
    }

    /**
     * Approval is a signature: the officer affirms {@code statement} ({@link Affirmation#statement}), kept with who
     * and when, and on the timeline line and audit entry of the approval. A blank statement is no approval.
     */
    public void approve(Account a, long id, int version, String statement) {
        if (statement == null || statement.isBlank()) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "approval needs the affirmation");
        }
        move(a, id, version, policy::canApprove, RequestState.SUBMITTED, TimelineKind.APPROVED, statement,
                (h, r, now) -> {
                    h.attach(RequestDao.class).markSubmitted(r.id(), now);
                    h.attach(AffirmationDao.class).insert(r.id(), a.id(), now, statement);
                    requestClock.start(h, r, a.id(), now);
                });
    }

    public void returnToRequester(Account a, long id, int version, String reason) {
        move(a, id, version, policy::canReturn, RequestState.DRAFT, TimelineKind.RETURNED, reason, none());
    }

    public void resubmit(Account a, long id, int version, String note) {
        move(a, id, version, policy::canResubmit, RequestState.PENDING_APPROVAL, TimelineKind.RESUBMITTED, note,
                (h, r, now) -> h.attach(RequestDao.class).markChangedBy(r.id(), a.id()));
    }

    public void acknowledge(Account a, long id, int version) {
        move(a, id, version, policy::canAcknowledge, RequestState.ACKNOWLEDGED, TimelineKind.ACKNOWLEDGED, null, none());
    }

    public void askClarification(Account a, long id, int version, String question) {
        move(a, id, version, policy::canAskClarification, RequestState.CLARIFICATION_REQUESTED,
                TimelineKind.CLARIFICATION_REQUESTED, null, (h, r, now) -> {
                    h.attach(RequestDao.class).insertMessage(r.id(), a.id(), now, MessageKind.CLARIFICATION_QUESTION, question);
                    requestClock.pause(h, r, a.id(), now);
                });
    }

    public void answerClarification(Account a, long id, int version, String answer) {
        move(a, id, version, policy::canAnswerClarification, RequestState.ACKNOWLEDGED, TimelineKind.CLARIFICATION_GIVEN,
                null, (h, r, now) -> {
                    h.attach(RequestDao.class).insertMessage(r.id(), a.id(), now, MessageKind.CLARIFICATION_ANSWER, answer);
                    requestClock.resume(h, r, a.id(), now);
                });
    }

    /**
     * The filing office gives the agency more time: the clock ledger gets an EXTENDED entry with who and why, the
     * timeline and the audit log say so, the state stays. The new due instant must be later than the clock's due
     * instant as it reads now and in the future (the form checks this first, by business day; this is the last word).
     */
    public void extend(Account a, long id, int version, Instant newDue, String reason) {
        change(a, id, version, policy::canExtend, TimelineKind.DUE_EXTENDED,
                liaison.system.Formats.of(a).dateTime(newDue) + " — " + reason, (h, r, now) -> {
                    Instant current = requestClock.read(h, r, now).due().orElseThrow(() -> new WorkflowException(
                            WorkflowException.Reason.NOT_ALLOWED, "the clock has not started"));
                    if (!newDue.isAfter(now) || !newDue.isAfter(current)) {
                        throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                                "an extension must move the due date later, into the future");
                    }
                    requestClock.extend(h, r, a.id(), now, newDue, reason);
                });
    }

    /** Today's instant and the business calendar, for forms that check dates against the clock. */
    Instant now() {
        return clock.instant();
    }

    BusinessCalendar calendar() {
        return requestClock.calendar();
    }

    public void withdraw(Account a, long id, int version, String reason) {
        move(a, id, version, policy::canWithdraw, RequestState.WITHDRAWN, TimelineKind.WITHDRAWN, reason,
                (h, r, now) -> requestClock.stop(h, r, a.id(), now));
    }

    public void close(Account a, long id, int version) {
        move(a, id, version, policy::canClose, RequestState.CLOSED, TimelineKind.CLOSED, null,
                (h, r, now) -> h.attach(RequestDao.class).markClosed(r.id(), now));
    }

    /** An internal note of the answering agency: not a move, but on the thread and in the audit log. */
    public void addNote(Account a, long id, int version, String body) {
        change(a, id, version, policy::canAddNote, TimelineKind.NOTE_ADDED, null,
                (h, r, now) -> h.attach(RequestDao.class).insertMessage(r.id(), a.id(), now, MessageKind.INTERNAL_NOTE, body));
    }

    public void move(Account a, long id, int version, BiPredicate<Account, Request> may, RequestState to,
                     TimelineKind kind, String details, Effect effect) {
        inTransaction(a, id, version, may, (h, r, now) -> {
            long eventId = step(h.attach(RequestDao.class), r, to, kind, a.id(), details, now);
            effect.apply(h, r, now);
            times.record(h, r, kind, now);
            audit.append(h, event(a, kind.auditAction(), r, details));
            tell(h, r.id(), eventId, kind, a.id(), now);
        });
    }

    /**
     * Files one new request: the transition table decides its first state ({@link RequestState#filedState}), the
     * caller's {@code row} inserts it in that state within the caller's transaction, and the workflow writes the
     * timeline, starts the clock of a request served at once, and appends to the audit log.
     */
    public Request file(Handle h, Account a, RequestType type, NewRow row) {
        Instant now = clock.instant();
        RequestState state = RequestState.filedState(type);
        RequestDao dao = h.attach(RequestDao.class);
        long id = row.insert(h, state, now);
        long eventId = dao.insertEvent(id, now, a.id(), TimelineKind.FILED, null, state, null);
        if (state == RequestState.SUBMITTED) {
            dao.markSubmitted(id, now);
        }
        Request r = dao.lockForSystem(id).orElseThrow();
        if (state == RequestState.SUBMITTED) {
            requestClock.start(h, r, a.id(), now);
        }
        audit.append(h, event(a, TimelineKind.FILED.auditAction(), r, null));
        tell(h, id, eventId, TimelineKind.FILED, a.id(), now);
        return r;
    }

    /** Inserts a new request's row in the state given; returns its id. */
    @FunctionalInterface
    public interface NewRow {
        long insert(Handle h, RequestState state, Instant now);
    }

    /**
     * The portal's own move: an answered request whose answer is older than {@code answeredBefore} closes itself.
     * False when it no longer qualifies (closed by a person, or by another instance, meanwhile).
     */
    boolean closeAutomatically(long id, Instant answeredBefore) {
        return jdbi.inTransaction(h -> {
            RequestDao dao = h.attach(RequestDao.class);
            Request r = dao.lockForSystem(id).orElse(null);
            if (r == null || r.state() != RequestState.ANSWERED || !r.answeredAt().isBefore(answeredBefore)) {
                return false;
            }
            Instant now = clock.instant();
            step(dao, r, RequestState.CLOSED, TimelineKind.CLOSED_AUTOMATICALLY, null, "30 days after the answer", now);
            dao.markClosed(r.id(), now);
            audit.append(h, AuditEvent.of(TimelineKind.CLOSED_AUTOMATICALLY.auditAction())
                    .on("request", r.trackingNumber()));
            return true;
        });
    }

    /** One move by the table: allowed for this type, the versioned update, the timeline line. */
    private static long step(RequestDao dao, Request r, RequestState to, TimelineKind kind, Long actorId,
                             String details, Instant now) {
        if (!r.state().canMoveTo(to, r.type())) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                    "a request that is " + r.state().label() + " cannot become " + to.label());
        }
        update(dao, r, to, now);
        return dao.insertEvent(r.id(), now, actorId, kind, r.state(), to, details);
    }

    /** Those who should hear of the event are told in its transaction: if it rolls back, nobody is told. */
    private void tell(Handle h, long requestId, long eventId, TimelineKind kind, Long actorId, Instant now) {
        Request after = h.attach(RequestDao.class).lockForSystem(requestId).orElseThrow();
        events.happened(h, after, eventId, kind, actorId, now);
    }

    public void change(Account a, long id, int version, BiPredicate<Account, Request> may, TimelineKind kind,
                       String details, Effect effect) {
        inTransaction(a, id, version, may, (h, r, now) -> {
            RequestDao dao = h.attach(RequestDao.class);
            update(dao, r, r.state(), now);
            long eventId = dao.insertEvent(r.id(), now, a.id(), kind, null, null, details);
            effect.apply(h, r, now);
            audit.append(h, event(a, kind.auditAction(), r, details));
            tell(h, r.id(), eventId, kind, a.id(), now);
        });
    }

    private void inTransaction(Account a, long id, int version, BiPredicate<Account, Request> may, Effect effect) {
        if (a.agencyId() == null) {
            throw new WorkflowException(WorkflowException.Reason.NOT_FOUND, "no such request");
        }
        jdbi.useTransaction(h -> {
            Request r = h.attach(RequestDao.class).lockVisible(id, a.agencyId())
                    .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.NOT_FOUND, "no such request"));
            if (!may.test(a, r)) {
                throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "not allowed");
            }
            if (r.version() != version) {
                throw new WorkflowException(WorkflowException.Reason.STALE,
                        "this request changed since you opened it");
            }
            effect.apply(h, r, clock.instant());
        });
    }

    /**
     * The versioned update every change goes through. The row lock taken on reading makes a lost update unlikely,
     * but the row count is the last word: a request read at an older version than the stored one is never moved.
     */
    static void update(RequestDao dao, Request r, RequestState to, Instant now) {
        if (dao.moveState(r.id(), r.version(), to, now) == 0) {
            throw new WorkflowException(WorkflowException.Reason.STALE, "this request changed since you opened it");
        }
    }

    static AuditEvent event(Account a, String action, Request r, String details) {
        return AuditEvent.of(action).by(a.id(), a.email(), a.agencyId()).on("request", r.trackingNumber())
                .details(details);
    }

    public static Effect none() {
        return (h, r, now) -> { };
    }
}
