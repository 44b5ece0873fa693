package liaison.requests;

/** How fast the requester needs an answer; orders every queue. */
public enum Priority {
    ROUTINE("Routine", false),
    /** Hours matter, but the deadline still counts business days. */
    URGENT("Urgent", false),
    /** Threat to life: the deadline counts hours, not business days. */
    EMERGENCY("Emergency", true);

    private final String label;
    private final boolean hourBased;

    Priority(String label, boolean hourBased) {
        this.label = label;
        this.hourBased = hourBased;
    }

    public String label() {
        return label;
    }

    /** Whether the due clock runs in hours (around the clock) rather than business days. */
    public boolean isHourBased() {
        return hourBased;
    }
}
