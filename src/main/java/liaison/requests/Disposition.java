package liaison.requests;

import liaison.system.Messages;

/** How one requested item was answered. */
public enum Disposition {
    PROVIDED,
    WITHHELD,
    NOT_HELD;

    public String label() {
        return Messages.label(this);
    }
}
