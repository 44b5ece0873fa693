package liaison.requests;

import liaison.system.Messages;

/** What a request asks of the local agency, which decides how it is approved and enforced. */
public enum RequestType {
    /** Voluntary: the agency may answer or decline. */
    INFORMATION_REQUEST(false),
    /** Asks to be told of a release ahead of time; stays open until the release. */
    RELEASE_NOTIFICATION(false),
    /** Compels production by a return date (8 U.S.C. § 1225(d); 8 CFR 287.4). */
    ADMINISTRATIVE_SUBPOENA(true);

    private final boolean compulsory;

    RequestType(boolean compulsory) {
        this.compulsory = compulsory;
    }

    public String label() {
        return Messages.label(this);
    }

    /** A subpoena carries legal force, so an approving officer must sign it before it is served. */
    public boolean needsApproval() {
        return compulsory;
    }

    /**
     * Only a compulsory request can be refused in a way a court can order undone, so only it
     * may be referred for enforcement.
     */
    public boolean isEnforceable() {
        return compulsory;
    }
}
