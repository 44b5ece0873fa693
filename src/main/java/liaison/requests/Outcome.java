package liaison.requests;

/** How an answered request turned out, as a whole; it follows from the per-item answers. */
public enum Outcome {
    FULFILLED("Fulfilled"),
    PARTIALLY_FULFILLED("Partially fulfilled"),
    DECLINED("Declined"),
    NO_RECORDS("No records"),
    NOT_IN_CUSTODY("Not in custody");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
