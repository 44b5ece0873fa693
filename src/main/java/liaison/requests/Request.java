package liaison.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** One request as lists and the detail page show it; who may see it is decided by the query that loads it. */
public record Request(
        long id,
        String trackingNumber,
        long filingId,
        long officeId,
        String officeName,
        long agencyId,
        String agencyName,
        String agencyTimeZone,
        long createdBy,
        long lastChangedBy,
        RequestType type,
        Priority priority,
        RequestState state,
        Outcome outcome,
        Set<RequestedItem> items,
        String narrative,
        String legalAuthority,
        LocalDate returnDate,
        Subject subject,
        Instant dueAt,
        boolean clockPaused,
        Instant submittedAt,
        Instant answeredAt,
        Instant closedAt,
        boolean courtOrdered,
        int version) {
}
