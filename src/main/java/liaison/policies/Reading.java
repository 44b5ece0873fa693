package liaison.policies;

import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;

/**
 * How a policy reads for one item under one legal process, in words for people: the cell itself, and for a
 * "does not share" what process would change it (NYC DOC: release dates "only with a judicial warrant or court
 * order"). Templates word each as {@code policy.reading.<NAME>} (filing) and {@code policy.suggest.<NAME>}
 * (answering).
 */
public enum Reading {
    SHARES,
    PUBLIC_ONLY,
    /** Not under this process, but with an administrative subpoena (and so with a court order too). */
    WITH_SUBPOENA,
    /** Not under this process, but with a judicial warrant or court order. */
    JUDICIAL_ONLY,
    DOES_NOT_SHARE,
    /** The version has no cell for the item: it was published before the item existed. */
    NOT_STATED,
    /** The agency has published no policy. */
    NO_POLICY;

    static Reading of(PolicyVersion policy, RequestedItem item, LegalProcess process) {
        if (policy == null) {
            return NO_POLICY;
        }
        Decision d = policy.decision(item, process).orElse(null);
        if (d == null) {
            return NOT_STATED;
        }
        return switch (d) {
            case SHARES -> SHARES;
            case PUBLIC_ONLY -> PUBLIC_ONLY;
            case DOES_NOT_SHARE -> stronger(policy, item, process);
        };
    }

    /** The weakest stronger process under which the item is shared, if any. */
    private static Reading stronger(PolicyVersion policy, RequestedItem item, LegalProcess process) {
        if (process == LegalProcess.NONE && shares(policy, item, LegalProcess.ADMINISTRATIVE_SUBPOENA)) {
            return WITH_SUBPOENA;
        }
        if (process != LegalProcess.JUDICIAL && shares(policy, item, LegalProcess.JUDICIAL)) {
            return JUDICIAL_ONLY;
        }
        return DOES_NOT_SHARE;
    }

    private static boolean shares(PolicyVersion policy, RequestedItem item, LegalProcess process) {
        return policy.decision(item, process).orElse(null) == Decision.SHARES;
    }

    /** Whether the policy suggests withholding the item (a clerk still decides). */
    public boolean suggestsWithholding() {
        return this == WITH_SUBPOENA || this == JUDICIAL_ONLY || this == DOES_NOT_SHARE;
    }
}
