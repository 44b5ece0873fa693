package liaison.policies;

import liaison.system.Messages;

/** What a policy says an agency does with one requested item under one legal process (a cell of the matrix). */
public enum Decision {
    SHARES,
    PUBLIC_ONLY,
    DOES_NOT_SHARE;

    public String label() {
        return Messages.label(this);
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
