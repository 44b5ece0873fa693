package liaison.agencies;

import liaison.system.Messages;

/** Federal offices file requests; local agencies (jails, departments of correction) answer them. */
public enum AgencyKind {
    FEDERAL_OFFICE,
    LOCAL_AGENCY;

    public String label() {
        return Messages.label(this);
    }
}
