package liaison.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.deadlines.DueClock;
import liaison.system.Pages;
import org.jdbi.v3.core.Jdbi;

/** Reading requests: the detail page (every view audited) and the office's list. */
public final class RequestViews {
    private static final List<RequestState> SERVED_OPEN = List.copyOf(RequestState.servedOpen());

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestClock requestClock;
    private final RequestPolicy policy;
    private final ApprovalListQueries lists;

    public RequestViews(Jdbi jdbi, AuditLog audit, Clock clock, RequestClock requestClock, RequestPolicy policy) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.requestClock = requestClock;
        this.policy = policy;
        this.lists = new ApprovalListQueries(jdbi);
    }

    /** The request as the account may see it, or empty (not found or not theirs: the same to the caller). */
    public Optional<RequestView> detail(Account viewer, long id, String clientIp) {
        if (viewer.agencyId() == null) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            Optional<Request> found = RequestReads.findVisible(h, id, viewer.agencyId());
            if (found.isEmpty()) {
                return Optional.<RequestView>empty();
            }
            Request r = found.get();
            List<ClockEntry> ledger = RequestReads.clock(h, r.id());
            var view = new RequestView(r, RequestReads.items(h, r.id()),
                    RequestReads.answer(h, r.id()).orElse(null), RequestReads.timeline(h, r.id()), ledger,
                    requestClock.ledger(ledger, r).read(clock.instant()),
                    RequestReads.messages(h, r.id(), policy.seesInternalNotes(viewer, r)));
            audit.append(h, AuditEvent.of("request.viewed").by(viewer.id(), viewer.email(), viewer.agencyId())
                    .on("request", r.trackingNumber()).from(clientIp));
            return Optional.of(view);
        });
    }

    /**
     * The signature of the request's approval, if it was approved; the request is one the viewer may see. Only a
     * type that needs approval (a subpoena) can have one: the workflow's approval is the only writer, and only such
     * a request reaches PENDING_APPROVAL. The others, most requests, are shown without asking the database.
     */
    public Optional<Affirmation> affirmation(Request r) {
        if (!r.type().needsApproval()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> RequestReads.affirmation(h, r.id()));
    }

    /**
     * For the answering agency's people: its other open requests about the same A-number, FBI or booking number,
     * from every office (all are addressed to it), served ones only. Nobody else is shown any: the filing form
     * warns requesters of their own office's.
     */
    public List<Request> duplicates(Account viewer, Request r) {
        Subject s = r.subject();
        if (!policy.ofAnsweringAgency(viewer, r) || s.aNumber() == null && s.fbiNumber() == null
                && s.bookingNumber() == null) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SERVED_WITH_IDENTIFIER)
                .bind("agencyId", viewer.agencyId()).bind("exceptId", r.id()).bind("aNumber", s.aNumber())
                .bind("fbiNumber", s.fbiNumber()).bind("bookingNumber", s.bookingNumber())
                .bindList("served", SERVED_OPEN).map(RequestReads.REQUEST).list());
    }

    /**
     * A page of the office's requests, newest first; one row more than a page tells there is a next one. Through
     * the handle, as {@link #duplicates}: on the requester's home, attaching RequestDao on demand (its methods'
     * handlers built per call) was half the time of this read in the profile, 7% of the page.
     */
    public List<Request> ofOffice(Account viewer, long beforeId) {
        return jdbi.withHandle(h -> h.createQuery(RequestDao.OF_OFFICE).bind("officeId", viewer.agencyId())
                .bind("beforeId", beforeId).bind("limit", Pages.SIZE + 1).map(RequestReads.REQUEST).list());
    }

    /** The office's subpoenas waiting for approval after id {@code afterId}, oldest first, at most {@code limit}. */
    public List<Request> waiting(Account approver, long afterId, int limit) {
        return lists.waiting(approver.agencyId(), afterId, limit);
    }

    /** How many of the office's subpoenas wait for approval, counted no further than {@code cap}. */
    public int countWaiting(Account approver, int cap) {
        return lists.countWaiting(approver.agencyId(), cap);
    }

    /**
     * The office's subpoenas this approving officer may refer now, oldest due first, after the row due at
     * {@code afterDue} with id {@code afterId} (0: from the first), at most {@code limit}. The query holds the
     * policy's whole condition; the policy still has the last word on each row.
     */
    public List<Request> referable(Account approver, Instant afterDue, long afterId, int limit) {
        var now = clock.instant();
        return lists.referable(approver.agencyId(), now, afterDue, afterId, limit)
                .stream().filter(r -> policy.canRefer(approver, r, now)).toList();
    }

    /** How many subpoenas this approving officer may refer now, counted no further than {@code cap}. */
    public int countReferable(Account approver, int cap) {
        return lists.countReferable(approver.agencyId(), clock.instant(), cap);
    }

    /** How the clock reads now for a listed request: computed at read time from its cached due date. */
    public DueClock.Status status(Request r) {
        return Deadlines.status(r, clock.instant(), requestClock.calendar());
    }

    public RequestPolicy policy() {
        return policy;
    }
}
