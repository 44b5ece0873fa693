package liaison.notifications;

import java.util.EnumSet;
import java.util.Set;
import liaison.requests.Outcome;
import liaison.requests.Request;
import liaison.requests.RequestState;
import liaison.requests.TimelineKind;

/**
 * Who is told what (issue 11): the one table of events and the groups of people who hear of each. The agency's
 * clerks hear of work arriving; the requester (and, for a subpoena, the office's approving officers) hear of what
 * the agency did. The actor is left out by {@link NotificationWriter}, never here.
 */
enum Audience {
    /** The clerks of the addressed agency. */
    CLERKS,
    /** The person who filed the request. */
    REQUESTER,
    /** The approving officers of the filing office. */
    APPROVERS,
    /** The admins of the addressed agency: told when a request is still unanswered on its due day (escalation). */
    AGENCY_ADMINS;

    /**
     * What the people are told happened, as the key under {@code notification.kind.} in messages.properties: the
     * timeline kind's stored value, except that a subpoena filed or resubmitted is one waiting for approval, and a
     * subpoena answered with a refusal is one ready to refer.
     */
    static String what(TimelineKind kind, Request r) {
        boolean waiting = kind == TimelineKind.RESUBMITTED
                || kind == TimelineKind.FILED && r.state() == RequestState.PENDING_APPROVAL;
        // a subpoena answered with a refusal (in whole or in part) may now be referred for enforcement
        boolean refused = kind == TimelineKind.ANSWERED && r.type().needsApproval()
                && (r.outcome() == Outcome.DECLINED || r.outcome() == Outcome.PARTIALLY_FULFILLED);
        return waiting ? "awaiting-approval" : refused ? "refused" : kind.stored();
    }

    static Set<Audience> of(TimelineKind kind, Request r) {
        boolean subpoena = r.type().needsApproval();
        return switch (kind) {
            // a subpoena waits for its approving officer; the other types are served at once
            case FILED -> r.state() == RequestState.PENDING_APPROVAL ? EnumSet.of(APPROVERS) : EnumSet.of(CLERKS);
            case RESUBMITTED -> EnumSet.of(APPROVERS);
            // served: the agency has work; the filer learns the subpoena went out, or came back for changes
            case APPROVED -> EnumSet.of(CLERKS, REQUESTER);
            case RETURNED -> EnumSet.of(REQUESTER);
            case ACKNOWLEDGED, CLARIFICATION_REQUESTED, ANSWERED, RELEASE_AMENDED ->
                    subpoena ? EnumSet.of(REQUESTER, APPROVERS) : EnumSet.of(REQUESTER);
            case CLARIFICATION_GIVEN, COURT_ORDER_RECORDED -> EnumSet.of(CLERKS);
            default -> EnumSet.noneOf(Audience.class);
        };
    }
}
