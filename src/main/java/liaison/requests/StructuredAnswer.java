package liaison.requests;

import java.time.Instant;

/** The structured fields of an answer, where they apply; all optional. */
public record StructuredAnswer(String bookingNumber, Instant releaseAt, String facility, String releaseType,
                               String charges, String bond, String summary) {

    public static final StructuredAnswer NONE = new StructuredAnswer(null, null, null, null, null, null, null);

    /** Nothing was given (a decline, a "not held"): the page shows no answer details then. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
