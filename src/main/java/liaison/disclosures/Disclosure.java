package liaison.disclosures;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import liaison.requests.LegalProcess;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;

/**
 * One disclosure of a subject's information by a local agency to a federal office: what (items, documents), about
 * whom (name and identifiers), to whom (office and requester), when, by whom, under which request and legal process.
 * Names are as they were at the time. {@code items} holds item names comma-separated, in the enum's order.
 */
public record Disclosure(long id, long agencyId, long requestId, Occasion occasion, String trackingNumber,
                         RequestType requestType, LegalProcess legalProcess, String subjectName, String aNumber,
                         String bookingNumber, String answeredBookingNumber, String items, String documents,
                         long officeId, String officeName, long recipientId, String recipientName, long disclosedBy,
                         String disclosedByName, Instant disclosedAt) {

    /** "Release date and time, Custody status". */
    public String itemLabels() {
        return Arrays.stream(items.split(",")).filter(s -> !s.isBlank())
                .map(s -> RequestedItem.valueOf(s).label()).collect(Collectors.joining(", "));
    }
}
