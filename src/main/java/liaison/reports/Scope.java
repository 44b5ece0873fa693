package liaison.reports;

/**
 * Whose requests a report counts, decided from the viewer before any query and bound in every one: a local agency
 * the requests served on it, a federal office the requests it filed, the portal (system admins) all of them.
 * {@code agencyId} is the agency or office (null for the portal); {@code counterpart} narrows to the other side
 * (an office for a local agency, an agency for an office), null for all.
 */
record Scope(Side side, Long agencyId, Long counterpart) {
    enum Side { LOCAL, FEDERAL, PORTAL }

    boolean local() {
        return side != Side.FEDERAL;
    }

    boolean federal() {
        return side != Side.LOCAL;
    }

    boolean portal() {
        return side == Side.PORTAL;
    }
}
