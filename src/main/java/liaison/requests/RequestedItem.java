package liaison.requests;

import liaison.system.Messages;

/**
 * The pieces of information a request can ask for. Each is answered on its own and has its
 * own row in an agency's sharing policy, so the constant names are stored and must not change.
 */
public enum RequestedItem {
    RELEASE_DATE_TIME,
    CUSTODY_STATUS,
    CURRENT_CHARGES,
    BOND_BAIL,
    COURT_DATES,
    HOME_WORK_ADDRESS,
    DATE_PLACE_OF_BIRTH,
    IDENTITY_DOCUMENTS,
    EMERGENCY_CONTACTS,
    BOOKING_RECORD,
    CRIMINAL_HISTORY;

    public String label() {
        return Messages.label(this);
    }
}
