package liaison.requests;

/** A transition that cannot happen, and why; routes turn each reason into the right answer for the person. */
public final class WorkflowException extends RuntimeException {
    public enum Reason {
        /** Not visible to this person: answered as 404, as if it did not exist. */
        NOT_FOUND,
        /** Visible, but this person may not do this, or not in this state. */
        NOT_ALLOWED,
        /** Someone changed the request since the form was opened. */
        STALE
    }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
