package liaison.requests;

import liaison.system.Messages;

/** The legal process behind a request, which decides the column of an agency's policy that applies. */
public enum LegalProcess {
    NONE,
    ADMINISTRATIVE_SUBPOENA,
    JUDICIAL;

    public String label() {
        return Messages.label(this);
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
