package liaison.requests;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import liaison.system.Messages;

/**
 * The stored states of a request's life (DESIGN.md §4) and the one table of moves between
 * them. "Due soon" and "overdue" are not here: they depend on the time of reading and are
 * computed by {@link liaison.deadlines.DueClock}. The constant names are stored and must not change.
 */
public enum RequestState {
    DRAFT(false),
    PENDING_APPROVAL(true),
    SUBMITTED(true),
    ACKNOWLEDGED(true),
    CLARIFICATION_REQUESTED(true),
    ANSWERED(false),
    CLOSED(false),
    WITHDRAWN(false),
    REFERRED_FOR_ENFORCEMENT(true);

    private static final Map<RequestState, Set<RequestState>> NEXT = new EnumMap<>(RequestState.class);

    /** Not yet served: the addressed agency does not see these (a subpoena waits for its approving officer). */
    public static final Set<RequestState> NOT_SERVED = Collections.unmodifiableSet(EnumSet.of(DRAFT, PENDING_APPROVAL));

    static {
        // A draft is deleted rather than withdrawn: nobody outside the office has seen it.
        allow(DRAFT, PENDING_APPROVAL, SUBMITTED);
        // Back to DRAFT when the approving officer returns it to the requester for changes.
        allow(PENDING_APPROVAL, SUBMITTED, DRAFT, WITHDRAWN);
        // Straight to enforcement when a subpoena's return date passes unanswered.
        allow(SUBMITTED, ACKNOWLEDGED, CLARIFICATION_REQUESTED, ANSWERED, WITHDRAWN, REFERRED_FOR_ENFORCEMENT);
        allow(ACKNOWLEDGED, CLARIFICATION_REQUESTED, ANSWERED, WITHDRAWN, REFERRED_FOR_ENFORCEMENT);
        // The requester's reply resumes the clock; the clerk has already seen the request.
        allow(CLARIFICATION_REQUESTED, ACKNOWLEDGED, WITHDRAWN);
        // An answer that declines a subpoena is a refusal a court can be asked to overturn.
        allow(ANSWERED, CLOSED, REFERRED_FOR_ENFORCEMENT);
        // A recorded court order puts the request back in the agency's queue with a new due date.
        allow(REFERRED_FOR_ENFORCEMENT, SUBMITTED, WITHDRAWN);
        allow(CLOSED);
        allow(WITHDRAWN);
    }

    private final boolean open;

    RequestState(boolean open) {
        this.open = open;
    }

    private static void allow(RequestState from, RequestState... to) {
        Set<RequestState> targets = EnumSet.noneOf(RequestState.class);
        Collections.addAll(targets, to);
        NEXT.put(from, Collections.unmodifiableSet(targets));
    }

    /** Text for people: "Pending approval". */
    public String label() {
        return Messages.label(this);
    }

    /**
     * Filed and still waiting on someone — the states a request can be withdrawn from. A draft
     * has not been filed; an answered request waits only to be closed or referred.
     */
    public boolean isOpen() {
        return open;
    }

    /** Every state that {@link #isOpen()}. */
    public static Set<RequestState> open() {
        Set<RequestState> open = EnumSet.noneOf(RequestState.class);
        for (RequestState s : values()) {
            if (s.open) {
                open.add(s);
            }
        }
        return Collections.unmodifiableSet(open);
    }

    /** Open and served: what the addressed agency has in hand. */
    public static Set<RequestState> servedOpen() {
        Set<RequestState> served = EnumSet.copyOf(open());
        served.removeAll(NOT_SERVED);
        return Collections.unmodifiableSet(served);
    }

    /** No move leads out of this state. */
    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /** The states this one may move to, for any type of request. Unmodifiable. */
    public Set<RequestState> next() {
        return NEXT.get(this);
    }

    /** Whether the table allows this move for some type of request. */
    public boolean canMoveTo(RequestState to) {
        return NEXT.get(this).contains(to);
    }

    /**
     * Whether the move is allowed for a request of {@code type}: approval and enforcement
     * exist only for subpoenas, and a subpoena cannot skip approval.
     */
    public boolean canMoveTo(RequestState to, RequestType type) {
        if (!canMoveTo(to)) {
            return false;
        }
        if (to == PENDING_APPROVAL && !type.needsApproval()) {
            return false;
        }
        if (this == DRAFT && to == SUBMITTED && type.needsApproval()) {
            return false;
        }
        return to != REFERRED_FOR_ENFORCEMENT || type.isEnforceable();
    }

    /** {@code ('A', 'B')} for an SQL {@code IN}: lists of states in queries are built from the enum, never typed. */
    public static String sqlList(Set<RequestState> states) {
        return states.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /**
     * Where filing puts a new request of {@code type}: the one move out of a draft the table allows for that type
     * (a subpoena waits for approval, the others are served at once).
     */
    public static RequestState filedState(RequestType type) {
        Set<RequestState> first = DRAFT.next(type);
        if (first.size() != 1) {
            throw new IllegalStateException("the table must give one first state for " + type + ": " + first);
        }
        return first.iterator().next();
    }

    /** The states this one may move to for a request of {@code type}. Unmodifiable. */
    public Set<RequestState> next(RequestType type) {
        Set<RequestState> targets = EnumSet.noneOf(RequestState.class);
        for (RequestState to : NEXT.get(this)) {
            if (canMoveTo(to, type)) {
                targets.add(to);
            }
        }
        return Collections.unmodifiableSet(targets);
    }
}
