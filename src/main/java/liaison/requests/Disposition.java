package liaison.requests;

/** How one requested item was answered. */
public enum Disposition {
    PROVIDED("Provided"),
    WITHHELD("Withheld"),
    NOT_HELD("Not held");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
