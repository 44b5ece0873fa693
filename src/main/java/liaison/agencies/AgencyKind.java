package liaison.agencies;

/** Federal offices file requests; local agencies (jails, departments of correction) answer them. */
public enum AgencyKind {
    FEDERAL_OFFICE("Federal office"),
    LOCAL_AGENCY("Local agency");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
