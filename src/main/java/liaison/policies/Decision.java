package liaison.policies;

/** What a policy says an agency does with one requested item under one legal process (a cell of the matrix). */
public enum Decision {
    SHARES("Shares"),
    PUBLIC_ONLY("Public information only"),
    DOES_NOT_SHARE("Does not share");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The decision of this name, or null for anything else (a form's value is never trusted). */
    static Decision parse(String name) {
        for (Decision d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
