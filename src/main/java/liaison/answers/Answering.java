package liaison.answers;

import java.time.Instant;
import java.util.Map;
import liaison.accounts.Account;
import liaison.disclosures.Disclosures;
import liaison.policies.PolicyReliance;
import liaison.requests.AnswerDao;
import liaison.requests.ItemAnswer;
import liaison.requests.Outcome;
import liaison.requests.Outcomes;
import liaison.requests.RequestClock;
import liaison.requests.RequestDao;
import liaison.requests.RequestPolicy;
import liaison.requests.RequestState;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.TimelineKind;
import liaison.requests.WorkflowException;
import liaison.system.FormKeys;
import liaison.system.Formats;

/**
 * The clerk's answer and its later amendment, each one move of {@link RequestWorkflow} in its one transaction:
 * with the answer go the policy it relied on, the clerk's certification and the disclosure accounting.
 */
public final class Answering {
    private final RequestWorkflow workflow;
    private final RequestClock requestClock;
    private final RequestPolicy policy;

    Answering(RequestWorkflow workflow, RequestClock requestClock, RequestPolicy policy) {
        this.workflow = workflow;
        this.requestClock = requestClock;
        this.policy = policy;
    }

    /** Answers item by item, relying on no policy (see the method below). */
    public void answer(Account a, long id, int version, Map<RequestedItem, ItemAnswer> items, boolean notInCustody,
                       StructuredAnswer structured) {
        answer(a, id, version, items, notInCustody, structured, PolicyReliance.NONE);
    }

    /** Answers item by item relying on {@code reliance}, from no form (see the method below). */
    public void answer(Account a, long id, int version, Map<RequestedItem, ItemAnswer> items, boolean notInCustody,
                       StructuredAnswer structured, PolicyReliance reliance) {
        answer(a, id, version, items, notInCustody, structured, reliance, FormKeys.Claim.NONE);
    }

    /**
     * Answers item by item; the outcome follows from the items. {@code reliance}: the agency's policy version the
     * clerk answered by, and the basis chosen for each withheld item (DESIGN.md §6), stored with the answer.
     * {@code form}: the answer form's key, claimed in the same transaction, so the form sent twice answers once.
     */
    public void answer(Account a, long id, int version, Map<RequestedItem, ItemAnswer> items, boolean notInCustody,
                       StructuredAnswer structured, PolicyReliance reliance, FormKeys.Claim form) {
        Outcome outcome = Outcomes.of(items.values().stream().map(ItemAnswer::disposition).toList(), notInCustody);
        workflow.move(a, id, version, policy::canAnswer, RequestState.ANSWERED, TimelineKind.ANSWERED, outcome.label(),
                (h, r, now) -> {
                    form.in(h, a.id(), now);
                    RequestDao dao = h.attach(RequestDao.class);
                    if (!items.keySet().equals(r.items())) {
                        throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                                "every requested item needs an answer");
                    }
                    items.values().forEach(i -> dao.answerItem(r.id(), i.item(), i.disposition(), i.answerValue(),
                            i.basis()));
                    dao.markAnswered(r.id(), outcome, now);
                    h.attach(AnswerDao.class).insert(r.id(), a.id(), now, structured);
                    reliance.record(h, r);
                    Certifications.record(h, r, a, items.values(), now);
                    Disclosures.record(h, r, items.values(), a, now);
                    requestClock.stop(h, r, a.id(), now);
                });
    }

    /** A new release date on an answered request; the state stays, the change is on the timeline. */
    public void amendRelease(Account a, long id, int version, Instant releaseAt, String reason) {
        workflow.change(a, id, version, policy::canAmendRelease, TimelineKind.RELEASE_AMENDED,
                Formats.of(a).dateTime(releaseAt) + (reason == null || reason.isBlank() ? "" : " — " + reason),
                (h, r, now) -> {
                    if (!policy.releaseProvided(h.attach(RequestDao.class).items(r.id()),
                            h.attach(AnswerDao.class).find(r.id()).orElse(null))) {
                        throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                                "the answer gave no release date to amend");
                    }
                    h.attach(AnswerDao.class).amendRelease(r.id(), releaseAt);
                    Disclosures.recordAmendment(h, r, a, now);
                });
    }
}
