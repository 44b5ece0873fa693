package liaison.requests;

import java.time.LocalDate;
import java.util.stream.Stream;

/** The person a request is about, with the identifiers that let an agency find their records. */
public record Subject(String fullName, String aliases, LocalDate dateOfBirth, String sex, String citizenship,
                      String aNumber, String fbiNumber, String stateId, String bookingNumber) {

    /** Whether anything but the name identifies the person: an identifier or a date of birth. */
    public boolean isIdentifiable() {
        return dateOfBirth != null
                || Stream.of(aNumber, fbiNumber, stateId, bookingNumber).anyMatch(v -> v != null && !v.isBlank());
    }
}
