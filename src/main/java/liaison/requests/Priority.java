package liaison.requests;

import liaison.system.Messages;

/** How fast the requester needs an answer; orders every queue. */
public enum Priority {
    ROUTINE(false),
    /** Hours matter, but the deadline still counts business days. */
    URGENT(false),
    /** Threat to life: the deadline counts hours, not business days. */
    EMERGENCY(true);

    private final boolean hourBased;

    Priority(boolean hourBased) {
        this.hourBased = hourBased;
    }

    public String label() {
        return Messages.label(this);
    }

    /** Whether the due clock runs in hours (around the clock) rather than business days. */
    public boolean isHourBased() {
        return hourBased;
    }
}
