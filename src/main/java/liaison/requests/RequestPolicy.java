package liaison.requests;

import java.time.Instant;
import java.util.Collection;
import liaison.accounts.Account;
import liaison.system.Role;

/**
 * Who may do what to a request, as named predicates: used by the workflow before every transition and by the
 * templates to show only the buttons a person may press. The request passed in is one the person can see.
 */
public final class RequestPolicy {

    public boolean ofFilingOffice(Account a, Request r) {
        return a.agencyId() != null && a.agencyId() == r.officeId();
    }

    public boolean ofAnsweringAgency(Account a, Request r) {
        return a.agencyId() != null && a.agencyId() == r.agencyId();
    }

    private boolean requester(Account a, Request r) {
        return a.has(Role.REQUESTER) && ofFilingOffice(a, r);
    }

    private boolean approver(Account a, Request r) {
        return a.has(Role.APPROVER) && ofFilingOffice(a, r);
    }

    private boolean clerk(Account a, Request r) {
        return a.has(Role.CLERK) && ofAnsweringAgency(a, r);
    }

    private boolean can(Request r, RequestState to) {
        return r.state().canMoveTo(to, r.type());
    }

    /**
     * Approving signs the subpoena, so it takes a second person (two-person rule): an approving officer who filed
     * or last changed it (drafted, filed or resubmitted it, holding the requester role too) may not.
     */
    public boolean canApprove(Account a, Request r) {
        return approver(a, r) && r.state() == RequestState.PENDING_APPROVAL && !authored(a, r);
    }

    /** An approving officer who would approve this subpoena but for having filed or last changed it themself. */
    public boolean approvalNeedsAnother(Account a, Request r) {
        return approver(a, r) && r.state() == RequestState.PENDING_APPROVAL && authored(a, r);
    }

    private static boolean authored(Account a, Request r) {
        return a.id() == r.createdBy() || a.id() == r.lastChangedBy();
    }

    public boolean canReturn(Account a, Request r) {
        return canApprove(a, r);
    }

    public boolean canResubmit(Account a, Request r) {
        return requester(a, r) && r.state() == RequestState.DRAFT;
    }

    public boolean canAcknowledge(Account a, Request r) {
        return clerk(a, r) && r.state() == RequestState.SUBMITTED;
    }

    public boolean canAskClarification(Account a, Request r) {
        return clerk(a, r) && can(r, RequestState.CLARIFICATION_REQUESTED);
    }

    public boolean canAnswerClarification(Account a, Request r) {
        return requester(a, r) && r.state() == RequestState.CLARIFICATION_REQUESTED;
    }

    public boolean canAnswer(Account a, Request r) {
        return clerk(a, r) && (r.state() == RequestState.SUBMITTED || r.state() == RequestState.ACKNOWLEDGED);
    }

    /** The request's state allows a new release date; {@link #releaseProvided} says whether there is one to amend. */
    public boolean canAmendRelease(Account a, Request r) {
        return clerk(a, r) && r.state() == RequestState.ANSWERED;
    }

    /**
     * A release date can be amended only where the answer gave one: the release date item provided, or a release
     * date among the answer's details. Not after a decline, nor when the agency does not hold it.
     */
    public boolean releaseProvided(Collection<ItemAnswer> answers, StructuredAnswer details) {
        return details != null && details.releaseAt() != null
                || answers.stream().anyMatch(i -> i.item() == RequestedItem.RELEASE_DATE_TIME
                        && i.disposition() == Disposition.PROVIDED);
    }

    public boolean canAmendRelease(Account a, RequestView view) {
        return canAmendRelease(a, view.request()) && releaseProvided(view.items(), view.answer());
    }

    public boolean canWithdraw(Account a, Request r) {
        return requester(a, r) && r.state().isOpen() && can(r, RequestState.WITHDRAWN);
    }

    public boolean canClose(Account a, Request r) {
        return requester(a, r) && r.state() == RequestState.ANSWERED;
    }

    /**
     * The filing office grants the agency more time: a requester or approver of the office, while the request is
     * with the agency (served, acknowledged or waiting on a clarification) and its clock has started.
     */
    public boolean canExtend(Account a, Request r) {
        return (requester(a, r) || approver(a, r))
                && (r.state() == RequestState.SUBMITTED || r.state() == RequestState.ACKNOWLEDGED
                    || r.state() == RequestState.CLARIFICATION_REQUESTED)
                && r.dueAt() != null;
    }

    public boolean canAddNote(Account a, Request r) {
        return clerk(a, r);
    }

    /**
     * A subpoena the agency refused (answered declined, or partially fulfilled: what was not produced can still be
     * compelled) or let pass its return date unanswered may be referred for enforcement by an approving officer of
     * the filing office. Overdue is read at {@code now}, as the lists read it.
     */
    public boolean canRefer(Account a, Request r, Instant now) {
        return approver(a, r) && can(r, RequestState.REFERRED_FOR_ENFORCEMENT) && (refused(r) || overdue(r, now));
    }

    public boolean canRecordCourtOrder(Account a, Request r) {
        return approver(a, r) && r.state() == RequestState.REFERRED_FOR_ENFORCEMENT;
    }

    /** Answered, and not everything asked for was produced. */
    public boolean refused(Request r) {
        return r.state() == RequestState.ANSWERED
                && (r.outcome() == Outcome.DECLINED || r.outcome() == Outcome.PARTIALLY_FULFILLED);
    }

    /** As {@link Deadlines#overdue}; kept here so callers of the policy read it in one place. */
    public boolean overdue(Request r, Instant now) {
        return Deadlines.overdue(r, now);
    }

    /** Internal notes are the answering agency's own. */
    public boolean seesInternalNotes(Account a, Request r) {
        return ofAnsweringAgency(a, r);
    }
}
