package liaison.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.attachments.Attachment;
import liaison.attachments.AttachmentService;
import liaison.deadlines.BusinessCalendar;
import liaison.requests.ActionForm;
import liaison.requests.AnswerDao;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Items;
import liaison.requests.Request;
import liaison.requests.RequestClock;
import liaison.requests.RequestDao;
import liaison.requests.RequestPolicy;
import liaison.requests.RequestState;
import liaison.requests.RequestView;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.TimelineEvent;
import liaison.requests.TimelineKind;
import liaison.requests.WorkflowException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Subpoena enforcement (DESIGN.md §4): an approving officer refers a subpoena the agency refused or let pass its
 * return date, then records the court order that sends it back to the agency — backed by the order (the agency's
 * policy is then read under "judicial warrant or court order"), with a new return date and perhaps fewer items.
 * Each is one move of {@link RequestWorkflow}, in its one transaction: locked, allowed, not stale, state, timeline,
 * audit, and here the order, its document and the clock's restart as well.
 *
 * <p>A court order asks for the answer afresh: the items the court left out are dropped from the request (the order
 * keeps the list as it was), the earlier answer is set aside and written out on the timeline, so the clerk answers
 * only what the court ordered, and nothing of the refusal is lost from the request's history.
 */
public final class Enforcement {
    /** Each earlier value or basis copied to the timeline is cut to this length (TEXT holds 64 KB). */
    static final int SUPERSEDED_TEXT = 400;

    private final Jdbi jdbi;
    private final Clock clock;
    private final RequestWorkflow workflow;
    private final RequestClock requestClock;
    private final RequestPolicy policy;
    private final AttachmentService attachments;

    /** What the detail page shows of enforcement: the court orders, oldest first, and the latest referral. */
    public record Panel(List<CourtOrder> orders, TimelineEvent referral) {
        public boolean shown() {
            return !orders.isEmpty() || referral != null;
        }

        /** The newest court order, the one in force (its return date replaces the subpoena's); null when none. */
        public CourtOrder inForce() {
            return orders.isEmpty() ? null : orders.get(orders.size() - 1);
        }
    }

    public Enforcement(Jdbi jdbi, Clock clock, RequestWorkflow workflow, RequestClock requestClock,
                       RequestPolicy policy, AttachmentService attachments) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workflow = workflow;
        this.requestClock = requestClock;
        this.policy = policy;
        this.attachments = attachments;
    }

    /** Whether the person may refer the request now: it is refused, or overdue as of this moment. */
    public boolean canRefer(Account a, Request r) {
        return policy.canRefer(a, r, clock.instant());
    }

    public boolean canRecordCourtOrder(Account a, Request r) {
        return policy.canRecordCourtOrder(a, r);
    }

    /** Refers the subpoena for enforcement; the note says to whom ("Referred to the U.S. Attorney's Office"). */
    public void refer(Account a, long id, int version, String note) {
        workflow.move(a, id, version, this::canRefer, RequestState.REFERRED_FOR_ENFORCEMENT, TimelineKind.REFERRED, note,
                RequestWorkflow.none());
    }

    /** Records the court order: the request goes back to the agency's queue, the clock restarts at its return date. */
    public void recordCourtOrder(Account a, long id, int version, NewCourtOrder order, String clientIp) {
        workflow.move(a, id, version, policy::canRecordCourtOrder, RequestState.SUBMITTED, TimelineKind.COURT_ORDER_RECORDED,
                describe(order), (h, r, now) -> {
                    Set<RequestedItem> ordered = order.narrowed() == null ? r.items() : order.narrowed();
                    if (ordered.isEmpty() || !r.items().containsAll(ordered)) {
                        throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                                "a court order can only name items of the request");
                    }
                    Attachment document = attachments.storeWithin(h, a, r, order.fileName(), order.document(),
                            clientIp);
                    CourtOrderDao orders = h.attach(CourtOrderDao.class);
                    orders.insert(r.id(), order.court(), order.caseNumber(), order.orderDate(), order.returnDate(),
                            order.narrowed() == null ? null : Items.join(order.narrowed()), Items.join(r.items()),
                            document.id(), a.id(), now);
                    setAsideAnswer(h, r, a, now);
                    orders.backByOrder(r.id(), Items.join(ordered));
                    orders.dropItemsNotIn(r.id(), ordered.stream().map(Enum::name).toList());
                    requestClock.restart(h, r, a.id(), now, due(r, order.returnDate()),
                            "Court order " + order.caseNumber());
                });
    }

    /**
     * The court order in force on a request the caller has found visible (its newest), for documents that must
     * name it (the certified answer); empty when no court ordered it.
     */
    public static Optional<CourtOrder> inForce(Handle h, long requestId) {
        List<CourtOrder> orders = orders(h, requestId);
        return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(orders.size() - 1));
    }

    /** The enforcement part of a request's page; the caller has already found the request as the viewer sees it. */
    public Panel panel(RequestView view) {
        Request r = view.request();
        if (!r.type().isEnforceable()) {
            return new Panel(List.of(), null);
        }
        TimelineEvent referral = view.timeline().stream().filter(e -> e.kind() == TimelineKind.REFERRED)
                .reduce((first, second) -> second).orElse(null);
        return new Panel(jdbi.withHandle(h -> orders(h, r.id())), referral);
    }

    /** The request's court orders, oldest first ({@link CourtOrderDao#LIST}). */
    static List<CourtOrder> orders(Handle h, long requestId) {
        return h.createQuery(CourtOrderDao.LIST).bind("requestId", requestId).map(CourtOrderDao.ORDER).list();
    }

    /** Today where the agency is: the court order form's dates are checked against it. */
    LocalDate today(Request r) {
        return clock.instant().atZone(ActionForm.zoneOf(r)).toLocalDate();
    }

    /** The order's return date at the end of that business day where the agency is, as a subpoena's own. */
    static Instant due(Request r, LocalDate returnDate) {
        return ZonedDateTime.of(returnDate, BusinessCalendar.END_OF_BUSINESS_DAY, ZoneId.of(r.agencyTimeZone()))
                .toInstant();
    }

    static String describe(NewCourtOrder order) {
        String items = order.narrowed() == null ? "every item requested"
                : order.narrowed().stream().map(RequestedItem::label).collect(Collectors.joining(", "));
        return "Case " + order.caseNumber() + ", " + order.court() + ", order of " + order.orderDate()
                + "; new return date " + order.returnDate() + "; to be produced: " + items;
    }

    /**
     * The earlier answer, if any, is cleared for the new one and written out on the timeline, item by item. Its
     * certification goes with it (what was certified stays in the timeline, disclosures and downloads).
     */
    private static void setAsideAnswer(Handle h, Request r, Account a, Instant now) {
        if (r.outcome() == null) {
            return;
        }
        RequestDao requests = h.attach(RequestDao.class);
        String items = requests.items(r.id()).stream().map(Enforcement::line).collect(Collectors.joining("\n"));
        String summary = h.attach(AnswerDao.class).find(r.id()).map(StructuredAnswer::summary)
                .map(s -> "\nSummary: " + cut(s)).orElse("");
        requests.insertEvent(r.id(), now, a.id(), TimelineKind.ANSWER_SET_ASIDE, null, null,
                "Earlier answer (" + r.outcome().label() + ") set aside by the court order:\n" + items + summary);
        CourtOrderDao orders = h.attach(CourtOrderDao.class);
        orders.clearItemAnswers(r.id());
        orders.deleteAnswer(r.id());
        orders.deleteCertification(r.id());
    }

    private static String line(ItemAnswer i) {
        if (i.disposition() == null) {
            return i.item().label() + ": not answered";
        }
        String detail = i.disposition() == Disposition.PROVIDED ? i.answerValue() : i.basis();
        return i.item().label() + ": " + i.disposition().label() + (detail == null ? "" : " — " + cut(detail));
    }

    private static String cut(String text) {
        return text.length() <= SUPERSEDED_TEXT ? text : text.substring(0, SUPERSEDED_TEXT) + "…";
    }
}
