package liaison.requests;

import liaison.system.Messages;

/** How an answered request turned out, as a whole; it follows from the per-item answers. */
public enum Outcome {
    FULFILLED,
    PARTIALLY_FULFILLED,
    DECLINED,
    NO_RECORDS,
    NOT_IN_CUSTODY;

    public String label() {
        return Messages.label(this);
    }
}
