package liaison.requests;

/**
 * The pieces of information a request can ask for. Each is answered on its own and has its
 * own row in an agency's sharing policy, so the constant names are stored and must not change.
 */
public enum RequestedItem {
    RELEASE_DATE_TIME("Release date and time"),
    CUSTODY_STATUS("Custody status"),
    CURRENT_CHARGES("Current charges"),
    BOND_BAIL("Bond / bail information"),
    COURT_DATES("Court dates"),
    HOME_WORK_ADDRESS("Home / work address"),
    DATE_PLACE_OF_BIRTH("Date and place of birth"),
    IDENTITY_DOCUMENTS("Identity documents"),
    EMERGENCY_CONTACTS("Emergency contacts"),
    BOOKING_RECORD("Booking record"),
    CRIMINAL_HISTORY("Criminal history");

    private final String label;

    RequestedItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
