package liaison.requests;


/** The legal process behind a request, which decides the column of an agency's policy that applies. */
public enum LegalProcess {
    NONE("No legal process"),
    ADMINISTRATIVE_SUBPOENA("Administrative subpoena"),
    JUDICIAL("Judicial warrant or court order");

    private final String label;

    LegalProcess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LegalProcess of(RequestType type, boolean courtOrdered) {
        if (courtOrdered) {
            return JUDICIAL;
        }
        return type == RequestType.ADMINISTRATIVE_SUBPOENA ? ADMINISTRATIVE_SUBPOENA : NONE;
    }

    public static LegalProcess of(Request request) {
        return of(request.type(), request.courtOrdered());
    }
}
