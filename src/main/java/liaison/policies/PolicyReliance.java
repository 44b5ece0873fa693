package liaison.policies;

import java.util.EnumMap;
import java.util.Map;
import liaison.requests.Request;
import liaison.requests.RequestedItem;
import liaison.requests.WorkflowException;
import org.jdbi.v3.core.Handle;

/**
 * What an answer relied on (DESIGN.md §6): the policy version its clerk saw, and the basis chosen for each withheld
 * item. Recorded by the answer's own transaction ({@code RequestWorkflow.answer}).
 *
 * @param policyVersionId null when the agency had published no policy
 */
public record PolicyReliance(Long policyVersionId, Map<RequestedItem, Basis> bases) {
    /** An answer that relied on no policy and chose no basis from one (free-text bases only). */
    public static final PolicyReliance NONE = new PolicyReliance(null, Map.of());

    public PolicyReliance {
        Map<RequestedItem, Basis> copy = new EnumMap<>(RequestedItem.class);
        copy.putAll(bases);
        bases = Map.copyOf(copy);
    }

    /**
     * Stores it with the answer of {@code r}, which the caller has locked and answered in this transaction. A
     * version of another agency's policy is refused: an answer relies on its own agency's policy.
     */
    public void record(Handle h, Request r) {
        PolicyDao dao = h.attach(PolicyDao.class);
        if (policyVersionId != null) {
            long owner = dao.agencyOf(policyVersionId).orElse(-1L);
            if (owner != r.agencyId()) {
                throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED,
                        "policy version " + policyVersionId + " is not the answering agency's");
            }
            dao.relyOn(r.id(), policyVersionId);
        }
        bases.forEach((item, basis) -> dao.recordBasis(r.id(), item, basis.kind(), basis.citation()));
    }
}
