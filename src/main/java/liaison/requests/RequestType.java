package liaison.requests;

/** What a request asks of the local agency, which decides how it is approved and enforced. */
public enum RequestType {
    /** Voluntary: the agency may answer or decline. */
    INFORMATION_REQUEST("Information request", false),
    /** Asks to be told of a release ahead of time; stays open until the release. */
    RELEASE_NOTIFICATION("Release notification", false),
    /** Compels production by a return date (8 U.S.C. § 1225(d); 8 CFR 287.4). */
    ADMINISTRATIVE_SUBPOENA("Administrative subpoena", true);

    private final String label;
    private final boolean compulsory;

    RequestType(String label, boolean compulsory) {
        this.label = label;
        this.compulsory = compulsory;
    }

    public String label() {
        return label;
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
